#pragma once

#include <QString>

// What a column type means, independent of any database: the pivot of the type mapping.
// A design's datatype text (in any of the designer's catalogues) is read into a LogicalType;
// each dialect writes a LogicalType as its own DDL type, and reads its catalogue's types back
// into one. The table that does this is in typemapping.cpp and documented in the README.
struct LogicalType
{
    enum class Kind {
        Boolean,
        TinyInt,
        SmallInt,
        Integer,
        BigInt,
        Decimal, // exact, with optional precision and scale
        Float, // single precision
        Double,
        Char, // fixed length
        Varchar, // bounded length
        Text, // unbounded text
        Binary, // bounded bytes
        Blob, // unbounded bytes
        Date,
        Time,
        DateTime, // without time zone
        TimestampTz, // with time zone
        Uuid,
        Json,
        Enum, // MySQL ENUM/SET: the value list is kept in `original`
        Other // not recognised: the text is passed through verbatim
    };

    Kind kind = Kind::Other;
    int length = -1; // Char, Varchar, Binary; -1 when not given
    int precision = -1; // Decimal
    int scale = -1; // Decimal
    bool isUnsigned = false; // integers (MySQL UNSIGNED)
    bool serial = false; // PostgreSQL SERIAL types: an integer that numbers itself
    QString original; // the text this was read from

    bool isInteger() const
    {
        return kind == Kind::TinyInt || kind == Kind::SmallInt || kind == Kind::Integer
            || kind == Kind::BigInt;
    }
    bool isNumeric() const
    {
        return isInteger() || kind == Kind::Decimal || kind == Kind::Float || kind == Kind::Double
            || kind == Kind::Boolean;
    }
    bool isText() const
    {
        return kind == Kind::Char || kind == Kind::Varchar || kind == Kind::Text
            || kind == Kind::Enum || kind == Kind::Uuid || kind == Kind::Json;
    }
    bool isTemporal() const
    {
        return kind == Kind::Date || kind == Kind::Time || kind == Kind::DateTime
            || kind == Kind::TimestampTz;
    }
    bool isBinary() const { return kind == Kind::Binary || kind == Kind::Blob; }

    friend bool operator==(const LogicalType &a, const LogicalType &b)
    {
        return a.kind == b.kind && a.length == b.length && a.precision == b.precision
            && a.scale == b.scale && a.isUnsigned == b.isUnsigned
            && (a.kind != Kind::Other || a.original.compare(b.original, Qt::CaseInsensitive) == 0);
    }
};

QString logicalKindName(LogicalType::Kind kind);
