#pragma once

#include "sql/logicaltype.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QVariant>

#include <optional>

class Dialect;

// A scalar of the JSON that JsonExporter writes (null, true or false, a number as its text, a
// string as UTF-8), read as the value bound for a column of a type on the dialect's engine:
// 64-bit integers exact (UNSIGNED BIGINT up to its maximum), decimals as their exact text,
// reals as doubles, booleans from true and false, dates and times from ISO 8601 text
// (ValueCodec::fromIsoText, checked alike on every engine), BLOBs from base64 or hexadecimal
// text, and anything else from a string. A null is a typed NULL, which binds on every driver.
class JsonValueReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonImporter)

public:
    enum class Token { Null, Bool, Number, String };
    enum class Blobs { Base64, Hex };

    JsonValueReader(const Dialect &dialect, Blobs blobs);

    // `flag` is a Bool's value; `text` a Number's or String's. nullopt when the value is not
    // one of the column's type, with what was expected in *problem, a sentence that goes
    // after the row and column it is about ("expected a whole number, not a string.").
    std::optional<QVariant> read(const LogicalType &type, Token token, bool flag,
        QByteArrayView text, QString *problem) const;

private:
    struct Input
    {
        Token token;
        bool flag;
        QByteArray bytes; // the text, not copied
    };

    std::optional<QVariant> readInteger(
        const LogicalType &type, const Input &input, QString *problem) const;
    std::optional<QVariant> readDouble(const Input &input, QString *problem) const;
    std::optional<QVariant> readDateTime(
        const LogicalType &type, const Input &input, QString *problem) const;
    std::optional<QVariant> readBytes(const Input &input, QString *problem) const;
    // Says that `what` was expected, and what the input has instead.
    static std::optional<QVariant> expected(
        const QString &what, const Input &input, QString *problem);

    const Dialect &m_dialect;
    const Blobs m_blobs;
};
