#include "dbmlreader.h"

#include "dbmllexer.h"
#include "dbmlparser.h"
#include "dbmlsyntax.h"
#include "xml/datatypecataloguereader.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

// Most of what the builder reads is a table.
using TableSpec = DbmlDocument::TableSpec;

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(DbmlReader)

public:
    Builder(const DbmlDocument &document, Schema *schema, QStringList *warnings)
        : m_document(document)
        , m_schema(*schema)
        , m_warnings(*warnings)
    {
    }

    bool build(DbmlError *error);

private:
    bool fail(DbmlDocument::Place at, const QString &message)
    {
        m_error = {at.line, at.column, message};
        return false;
    }
    void warn(DbmlDocument::Place at, const QString &message)
    {
        m_warnings << DbmlError {at.line, at.column, message}.toString();
    }
    void layOut();
    bool addTable(const TableSpec &spec);
    bool addRef(const DbmlDocument::RefSpec &ref);
    Table *findTable(const QString &name);
    void applyDirectives(const TableSpec &spec);

    const DbmlDocument &m_document;
    Schema &m_schema;
    QStringList &m_warnings;
    DbmlError m_error;
    QHash<QString, ObjectId> m_tableIds; // by name and by alias
    QHash<const TableSpec *, QPointF> m_positions;
};

Table *Builder::findTable(const QString &name)
{
    return m_schema.table(m_tableIds.value(name, NoObject));
}

bool Builder::addTable(const TableSpec &spec)
{
    // DBML refuses a name twice, but a design has them (the designer allows it): kept, and
    // references name the first, as the designer looks tables up.
    if (m_tableIds.contains(spec.name))
        warn(spec.place,
            tr("The table %1 is defined twice: references name the first.").arg(spec.name));
    Table &table = m_schema.addTable(spec.name, m_positions.value(&spec));
    table.comment = spec.note;
    m_tableIds.insert(spec.name, m_tableIds.value(spec.name, table.id));
    if (!spec.alias.isEmpty())
        m_tableIds.insert(spec.alias, m_tableIds.value(spec.alias, table.id));
    QList<ObjectId> primary;
    QList<ObjectId> unique;
    for (const DbmlDocument::ColumnSpec &c : spec.columns) {
        if (table.columnByName(c.name))
            warn(c.place,
                tr("The column %1 is defined twice in %2: references name the first.")
                    .arg(c.name, spec.name));
        QString type = c.type;
        if (auto e = m_document.enums.constFind(type); e != m_document.enums.cend())
            type = DbmlSyntax::enumType(*e);
        Column &column = m_schema.addColumn(table, c.name, type);
        std::optional<DbmlDocument::Value> defaultValue;
        bool nullSaid = false;
        for (const DbmlDocument::Setting &s : c.settings) {
            nullSaid = nullSaid || s.name == u"null" || s.name == u"not null";
            if (s.name == u"pk" || s.name == u"primary key")
                primary << column.id;
            else if (s.name == u"unique")
                unique << column.id;
            else if (s.name == u"increment")
                column.autoIncrement = true;
            else if (s.name == u"not null")
                column.setNullable(false);
            else if (s.name == u"null")
                column.setNullable(true);
            else if (s.name == u"note")
                column.comment = s.value.text;
            else if (s.name == u"default")
                defaultValue = s.value;
            else if (s.name != u"ref") // refs once every table is there
                warn(s.place, tr("The column setting %1 is not kept.").arg(s.name));
        }
        // DBML's key columns are NOT NULL unless they say null.
        if (primary.contains(column.id) && !nullSaid)
            column.setNullable(false);
        if (defaultValue) {
            if (defaultValue->kind == DbmlToken::Kind::Word
                && defaultValue->text.compare(u"null", Qt::CaseInsensitive) == 0)
                column.defaultValue = column.nullable ? DefaultValue::null() : DefaultValue::none();
            else
                column.defaultValue = DefaultValue::text(defaultValue->text);
        }
    }
    if (!primary.isEmpty())
        m_schema.addKey(table, Key::Primary, primary);
    for (ObjectId c : std::as_const(unique))
        m_schema.addKey(table, Key::Unique, {c});
    for (const DbmlDocument::IndexSpec &index : spec.indexes) {
        QString type = Key::Index;
        QString name;
        for (const DbmlDocument::Setting &s : index.settings) {
            if (s.name == u"pk" || s.name == u"primary key")
                type = Key::Primary;
            else if (s.name == u"unique")
                type = Key::Unique;
            else if (s.name == u"name")
                name = s.value.text;
            else if (s.name == u"type") {
                const QString method = s.value.text.toUpper();
                if (type == Key::Index && method != u"BTREE" && method != u"HASH")
                    type = method;
            } else if (s.name != u"note")
                warn(s.place, tr("The index setting %1 is not kept.").arg(s.name));
        }
        Key &key = m_schema.addKey(table, type, {}, name);
        for (const QString &part : index.columns) {
            const Column *c = table.columnByName(part);
            if (!c)
                warn(index.place,
                    tr("The index of %1 names %2, which is no column of it.").arg(spec.name, part));
            key.parts << KeyPart {c ? c->id : NoObject, c ? QString() : part};
        }
    }
    return true;
}

