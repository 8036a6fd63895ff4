#include "valuecodec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

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

QVariant fromIsoText(const QString &text, const LogicalType &type, QString *problem)
{
    using Kind = LogicalType::Kind;
    // ASCII digits only ("\d" would take any script's), every field in full. Groups: 1-3 the
    // date, 4 the separator, 5-7 the time, 8 its fraction, 9 the zone.
    static const QRegularExpression form(QStringLiteral(
        "^(?:([0-9]{4})-([0-9]{2})-([0-9]{2}))?([T ])?(?:([0-9]{2}):([0-9]{2}):([0-9]{2})"
        "(?:\\.([0-9]{1,9}))?)?(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?$"));
    const auto translate
        = [](const char *source) { return QCoreApplication::translate("ValueCodec", source); };
    const QString expected = type.kind == Kind::Date ? translate("a date, YYYY-MM-DD")
        : type.kind == Kind::Time                    ? translate("a time, HH:MM:SS")
        : type.kind == Kind::DateTime
        ? translate("a date and time without a time zone, YYYY-MM-DDTHH:MM:SS")
        : translate("a date and time, YYYY-MM-DDTHH:MM:SS, with an optional Z or +HH:MM");
    const auto fail = [&](const QString &why) {
        *problem = why.isEmpty()
            ? translate("expected %1, not \"%2\".").arg(expected, text)
            : translate("expected %1, not \"%2\": %3.").arg(expected, text, why);
        return QVariant();
    };
    const QRegularExpressionMatch m = form.match(text);
    const bool hasDate = m.hasMatch() && m.capturedLength(1) > 0;
    const bool hasTime = m.hasMatch() && m.capturedLength(5) > 0;
    const bool separated = m.hasMatch() && m.capturedLength(4) > 0;
    const QString zone = m.captured(9);
    if (!m.hasMatch() || hasDate != (type.kind != Kind::Time)
        || hasTime != (type.kind != Kind::Date) || separated != (hasDate && hasTime)
        || (!zone.isEmpty() && !hasTime))
        return fail({});
    const auto number = [&](int group) { return m.captured(group).toInt(); };
    QDate date;
    if (hasDate) {
        date = QDate(number(1), number(2), number(3));
        if (number(1) < 1 || !date.isValid())
            return fail(translate("there is no such day"));
    }
    QTime time;
    if (hasTime) {
        const int milliseconds = QString(m.captured(8) + QStringLiteral("00")).left(3).toInt();
        time = QTime(number(5), number(6), number(7), milliseconds);
        if (!time.isValid())
            return fail(translate("there is no such time of day"));
    }
    if (!zone.isEmpty() && type.kind != Kind::TimestampTz)
        return fail(translate("the column's type has no time zone, and this has %1").arg(zone));
    if (type.kind == Kind::Date)
        return QVariant(date);
    if (type.kind == Kind::Time)
        return QVariant(time);
    if (zone.isEmpty())
        return QVariant(QDateTime(date, time));
    if (zone == u"Z")
        return QVariant(QDateTime(date, time, Qt::UTC));
    QString digits = zone.mid(1);
    digits.remove(u':');
    const int hours = digits.left(2).toInt();
    const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
    const int seconds = (hours * 3600 + minutes * 60) * (zone.startsWith(u'-') ? -1 : 1);
    if (minutes > 59 || seconds < QTimeZone::MinUtcOffsetSecs
        || seconds > QTimeZone::MaxUtcOffsetSecs)
        return fail(translate("there is no such time zone offset"));
    return QVariant(QDateTime(date, time, Qt::OffsetFromUTC, seconds));
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
