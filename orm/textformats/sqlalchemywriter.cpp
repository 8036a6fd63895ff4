#include "sqlalchemywriter.h"

#include "analysis/relationship.h"
#include "analysis/tableorder.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "schema/schema.h"
#include "sql/typemapping.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

using Kind = LogicalType::Kind;

// Names the module imports or defines at its top: a class, table or attribute of the same name
// would hide them (a column called "String" in a class body hides the type for the columns
// after it).
const QSet<QString> &importedNames()
{
    static const QSet<QString> names {u"BigInteger"_s, u"Boolean"_s, u"CHAR"_s, u"Column"_s,
        u"Date"_s, u"DateTime"_s, u"Float"_s, u"ForeignKey"_s, u"ForeignKeyConstraint"_s,
        u"Index"_s, u"Integer"_s, u"JSON"_s, u"LargeBinary"_s, u"MetaData"_s, u"Numeric"_s,
        u"PrimaryKeyConstraint"_s, u"REAL"_s, u"SmallInteger"_s, u"String"_s, u"Table"_s, u"Text"_s,
        u"Time"_s, u"UniqueConstraint"_s, u"VARBINARY"_s, u"and_"_s, u"text"_s, u"true"_s,
        u"false"_s, u"mysql"_s, u"postgresql"_s, u"backref"_s, u"declarative_base"_s, u"registry"_s,
        u"relationship"_s, u"Base"_s, u"metadata"_s, u"mapper_registry"_s, u"Model"_s, u"Ddl"_s,
        u"EngineDefault"_s, u"UserDefinedType"_s, u"ClauseElement"_s, u"compiles"_s,
        u"start_mappers"_s, u"factory"_s, u"datetime"_s, u"Session"_s, u"scoped_session"_s,
        u"sessionmaker"_s, u"query"_s, u"registry"_s};
    return names;
}

bool isPythonKeyword(const QString &name)
{
    static const QSet<QString> keywords {u"False"_s, u"None"_s, u"True"_s, u"and"_s, u"as"_s,
        u"assert"_s, u"async"_s, u"await"_s, u"break"_s, u"class"_s, u"continue"_s, u"def"_s,
        u"del"_s, u"elif"_s, u"else"_s, u"except"_s, u"finally"_s, u"for"_s, u"from"_s, u"global"_s,
        u"if"_s, u"import"_s, u"in"_s, u"is"_s, u"lambda"_s, u"nonlocal"_s, u"not"_s, u"or"_s,
        u"pass"_s, u"raise"_s, u"return"_s, u"try"_s, u"while"_s, u"with"_s, u"yield"_s};
    return keywords.contains(name);
}

// A Python identifier for a name: other characters become "_", a leading digit gets one, and
// a keyword or an imported name gets a trailing one.
QString identifier(const QString &name)
{
    QString result;
    for (const QChar c : name)
        result += c.isLetterOrNumber() || c == u'_' ? c : QChar(u'_');
    if (result.isEmpty() || result.front().isDigit())
        result.prepend(u'_');
    if (isPythonKeyword(result) || importedNames().contains(result) || result.startsWith(u"__"))
        result += u'_';
    return result;
}

// "content_category" -> "ContentCategory", "index.html.erb" -> "IndexHtmlErb", "HOME_PAGE" ->
// "HomePage".
QString className(const QString &table)
{
    QString result;
    QString word;
    const auto endWord = [&] {
        if (!word.isEmpty())
            result += word.front().toUpper()
                + (word == word.toUpper() ? word.mid(1).toLower() : word.mid(1));
        word.clear();
    };
    for (const QChar c : table) {
        if (c.isLetterOrNumber())
            word += c;
        else
            endWord();
    }
    endWord();
    if (result.isEmpty() || result.front().isDigit())
        result.prepend(u'T');
    if (importedNames().contains(result) || isPythonKeyword(result))
        result += QStringLiteral("Model");
    return result;
}

// A crude English plural, enough for attribute names ("post" -> "posts", "category" ->
// "categories").
QString plural(const QString &word)
{
    static const QString vowels = QStringLiteral("aeiou");
    if (word.endsWith(u'y') && word.size() > 1 && !vowels.contains(word.at(word.size() - 2)))
        return word.left(word.size() - 1) + QStringLiteral("ies");
    if (word.endsWith(u's') || word.endsWith(u'x') || word.endsWith(QStringLiteral("ch"))
        || word.endsWith(QStringLiteral("sh")))
        return word + QStringLiteral("es");
    return word + u's';
}

// A Python string literal.
QString pyString(const QString &text)
{
    QString result = QStringLiteral("'");
    for (const QChar c : text) {
        if (c == u'\\' || c == u'\'')
            result += u'\\' + QString(c);
        else if (c == u'\n')
            result += QStringLiteral("\\n");
        else if (c == u'\r')
            result += QStringLiteral("\\r");
        else if (c == u'\t')
            result += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.category() == QChar::Other_Surrogate)
            result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
        else
            result += c;
    }
    return result + u'\'';
}

// Names taken in one scope (a module or a class); unique() gives the first free variant.
class NameScope
{
public:
    bool contains(const QString &name) const
    {
        return m_names.contains(name) || importedNames().contains(name);
    }
    void reserve(const QString &name) { m_names.insert(name); }
    QString unique(const QString &wanted)
    {
        QString name = wanted;
        for (int n = 2; m_names.contains(name) || importedNames().contains(name); ++n)
            name = wanted + u'_' + QString::number(n);
        m_names.insert(name);
        return name;
    }

private:
    QSet<QString> m_names;
};