void Builder::applyDirectives(const TableSpec &spec)
{
    Table *table = findTable(spec.name);
    Inheritance &i = table->inheritance;
    for (const DbmlDocument::Setting &s : spec.directives) {
        if (s.name == u"inherits") {
            const Table *parent = findTable(s.value.text);
            i.parent = parent ? parent->id : NoObject;
            i.parentName = parent ? QString() : s.value.text;
        } else if (s.name == u"inheritance") {
            i.kind
                = s.value.text == u"single" ? Inheritance::Kind::Single : Inheritance::Kind::Joined;
        } else if (s.name == u"discriminator") {
            const Column *c = table->columnByName(s.value.text);
            i.discriminator = c ? c->id : NoObject;
            i.discriminatorName = c ? QString() : s.value.text;
        } else if (s.name == u"identity") {
            i.identity = s.value.text;
        } else {
            warn(s.place, tr("The schemata setting %1 is not known.").arg(s.name));
        }
    }
}

bool Builder::addRef(const DbmlDocument::RefSpec &ref)
{
    if (ref.op == u"<>") {
        warn(ref.place,
            tr("The many-to-many reference between %1 and %2 is not kept: add the "
               "table that links them.")
                .arg(ref.left.table, ref.right.table));
        return true;
    }
    // The referencing side: many (>), the right of < ; one-to-one (-) the left.
    const DbmlDocument::Endpoint &from = ref.op == u"<" ? ref.right : ref.left;
    const DbmlDocument::Endpoint &to = ref.op == u"<" ? ref.left : ref.right;
    Table *owner = findTable(from.table);
    if (!owner)
        return fail(from.place, tr("No table %1.").arg(from.table));
    if (from.columns.size() != to.columns.size())
        return fail(to.place,
            tr("The two sides have %1 and %2 columns.")
                .arg(from.columns.size())
                .arg(to.columns.size()));
    QList<ObjectId> columns;
    for (const QString &name : from.columns) {
        const Column *c = owner->columnByName(name);
        if (!c)
            return fail(from.place, tr("The table %1 has no column %2.").arg(from.table, name));
        columns << c->id;
    }
    const Table *referenced = findTable(to.table);
    ForeignKey fk;
    fk.id = m_schema.newId();
    fk.name = ref.name;
    fk.onDelete = ref.onDelete;
    fk.onUpdate = ref.onUpdate;
    if (referenced) {
        fk.referencedTable = referenced->id;
    } else {
        fk.referencedTableName = to.table;
        warn(to.place, tr("No table %1: the reference keeps its name.").arg(to.table));
    }
    for (qsizetype n = 0; n < columns.size(); ++n) {
        ForeignKeyPart part;
        part.column = columns.at(n);
        const Column *c = referenced ? referenced->columnByName(to.columns.at(n)) : nullptr;
        part.referencedColumn = c ? c->id : NoObject;
        if (!c) {
            part.referencedColumnName = to.columns.at(n);
            if (referenced)
                warn(to.place,
                    tr("The table %1 has no column %2: the reference keeps its name.")
                        .arg(to.table, to.columns.at(n)));
        }
        fk.parts << part;
    }
    owner->foreignKeys << fk;
    return true;
}

// Groups first, each a block of rows in an area, then the other tables; four tables a row,
// each row as high as its tallest table.
void Builder::layOut()
{
    constexpr qreal columnWidth = 300, rowGap = 60, margin = 40, areaPadding = 20;
    const auto height = [](const TableSpec &t) { return 40 + 22 * qreal(t.columns.size()); };
    QHash<QString, const TableSpec *> byName;
    for (const TableSpec &t : m_document.tables)
        byName.insert(t.name, &t);
    QSet<const TableSpec *> placed;
    qreal y = margin;
    const auto block = [&](const QList<const TableSpec *> &tables) {
        QRectF box;
        for (qsizetype start = 0; start < tables.size(); start += 4) {
            qreal rowHeight = 0;
            for (qsizetype n = start; n < std::min(start + 4, tables.size()); ++n) {
                const QPointF at(margin + columnWidth * qreal(n - start), y);
                m_positions.insert(tables.at(n), at);
                rowHeight = std::max(rowHeight, height(*tables.at(n)));
                box |= QRectF(at, QSizeF(columnWidth - rowGap, height(*tables.at(n))));
            }
            y += rowHeight + rowGap;
        }
        return box;
    };
    for (const DbmlDocument::GroupSpec &g : m_document.groups) {
        QList<const TableSpec *> tables;
        for (const auto &[name, at] : g.tables) {
            const TableSpec *t = byName.value(name);
            if (!t) {
                // An alias.
                for (const TableSpec &candidate : m_document.tables) {
                    if (candidate.alias == name)
                        t = &candidate;
                }
            }
            if (!t) {
                warn(at, tr("The group %1 names %2, which is no table.").arg(g.name, name));
                continue;
            }
            if (placed.contains(t))
                continue;
            placed.insert(t);
            tables << t;
        }
        y += areaPadding * 2;
        const QRectF box = block(tables);
        Area area;
        area.id = m_schema.newId();
        area.title = g.name;
        area.color = g.color;
        area.geometry = box.isNull()
            ? QRectF(margin - areaPadding, y - areaPadding * 3, columnWidth, areaPadding * 3)
            : box.adjusted(-areaPadding, -areaPadding * 2, areaPadding, areaPadding);
        m_schema.areas() << area;
    }
    QList<const TableSpec *> rest;
    for (const TableSpec &t : m_document.tables) {
        if (!placed.contains(&t))
            rest << &t;
    }
    block(rest);
    for (const QString &text : m_document.notes) {
        Note note;
        note.id = m_schema.newId();
        note.text = text;
        note.geometry = QRectF(margin, y, 240, 100);
        y += 100 + rowGap;
        m_schema.notes() << note;
    }
}

