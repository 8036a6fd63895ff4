#include "jsonstream.h"

#include <QIODevice>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>

namespace {

constexpr qint64 BufferSize = 64 * 1024;

} // namespace

// A RapidJSON input stream over a QIODevice, read in blocks as rapidjson::FileReadStream
// reads a FILE (a '\0' after the last byte ends the input), that counts lines.
class JsonStream::Device
{
public:
    using Ch = char;

    explicit Device(QIODevice *device)
        : m_device(device)
        , m_buffer(BufferSize + 1, '\0')
    {
        fill();
    }

    Ch Peek() const { return *m_current; }
    Ch Take()
    {
        const Ch c = *m_current;
        if (m_hexDigits > 0 || m_escaped || c == '"' || c == '\\')
            noteString(c);
        if (m_current < m_last) {
            ++m_current;
        } else if (!m_eof) {
            m_count += m_read;
            fill();
        }
        if (c == '\n') {
            ++m_line;
            m_lineStart = qint64(Tell());
        }
        return c;
    }
    size_t Tell() const { return size_t(m_count + (m_current - m_buffer.constData())); }
    // Output, which a reader never uses.
    Ch *PutBegin()
    {
        RAPIDJSON_ASSERT(false);
        return nullptr;
    }
    void Put(Ch) { RAPIDJSON_ASSERT(false); }
    void Flush() { RAPIDJSON_ASSERT(false); }
    size_t PutEnd(Ch *)
    {
        RAPIDJSON_ASSERT(false);
        return 0;
    }

    qint64 line() const { return m_line; }
    // Where the last string (a value or a key) began, at its opening quote, on the current
    // line (a JSON string holds no line break).
    qint64 stringColumn() const { return columnOf(m_stringStart); }
    // Where the first \uDC00-\uDFFF escape of the last string that no \uD800-\uDBFF escape
    // came just before is, at its backslash; -1 when there is none. RapidJSON refuses a lone
    // high surrogate itself, and encodes a lone low one as bytes that are not UTF-8.
    qint64 loneLowSurrogateColumn() const
    {
        return m_loneLowSurrogate < 0 ? -1 : columnOf(m_loneLowSurrogate);
    }
    // The column (in bytes, from 1) of an offset on the current line.
    qint64 columnOf(qint64 offset) const { return std::max<qint64>(1, offset - m_lineStart + 1); }
    bool failed() const { return m_failed; }
    QString errorString() const { return m_device->errorString(); }

private:
    // Follows strings and their \u escapes, for stringColumn() and loneLowSurrogateColumn().
    // Outside strings a backslash is not JSON, which the reader reports itself.
    void noteString(Ch c)
    {
        const qint64 at = qint64(Tell());
        if (m_hexDigits > 0) {
            const int digit = c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f'             ? c - 'a' + 10
                : c >= 'A' && c <= 'F'             ? c - 'A' + 10
                                                   : 0;
            m_unit = m_unit * 16 + digit;
            if (--m_hexDigits == 0) {
                if (m_unit >= 0xDC00 && m_unit <= 0xDFFF && !m_afterHighSurrogate
                    && m_loneLowSurrogate < 0)
                    m_loneLowSurrogate = m_escapeStart;
                m_afterHighSurrogate = m_unit >= 0xD800 && m_unit <= 0xDBFF;
            }
        } else if (m_escaped) {
            m_escaped = false;
            if (c == 'u') {
                m_hexDigits = 4;
                m_unit = 0;
            } else {
                m_afterHighSurrogate = false;
            }
        } else if (c == '\\') {
            m_escaped = m_inString;
            m_escapeStart = at;
        } else if (!m_inString) {
            m_inString = true;
            m_stringStart = at;
            m_loneLowSurrogate = -1;
            m_afterHighSurrogate = false;
        } else {
            m_inString = false;
        }
    }

    void fill()
    {
        qint64 n = 0;
        while (n < BufferSize) {
            const qint64 got = m_device->read(m_buffer.data() + n, BufferSize - n);
            if (got < 0) {
                m_failed = true;
                break;
            }
            if (got == 0) {
                if (m_device->isSequential() && m_device->waitForReadyRead(-1))
                    continue;
                break;
            }
            n += got;
        }
        m_read = n;
        m_current = m_buffer.data();
        m_last = m_current + n - 1;
        if (n < BufferSize) {
            m_buffer[n] = '\0';
            ++m_last;
            m_eof = true;
        }
    }

    QIODevice *m_device;
    QByteArray m_buffer;
    char *m_current = nullptr;
    char *m_last = nullptr;
    qint64 m_read = 0;
    qint64 m_count = 0;
    bool m_eof = false;
    bool m_failed = false;
    qint64 m_line = 1;
    qint64 m_lineStart = 0;
    bool m_inString = false;
    bool m_escaped = false;
    int m_hexDigits = 0;
    int m_unit = 0;
    bool m_afterHighSurrogate = false;
    qint64 m_stringStart = 0;
    qint64 m_escapeStart = 0;
    qint64 m_loneLowSurrogate = -1;
};

// RapidJSON's SAX handler: follows where in the export's shape the input is, and passes the
// parts on.
class JsonStream::Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler>
{
    Q_DECLARE_TR_FUNCTIONS(JsonImporter)

public:
    Handler(JsonStream &stream, Receiver &receiver)
        : m_stream(stream)
        , m_receiver(receiver)
    {
    }

