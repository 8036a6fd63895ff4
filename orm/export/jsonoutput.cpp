#include "jsonoutput.h"

#include "io/writeall.h"

#include <QIODevice>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <cstring>

namespace {

// Per byte: 0 when it goes into a JSON string as it is, otherwise the character that follows
// the backslash ('u' for \u00xx).
constexpr std::array<char, 256> Escapes = [] {
    std::array<char, 256> table {};
    for (int c = 0; c < 0x20; ++c)
        table[c] = 'u';
    table['"'] = '"';
    table['\\'] = '\\';
    table['\n'] = 'n';
    table['\r'] = 'r';
    table['\t'] = 't';
    return table;
}();

constexpr char HexDigits[] = "0123456789abcdef";

// Text is escaped in slices, so that a long value needs a bounded amount of room.
constexpr qsizetype Slice = 4096;
constexpr qsizetype LongestEscape = 6; // \u00xx

} // namespace

JsonOutput::JsonOutput(QIODevice *device, qsizetype chunk)
    : m_device(device)
{
    m_buffer.resize(std::max<qsizetype>(chunk, Slice * LongestEscape + 2));
    m_end = m_buffer.data();
    m_limit = m_end + m_buffer.size();
}

JsonOutput::~JsonOutput() = default;

void JsonOutput::makeRoom(qsizetype bytes)
{
    if (m_limit - m_end >= bytes)
        return;
    flush();
    if (m_buffer.size() < bytes) {
        m_buffer.resize(bytes);
        m_end = m_buffer.data();
        m_limit = m_end + m_buffer.size();
    }
}

bool JsonOutput::flush()
{
    const qsizetype used = m_end - m_buffer.constData();
    m_end = m_buffer.data();
    if (m_failed)
        return false; // what comes after a failure is dropped: the output is lost anyway
    if (!writeAll(m_device, QByteArrayView(m_buffer.constData(), used))) {
        m_failed = true;
        m_error = m_device->errorString();
        return false;
    }
    return true;
}

void JsonOutput::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return; // SQLite gives an empty value as a null pointer, which memcpy() must not get
    if (m_limit - m_end < bytes.size())
        makeRoom(bytes.size());
    std::memcpy(m_end, bytes.data(), size_t(bytes.size()));
    m_end += bytes.size();
}

void JsonOutput::appendString(QByteArrayView utf8)
{
    append('"');
    const char *in = utf8.data();
    const char *const end = in + utf8.size();
    while (in < end) {
        const char *const stop = in + std::min<qsizetype>(end - in, Slice);
        makeRoom((stop - in) * LongestEscape + 1);
        char *out = m_end;
        for (; in < stop; ++in) {
            const auto c = static_cast<unsigned char>(*in);
            const char escape = Escapes[c];
            if (!escape) {
                *out++ = char(c);
                continue;
            }
            *out++ = '\\';
            *out++ = escape;
            if (escape == 'u') {
                *out++ = '0';
                *out++ = '0';
                *out++ = HexDigits[c >> 4];
                *out++ = HexDigits[c & 0xf];
            }
        }
        m_end = out;
    }
    append('"');
}

void JsonOutput::appendInteger(qint64 n)
{
    makeRoom(20);
    m_end = std::to_chars(m_end, m_limit, n).ptr;
}

void JsonOutput::appendDouble(double x)
{
    if (x == 0) {
        append('0'); // Qt writes -0.0 as 0 too
        return;
    }
    // The shortest digits that read back the same, from std::to_chars in exponent form
    // ("-d.ddde+XX"), laid out again the way Qt's QLocaleData lays out FloatingPointShortest.
    char scientific[40];
    const char *const sciEnd = std::to_chars(
        scientific, scientific + sizeof scientific, x, std::chars_format::scientific)
                                   .ptr;
    const char *p = scientific;
    const bool negative = *p == '-';
    if (negative)
        ++p;
    char digits[24];
    int length = 0;
    digits[length++] = *p++;
    if (*p == '.') {
        for (++p; *p != 'e'; ++p)
            digits[length++] = *p;
    }
    ++p; // 'e'
    int exponent = 0;
    std::from_chars(*p == '+' ? p + 1 : p, sciEnd, exponent);
    const int decpt = exponent + 1; // the value is 0.digits times ten to the decpt

    // Qt's choice: the form with fewer characters, decimal when they tie. The exponent form
    // adds "e", a sign and two digits; a decimal point counts where only one form has it.
    int bias = 4;
    if (length <= decpt && length > 1)
        ++bias;
    else if (length == 1 && decpt <= 0)
        --bias;
    // Either form has 17 digits at most, and the decimal one at most five zeros more.
    const bool decimal = decpt <= 0 ? 1 - decpt <= bias : decpt <= length + bias;
    makeRoom(32);
    char *out = m_end;
    if (negative)
        *out++ = '-';
    if (decimal) {
        if (decpt <= 0) {
            *out++ = '0';
            *out++ = '.';
            for (int i = decpt; i < 0; ++i)
                *out++ = '0';
            std::memcpy(out, digits, size_t(length));
            out += length;
        } else if (decpt < length) {
            std::memcpy(out, digits, size_t(decpt));
            out += decpt;
            *out++ = '.';
            std::memcpy(out, digits + decpt, size_t(length - decpt));
            out += length - decpt;
        } else {
            std::memcpy(out, digits, size_t(length));
            out += length;
            for (int i = length; i < decpt; ++i)
                *out++ = '0';
        }
    } else {
        *out++ = digits[0];
        if (length > 1) {
            *out++ = '.';
            std::memcpy(out, digits + 1, size_t(length - 1));
            out += length - 1;
        }
        *out++ = 'e';
        *out++ = exponent < 0 ? '-' : '+';
        const int magnitude = std::abs(exponent);
        if (magnitude < 10)
            *out++ = '0';
        out = std::to_chars(out, out + 4, magnitude).ptr;
    }
    m_end = out;
}

bool JsonOutput::isAscii(QByteArrayView bytes)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    quint64 seen = 0;
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        seen |= word;
    }
    for (; p < end; ++p)
        seen |= static_cast<unsigned char>(*p);
    return (seen & 0x8080808080808080ULL) == 0;
}
