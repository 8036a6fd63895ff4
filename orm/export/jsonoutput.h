#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

// The bytes of a JSON export on their way to a device: gathered in one large buffer that is
// written whole when full, with the exporter's forms of numbers and strings written straight
// into it. Appending never fails; the first write error stops all later writes and is kept
// for failed() and errorString(), to be checked at the next convenient point. What is still
// gathered when it is destroyed is dropped: flush() ends the output.
class JsonOutput
{
public:
    explicit JsonOutput(QIODevice *device, qsizetype chunk = 1 << 20);
    ~JsonOutput();
    JsonOutput(const JsonOutput &) = delete;
    JsonOutput &operator=(const JsonOutput &) = delete;

    void append(char c)
    {
        if (m_end == m_limit)
            makeRoom(1);
        *m_end++ = c;
    }
    void append(QByteArrayView bytes);
    // UTF-8 text known to be valid, as a JSON string: quotes, backslashes and control
    // characters escaped (\n, \r, \t, others as \u00xx), everything else as it is.
    void appendString(QByteArrayView utf8);
    void appendInteger(qint64 n);
    // A finite double as QString::number(x, 'g', QLocale::FloatingPointShortest) writes it:
    // the fewest digits that read back the same, in decimal or exponent form (two exponent
    // digits at least, "1e+20") whichever is shorter, zero without a sign.
    void appendDouble(double x);

    // Writes what is gathered to the device.
    bool flush();
    bool failed() const { return m_failed; }
    QString errorString() const { return m_error; }

    // True when every byte of `bytes` is below 0x80.
    static bool isAscii(QByteArrayView bytes);

private:
    // Room for `bytes` more bytes, written to the device first if need be.
    void makeRoom(qsizetype bytes);

    QIODevice *m_device;
    QByteArray m_buffer;
    char *m_end = nullptr;
    char *m_limit = nullptr;
    bool m_failed = false;
    QString m_error;
};