    bool Null() { return value(Token::Null, false, nullptr, 0); }
    bool Bool(bool b) { return value(Token::Bool, b, nullptr, 0); }
    bool RawNumber(const char *text, rapidjson::SizeType size, bool)
    {
        return value(Token::Number, false, text, qsizetype(size));
    }
    bool String(const char *text, rapidjson::SizeType size, bool)
    {
        return wholeUnicode() && value(Token::String, false, text, qsizetype(size));
    }
    // Never: numbers come raw.
    bool Default() { return m_receiver.invalid(m_stream.column(), tr("Unexpected value.")); }
    bool StartObject()
    {
        switch (m_expect) {
        case Expect::Root:
            m_expect = Expect::TableOrEnd;
            return true;
        case Expect::RowOrEnd:
            m_expect = Expect::ColumnOrEnd;
            return m_receiver.beginRow();
        default:
            return misplaced(tr("an object"));
        }
    }
    bool StartArray()
    {
        if (m_expect != Expect::Rows)
            return misplaced(tr("an array"));
        m_expect = Expect::RowOrEnd;
        return true;
    }
    bool Key(const char *text, rapidjson::SizeType size, bool)
    {
        if (!wholeUnicode())
            return false;
        const QString name = QString::fromUtf8(text, qsizetype(size));
        if (m_expect == Expect::TableOrEnd) {
            m_expect = Expect::Rows;
            return m_receiver.beginTable(name);
        }
        // Only a row's members are keys here.
        m_expect = Expect::Value;
        return m_receiver.beginValue(name);
    }
    bool EndObject(rapidjson::SizeType)
    {
        if (m_expect == Expect::TableOrEnd) {
            m_expect = Expect::Done;
            return true;
        }
        m_expect = Expect::RowOrEnd; // the reader only ends the object it is in
        return m_receiver.endRow();
    }
    bool EndArray(rapidjson::SizeType)
    {
        // Only a table's rows are an array that ends: values cannot be arrays.
        m_expect = Expect::TableOrEnd;
        return m_receiver.endTable();
    }

private:
    using Token = JsonValueReader::Token;
    enum class Expect { Root, TableOrEnd, Rows, RowOrEnd, ColumnOrEnd, Value, Done };

    bool value(Token token, bool flag, const char *text, qsizetype size)
    {
        if (m_expect != Expect::Value) {
            const QString found = token == Token::Null ? QStringLiteral("null")
                : token == Token::Bool   ? (flag ? QStringLiteral("true") : QStringLiteral("false"))
                : token == Token::Number ? tr("a number")
                                         : tr("a string");
            return misplaced(found);
        }
        m_expect = Expect::ColumnOrEnd;
        return m_receiver.value(token, flag, QByteArrayView(text, size));
    }

    bool misplaced(const QString &found)
    {
        switch (m_expect) {
        case Expect::Root:
            return m_receiver.misplaced(Shape::Root, found);
        case Expect::Rows:
            return m_receiver.misplaced(Shape::Rows, found);
        case Expect::RowOrEnd:
            return m_receiver.misplaced(Shape::Row, found);
        case Expect::Value:
            return m_receiver.misplaced(Shape::Value, found);
        default:
            return m_receiver.misplaced(Shape::Other, found);
        }
    }

    // A string that RapidJSON decoded from a lone low surrogate escape ("\udc00") holds
    // bytes that are not UTF-8: refused as it refuses a lone high one, at its backslash.
    bool wholeUnicode()
    {
        const qint64 column = m_stream.m_device->loneLowSurrogateColumn();
        if (column < 0)
            return true;
        return m_receiver.invalid(column,
            tr("not valid JSON: %1")
                .arg(QString::fromLatin1(rapidjson::GetParseError_En(
                    rapidjson::kParseErrorStringUnicodeSurrogateInvalid))));
    }

    JsonStream &m_stream;
    Receiver &m_receiver;
    Expect m_expect = Expect::Root;
};

JsonStream::JsonStream(QIODevice *device)
    : m_device(std::make_unique<Device>(device))
{
}

JsonStream::~JsonStream() = default;

JsonStream::Result JsonStream::read(Receiver &receiver)
{
    Handler handler(*this, receiver);
    rapidjson::Reader reader;
    constexpr unsigned flags
        = rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseValidateEncodingFlag;
    const rapidjson::ParseResult parsed = reader.Parse<flags>(*m_device, handler);
    if (m_device->failed())
        return Result::DeviceFailed;
    if (!parsed.IsError())
        return Result::Read;
    if (parsed.Code() == rapidjson::kParseErrorTermination)
        return Result::Stopped;
    m_notJsonColumn = columnOf(qint64(parsed.Offset()));
    m_notJsonReason = tr("not valid JSON: %1")
                          .arg(QString::fromLatin1(rapidjson::GetParseError_En(parsed.Code())));
    return Result::NotJson;
}

qint64 JsonStream::line() const
{
    return m_device->line();
}

qint64 JsonStream::column() const
{
    return m_device->columnOf(bytesRead());
}

qint64 JsonStream::bytesRead() const
{
    return qint64(m_device->Tell());
}

qint64 JsonStream::stringColumn() const
{
    return m_device->stringColumn();
}

qint64 JsonStream::columnOf(qint64 offset) const
{
    return m_device->columnOf(offset);
}

QString JsonStream::deviceError() const
{
    return m_device->errorString();
}
