#include "standardoutput.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

StandardOutput::StandardOutput(QObject *parent)
    : QIODevice(parent)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

bool StandardOutput::finish()
{
    if (m_failed)
        return false;
    if (std::fflush(stdout) != 0) {
        fail(errno);
        return false;
    }
#ifdef Q_OS_UNIX
    // Closing a copy asks for what a network file system could not write, and leaves
    // descriptor 1 open.
    const int copy = ::dup(STDOUT_FILENO);
    if (copy >= 0 && ::close(copy) != 0 && errno != EINTR) {
        fail(errno);
        return false;
    }
#endif
    return true;
}

qint64 StandardOutput::readData(char *, qint64)
{
    return -1;
}

qint64 StandardOutput::writeData(const char *data, qint64 size)
{
    if (m_failed)
        return -1;
    qint64 done = 0;
    while (done < size) {
#ifdef Q_OS_UNIX
        const qint64 written = ::write(STDOUT_FILENO, data + done, size_t(size - done));
        if (written < 0 && errno == EINTR)
            continue;
#else
        const qint64 written = qint64(std::fwrite(data + done, 1, size_t(size - done), stdout));
        if (written > 0 && std::fflush(stdout) != 0) {
            fail(errno);
            return -1;
        }
#endif
        if (written <= 0) {
            fail(written < 0 ? errno : EIO);
            return -1;
        }
        done += written;
    }
    return done;
}

void StandardOutput::fail(int error)
{
    m_failed = true;
    setErrorString(QString::fromLocal8Bit(std::strerror(error)));
}
