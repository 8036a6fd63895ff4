#pragma once

#include <QIODevice>

// Standard output for the commands, checked. Every write goes straight to file descriptor 1
// (a QTextStream on top gathers text) and is repeated until the system has taken all of it;
// the first failure (a full disk, "> /dev/full", a closed descriptor) is kept with the
// system's reason and refuses every later write, so that nothing lands after a hole.
// finish() says whether everything arrived. CommandLine::run() gives it to every command, so
// a command only has to write.
class StandardOutput : public QIODevice
{
    Q_OBJECT

public:
    explicit StandardOutput(QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool failed() const { return m_failed; }
    // Flushes the C library's stdout too and asks the system for late failures (a network
    // file system reports them when a descriptor closes): false, with the reason in
    // errorString(), when any byte did not arrive.
    bool finish();

protected:
    qint64 readData(char *data, qint64 size) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void fail(int error);

    bool m_failed = false;
};
