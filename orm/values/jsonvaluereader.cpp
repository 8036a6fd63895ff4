#include "jsonvaluereader.h"

#include "valuecodec.h"

#include "dialects/dialect.h"

#include <QDateTime>

#include <cmath>

using Kind = LogicalType::Kind;

JsonValueReader::JsonValueReader(const Dialect &dialect, Blobs blobs)
    : m_dialect(dialect)
    , m_blobs(blobs)
{
}

std::optional<QVariant> JsonValueReader::read(
    const LogicalType &type, Token token, bool flag, QByteArrayView text, QString *problem) const
{
    if (token == Token::Null)
        return QVariant(QMetaType(QMetaType::QString)); // a typed NULL binds everywhere
    const Input input {token, flag, QByteArray::fromRawData(text.data(), text.size())};
    switch (type.kind) {
    case Kind::Boolean:
        if (token != Token::Bool)
            return expected(tr("true or false"), input, problem);
        return ValueCodec::toDatabase(QVariant(flag), type, m_dialect.engine());
    case Kind::TinyInt:
    case Kind::SmallInt:
    case Kind::Integer:
    case Kind::BigInt:
        return readInteger(type, input, problem);
    case Kind::Decimal:
        if (token != Token::Number)
            return expected(tr("a number"), input, problem);
        return QVariant(QString::fromLatin1(input.bytes)); // exact, as written
    case Kind::Float:
    case Kind::Double:
        return readDouble(input, problem);
    case Kind::Date:
    case Kind::Time:
    case Kind::DateTime:
    case Kind::TimestampTz:
        return readDateTime(type, input, problem);
    case Kind::Binary:
    case Kind::Blob:
        return readBytes(input, problem);
    default:
        if (token != Token::String)
            return expected(tr("a string"), input, problem);
        return QVariant(QString::fromUtf8(input.bytes));
    }
}

std::optional<QVariant> JsonValueReader::readInteger(
    const LogicalType &type, const Input &input, QString *problem) const
{
    if (input.token != Token::Number)
        return expected(tr("a whole number"), input, problem);
    bool ok = false;
    const qlonglong n = input.bytes.toLongLong(&ok);
    if (ok)
        return QVariant(n);
    const qulonglong u = input.bytes.toULongLong(&ok);
    if (ok && type.isUnsigned)
        return QVariant(u);
    return expected(tr("a whole number of 64 bits"), input, problem);
}

std::optional<QVariant> JsonValueReader::readDouble(const Input &input, QString *problem) const
{
    if (input.token != Token::Number)
        return expected(tr("a number"), input, problem);
    bool ok = false;
    const double x = input.bytes.toDouble(&ok);
    if (!ok || !std::isfinite(x))
        return expected(tr("a number that a double holds"), input, problem);
    return QVariant(x);
}

std::optional<QVariant> JsonValueReader::readDateTime(
    const LogicalType &type, const Input &input, QString *problem) const
{
    if (input.token != Token::String)
        return expected(tr("an ISO 8601 string"), input, problem);
    // Checked here, alike on every engine (SQLite would store any text); then PostgreSQL
    // reads the ISO text itself, zone included, and the others take Qt's values as records
    // do. An offset on a time-zone-aware type is kept: as written on SQLite, which stores
    // text, and as the same instant in the session's (local) time on MariaDB, whose
    // TIMESTAMP converts from it.
    const QString iso = QString::fromUtf8(input.bytes);
    const QVariant parsed = ValueCodec::fromIsoText(iso, type, problem);
    if (!parsed.isValid())
        return std::nullopt;
    if (m_dialect.readsIsoDateTimeText())
        return QVariant(iso);
    const SqlEngine engine = m_dialect.engine();
    if (parsed.typeId() == QMetaType::QDateTime
        && parsed.toDateTime().timeSpec() != Qt::LocalTime) {
        const QDateTime dt = parsed.toDateTime();
        if (!m_dialect.timestampsTakeZone())
            return ValueCodec::toDatabase(dt.toLocalTime(), type, engine);
        return QVariant(ValueCodec::toIsoText(dt, type));
    }
    return ValueCodec::toDatabase(parsed, type, engine);
}

std::optional<QVariant> JsonValueReader::readBytes(const Input &input, QString *problem) const
{
    const bool hex = m_blobs == Blobs::Hex;
    if (input.token != Token::String)
        return expected(hex ? tr("hexadecimal text") : tr("base64 text"), input, problem);
    if (hex) {
        if (const std::optional<QByteArray> bytes = ValueCodec::fromHexText(input.bytes))
            return QVariant(*bytes);
        *problem
            = tr("\"%1\" is not hexadecimal bytes.").arg(QString::fromUtf8(input.bytes.left(40)));
        return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(
        QByteArray(input.bytes), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *problem = tr("\"%1\" is not base64 (for hexadecimal BLOBs, say so: --blobs hex).")
                       .arg(QString::fromUtf8(input.bytes.left(40)));
        return std::nullopt;
    }
    return QVariant(*decoded);
}

std::optional<QVariant> JsonValueReader::expected(
    const QString &what, const Input &input, QString *problem)
{
    const QString found = input.token == Token::Bool
        ? (input.flag ? QStringLiteral("true") : QStringLiteral("false"))
        : input.token == Token::Number ? tr("the number %1").arg(QString::fromLatin1(input.bytes))
                                       : tr("a string");
    *problem = tr("expected %1, not %2.").arg(what, found);
    return std::nullopt;
}
