#include "datadictionary.h"

#include "analysis/relationship.h"
#include "schema/schema.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

// A table at the other end of a link: its anchor, or none when the design does not have it.
struct TableLink
{
    QString name;
    QString anchor; // "table-3"; empty when the table is not in the design
};

// A foreign key seen from one of its tables: "(author_id) → " + link + " (id) ON DELETE ...".
struct RelationLine
{
    QString before;
    TableLink table;
    QString after;
};

struct ColumnFacts
{
    QString name;
    QString type;
    bool nullable = true;
    QString defaultText; // as SQL would say it; empty when the column has none
    QStringList markers; // PK, FK, UQ, IX, AI
    QString comment;
};

struct TableFacts
{
    QString name;
    QString anchor;
    QString comment;
    qint64 rows = -1;
    QList<ColumnFacts> columns;
    QStringList keys; // "PRIMARY (id)", "UNIQUE uq_email (email)"
    QList<RelationLine> outgoing;
    QList<RelationLine> incoming;
    QStringList relationships; // Relationship::describe(), for each one the table is part of
};

// Everything both formats say, gathered once, in the order of the contents (names sorted).
class Facts
{
public:
    Facts(const Schema &schema, const DataDictionary::Options &options);
    QList<TableFacts> tables;

private:
    TableFacts tableFacts(const Table &t) const;
    TableLink link(ObjectId table, const QString &name) const;

    const Schema &m_schema;
    const DataDictionary::Options &m_options;
    QHash<ObjectId, QString> m_anchors;
};

Facts::Facts(const Schema &schema, const DataDictionary::Options &options)
    : m_schema(schema)
    , m_options(options)
{
    QList<const Table *> sorted;
    for (const Table &t : schema.tables())
        sorted << &t;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const Table *a, const Table *b) { return a->name.localeAwareCompare(b->name) < 0; });
    // Anchors by position, not by name: a name may hold anything an id may not.
    for (qsizetype i = 0; i < sorted.size(); ++i)
        m_anchors.insert(sorted.at(i)->id, QStringLiteral("table-%1").arg(i + 1));
    QHash<ObjectId, qsizetype> index;
    for (const Table *t : std::as_const(sorted)) {
        index.insert(t->id, tables.size());
        tables << tableFacts(*t);
    }
    for (const Relationship &r : findRelationships(schema)) {
        const QString text = r.describe(schema);
        for (ObjectId id : {r.table, r.target, r.secondTarget}) {
            const auto it = index.constFind(id);
            if (it != index.cend() && !tables[*it].relationships.contains(text))
                tables[*it].relationships << text;
        }
    }
}

TableLink Facts::link(ObjectId table, const QString &name) const
{
    return {name, m_anchors.value(table)};
}

QString actionsText(const ForeignKey &fk)
{
    QStringList actions;
    if (fk.onDelete != ReferentialAction::Unspecified)
        actions << QStringLiteral("ON DELETE ") + referentialActionSql(fk.onDelete);
    if (fk.onUpdate != ReferentialAction::Unspecified)
        actions << QStringLiteral("ON UPDATE ") + referentialActionSql(fk.onUpdate);
    return actions.isEmpty() ? QString() : u' ' + actions.join(u' ');
}

TableFacts Facts::tableFacts(const Table &t) const
{
    TableFacts f;
    f.name = t.name;
    f.anchor = m_anchors.value(t.id);
    f.comment = t.comment;
    f.rows = m_options.rowCounts.value(t.name, -1);
    for (const Column &c : t.columns) {
        ColumnFacts cf;
        cf.name = c.name;
        cf.type = c.datatype;
        cf.nullable = c.nullable;
        if (c.defaultValue.isText())
            cf.defaultText = c.defaultValue.text();
        else if (c.defaultValue.isNull() && c.nullable)
            cf.defaultText = QStringLiteral("NULL");
        for (const Key &k : t.keys) {
            if (!k.contains(c.id))
                continue;
            const QString marker = k.isPrimary() ? QStringLiteral("PK")
                : k.type == Key::Unique          ? QStringLiteral("UQ")
                                                 : QStringLiteral("IX");
            if (!cf.markers.contains(marker))
                cf.markers << marker;
        }
        for (const ForeignKey &fk : t.foreignKeys) {
            if (std::any_of(fk.parts.cbegin(), fk.parts.cend(),
                    [&](const ForeignKeyPart &p) { return p.column == c.id; })
                && !cf.markers.contains(QStringLiteral("FK")))
                cf.markers << QStringLiteral("FK");
        }
        if (c.autoIncrement)
            cf.markers << QStringLiteral("AI");
        cf.comment = c.comment;
        f.columns << cf;
    }
    for (const Key &k : t.keys) {
        QStringList columns;
        for (const KeyPart &p : k.parts)
            columns << m_schema.keyPartName(t, p);
        f.keys << k.type + (k.name.isEmpty() ? QString() : u' ' + k.name) + QStringLiteral(" (")
                + columns.join(QStringLiteral(", ")) + u')';
    }
    const auto columnList = [](const Table &table, const ForeignKey &fk, const Schema &schema,
                                bool referenced) {
        QStringList names;
        for (const ForeignKeyPart &p : fk.parts) {
            if (referenced) {
                names << schema.referencedColumnName(fk, p);
            } else {
                const Column *c = table.column(p.column);
                names << (c ? c->name : QString());
            }
        }
        return QString(u'(' + names.join(QStringLiteral(", ")) + u')');
    };
    for (const ForeignKey &fk : t.foreignKeys) {
        f.outgoing << RelationLine {columnList(t, fk, m_schema, false) + QStringLiteral(" → "),
            link(fk.referencedTable, m_schema.referencedTableName(fk)),
            u' ' + columnList(t, fk, m_schema, true) + actionsText(fk)};
    }
    for (const Table &other : m_schema.tables()) {
        for (const ForeignKey &fk : other.foreignKeys) {
            if (fk.referencedTable != t.id)
                continue;
            f.incoming << RelationLine {QString(), link(other.id, other.name),
                u' ' + columnList(other, fk, m_schema, false) + QStringLiteral(" → ")
                    + columnList(t, fk, m_schema, true) + actionsText(fk)};
        }
    }
    return f;
}

