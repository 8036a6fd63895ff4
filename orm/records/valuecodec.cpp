#include "valuecodec.h"

#include <QDateTime>

namespace ValueCodec {

QVariant fromDatabase(const QVariant &value, const LogicalType &type, SqlEngine engine)
{
    if (value.isNull())
        return QVariant();
    using Kind = LogicalType::Kind;
    switch (type.kind) {
    case Kind::Boolean: {
        const QString text = value.toString().toLower();
        return QVariant(text == u"1" || text == u"true" || text == u"t");
    }
    case Kind::TinyInt:
    case Kind::SmallInt:
    case Kind::Integer:
    case Kind::BigInt:
        if (type.isUnsigned && type.kind == Kind::BigInt)
            return QVariant(value.toULongLong());
        return QVariant(value.toLongLong());
    case Kind::Decimal: {
        // PostgreSQL and MariaDB give the exact text (QSql::HighPrecision); SQLite keeps a
        // NUMERIC as an integer or a double, written back with the column's scale.
        if (value.typeId() == QMetaType::Double && type.scale >= 0)
            return QVariant(QString::number(value.toDouble(), 'f', type.scale));
        return QVariant(value.toString());
    }
    case Kind::Float:
    case Kind::Double:
        return QVariant(value.toDouble());
    case Kind::Date:
        if (value.typeId() == QMetaType::QDate)
            return value;
        return QVariant(QDate::fromString(value.toString().left(10), Qt::ISODate));
    case Kind::Time:
        if (value.typeId() == QMetaType::QTime)
            return value;
        return QVariant(QTime::fromString(value.toString(), Qt::ISODateWithMs));
    case Kind::DateTime:
    case Kind::TimestampTz: {
        if (value.typeId() == QMetaType::QDateTime)
            return value;
        QString text = value.toString();
        text.replace(u' ', u'T');
        QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        return dt.isValid() ? QVariant(dt) : QVariant(value.toString());
    }
    case Kind::Binary:
    case Kind::Blob:
        return QVariant(value.toByteArray());
    default:
        break;
    }
    Q_UNUSED(engine);
    if (value.typeId() == QMetaType::QByteArray)
        return QVariant(QString::fromUtf8(value.toByteArray()));
    return QVariant(value.toString());
}

QVariant toDatabase(const QVariant &value, const LogicalType &type, SqlEngine engine)
{
    if (value.isNull() || !value.isValid())
        return QVariant(QMetaType(QMetaType::QString)); // a typed NULL binds on every driver
    using Kind = LogicalType::Kind;
    switch (type.kind) {
    case Kind::Boolean:
        if (engine == SqlEngine::Postgres)
            return QVariant(value.toBool());
        return QVariant(value.toBool() ? 1 : 0);
    case Kind::DateTime:
    case Kind::TimestampTz:
        if (engine == SqlEngine::Sqlite && value.typeId() == QMetaType::QDateTime) {
            // SQLite's own date functions read "YYYY-MM-DD HH:MM:SS".
            const QDateTime dt = value.toDateTime();
            return QVariant(dt.toString(dt.time().msec() ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                                         : QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        }
        return value;
    case Kind::Date:
        if (value.typeId() == QMetaType::QDate)
            return QVariant(value.toDate().toString(Qt::ISODate));
        return value;
    default:
        return value;
    }
}

QVariant notNullWhenEmpty(const QVariant &value)
{
    if (value.isNull())
        return value;
    if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
        return QVariant(QByteArray("", 0));
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

} // namespace ValueCodec