// The upper-case text of a DDL type with the length in parentheses, if any.
int lengthOf(const QString &ddlType)
{
    static const QRegularExpression number(QStringLiteral("\\((\\d+)"));
    const QRegularExpressionMatch m = number.match(ddlType);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

struct Relation
{
    QString name;
    QString target; // class name
    QString backPopulates;
    QString backref;
    QString secondary; // association table variable
    QList<std::pair<ObjectId, ObjectId>> foreignKeys; // (table, column) for foreign_keys=
    QList<ObjectId> remoteSide; // columns of the own table
    // Self-referential many-to-many: association columns against own columns.
    QList<std::pair<ObjectId, ObjectId>> primaryJoin, secondaryJoin; // (assoc column, own)
    ObjectId associationTable = NoObject;
    ObjectId foreignKey = NoObject; // the referencing side's foreign key (many-to-one)
    bool single = false; // uselist=False
    bool viewOnly = false; // its columns are also another foreign key's
};

struct Model
{
    enum class Shape {
        Class, // a mapped class
        AssociationTable, // a Table object used as `secondary`
        PlainTable // a Table object: no primary key to map
    };
    const Table *design = nullptr;
    const Table *physical = nullptr; // nullptr for a single-table subclass
    Shape shape = Shape::Class;
    QString className;
    QString tableVariable;
    QHash<ObjectId, QString> attributes; // column id -> attribute name
    NameScope names;
    QList<Relation> relations;
    ObjectId parent = NoObject; // the inherited model's table
    Inheritance::Kind inheritance = Inheritance::Kind::None;
    QList<ObjectId> children; // single-table subclasses (for exclude_properties)
};

class ModuleWriter
{
public:
    ModuleWriter(const Schema &design, const SqlAlchemyWriter::Options &options)
        : m_design(design)
        , m_options(options)
    {
    }

    SqlAlchemyWriter::Result run();

private:
    bool declarative() const { return m_options.style == SqlAlchemyWriter::Style::Declarative; }
    const DdlScript::ColumnFacts *facts(int engine, ObjectId column) const
    {
        if (!m_scriptOk[engine])
            return nullptr;
        const auto it = m_scripts[engine].columnFacts.constFind(column);
        return it == m_scripts[engine].columnFacts.cend() ? nullptr : &*it;
    }
    Model &model(ObjectId table) { return m_models[table]; }
    const Model &model(ObjectId table) const { return *m_models.constFind(table); }

    void buildModels();
    void buildRelations();
    void addRelation(ObjectId table, Relation relation, const QString &wanted);
    // An attribute name for a relationship of `table`, free in its whole class hierarchy.
    QString reserveName(ObjectId table, const QString &wanted);
    QList<ObjectId> classOrder() const;

    QString typeCode(const Column &c);
    QString defaultCode(const Column &c);
    QString foreignKeyOptions(const ForeignKey &fk) const;
    QString columnCode(const Model &m, const Table &physical, const Column &c, bool withName);
    // The model whose table holds a model's columns: itself, or for a single-table subclass
    // the root of its hierarchy.
    const Model &tableModel(const Model &m) const
    {
        const Model *owner = &m;
        while (!owner->physical && owner->parent != NoObject)
            owner = &model(owner->parent);
        return *owner;
    }
    QStringList tableArguments(const Table &physical) const;
    QString columnReference(const Model &from, ObjectId table, ObjectId column) const;
    QString relationCode(const Model &m, const Relation &r) const;

    void writeHeader(QString &out) const;
    void writeTable(QString &out, const Model &m, const QString &comment);
    void writeDeclarativeClass(QString &out, const Model &m);
    void writeClassicalClass(QString &out, const Model &m) const;
    void writeClassicalMappers(QString &out) const;
    void writeFactories(QString &out);
    QString factoryValue(const Column &c, const Table &t) const;

    const Schema &m_design;
    const SqlAlchemyWriter::Options m_options;
    Schema m_physical;
    std::array<DdlScript, 3> m_scripts;
    std::array<bool, 3> m_scriptOk {};
    QHash<ObjectId, ReferentialAction> m_implied;
    QList<DesignProblem> m_problems;
    NameScope m_moduleNames;
    QHash<ObjectId, Model> m_models; // by design table id
    QList<ObjectId> m_tableOrder; // design tables, parents first
    bool m_needsDdl = false;
    bool m_needsEngineDefault = false;
};

constexpr std::array Engines {SqlEngine::Sqlite, SqlEngine::Postgres, SqlEngine::Mysql};

SqlAlchemyWriter::Result ModuleWriter::run()
{
    for (size_t i = 0; i < Engines.size(); ++i) {
        m_scripts[i] = DdlWriter(Dialect::forEngine(Engines[i])).write(m_design);
        m_scriptOk[i] = m_scripts[i].ok();
        for (const DesignProblem &p : std::as_const(m_scripts[i].problems)) {
            if (!p.isError())
                continue;
            if (i == 0) {
                m_problems << p;
            } else {
                DesignProblem warning = p;
                warning.severity = DesignProblem::Severity::Warning;
                warning.message = SqlAlchemyWriter::tr("%1 (the models will not create on %2)")
                                      .arg(p.message, sqlEngineTitle(Engines[i]));
                m_problems << warning;
            }
        }
    }
    if (hasErrors(m_problems))
        return {QString(), m_problems};
    m_physical = DdlWriter::physicalSchema(m_design);
    m_implied = DdlWriter::impliedOnDeleteActions(m_physical);
    for (const Table *t : TableOrder::parentsFirst(m_design).tables)
        m_tableOrder << t->id;

    buildModels();
    buildRelations();

    QString body;
    const QList<ObjectId> classes = classOrder();
    // Association tables first: the classes' relationships name them.
    for (const ObjectId id : std::as_const(m_tableOrder)) {
        const Model &m = model(id);
        if (m.shape == Model::Shape::AssociationTable)
            writeTable(
                body, m, SqlAlchemyWriter::tr("Association table of a many-to-many relationship."));
        else if (m.shape == Model::Shape::PlainTable)
            writeTable(
                body, m, SqlAlchemyWriter::tr("No primary key: a Table, not a mapped class."));
    }
    if (declarative()) {
        for (const ObjectId id : classes)
            writeDeclarativeClass(body, model(id));
    } else {
        for (const ObjectId id : std::as_const(m_tableOrder)) {
            const Model &m = model(id);
            if (m.shape == Model::Shape::Class && m.physical)
                writeTable(body, m, QString());
        }
        for (const ObjectId id : classes)
            writeClassicalClass(body, model(id));
        writeClassicalMappers(body);
    }
    if (m_options.factories)
        writeFactories(body);

    QString out;
    writeHeader(out);
    out += body;
    return {out, m_problems};
}

void ModuleWriter::buildModels()
{
    QHash<ObjectId, QString> classNames;
    for (const Table &t : m_design.tables()) {
        Model m;
        m.design = &t;
        m.physical = m_physical.table(t.id);
        if (t.inheritance.kind == Inheritance::Kind::Single && m_design.table(t.inheritance.parent))
            m.physical = nullptr;
        const bool keyLessAssociation = isAssociationTable(t) && [&] {
            QSet<ObjectId> fkColumns;
            for (const ForeignKey &fk : t.foreignKeys) {
                for (const ForeignKeyPart &p : fk.parts)
                    fkColumns.insert(p.column);
            }
            return fkColumns.size() == t.columns.size();
        }();
        if (keyLessAssociation)
            m.shape = Model::Shape::AssociationTable;
        else if (m.physical && !m.physical->primaryKey())
            m.shape = Model::Shape::PlainTable;
        if (m.shape == Model::Shape::Class)
            m.className = m_moduleNames.unique(className(t.name));
        m_models.insert(t.id, std::move(m));
    }
    // Table variables after class names, which they must not hide.
    for (const Table &t : m_design.tables()) {
        Model &m = model(t.id);
        if (!m.physical)
            continue;
        if (m.shape != Model::Shape::Class || !declarative())
            m.tableVariable = m_moduleNames.unique(identifier(t.name));
    }
    for (const Table &t : m_design.tables()) {
        Model &m = model(t.id);
        const Inheritance &i = t.inheritance;
        if (m.shape == Model::Shape::Class && i.kind != Inheritance::Kind::None
            && m_models.contains(i.parent) && model(i.parent).shape == Model::Shape::Class) {
            m.parent = i.parent;
            m.inheritance = i.kind;
            if (i.kind == Inheritance::Kind::Single)
                model(i.parent).children << t.id;
        }
    }
    // Column attributes: a class sees its own columns and those it inherits, so the names of
    // a subclass step around its ancestors'.
    std::function<void(Model &)> nameColumns = [&](Model &m) {
        if (!m.attributes.isEmpty() || m.design->columns.isEmpty())
            return;
        if (m.parent != NoObject) {
            Model &parent = model(m.parent);
            nameColumns(parent);
            m.names = parent.names;
        }
        // A joined subclass's key is its parent's, under the parent's attribute (the note's
        // `id = Column(Integer, ForeignKey('employee.id'), primary_key=True)`).
        QHash<ObjectId, QString> inheritedKey;
        if (m.parent != NoObject && m.inheritance == Inheritance::Kind::Joined) {
            const Model &parent = model(m.parent);
            for (const ForeignKey &fk : m.design->foreignKeys) {
                if (fk.referencedTable != m.parent)
                    continue;
                for (const ForeignKeyPart &p : fk.parts) {
                    const Column *own = m.design->column(p.column);
                    const QString attribute = parent.attributes.value(p.referencedColumn);
                    if (own && parent.design->column(p.referencedColumn)
                        && parent.design->column(p.referencedColumn)->name == own->name
                        && !attribute.isEmpty())
                        inheritedKey.insert(p.column, attribute);
                }
            }
        }
        for (const Column &c : m.design->columns) {
            if (inheritedKey.contains(c.id)) {
                m.attributes.insert(c.id, inheritedKey.value(c.id));
                continue;
            }
            if (m.parent != NoObject && m.inheritance == Inheritance::Kind::Single) {
                // Folded into the root by name: the same column keeps its attribute.
                const Model &parent = model(m.parent);
                if (const Column *same = parent.design->columnByName(c.name)) {
                    if (parent.attributes.contains(same->id)) {
                        m.attributes.insert(c.id, parent.attributes.value(same->id));
                        continue;
                    }
                }
            }
            m.attributes.insert(c.id, m.names.unique(identifier(c.name)));
        }
    };
    for (const Table &t : m_design.tables())
        nameColumns(model(t.id));
}

QString ModuleWriter::columnReference(const Model &from, ObjectId table, ObjectId column) const
{
    const Model &m = model(table);
    const Column *c = m_physical.column(column);
    if (!c)
        return {};
    if (declarative() && m.shape == Model::Shape::Class) {
        const QString attribute = m.attributes.value(column);
        return &m == &from ? attribute : m.className + u'.' + attribute;
    }
    const QString variable = tableModel(m).tableVariable;
    if (identifier(c->name) == c->name)
        return variable + QStringLiteral(".c.") + c->name;
    return variable + QStringLiteral(".c[") + pyString(c->name) + u']';
}

void ModuleWriter::addRelation(ObjectId table, Relation relation, const QString &wanted)
{
    relation.name = reserveName(table, wanted);
    model(table).relations << relation;
}

QString ModuleWriter::reserveName(ObjectId table, const QString &wanted)
{
    // The name must be free in the class, in the classes it extends and in those extending it,
    // which all have the attribute.
    QList<Model *> family;
    for (Model *a = &model(table);; a = &model(a->parent)) {
        family << a;
        if (a->parent == NoObject)
            break;
    }
    for (auto it = m_models.begin(); it != m_models.end(); ++it) {
        for (const Model *a = &it.value(); a->parent != NoObject; a = &model(a->parent)) {
            if (a->parent == table) {
                family << &it.value();
                break;
            }
        }
    }
    const auto taken = [&](const QString &name) {
        return std::any_of(family.cbegin(), family.cend(),
            [&](const Model *m) { return m->names.contains(name); });
    };
    QString name = wanted;
    for (int n = 2; taken(name); ++n)
        name = wanted + u'_' + QString::number(n);
    for (Model *m : std::as_const(family))
        m->names.reserve(name);
    return name;
}

// The attribute for a foreign key on the referencing side: its column without "_id"
// ("user_id" -> "user"), or the referenced table's name.
QString referenceName(const Schema &schema, const Table &table, const ForeignKey &fk)
{
    if (fk.parts.size() == 1) {
        if (const Column *c = table.column(fk.parts.constFirst().column)) {
            static const QRegularExpression idSuffix(
                QStringLiteral("_?id$"), QRegularExpression::CaseInsensitiveOption);
            QString name = c->name;
            name.remove(idSuffix);
            if (!name.isEmpty() && name != c->name)
                return identifier(name);
        }
    }
    const Table *target = schema.table(fk.referencedTable);
    return identifier(target ? target->name : fk.referencedTableName);
}

void ModuleWriter::buildRelations()
{
    const auto fkOf = [&](ObjectId table, ObjectId id) -> const ForeignKey * {
        const Table *t = m_design.table(table);
        for (const ForeignKey &fk : t->foreignKeys) {
            if (fk.id == id)
                return &fk;
        }
        return nullptr;
    };
    // Foreign keys between each pair of tables: more than one needs foreign_keys= to say which.
    QHash<QPair<ObjectId, ObjectId>, int> paths;
    for (const Table &t : m_design.tables()) {
        for (const ForeignKey &fk : t.foreignKeys) {
            if (!fk.isResolved())
                continue;
            ++paths[qMakePair(qMin(t.id, fk.referencedTable), qMax(t.id, fk.referencedTable))];
        }
    }
    const auto mapped = [&](ObjectId table) {
        return m_models.contains(table) && model(table).shape == Model::Shape::Class;
    };
    const QList<Relationship> relationships = findRelationships(m_design);
    for (const Relationship &r : relationships) {
        const Table *table = m_design.table(r.table);
        switch (r.kind) {
        case Relationship::Kind::SingleInheritance:
            break;
        case Relationship::Kind::JoinedInheritance:
            if (model(r.table).parent == r.target
                && model(r.table).inheritance == Inheritance::Kind::Joined)
                break;
            [[fallthrough]];
        case Relationship::Kind::ManyToOne:
        case Relationship::Kind::OneToOne: {
            if (!mapped(r.table) || !mapped(r.target))
                break;
            const ForeignKey *fk = fkOf(r.table, r.foreignKey);
            const Model &child = model(r.table);
            const Model &parent = model(r.target);
            const bool ambiguous
                = paths.value(qMakePair(qMin(r.table, r.target), qMax(r.table, r.target))) > 1;
            const bool one = r.kind != Relationship::Kind::ManyToOne;
            Relation down, up;
            // A column in several foreign keys (a link to one of several tables) cannot be
            // written through any one of them.
            down.viewOnly = up.viewOnly = std::any_of(table->foreignKeys.cbegin(),
                table->foreignKeys.cend(), [&](const ForeignKey &other) {
                    if (other.id == fk->id)
                        return false;
                    for (const ForeignKeyPart &p : other.parts) {
                        for (const ForeignKeyPart &q : fk->parts) {
                            if (p.column == q.column)
                                return true;
                        }
                    }
                    return false;
                });
            down.foreignKey = fk->id;
            down.target = parent.className;
            up.target = child.className;
            up.single = one;
            if (ambiguous) {
                for (const ForeignKeyPart &p : fk->parts) {
                    down.foreignKeys << qMakePair(r.table, p.column);
                    up.foreignKeys << qMakePair(r.table, p.column);
                }
            }
            const QString downName = referenceName(m_design, *table, *fk);
            QString upName = one ? identifier(table->name) : plural(identifier(table->name));
            if (ambiguous && downName != identifier(m_design.table(r.target)->name))
                upName = downName + u'_' + upName;
            addRelation(r.table, down, downName);
            addRelation(r.target, up, upName);
            Relation &d = model(r.table).relations.last();
            Relation &u = model(r.target).relations.last();
            if (!d.viewOnly) {
                d.backPopulates = u.name;
                u.backPopulates = d.name;
            }
            break;
        }
        case Relationship::Kind::SelfReferential: {
            if (!mapped(r.table))
                break;
            const ForeignKey *fk = fkOf(r.table, r.foreignKey);
            Relation parent;
            parent.target = model(r.table).className;
            for (const ForeignKeyPart &p : fk->parts)
                parent.remoteSide << p.referencedColumn;
            if (paths.value(qMakePair(r.table, r.table)) > 1) {
                for (const ForeignKeyPart &p : fk->parts)
                    parent.foreignKeys << qMakePair(r.table, p.column);
            }
            const QString name = referenceName(m_design, *table, *fk);
            addRelation(r.table, parent, name == identifier(table->name) ? u"parent"_s : name);
            Model &m = model(r.table);
            const QString children = name == u"parent"_s || name == identifier(table->name)
                ? u"children"_s
                : QString(name + QStringLiteral("_children"));
            m.relations.last().backref = reserveName(r.table, children);
            break;
        }
        case Relationship::Kind::ManyToMany:
        case Relationship::Kind::SelfManyToMany: {
            const ForeignKey *first = fkOf(r.table, r.foreignKey);
            const ForeignKey *second = fkOf(r.table, r.secondForeignKey);
            const Model &association = model(r.table);
            if (association.shape == Model::Shape::Class) {
                // An association object: a class of its own, with a parent on each side.
                for (const ForeignKey *fk : {first, second}) {
                    if (!mapped(fk->referencedTable))
                        continue;
                    const bool ambiguous = paths.value(qMakePair(qMin(r.table, fk->referencedTable),
                                               qMax(r.table, fk->referencedTable)))
                        > 1;
                    Relation down, up;
                    down.foreignKey = fk->id;
                    down.target = model(fk->referencedTable).className;
                    up.target = association.className;
                    if (ambiguous) {
                        for (const ForeignKeyPart &p : fk->parts) {
                            down.foreignKeys << qMakePair(r.table, p.column);
                            up.foreignKeys << qMakePair(r.table, p.column);
                        }
                    }
                    const QString downName = referenceName(m_design, *table, *fk);
                    QString upName = plural(identifier(table->name));
                    if (ambiguous)
                        upName = downName + u'_' + upName;
                    addRelation(r.table, down, downName);
                    addRelation(fk->referencedTable, up, upName);
                    Relation &d = model(r.table).relations.last();
                    Relation &u = model(fk->referencedTable).relations.last();
                    d.backPopulates = u.name;
                    u.backPopulates = d.name;
                }
                break;
            }
            if (association.shape != Model::Shape::AssociationTable || !mapped(r.target)
                || !mapped(r.secondTarget))
                break;
            if (r.kind == Relationship::Kind::SelfManyToMany) {
                // The note's followers: seen from the row of the first foreign key, the rows of
                // the second ("followed"); the way back names the first ("followers").
                Relation right;
                right.target = model(r.target).className;
                right.secondary = association.tableVariable;
                right.associationTable = r.table;
                for (const ForeignKeyPart &p : first->parts)
                    right.primaryJoin << qMakePair(p.column, p.referencedColumn);
                for (const ForeignKeyPart &p : second->parts)
                    right.secondaryJoin << qMakePair(p.column, p.referencedColumn);
                addRelation(r.target, right, referenceName(m_design, *table, *second));
                Model &m = model(r.target);
                m.relations.last().backref
                    = reserveName(r.target, plural(referenceName(m_design, *table, *first)));
                break;
            }
            Relation a, b;
            a.target = model(r.secondTarget).className;
            b.target = model(r.target).className;
            a.secondary = b.secondary = association.tableVariable;
            a.associationTable = b.associationTable = r.table;
            addRelation(r.target, a, plural(identifier(m_design.table(r.secondTarget)->name)));
            addRelation(r.secondTarget, b, plural(identifier(m_design.table(r.target)->name)));
            Relation &ra = model(r.target).relations.last();
            Relation &rb = model(r.secondTarget).relations.last();
            ra.backPopulates = rb.name;
            rb.backPopulates = ra.name;
            break;
        }
        }
    }
}

// Classes parents first: a subclass after the class it extends, otherwise in table order.
QList<ObjectId> ModuleWriter::classOrder() const
{
    QList<ObjectId> result;
    QSet<ObjectId> placed;
    std::function<void(ObjectId)> place = [&](ObjectId id) {
        if (placed.contains(id))
            return;
        placed.insert(id);
        const Model &m = model(id);
        if (m.parent != NoObject)
            place(m.parent);
        result << id;
    };
    for (const ObjectId id : m_tableOrder) {
        if (model(id).shape == Model::Shape::Class)
            place(id);
    }
    return result;
}

// The type of a column as SQLAlchemy's generic type, with a variant where an engine's
// `schemata apply` writes another type than the generic one makes there.
QString ModuleWriter::typeCode(const Column &c)
{
    const LogicalType type = TypeMapping::fromDesign(c.datatype);
    QString ddl[3];
    for (int e = 0; e < 3; ++e) {
        if (const DdlScript::ColumnFacts *f = facts(e, c.id))
            ddl[e] = f->type.toUpper();
    }
    const auto ddlType = [&](const QString &text) -> QString {
        m_needsDdl = true;
        return QStringLiteral("Ddl(") + pyString(text) + u')';
    };
    const QString size
        = type.length > 0 ? QString(u'(' + QString::number(type.length) + u')') : QString();
    QString generic;
    QString variants[3];
    const auto mysqlKeyed = [&](const QString &normal, const QString &otherwise) -> QString {
        if (ddl[2].isEmpty() || ddl[2] == normal)
            return otherwise;
        return ddl[2].startsWith(u"VARBINARY"_s)
            ? QStringLiteral("VARBINARY(%1)").arg(lengthOf(ddl[2]))
            : QStringLiteral("String(%1)").arg(lengthOf(ddl[2]));
    };
    const QString unsignedArgument = type.isUnsigned ? QStringLiteral("unsigned=True") : QString();
    switch (type.kind) {
    case Kind::Boolean:
        generic = QStringLiteral("Boolean");
        break;
    case Kind::TinyInt:
        generic = QStringLiteral("SmallInteger");
        variants[0] = ddlType(u"TINYINT"_s);
        variants[2] = QStringLiteral("mysql.TINYINT(%1)").arg(unsignedArgument);
        break;
    case Kind::SmallInt:
        generic = QStringLiteral("SmallInteger");
        if (type.isUnsigned)
            variants[2] = QStringLiteral("mysql.SMALLINT(unsigned=True)");
        break;
    case Kind::Integer:
        generic = QStringLiteral("Integer");
        if (type.isUnsigned)
            variants[2] = QStringLiteral("mysql.INTEGER(unsigned=True)");
        break;
    case Kind::BigInt:
        generic = QStringLiteral("BigInteger");
        if (type.isUnsigned)
            variants[2] = QStringLiteral("mysql.BIGINT(unsigned=True)");
        break;
    case Kind::Decimal:
        generic = type.precision > 0 && type.scale >= 0
            ? QStringLiteral("Numeric(%1, %2)").arg(type.precision).arg(type.scale)
            : type.precision > 0 ? QStringLiteral("Numeric(%1)").arg(type.precision)
                                 : QStringLiteral("Numeric");
        break;
    case Kind::Float:
        generic = QStringLiteral("Float");
        variants[1] = QStringLiteral("REAL()");
        break;
    case Kind::Double:
        generic = QStringLiteral("Float(53)");
        variants[0] = ddlType(u"DOUBLE"_s);
        variants[2] = QStringLiteral("mysql.DOUBLE()");
        break;
    case Kind::Char:
        generic = QStringLiteral("CHAR") + size;
        if (ddl[2].startsWith(u"VARCHAR"_s))
            variants[2] = QStringLiteral("String(%1)").arg(lengthOf(ddl[2]));
        break;
    case Kind::Varchar:
        generic = QStringLiteral("String") + size;
        if (type.length <= 0)
            variants[2] = QStringLiteral("String(%1)").arg(qMax(lengthOf(ddl[2]), 1));
        break;
    case Kind::Text:
        generic = QStringLiteral("Text");
        variants[2] = mysqlKeyed(u"LONGTEXT"_s, u"mysql.LONGTEXT()"_s);
        break;
    case Kind::Binary:
        generic = QStringLiteral("LargeBinary");
        variants[2] = QStringLiteral("VARBINARY(%1)").arg(qMax(lengthOf(ddl[2]), 1));
        break;
    case Kind::Blob:
        generic = QStringLiteral("LargeBinary");
        variants[2] = mysqlKeyed(u"LONGBLOB"_s, u"mysql.LONGBLOB()"_s);
        break;
    case Kind::Date:
        generic = QStringLiteral("Date");
        break;
    case Kind::Time:
        generic = QStringLiteral("Time");
        break;
    case Kind::DateTime:
        generic = QStringLiteral("DateTime");
        break;
    case Kind::TimestampTz:
        generic = QStringLiteral("DateTime(timezone=True)");
        variants[0] = ddlType(u"TIMESTAMPTZ"_s);
        variants[2] = QStringLiteral("mysql.TIMESTAMP()");
        break;
    case Kind::Json:
        generic = QStringLiteral("JSON");
        variants[1] = QStringLiteral("postgresql.JSONB()");
        variants[2] = mysqlKeyed(u"JSON"_s, QString());
        break;
    case Kind::Uuid:
    case Kind::Enum:
    case Kind::Other: {
        // No generic type says it: the engines' own text.
        const QString first = !ddl[0].isEmpty() ? facts(0, c.id)->type : c.datatype;
        generic = ddlType(first);
        for (int e = 1; e < 3; ++e) {
            if (const DdlScript::ColumnFacts *f = facts(e, c.id); f && f->type != first)
                variants[e] = ddlType(f->type);
        }
        break;
    }
    }
    // SQLite's AUTOINCREMENT belongs to an INTEGER PRIMARY KEY, whatever the design's integer.
    if (const DdlScript::ColumnFacts *f = facts(0, c.id);
        f && f->numbered && type.kind != Kind::Integer)
        variants[0] = QStringLiteral("Integer()");
    QString result = generic;
    const bool anyVariant = std::any_of(
        std::begin(variants), std::end(variants), [](const QString &v) { return !v.isEmpty(); });
    if (anyVariant && !result.endsWith(u')'))
        result += QStringLiteral("()");
    for (int e = 0; e < 3; ++e) {
        if (!variants[e].isEmpty() && m_scriptOk[e])
            result += QStringLiteral(".with_variant(%1, %2)")
                          .arg(variants[e], pyString(sqlEngineName(Engines[e])));
    }
    return result;
}

// server_default=: the SQL default as `schemata apply` writes it, one text for every engine
// where they agree.
QString ModuleWriter::defaultCode(const Column &c)
{
    QString sql[3];
    bool any = false;
    for (int e = 0; e < 3; ++e) {
        if (const DdlScript::ColumnFacts *f = facts(e, c.id); f && !f->numbered) {
            sql[e] = f->defaultSql;
            any = any || !sql[e].isEmpty();
        }
    }
    if (!any)
        return {};
    // Booleans: SQLAlchemy's true() and false() are TRUE on PostgreSQL and 1 elsewhere.
    for (const auto &[function, spellings] :
        {std::pair {u"true()"_s, QStringList {u"1"_s, u"TRUE"_s}},
            std::pair {u"false()"_s, QStringList {u"0"_s, u"FALSE"_s}}}) {
        bool all = true;
        for (int e = 0; e < 3; ++e)
            all = all && (!m_scriptOk[e] || spellings.contains(sql[e].toUpper()));
        if (all && TypeMapping::fromDesign(c.datatype).kind == Kind::Boolean)
            return QStringLiteral("server_default=") + function;
    }
    bool same = true;
    for (int e = 1; e < 3; ++e)
        same = same && (!m_scriptOk[e] || sql[e] == sql[0]);
    if (same)
        return QStringLiteral("server_default=text(%1)").arg(pyString(sql[0]));
    m_needsEngineDefault = true;
    QStringList parts;
    for (int e = 0; e < 3; ++e) {
        if (m_scriptOk[e] && !sql[e].isEmpty())
            parts << sqlEngineName(Engines[e]) + u'=' + pyString(sql[e]);
    }
    return QStringLiteral("server_default=EngineDefault(%1)").arg(parts.join(u", "));
}

QString actionCode(ReferentialAction action)
{
    return pyString(referentialActionSql(action));
}

// ", ondelete='CASCADE'" and the rest a foreign key says, or its relationship implies.
QString ModuleWriter::foreignKeyOptions(const ForeignKey &fk) const
{
    QString code;
    const ReferentialAction onDelete = fk.onDelete == ReferentialAction::Unspecified
        ? m_implied.value(fk.id, fk.onDelete)
        : fk.onDelete;
    if (onDelete != ReferentialAction::Unspecified)
        code += QStringLiteral(", ondelete=") + actionCode(onDelete);
    if (fk.onUpdate != ReferentialAction::Unspecified)
        code += QStringLiteral(", onupdate=") + actionCode(fk.onUpdate);
    if (!fk.name.isEmpty())
        code += QStringLiteral(", name=") + pyString(fk.name);
    return code;
}

QString ModuleWriter::columnCode(
    const Model &m, const Table &physical, const Column &c, bool withName)
{
    QStringList arguments;
    const QString attribute = m.attributes.value(c.id, identifier(c.name));
    if (withName || attribute != c.name)
        arguments << pyString(c.name);
    arguments << typeCode(c);
    for (const ForeignKey &fk : physical.foreignKeys) {
        if (fk.parts.size() != 1 || fk.parts.constFirst().column != c.id || !fk.isResolved())
            continue;
        const Table *target = m_physical.table(fk.referencedTable);
        const Column *referenced
            = target ? target->column(fk.parts.constFirst().referencedColumn) : nullptr;
        if (!referenced)
            continue;
        QString code
            = QStringLiteral("ForeignKey(") + pyString(target->name + u'.' + referenced->name);
        code += foreignKeyOptions(fk);
        arguments << code + u')';
    }
    const Key *pk = physical.primaryKey();
    const bool inPrimaryKey = pk && pk->contains(c.id);
    const DdlScript::ColumnFacts *f = facts(0, c.id);
    const bool numbered = f && f->numbered;
    if (inPrimaryKey)
        arguments << QStringLiteral("primary_key=True");
    // SQLAlchemy numbers a lone integer key that is no foreign key unless told not to.
    const LogicalType type = TypeMapping::fromDesign(c.datatype);
    bool isForeignKey = false;
    for (const ForeignKey &fk : physical.foreignKeys) {
        for (const ForeignKeyPart &p : fk.parts)
            isForeignKey = isForeignKey || p.column == c.id;
    }
    const bool automatic
        = inPrimaryKey && pk->parts.size() == 1 && type.isInteger() && !isForeignKey;
    if (numbered && !automatic)
        arguments << QStringLiteral("autoincrement=True");
    else if (!numbered && automatic)
        arguments << QStringLiteral("autoincrement=False");
    if (f && f->notNull && !inPrimaryKey)
        arguments << QStringLiteral("nullable=False");
    for (const Key &k : physical.keys) {
        if (k.parts.size() != 1 || k.parts.constFirst().column != c.id || !k.name.isEmpty())
            continue;
        if (k.type.compare(Key::Unique, Qt::CaseInsensitive) == 0)
            arguments << QStringLiteral("unique=True");
        else if (k.type.compare(Key::Index, Qt::CaseInsensitive) == 0)
            arguments << QStringLiteral("index=True");
    }
    if (const QString code = defaultCode(c); !code.isEmpty())
        arguments << code;
    if (!c.comment.isEmpty())
        arguments << QStringLiteral("comment=") + pyString(c.comment)
                  << QStringLiteral("doc=") + pyString(c.comment);
    return QStringLiteral("Column(") + arguments.join(QStringLiteral(", ")) + u')';
}

// Constraints that are not on one column, and the table's options: composite foreign keys and
// keys, named keys, the comment, SQLite's AUTOINCREMENT.
QStringList ModuleWriter::tableArguments(const Table &physical) const
{
    QStringList result;
    const auto names = [&](const QList<ObjectId> &columns) -> QString {
        QStringList list;
        for (const ObjectId id : columns) {
            const Column *c = physical.column(id);
            list << pyString(c ? c->name : QString());
        }
        return u'[' + list.join(QStringLiteral(", ")) + u']';
    };
    const Key *pk = physical.primaryKey();
    if (pk && pk->parts.size() > 1) {
        // Written on the columns when their order is the key's.
        QList<ObjectId> columnOrder, keyOrder;
        for (const Column &c : physical.columns) {
            if (pk->contains(c.id))
                columnOrder << c.id;
        }
        for (const KeyPart &p : pk->parts)
            keyOrder << p.column;
        if (columnOrder != keyOrder || !pk->name.isEmpty()) {
            QString keyColumns;
            for (const ObjectId id : keyOrder)
                keyColumns += pyString(physical.column(id)->name) + QStringLiteral(", ");
            result << QStringLiteral("PrimaryKeyConstraint(%1name=%2)")
                          .arg(keyColumns, pk->name.isEmpty() ? u"None"_s : pyString(pk->name));
        }
    } else if (pk && !pk->name.isEmpty()) {
        result << QStringLiteral("PrimaryKeyConstraint(%1, name=%2)")
                      .arg(pyString(physical.column(pk->parts.constFirst().column)->name),
                          pyString(pk->name));
    }
    for (const ForeignKey &fk : physical.foreignKeys) {
        if (fk.parts.size() < 2 || !fk.isResolved())
            continue;
        const Table *target = m_physical.table(fk.referencedTable);
        QList<ObjectId> columns;
        QStringList referenced;
        for (const ForeignKeyPart &p : fk.parts) {
            columns << p.column;
            referenced << pyString(target->name + u'.' + target->column(p.referencedColumn)->name);
        }
        QString code = QStringLiteral("ForeignKeyConstraint(%1, [%2]")
                           .arg(names(columns), referenced.join(QStringLiteral(", ")));
        code += foreignKeyOptions(fk);
        result << code + u')';
    }
    for (const Key &k : physical.keys) {
        if (k.isPrimary() || k.parts.isEmpty())
            continue;
        const bool unique = k.type.compare(Key::Unique, Qt::CaseInsensitive) == 0;
        const bool fulltext = k.type.compare(Key::Fulltext, Qt::CaseInsensitive) == 0;
        const bool index = k.type.compare(Key::Index, Qt::CaseInsensitive) == 0;
        if (!unique && !index && !fulltext)
            continue; // CHECK and other kinds DdlWriter does not make either
        if (k.parts.size() == 1 && k.name.isEmpty() && !fulltext)
            continue; // on the column
        QList<ObjectId> columns;
        QStringList columnNames;
        for (const KeyPart &p : k.parts) {
            columns << p.column;
            const Column *c = physical.column(p.column);
            columnNames << (c ? c->name : p.name);
        }
        if (unique) {
            result << QStringLiteral("UniqueConstraint(%1%2)")
                          .arg(names(columns).mid(1).chopped(1),
                              k.name.isEmpty() ? QString()
                                               : QString(u", name=" + pyString(k.name)));
        } else {
            const QString name = k.name.isEmpty()
                ? QStringLiteral("ix_") + physical.name + u'_' + columnNames.join(u'_')
                : k.name;
            result << QStringLiteral("Index(%1, %2%3)")
                          .arg(pyString(name), names(columns).mid(1).chopped(1),
                              fulltext ? u", mysql_prefix='FULLTEXT'"_s : QString());
        }
    }
    return result;
}

QString ModuleWriter::relationCode(const Model &m, const Relation &r) const
{
    QStringList arguments;
    arguments << (declarative() ? pyString(r.target) : r.target);
    if (!r.secondary.isEmpty())
        arguments << QStringLiteral("secondary=") + r.secondary;
    const auto join = [&](const QList<std::pair<ObjectId, ObjectId>> &pairs) -> QString {
        QStringList terms;
        for (const auto &[associationColumn, own] : pairs)
            terms << columnReference(
                         model(r.associationTable), r.associationTable, associationColumn)
                    + QStringLiteral(" == ") + columnReference(m, m.design->id, own);
        if (terms.size() == 1)
            return u'(' + terms.constFirst() + u')';
        return QStringLiteral("and_(") + terms.join(QStringLiteral(", ")) + u')';
    };
    if (!r.primaryJoin.isEmpty()) {
        arguments << QStringLiteral("primaryjoin=") + join(r.primaryJoin)
                  << QStringLiteral("secondaryjoin=") + join(r.secondaryJoin);
    }
    if (!r.remoteSide.isEmpty()) {
        QStringList columns;
        for (const ObjectId id : r.remoteSide)
            columns << columnReference(m, m.design->id, id);
        arguments << QStringLiteral("remote_side=[") + columns.join(QStringLiteral(", ")) + u']';
    }
    if (!r.foreignKeys.isEmpty()) {
        QStringList columns;
        for (const auto &[table, column] : r.foreignKeys)
            columns << columnReference(m, table, column);
        const QString list = u'[' + columns.join(QStringLiteral(", ")) + u']';
        // A class named in a string is looked up once every class exists.
        arguments << QStringLiteral("foreign_keys=")
                + (declarative() && m.design->id != r.foreignKeys.constFirst().first
                        ? pyString(list)
                        : list);
    }
    if (r.single)
        arguments << QStringLiteral("uselist=False");
    if (r.viewOnly)
        arguments << QStringLiteral("viewonly=True");
    if (!r.backPopulates.isEmpty())
        arguments << QStringLiteral("back_populates=") + pyString(r.backPopulates);
    if (!r.backref.isEmpty())
        arguments << QStringLiteral("backref=") + pyString(r.backref);
    return QStringLiteral("relationship(") + arguments.join(QStringLiteral(", ")) + u')';
}

void ModuleWriter::writeHeader(QString &out) const
{
    out += QStringLiteral("\"\"\"SQLAlchemy models written by Schemata from a database design.\n\n"
                          "Made for SQLAlchemy 1.4. create_all() makes the tables `schemata apply` "
                          "makes\non SQLite, PostgreSQL and MariaDB/MySQL.\n\"\"\"\n\n");
    if (m_options.factories)
        out += QStringLiteral("import datetime\n\nimport factory\nimport factory.alchemy\n");
    out += QStringLiteral(
        "from sqlalchemy import (BigInteger, Boolean, CHAR, Column, Date, DateTime, Float, "
        "ForeignKey,\n"
        "                        ForeignKeyConstraint, Index, Integer, JSON, LargeBinary, "
        "MetaData, Numeric,\n"
        "                        PrimaryKeyConstraint, REAL, SmallInteger, String, Table, Text, "
        "Time,\n"
        "                        UniqueConstraint, VARBINARY, and_, false, text, true)\n"
        "from sqlalchemy.dialects import mysql, postgresql\n");
    if (declarative())
        out += QStringLiteral("from sqlalchemy.orm import declarative_base, relationship\n");
    else
        out += QStringLiteral("from sqlalchemy.orm import registry, relationship\n");
    if (m_needsEngineDefault)
        out += QStringLiteral("from sqlalchemy.ext.compiler import compiles\n"
                              "from sqlalchemy.sql.expression import ClauseElement\n");
    if (m_needsDdl)
        out += QStringLiteral("from sqlalchemy.types import UserDefinedType\n");
    if (m_options.factories)
        out += QStringLiteral("from sqlalchemy.orm import scoped_session, sessionmaker\n");
    out += u'\n';
    if (declarative())
        out += QStringLiteral("Base = declarative_base()\nmetadata = Base.metadata\n\n");
    else
        out += QStringLiteral(
            "mapper_registry = registry()\nmetadata = mapper_registry.metadata\n\n");
    if (m_needsDdl)
        out += QStringLiteral(
            "\nclass Ddl(UserDefinedType):\n"
            "    \"\"\"A column type SQLAlchemy has no name for, written as Schemata writes "
            "it.\"\"\"\n\n"
            "    cache_ok = True\n\n"
            "    def __init__(self, ddl):\n"
            "        self.ddl = ddl\n\n"
            "    def get_col_spec(self, **kw):\n"
            "        return self.ddl\n\n");
    if (m_needsEngineDefault)
        out += QStringLiteral(
            "\nclass EngineDefault(ClauseElement):\n"
            "    \"\"\"A server default that each engine spells its own way.\"\"\"\n\n"
            "    def __init__(self, **sql):\n"
            "        self.sql = sql\n\n\n"
            "@compiles(EngineDefault)\n"
            "def _compile_engine_default(element, compiler, **kw):\n"
            "    return element.sql.get(compiler.dialect.name, 'NULL')\n\n");
    if (!declarative())
        out += QStringLiteral(
            "\nclass Model:\n"
            "    \"\"\"Keyword arguments set attributes, as a declarative class's constructor "
            "does.\"\"\"\n\n"
            "    def __init__(self, **kwargs):\n"
            "        for name, value in kwargs.items():\n"
            "            setattr(self, name, value)\n\n");
}

void ModuleWriter::writeTable(QString &out, const Model &m, const QString &comment)
{
    const Table &t = *m.physical;
    out += u'\n';
    if (!comment.isEmpty())
        out += QStringLiteral("# ") + comment + u'\n';
    out += m.tableVariable + QStringLiteral(" = Table(\n    ") + pyString(t.name)
        + QStringLiteral(", metadata,\n");
    for (const Column &c : t.columns)
        out += QStringLiteral("    ") + columnCode(m, t, c, true) + QStringLiteral(",\n");
    for (const QString &argument : tableArguments(t))
        out += QStringLiteral("    ") + argument + QStringLiteral(",\n");
    if (!t.comment.isEmpty())
        out += QStringLiteral("    comment=") + pyString(t.comment) + QStringLiteral(",\n");
    if (std::any_of(t.columns.cbegin(), t.columns.cend(), [&](const Column &c) {
            const DdlScript::ColumnFacts *f = facts(0, c.id);
            return f && f->numbered;
        }))
        out += QStringLiteral("    sqlite_autoincrement=True,\n");
    out += QStringLiteral(")\n\n");
}

// """comment""" for a class, "..." when there is none.
QString docstring(const QString &comment, const QString &fallback)
{
    QString text = comment.isEmpty() ? fallback : comment;
    text.replace(u'\\', QStringLiteral("\\\\"))
        .replace(QStringLiteral("\"\"\""), u"\\\"\\\"\\\""_s);
    if (text.endsWith(u'"'))
        text += u' ';
    return QStringLiteral("    \"\"\"") + text + QStringLiteral("\"\"\"\n");
}

void ModuleWriter::writeDeclarativeClass(QString &out, const Model &m)
{
    const QString base = m.parent != NoObject ? model(m.parent).className : u"Base"_s;
    out += QStringLiteral("\nclass %1(%2):\n").arg(m.className, base);
    out += docstring(m.design->comment, QStringLiteral("The table %1.").arg(m.design->name));
    // A single-table subclass declares its own columns; they go to its root's table.
    const Table *physical = m.physical;
    QList<const Column *> columns;
    if (physical) {
        out += QStringLiteral("    __tablename__ = ") + pyString(physical->name) + u'\n';
        for (const Column &c : physical->columns) {
            if (m.attributes.contains(c.id))
                columns << &c;
        }
    } else {
        physical = tableModel(m).physical;
        for (const Column &c : m.design->columns) {
            if (const Column *folded = physical->column(c.id))
                columns << folded;
        }
    }
    QStringList arguments = m.physical ? tableArguments(*m.physical) : QStringList();
    QStringList options;
    if (m.physical && !m.physical->comment.isEmpty())
        options << QStringLiteral("'comment': ") + pyString(m.physical->comment);
    if (m.physical
        && std::any_of(
            m.physical->columns.cbegin(), m.physical->columns.cend(), [&](const Column &c) {
                const DdlScript::ColumnFacts *f = facts(0, c.id);
                return f && f->numbered;
            }))
        options << QStringLiteral("'sqlite_autoincrement': True");
    if (!options.isEmpty())
        arguments << u'{' + options.join(QStringLiteral(", ")) + u'}';
    if (!arguments.isEmpty())
        out += QStringLiteral("    __table_args__ = (\n        ")
            + arguments.join(QStringLiteral(",\n        "))
            + (arguments.size() == 1 ? QStringLiteral(",\n    )\n") : QStringLiteral("\n    )\n"));
    out += u'\n';
    for (const Column *c : std::as_const(columns))
        out += QStringLiteral("    ") + m.attributes.value(c->id) + QStringLiteral(" = ")
            + columnCode(m, *physical, *c, false) + u'\n';
    if (!m.relations.isEmpty())
        out += u'\n';
    for (const Relation &r : m.relations)
        out += QStringLiteral("    ") + r.name + QStringLiteral(" = ") + relationCode(m, r) + u'\n';
    // Inheritance.
    QStringList mapperArguments;
    const Inheritance &i = m.design->inheritance;
    const ObjectId discriminator = i.discriminator != NoObject
        ? i.discriminator
        : (m.design->columnByName(i.discriminatorName)
                ? m.design->columnByName(i.discriminatorName)->id
                : NoObject);
    const bool hierarchy = m.parent != NoObject || discriminator != NoObject;
    if (hierarchy && !i.identity.isEmpty())
        mapperArguments << QStringLiteral("'polymorphic_identity': ") + pyString(i.identity);
    if (discriminator != NoObject && m.attributes.contains(discriminator))
        mapperArguments << QStringLiteral("'polymorphic_on': ") + m.attributes.value(discriminator);
    if (!mapperArguments.isEmpty())
        out += QStringLiteral("\n    __mapper_args__ = {\n        ")
            + mapperArguments.join(QStringLiteral(",\n        ")) + QStringLiteral(",\n    }\n");
    out += u'\n';
}

void ModuleWriter::writeClassicalClass(QString &out, const Model &m) const
{
    const QString base = m.parent != NoObject ? model(m.parent).className : u"Model"_s;
    out += QStringLiteral("\nclass %1(%2):\n").arg(m.className, base);
    out += docstring(m.design->comment, QStringLiteral("The table %1.").arg(m.design->name));
    out += u'\n';
}

void ModuleWriter::writeClassicalMappers(QString &out) const
{
    out += QStringLiteral("\ndef start_mappers():\n"
                          "    \"\"\"Maps the classes onto their tables; call it once.\"\"\"\n");
    for (const ObjectId id : classOrder()) {
        const Model &m = model(id);
        QStringList arguments {m.className};
        if (m.physical)
            arguments << m.tableVariable;
        if (m.parent != NoObject)
            arguments << QStringLiteral("inherits=") + model(m.parent).className;
        QStringList properties;
        if (m.physical) {
            for (const Column &c : m.physical->columns) {
                const QString attribute = m.attributes.value(c.id);
                if (!attribute.isEmpty() && attribute != c.name)
                    properties << pyString(attribute) + QStringLiteral(": ")
                            + columnReference(m, m.design->id, c.id);
            }
        }
        for (const Relation &r : m.relations)
            properties << pyString(r.name) + QStringLiteral(": ") + relationCode(m, r);
        if (!properties.isEmpty())
            arguments << QStringLiteral("properties={\n        ")
                    + properties.join(QStringLiteral(",\n        ")) + QStringLiteral(",\n    }");
        // The note's single-table style: each class leaves out the columns of the others.
        QStringList excluded;
        const Model &top = tableModel(m);
        std::function<void(const Model &)> collect = [&](const Model &sub) {
            for (const ObjectId child : sub.children) {
                const Model &c = model(child);
                if (&c != &m) {
                    bool ancestor = false;
                    for (const Model *a = &m; a->parent != NoObject; a = &model(a->parent))
                        ancestor = ancestor || a->parent == child;
                    if (!ancestor) {
                        for (const Column &col : c.design->columns) {
                            if (top.physical->column(col.id))
                                excluded << pyString(c.attributes.value(col.id));
                        }
                    }
                }
                collect(c);
            }
        };
        if (top.physical)
            collect(top);
        if (!excluded.isEmpty())
            arguments << QStringLiteral("exclude_properties={")
                    + excluded.join(QStringLiteral(", ")) + u'}';
        const Inheritance &i = m.design->inheritance;
        const Column *discriminator = i.discriminator != NoObject
            ? m.design->column(i.discriminator)
            : m.design->columnByName(i.discriminatorName);
        if ((m.parent != NoObject || discriminator) && !i.identity.isEmpty())
            arguments << QStringLiteral("polymorphic_identity=") + pyString(i.identity);
        if (discriminator && m.physical)
            arguments << QStringLiteral("polymorphic_on=")
                    + columnReference(m, m.design->id, discriminator->id);
        out += QStringLiteral("    mapper_registry.map_imperatively(")
            + arguments.join(QStringLiteral(", ")) + QStringLiteral(")\n");
    }
    out += u'\n';
}

// A value factory_boy gives a column the row needs: NOT NULL without a default.
QString ModuleWriter::factoryValue(const Column &c, const Table &t) const
{
    const LogicalType type = TypeMapping::fromDesign(c.datatype);
    int length = type.length;
    if (const DdlScript::ColumnFacts *mysql = facts(2, c.id); mysql && length <= 0)
        length = lengthOf(mysql->type);
    bool unique = false;
    for (const Key &k : t.keys)
        unique = unique || (k.isUnique() && k.contains(c.id));
    if (type.isInteger())
        return unique ? QStringLiteral("factory.Sequence(lambda n: n + 1)") : QStringLiteral("0");
    switch (type.kind) {
    case Kind::Boolean:
        return QStringLiteral("False");
    case Kind::Decimal:
    case Kind::Float:
    case Kind::Double:
        return unique ? QStringLiteral("factory.Sequence(lambda n: n + 1)") : QStringLiteral("0");
    case Kind::Char:
    case Kind::Varchar:
    case Kind::Text: {
        QString prefix = identifier(c.name).remove(u'_').left(8);
        if (length > 0 && length < 12)
            prefix.clear();
        if (length > 0 && length < 4)
            return QStringLiteral("factory.Sequence(lambda n: str(n % %1))")
                .arg(QStringLiteral("1%1").arg(QString(length, u'0')));
        return QStringLiteral("factory.Sequence(lambda n: %1 % n)").arg(pyString(prefix + u"%d"));
    }
    case Kind::Enum: {
        static const QRegularExpression first(QStringLiteral("\\(\\s*'((?:[^']|'')*)'"));
        const QRegularExpressionMatch m = first.match(type.original);
        return m.hasMatch() ? pyString(m.captured(1).replace(u"''"_s, u"'"_s)) : QString();
    }
    case Kind::Json:
        return QStringLiteral("factory.LazyFunction(dict)");
    case Kind::Date:
        return QStringLiteral("datetime.date(2000, 1, 1)");
    case Kind::Time:
        return QStringLiteral("datetime.time(12, 0)");
    case Kind::DateTime:
    case Kind::TimestampTz:
        return QStringLiteral("datetime.datetime(2000, 1, 1)");
    case Kind::Binary:
    case Kind::Blob:
        return QStringLiteral("b'x'");
    case Kind::Uuid:
        return QStringLiteral("factory.Sequence(lambda n: '00000000-0000-0000-0000-%012d' % n)");
    default:
        return {};
    }
}

void ModuleWriter::writeFactories(QString &out)
{
    out += QStringLiteral(
        "\n# factory_boy factories, parents first. Bind the session before using them:\n"
        "# Session.configure(bind=engine)\n"
        "Session = scoped_session(sessionmaker())\n\n");
    const TableOrder order = TableOrder::parentsFirst(m_design);
    QHash<ObjectId, QString> factories;
    for (const ObjectId id : classOrder()) {
        const Model &m = model(id);
        const QString name = m_moduleNames.unique(m.className + QStringLiteral("Factory"));
        factories.insert(id, name);
        out += QStringLiteral("\nclass %1(factory.alchemy.SQLAlchemyModelFactory):\n"
                              "    class Meta:\n"
                              "        model = %2\n"
                              "        sqlalchemy_session = Session\n"
                              "        sqlalchemy_session_persistence = 'commit'\n")
                   .arg(name, m.className);
        // Its own columns and those it inherits, root first.
        QList<const Model *> chain;
        for (const Model *a = &m;; a = &model(a->parent)) {
            chain.prepend(a);
            if (a->parent == NoObject)
                break;
        }
        QStringList lines;
        QSet<QString> given;
        for (const Model *a : std::as_const(chain)) {
            const Table *physical = tableModel(*a).physical;
            if (!physical)
                continue;
            const Inheritance &i = a->design->inheritance;
            // Parents through a relationship of this class or one it inherits.
            for (const Relation &r : a->relations) {
                const ForeignKey *fk = nullptr;
                for (const ForeignKey &candidate : a->design->foreignKeys) {
                    if (candidate.id == r.foreignKey)
                        fk = &candidate;
                }
                if (!fk || r.viewOnly || order.closesCycle(fk->id)
                    || !factories.contains(fk->referencedTable))
                    continue;
                bool required = false;
                for (const ForeignKeyPart &p : fk->parts) {
                    const DdlScript::ColumnFacts *f = facts(0, p.column);
                    required = required || (f && f->notNull);
                    given.insert(a->attributes.value(p.column));
                }
                if (required && !given.contains(r.name)) {
                    given.insert(r.name);
                    lines << QStringLiteral("    %1 = factory.SubFactory(%2)")
                                 .arg(r.name, factories.value(fk->referencedTable));
                }
            }
            for (const Column &c : a->design->columns) {
                const QString attribute = a->attributes.value(c.id);
                const DdlScript::ColumnFacts *f = facts(0, c.id);
                if (!f || given.contains(attribute) || !f->notNull || f->numbered
                    || !f->defaultSql.isEmpty())
                    continue;
                if (c.id == i.discriminator || c.name == i.discriminatorName)
                    continue; // the mapper sets it
                bool inForeignKey = false;
                for (const ForeignKey &fk : a->design->foreignKeys) {
                    for (const ForeignKeyPart &p : fk.parts)
                        inForeignKey = inForeignKey || p.column == c.id;
                }
                if (inForeignKey)
                    continue; // a parent's key, or the inherited one
                const QString value = factoryValue(c, *physical);
                if (value.isEmpty())
                    continue;
                given.insert(attribute);
                lines << QStringLiteral("    %1 = %2").arg(attribute, value);
            }
        }
        if (!lines.isEmpty())
            out += u'\n' + lines.join(u'\n') + u'\n';
        out += u'\n';
    }
}

} // namespace

SqlAlchemyWriter::Result SqlAlchemyWriter::write(const Schema &schema, const Options &options)
{
    return ModuleWriter(schema, options).run();
}
