#pragma once

#include "designwarning.h"
#include "schema/schema.h"

#include <QCoreApplication>

class XmlTree;

// Reads WWW SQL Designer files (../shared/docs/wwwsqldesigner-format.md) with the designer's
// meaning: lookups by name, datatype resolution against the embedded catalogue, its default
// value rules, relations stored on the referencing row. Where the designer silently loses data
// (unknown types, relations and key parts that point nowhere, other tools' attributes and
// elements), Schemata keeps it and reports a warning. Malformed XML is refused as a whole, with
// line and column.
class DesignReader
{
    Q_DECLARE_TR_FUNCTIONS(DesignReader)

public:
    bool read(const QByteArray &data);

    const Schema &schema() const { return m_schema; }
    Schema takeSchema() { return std::move(m_schema); }
    const DesignWarnings &warnings() const { return m_warnings; }

    QString errorString() const { return m_errorString; }
    qint64 errorLine() const { return m_errorLine; }
    qint64 errorColumn() const { return m_errorColumn; }

    // The designer's parseInt(): leading integer of a string, 0 for garbage.
    static int parseJsInt(QStringView text);

private:
    bool decode(const QByteArray &data, QString *text);
    bool fail(const QString &message, qint64 line, qint64 column);
    void warn(
        const QString &message, qint64 line, const QString &table = {}, const QString &column = {});
    void warnAt(const QString &message, qint64 line, qint64 columnNumber, const QString &table,
        const QString &column);

    void readTable(const XmlTree &tree, int element);
    void readColumn(const XmlTree &tree, int element, Table &table);
    // An extension <renamed from="OLD"/> in a <table> or <row>: one earlier name, oldest first.
    void readFormerName(const XmlTree &tree, int element, const QString &currentName,
        QStringList *formerNames, const QString &table, const QString &column);
    void readKey(const XmlTree &tree, int element, Table &table);
    void readRowKey(
        const XmlTree &tree, int element, const QString &type, Table &table, qsizetype columnIndex);
    void readRelations(const XmlTree &tree);
    void resolveInheritance(const QList<int> &tableElements, const XmlTree &tree);
    void readAnnotations(const XmlTree &tree);

    Schema m_schema;
    DesignWarnings m_warnings;
    QString m_errorString;
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
    // Rows of each table in file order (columns are looked up by name per table).
    QList<QList<int>> m_rowElements;
    // First table of each name, as the designer finds tables (a design may have thousands).
    QHash<QString, qsizetype> m_tableByName;
    const Table *tableByName(const QString &name) const;
};
