#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

// The ORDER BY of a keyset-paged query and the conditions that continue it from a row, without
// OFFSET: "the rows after this one" becomes a range the engine can seek to in an index. The
// terms end with a unique key, so the order is total and each row has one position (the values
// of the terms). NULLs are where the engine sorts them (first on SQLite and MariaDB, last on
// PostgreSQL), and a NULL in a position is compared with IS NULL, never bound.
class KeysetOrder
{
public:
    struct Term
    {
        QString expression; // SQL, with quoted names
        bool descending = false;
        bool nullable = false; // whether "... OR x IS NULL" is needed to keep NULL rows
    };

    // SQL text with the values its "?" placeholders take, in order.
    struct Condition
    {
        QString sql;
        QVariantList values;
    };

    KeysetOrder() = default;
    // nullsFirst: NULL sorts before every value in ascending order (SQLite, MariaDB).
    KeysetOrder(const QList<Term> &terms, bool nullsFirst);

    bool isEmpty() const { return m_terms.isEmpty(); }
    const QList<Term> &terms() const { return m_terms; }

    // "a DESC, b" (without ORDER BY); reversed turns every term around, for reading backwards.
    QString orderBy(bool reversed = false) const;
    // The rows after `position` in this order (before it when reversed), or from it on when
    // inclusive. `position` has one value per term.
    Condition after(
        const QVariantList &position, bool reversed = false, bool inclusive = false) const;

private:
    Condition from(
        qsizetype term, const QVariantList &position, bool reversed, bool inclusive) const;

    QList<Term> m_terms;
    bool m_nullsFirst = true;
};