QString summary(const Schema &schema)
{
    return DataDictionary::tr("%n table(s)", nullptr, int(schema.tables().size())) + u", "
        + DataDictionary::tr("%n column(s)", nullptr, schema.columnCount()) + u", "
        + DataDictionary::tr("%n relation(s)", nullptr, schema.foreignKeyCount());
}

QString rowsText(qint64 rows)
{
    return DataDictionary::tr("%1 rows").arg(QLocale().toString(rows));
}

// --- HTML ---

QString e(const QString &text)
{
    return text.toHtmlEscaped();
}

QString htmlLink(const TableLink &link)
{
    if (link.anchor.isEmpty())
        return e(link.name);
    return QStringLiteral("<a href=\"#%1\">%2</a>").arg(link.anchor, e(link.name));
}

// The SVG document without its XML declaration and doctype, to sit inside the page.
QString inlineSvg(const QByteArray &svg)
{
    const qsizetype start = svg.indexOf("<svg");
    return start < 0 ? QString() : QString::fromUtf8(svg.mid(start));
}

const char *const Style = R"(
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em;
       color: #1d2430; background: #fff; }
h1, h2, h3 { line-height: 1.2; }
h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .2em; margin-top: 2em; }
code, .type { font-family: ui-monospace, monospace; font-size: 90%; }
table { border-collapse: collapse; margin: .5em 0 1em; }
th, td { border: 1px solid #d0d7de; padding: .25em .6em; text-align: left; vertical-align: top; }
th { background: #f3f5f8; }
.marker { display: inline-block; font-size: 75%; font-weight: 600; padding: 0 .35em;
          border-radius: 3px; background: #e6ebf1; margin-right: .2em; }
.comment { color: #4a5565; }
.diagram svg { max-width: 100%; height: auto; border: 1px solid #d0d7de; }
.error { color: #b42318; } .warning { color: #8a5a00; }
@media (prefers-color-scheme: dark) {
  body { color: #e6edf3; background: #0d1117; } th { background: #161b22; }
  th, td, h2, .diagram svg { border-color: #30363d; } .marker { background: #30363d; }
  .comment { color: #9da7b3; } a { color: #58a6ff; }
}
)";

} // namespace

QString DataDictionary::html(const Schema &schema, const Options &options)
{
    const Facts facts(schema, options);
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                          "<meta name=\"generator\" content=\"Schemata\"/>\n<title>")
        + e(tr("%1: data dictionary").arg(options.title)) + QStringLiteral("</title>\n<style>")
        + QString::fromLatin1(Style) + QStringLiteral("</style>\n</head>\n<body>\n");
    out += QStringLiteral("<h1>") + e(options.title) + QStringLiteral("</h1>\n<p>")
        + e(summary(schema));
    if (!options.source.isEmpty())
        out += QStringLiteral(". ") + e(tr("Made by Schemata from %1.").arg(options.source));
    out += QStringLiteral("</p>\n");

    out += QStringLiteral("<nav>\n<h2>") + e(tr("Contents")) + QStringLiteral("</h2>\n<ol>\n");
    for (const TableFacts &t : facts.tables) {
        out += QStringLiteral("<li><a href=\"#") + t.anchor + QStringLiteral("\">") + e(t.name)
            + QStringLiteral("</a>");
        if (t.rows >= 0)
            out += QStringLiteral(" <span class=\"comment\">(") + e(rowsText(t.rows))
                + QStringLiteral(")</span>");
        out += QStringLiteral("</li>\n");
    }
    out += QStringLiteral("</ol>\n</nav>\n");

    const QString svg = inlineSvg(options.diagramSvg);
    if (!svg.isEmpty())
        out += QStringLiteral("<section class=\"diagram\" id=\"diagram\">\n<h2>") + e(tr("Diagram"))
            + QStringLiteral("</h2>\n") + svg + QStringLiteral("\n</section>\n");

    for (const TableFacts &t : facts.tables) {
        out += QStringLiteral("<section id=\"") + t.anchor + QStringLiteral("\">\n<h2>")
            + e(t.name) + QStringLiteral("</h2>\n");
        if (!t.comment.isEmpty())
            out += QStringLiteral("<p class=\"comment\">") + e(t.comment) + QStringLiteral("</p>\n");
        if (t.rows >= 0)
            out += QStringLiteral("<p>") + e(rowsText(t.rows)) + QStringLiteral("</p>\n");
        out += QStringLiteral("<table>\n<thead><tr><th>") + e(tr("Column"))
            + QStringLiteral("</th><th>") + e(tr("Type")) + QStringLiteral("</th><th>")
            + e(tr("NULL")) + QStringLiteral("</th><th>") + e(tr("Default"))
            + QStringLiteral("</th><th>") + e(tr("Key")) + QStringLiteral("</th><th>")
            + e(tr("Comment")) + QStringLiteral("</th></tr></thead>\n<tbody>\n");
        for (const ColumnFacts &c : t.columns) {
            QString markers;
            for (const QString &m : c.markers)
                markers += QStringLiteral("<span class=\"marker\">") + m + QStringLiteral("</span>");
            out += QStringLiteral("<tr><td><code>") + e(c.name)
                + QStringLiteral("</code></td><td class=\"type\">") + e(c.type)
                + QStringLiteral("</td><td>") + (c.nullable ? e(tr("yes")) : e(tr("no")))
                + QStringLiteral("</td><td><code>") + e(c.defaultText)
                + QStringLiteral("</code></td><td>") + markers + QStringLiteral("</td><td>")
                + e(c.comment) + QStringLiteral("</td></tr>\n");
        }
        out += QStringLiteral("</tbody>\n</table>\n");
        if (!t.keys.isEmpty()) {
            out += QStringLiteral("<h3>") + e(tr("Keys and indexes")) + QStringLiteral("</h3>\n<ul>\n");
            for (const QString &k : t.keys)
                out += QStringLiteral("<li><code>") + e(k) + QStringLiteral("</code></li>\n");
            out += QStringLiteral("</ul>\n");
        }
        if (!t.outgoing.isEmpty() || !t.incoming.isEmpty() || !t.relationships.isEmpty()) {
            out += QStringLiteral("<h3>") + e(tr("Relationships")) + QStringLiteral("</h3>\n<ul>\n");
            for (const RelationLine &r : t.outgoing)
                out += QStringLiteral("<li>") + e(tr("refers to")) + QStringLiteral(" <code>")
                    + e(r.before) + QStringLiteral("</code>") + htmlLink(r.table)
                    + QStringLiteral("<code>") + e(r.after) + QStringLiteral("</code></li>\n");
            for (const RelationLine &r : t.incoming)
                out += QStringLiteral("<li>") + e(tr("referred to by")) + u' ' + htmlLink(r.table)
                    + QStringLiteral("<code>") + e(r.after) + QStringLiteral("</code></li>\n");
            for (const QString &r : t.relationships)
                out += QStringLiteral("<li class=\"comment\">") + e(r) + QStringLiteral("</li>\n");
            out += QStringLiteral("</ul>\n");
        }
        out += QStringLiteral("</section>\n");
    }

    if (!options.problems.isEmpty()) {
        out += QStringLiteral("<section id=\"problems\">\n<h2>") + e(tr("Problems"))
            + QStringLiteral("</h2>\n<ul>\n");
        for (const DesignProblem &p : options.problems)
            out += QStringLiteral("<li class=\"") + (p.isError() ? QStringLiteral("error") : QStringLiteral("warning"))
                + QStringLiteral("\">") + e(p.toString()) + QStringLiteral("</li>\n");
        out += QStringLiteral("</ul>\n</section>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

// --- Markdown ---

namespace {

// Text in a Markdown table cell or line: the characters Markdown would read as syntax are
// escaped (at the start of a line too, where "#", "-" or "1." would begin a block), and a line
// break, which would end the row, becomes a space.
QString md(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r') {
            out += u' ';
            continue;
        }
        if (QStringLiteral("\\`*_[]<>|~").contains(c))
            out += u'\\';
        out += c;
    }
    static const QRegularExpression blockStart(QStringLiteral("^(\\s*)([#+=>-]|\\d+[.)])"));
    return out.replace(blockStart, QStringLiteral("\\1\\\\\\2"));
}

// Code in a cell: backticks fenced by more backticks than the text holds.
QString mdCode(const QString &text)
{
    if (text.isEmpty())
        return {};
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, u'`');
    QString body = text;
    body.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
    const QString pad = body.startsWith(u'`') || body.endsWith(u'`') ? QStringLiteral(" ") : QString();
    return fence + pad + body + pad + fence;
}

QString mdLink(const TableLink &link)
{
    if (link.anchor.isEmpty())
        return md(link.name);
    return u'[' + md(link.name) + QStringLiteral("](#") + link.anchor + u')';
}

} // namespace

QString DataDictionary::markdown(const Schema &schema, const Options &options)
{
    const Facts facts(schema, options);
    QString out;
    out += QStringLiteral("# ") + md(options.title) + QStringLiteral("\n\n") + md(summary(schema));
    if (!options.source.isEmpty())
        out += QStringLiteral(". ") + md(tr("Made by Schemata from %1.").arg(options.source));
    out += QStringLiteral("\n\n");
    if (!options.diagramFile.isEmpty())
        out += QStringLiteral("![") + md(tr("Diagram")) + QStringLiteral("](")
            + QString::fromUtf8(QUrl::toPercentEncoding(options.diagramFile, "/"))
            + QStringLiteral(")\n\n");
    out += QStringLiteral("## ") + md(tr("Contents")) + QStringLiteral("\n\n");
    for (const TableFacts &t : facts.tables) {
        out += QStringLiteral("- ") + mdLink({t.name, t.anchor});
        if (t.rows >= 0)
            out += QStringLiteral(" (") + md(rowsText(t.rows)) + u')';
        out += u'\n';
    }
    for (const TableFacts &t : facts.tables) {
        // An anchor of our own: GitHub's, made from the heading, would depend on the name.
        out += QStringLiteral("\n<a id=\"") + t.anchor + QStringLiteral("\"></a>\n\n## ")
            + md(t.name) + QStringLiteral("\n\n");
        if (!t.comment.isEmpty())
            out += md(t.comment) + QStringLiteral("\n\n");
        if (t.rows >= 0)
            out += md(rowsText(t.rows)) + QStringLiteral("\n\n");
        out += QStringLiteral("| ") + md(tr("Column")) + QStringLiteral(" | ") + md(tr("Type")) + QStringLiteral(" | ") + md(tr("NULL"))
            + QStringLiteral(" | ") + md(tr("Default")) + QStringLiteral(" | ") + md(tr("Key")) + QStringLiteral(" | ")
            + md(tr("Comment")) + QStringLiteral(" |\n|---|---|---|---|---|---|\n");
        for (const ColumnFacts &c : t.columns) {
            out += QStringLiteral("| ") + mdCode(c.name) + QStringLiteral(" | ") + mdCode(c.type) + QStringLiteral(" | ")
                + (c.nullable ? md(tr("yes")) : md(tr("no"))) + QStringLiteral(" | ") + mdCode(c.defaultText)
                + QStringLiteral(" | ") + c.markers.join(u' ') + QStringLiteral(" | ") + md(c.comment) + QStringLiteral(" |\n");
        }
        if (!t.keys.isEmpty()) {
            out += QStringLiteral("\n### ") + md(tr("Keys and indexes")) + QStringLiteral("\n\n");
            for (const QString &k : t.keys)
                out += QStringLiteral("- ") + mdCode(k) + u'\n';
        }
        if (!t.outgoing.isEmpty() || !t.incoming.isEmpty() || !t.relationships.isEmpty()) {
            out += QStringLiteral("\n### ") + md(tr("Relationships")) + QStringLiteral("\n\n");
            for (const RelationLine &r : t.outgoing)
                out += QStringLiteral("- ") + md(tr("refers to")) + u' ' + mdCode(r.before.trimmed()) + u' '
                    + mdLink(r.table) + u' ' + mdCode(r.after.trimmed()) + u'\n';
            for (const RelationLine &r : t.incoming)
                out += QStringLiteral("- ") + md(tr("referred to by")) + u' ' + mdLink(r.table) + u' '
                    + mdCode(r.after.trimmed()) + u'\n';
            for (const QString &r : t.relationships)
                out += QStringLiteral("- *") + md(r) + QStringLiteral("*\n");
        }
    }
    if (!options.problems.isEmpty()) {
        out += QStringLiteral("\n## ") + md(tr("Problems")) + QStringLiteral("\n\n");
        for (const DesignProblem &p : options.problems)
            out += QStringLiteral("- ") + md(p.toString()) + u'\n';
    }
    return out;
}