// The catalogue Schemata ships for a Project's database_type: DBML's names for engines
// ("PostgreSQL"), or a catalogue's own ("web2py"); empty for none.
QString catalogueName(const QString &databaseType)
{
    const QString engine = databaseType.toLower();
    if (DatatypeCatalogueReader::bundledNames().contains(engine))
        return engine;
    if (engine.contains(u"postgres"))
        return QStringLiteral("postgresql");
    if (engine.contains(u"sqlite"))
        return QStringLiteral("sqlite");
    if (engine.contains(u"oracle"))
        return QStringLiteral("oracle");
    if (engine.contains(u"sql server") || engine.contains(u"mssql"))
        return QStringLiteral("mssql");
    return {};
}

bool Builder::build(DbmlError *error)
{
    const QString catalogue = catalogueName(m_document.databaseType);
    if (!catalogue.isEmpty())
        m_schema.setCatalogue(DatatypeCatalogueReader::bundled(catalogue));
    layOut();
    bool ok = true;
    for (const TableSpec &t : m_document.tables) {
        if (ok)
            ok = addTable(t);
    }
    for (const TableSpec &t : m_document.tables) {
        if (!ok)
            break;
        applyDirectives(t);
        for (const DbmlDocument::ColumnSpec &c : t.columns) {
            for (const DbmlDocument::Setting &s : c.settings) {
                if (s.name != u"ref" || !ok)
                    continue;
                DbmlDocument::RefSpec inline_;
                inline_.place = s.place;
                inline_.left = {t.name, {c.name}, c.place};
                inline_.op = s.refOp;
                inline_.right = s.refTarget;
                ok = addRef(inline_);
            }
        }
    }
    for (const DbmlDocument::RefSpec &r : m_document.refs) {
        if (ok)
            ok = addRef(r);
    }
    *error = m_error;
    return ok;
}

} // namespace

bool DbmlReader::read(const QByteArray &text)
{
    m_schema = Schema();
    m_error = {};
    m_warnings.clear();
    QString source = QString::fromUtf8(text);
    if (source.startsWith(QChar(0xFEFF)))
        source.remove(0, 1);
    source.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QList<DbmlToken> tokens;
    if (!DbmlLexer(source).tokenize(&tokens, &m_error))
        return false;
    DbmlDocument document;
    if (!DbmlParser(source, tokens).parse(&document, &m_error))
        return false;
    return Builder(document, &m_schema, &m_warnings).build(&m_error);
}

bool DbmlReader::looksLikeDbml(const QByteArray &head)
{
    QString text = QString::fromUtf8(head);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
        } else if (QStringView(text).mid(i).startsWith(u"//")) {
            i = text.indexOf(u'\n', i);
            if (i < 0)
                return false;
        } else if (QStringView(text).mid(i).startsWith(u"/*")) {
            i = text.indexOf(QStringLiteral("*/"), i);
            if (i < 0)
                return false;
            i += 2;
        } else {
            break;
        }
    }
    qsizetype end = i;
    while (end < text.size() && DbmlLexer::isWordChar(text.at(end)))
        ++end;
    static const QStringList elements {QStringLiteral("table"), QStringLiteral("ref"),
        QStringLiteral("enum"), QStringLiteral("tablegroup"), QStringLiteral("project"),
        QStringLiteral("note"), QStringLiteral("tablepartial")};
    if (!elements.contains(text.mid(i, end - i).toLower()))
        return false;
    // The word is followed by a name, ':' or '{', not by SQL ("TABLE users" is no statement
    // start, but "Table users {" is DBML).
    const QString rest = text.mid(end, 200).trimmed();
    return !rest.isEmpty()
        && (rest.at(0) == u'"' || rest.at(0) == u':' || rest.at(0) == u'{'
            || DbmlLexer::isWordChar(rest.at(0)));
}
