#pragma once

#include "sql/logicaltype.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QVariant>

// The values DataGenerator puts in a column: random ones of the column's type and size, and
// the n-th distinct one for UNIQUE columns. Pure (no database): the same seed, table and
// purpose give the same values.
namespace ValueGenerator {

// Randomness: one generator per table and purpose, seeded from the seed and the table's name,
// so a table's rows do not change when another table is added to the schema or the run.
class Random
{
public:
    Random(quint64 seed, const QString &table, QStringView purpose);

    // 0 <= result < n (0 when n <= 1).
    quint64 below(quint64 n) { return n <= 1 ? 0 : m_generator.bounded(n); }
    qint64 between(qint64 lowest, qint64 highest) // inclusive
    {
        return lowest + qint64(below(quint64(highest - lowest) + 1));
    }
    bool percent(int p) { return m_generator.bounded(100U) < quint32(p); }
    quint64 next64() { return m_generator.generate64(); }

private:
    static QRandomGenerator seedWords(quint64 seed, quint64 stream);

    QRandomGenerator m_generator;
};

// What a column holds, guessed from its name, so that text looks like what it stands for.
enum class Hint {
    None,
    Email,
    FirstName,
    LastName,
    PersonName,
    UserName,
    Title,
    Url,
    Phone,
    Sentence,
    Code,
    Age,
    Year,
    Birth,
    Ip
};

Hint hintFor(const QString &tableName, const QString &columnName, const LogicalType &type);

// Values of one column's type.
struct ValueSpec
{
    LogicalType type;
    Hint hint = Hint::None;
    bool unsignedIntegers = true; // Dialect::hasUnsignedIntegers
    bool zoneInTimestamps = true; // Dialect::timestampsTakeZone
    int maxLength = 255; // text and bytes
    QStringList enumValues;
};

// A typed NULL of the type, as the drivers bind it.
QVariant nullOf(const LogicalType &type);
// ENUM('a','b') / SET(...) as written: the quoted values.
QStringList enumValues(const QString &original);
// The largest value the design's type holds (UNSIGNED too), within what the engine stores
// (PostgreSQL has no unsigned integers).
qint64 integerCapacity(const ValueSpec &spec);
// How many distinct values the column can hold (for UNIQUE columns); max() when plenty.
qint64 uniqueCapacity(const ValueSpec &spec);
// A random value of the column's type and size (text as the hint suggests).
QVariant randomValue(const ValueSpec &spec, Random &random);
// The n-th (from 1) distinct value of a UNIQUE column: text ends in "-n", numbers count.
QVariant uniqueValue(const ValueSpec &spec, Random &random, qint64 n);
// Whether values of the type can be made up (not of an unknown type).
bool canGenerate(const ValueSpec &spec);
// The largest a generated value can be in bytes, to keep MariaDB's packets small.
int estimatedBytes(const ValueSpec &spec);

} // namespace ValueGenerator
