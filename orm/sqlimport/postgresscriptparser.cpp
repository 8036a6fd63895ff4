#include "postgresscriptparser.h"

#include "scriptschema.h"

#include "dialects/cataloguequery.h"
#include "dialects/dialect.h"
#include "sql/logicaltype.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <pg_query.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// {"String": {"sval": "x"}} -> x
QString stringOf(const QJsonValue &node)
{
    return node[u"String"_s][u"sval"_s].toString();
}

QStringList stringsOf(const QJsonValue &list)
{
    QStringList strings;
    for (const QJsonValue &item : list.toArray())
        strings << stringOf(item);
    return strings;
}

// The node's type ("CreateStmt") and its fields.
std::pair<QString, QJsonObject> nodeOf(const QJsonValue &node)
{
    const QJsonObject o = node.toObject();
    if (o.isEmpty())
        return {};
    return {o.constBegin().key(), o.constBegin().value().toObject()};
}

QString quoteLiteral(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

ReferentialAction actionOf(const QString &code)
{
    // pg_constraint's confdeltype letters, which the parse tree uses too.
    if (code == u"r")
        return ReferentialAction::Restrict;
    if (code == u"c")
        return ReferentialAction::Cascade;
    if (code == u"n")
        return ReferentialAction::SetNull;
    if (code == u"d")
        return ReferentialAction::SetDefault;
    return ReferentialAction::Unspecified; // "a": NO ACTION, what an unspecified action means
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(PostgresScriptParser)

public:
    explicit Parser(SqlImportReport &report)
        : m_script(report, Dialect::forEngine(SqlEngine::Postgres), SqlEngine::Postgres)
        , m_schema(m_script.schema())
        , m_dialect(m_script.dialect())
    {
    }

    void statement(const SqlStatement &statement);
    void finish() { m_script.finish(false); }

private:
    bool fail(const QString &message) { return m_script.fail(message); }
    bool skip(const QString &reason) { return m_script.skip(reason); }
    bool run(const QString &type, const QJsonObject &node);
    bool createTable(const QJsonObject &node);
    bool alterTable(const QJsonObject &node);
    bool alterCommands(ObjectId table, const QJsonArray &commands);
    bool createIndex(const QJsonObject &node);
    bool comment(const QJsonObject &node);
    bool dropTable(const QJsonObject &node);
    bool addColumn(ObjectId table, const QJsonObject &definition);
    bool constraint(ObjectId table, const QJsonObject &constraint, const QString &column);
    bool addKey(
        ObjectId table, const QString &type, const QString &name, const QStringList &columns)
    {
        return m_script.addKey(table, type, name, columns);
    }
    void setDefault(Table &table, Column &column, const QJsonValue &expression);
    QString typeText(const QJsonObject &typeName, bool *serial, QString *enumLabels) const;
    QString expression(const QJsonValue &node) const;
    bool knownTable(const QJsonValue &relation, ObjectId *id);
    Table *table(const QString &name) { return m_script.table(name); }

    ScriptSchema m_script;
    Schema &m_schema;
    const Dialect &m_dialect;
    QHash<QString, QStringList> m_enums; // enum types' labels, by type name
    QByteArray m_source; // the statement being read, in UTF-8 (the parse tree's offsets)
};

bool Parser::knownTable(const QJsonValue &relation, ObjectId *id)
{
    return m_script.knownTable(relation[u"relname"_s].toString(), id);
}

void Parser::statement(const SqlStatement &statement)
{
    m_script.begin(statement);
    if (m_script.toRead()) {
        const QByteArray utf8 = statement.text.toUtf8();
        m_source = utf8;
        PgQueryParseResult result = pg_query_parse(utf8.constData());
        if (result.error) {
            // cursorpos: 1-based, in bytes of the statement.
            const QString before
                = QString::fromUtf8(utf8.left(std::max(0, result.error->cursorpos - 1)));
            const qsizetype newline = before.lastIndexOf(u'\n');
            const int line = statement.line + int(before.count(u'\n'));
            const int column = newline < 0 ? statement.column + int(before.size())
                                           : int(before.size() - newline);
            fail(tr("%1 at line %2, column %3")
                     .arg(QString::fromUtf8(result.error->message))
                     .arg(line)
                     .arg(column));
        } else {
            const QJsonArray statements
                = QJsonDocument::fromJson(result.parse_tree).object()[u"stmts"_s].toArray();
            for (const QJsonValue &s : statements) {
                const auto [type, node] = nodeOf(s[u"stmt"_s]);
                if (!run(type, node))
                    break;
            }
        }
        pg_query_free_parse_result(result);
    }
    m_script.end();
}

bool Parser::run(const QString &type, const QJsonObject &node)
{
    if (type == u"CreateStmt")
        return createTable(node);
    if (type == u"AlterTableStmt")
        return node[u"objtype"_s].toString() == u"OBJECT_TABLE" ? alterTable(node)
                                                                : skip(tr("not a table"));
    if (type == u"IndexStmt")
        return createIndex(node);
    if (type == u"CommentStmt")
        return comment(node);
    if (type == u"DropStmt")
        return dropTable(node);
    if (type == u"CreateEnumStmt") {
        QStringList labels;
        for (const QString &label : stringsOf(node[u"vals"_s]))
            labels << quoteLiteral(label);
        m_enums.insert(stringsOf(node[u"typeName"_s]).constLast(), labels);
        return true;
    }
    // A sequence is part of the design through the column that takes its values (nextval, an
    // identity), which the statements about the column say.
    if (type == u"CreateSeqStmt" || type == u"AlterSeqStmt")
        return true;
    if (type == u"ViewStmt" || type == u"CreateTableAsStmt")
        return skip(tr("a view, which a design does not hold"));
    if (type == u"CreateTrigStmt")
        return skip(tr("a trigger, which a design does not hold"));
    if (type == u"CreateFunctionStmt" || type == u"DoStmt")
        return skip(tr("a routine, which a design does not hold"));
    if (type == u"CreateExtensionStmt")
        return skip(tr("an extension"));
    if (type == u"CreateSchemaStmt")
        return skip(tr("the database itself, not its tables"));
    if (type == u"AlterOwnerStmt")
        return skip(tr("ownership"));
    if (type == u"GrantStmt" || type == u"AlterDefaultPrivilegesStmt")
        return skip(tr("accounts and privileges"));
    if (type == u"CompositeTypeStmt" || type == u"CreateDomainStmt" || type == u"DefineStmt")
        return skip(tr("a type, which a design does not hold"));
    return fail(tr("not a statement about tables (%1)").arg(type));
}

bool Parser::createTable(const QJsonObject &node)
{
    const QJsonObject relation = node[u"relation"_s].toObject();
    const QString name = relation[u"relname"_s].toString();
    if (relation[u"relpersistence"_s].toString() == u"t")
        return skip(tr("a temporary table, which only its session sees"));
    if (m_script.hasTable(name)) {
        if (node[u"if_not_exists"_s].toBool())
            return skip(tr("the table exists already"));
        return fail(tr("the table \"%1\" exists already").arg(name));
    }
    if (node.contains(u"inhRelations"_s) || node.contains(u"partbound"_s))
        m_script.warnings() << tr("\"%1\" inherits from or is a partition of another table; "
                                  "that is not part of the design.")
                                   .arg(name);
    if (node.contains(u"partspec"_s))
        m_script.warnings() << tr("\"%1\" is a partitioned table; its partitioning and its "
                                  "partitions are not part of the design.")
                                   .arg(name);
    const ObjectId id = m_script.addTable(name);
    bool ok = true;
    const QJsonArray elements = node[u"tableElts"_s].toArray();
    for (const QJsonValue &element : elements) {
        const auto [type, e] = nodeOf(element);
        if (type == u"ColumnDef")
            ok = addColumn(id, e);
        else if (type == u"Constraint")
            ok = constraint(id, e, {});
        else
            ok = fail(tr("%1 in CREATE TABLE is not supported").arg(type));
        if (!ok)
            break;
    }
    if (ok)
        return true;
    m_script.removeTable(id);
    return false;
}

bool Parser::addColumn(ObjectId tableId, const QJsonObject &definition)
{
    Table *table = m_schema.table(tableId);
    const QString name = definition[u"colname"_s].toString();
    if (table->columnByName(name))
        return fail(tr("\"%1\" has two columns \"%2\"").arg(table->name, name));
    bool serial = false;
    QString labels;
    const QString reported = typeText(definition[u"typeName"_s].toObject(), &serial, &labels);
    if (!labels.isEmpty())
        m_script.warnings() << tr("\"%1\".\"%2\" is of the enum type %3; the design keeps its "
                                  "values as ENUM(%4).")
                                   .arg(table->name, name,
                                       stringsOf(definition[u"typeName"_s][u"names"_s]).constLast(),
                                       labels);
    const LogicalType type = m_dialect.typeFromCatalogue(reported);
    Column column;
    column.id = m_schema.newId();
    column.name = name;
    column.datatype = m_dialect.designType(type);
    column.nullable = !serial;
    column.autoIncrement = serial;
    column.generatedByEngine = serial;
    column.defaultValue = serial ? DefaultValue::none() : DefaultValue::null();
    table->columns << column;
    const QJsonArray constraints = definition[u"constraints"_s].toArray();
    for (const QJsonValue &c : constraints) {
        if (!constraint(tableId, nodeOf(c).second, name))
            return false;
    }
    return true;
}

// A constraint of a column (`column` set) or of the table.
bool Parser::constraint(ObjectId tableId, const QJsonObject &c, const QString &column)
{
    Table *table = m_schema.table(tableId);
    Column *col = column.isEmpty()
        ? nullptr
        : &table->columns[table->columnIndex(table->columnByName(column)->id)];
    const QString type = c[u"contype"_s].toString();
    const QString name = c[u"conname"_s].toString();
    QStringList keys = stringsOf(c[u"keys"_s]);
    if (keys.isEmpty() && !column.isEmpty())
        keys << column;
    if (type == u"CONSTR_NOTNULL" && col) {
        col->setNullable(false);
    } else if (type == u"CONSTR_NULL" && col) {
        col->nullable = true;
    } else if (type == u"CONSTR_DEFAULT" && col) {
        setDefault(*table, *col, c[u"raw_expr"_s]);
    } else if (type == u"CONSTR_IDENTITY" && col) {
        col->autoIncrement = true;
        col->generatedByEngine = true;
        col->setNullable(false);
        col->defaultValue = DefaultValue::none();
    } else if (type == u"CONSTR_GENERATED" && col) {
        CatalogueQuery::markGenerated(*col, table->name, &m_script.warnings());
    } else if (type == u"CONSTR_PRIMARY") {
        return addKey(
            tableId, Key::Primary, name.isEmpty() ? table->name + u"_pkey"_s : name, keys);
    } else if (type == u"CONSTR_UNIQUE") {
        return addKey(tableId, Key::Unique,
            name.isEmpty() ? table->name + u'_' + keys.join(u'_') + u"_key"_s : name, keys);
    } else if (type == u"CONSTR_FOREIGN") {
        PendingForeignKey fk;
        fk.table = tableId;
        fk.columns = column.isEmpty() ? stringsOf(c[u"fk_attrs"_s]) : QStringList {column};
        fk.name = name.isEmpty() ? table->name + u'_' + fk.columns.join(u'_') + u"_fkey"_s : name;
        fk.target = c[u"pktable"_s][u"relname"_s].toString();
        fk.targetColumns = stringsOf(c[u"pk_attrs"_s]);
        fk.onDelete = actionOf(c[u"fk_del_action"_s].toString());
        fk.onUpdate = actionOf(c[u"fk_upd_action"_s].toString());
        m_script.pendForeignKey(fk);
    } else if (type == u"CONSTR_CHECK") {
        m_script.warnings() << tr("The CHECK constraint %1 of \"%2\" is not part of the design.")
                                   .arg(CatalogueQuery::quoted(name.isEmpty() ? column : name),
                                       table->name);
    } else if (type == u"CONSTR_EXCLUSION") {
        m_script.warnings() << tr("The exclusion constraint \"%1\" of \"%2\" is not part of the "
                                  "design.")
                                   .arg(name, table->name);
    } else if (!type.startsWith(u"CONSTR_ATTR_"_s)) { // DEFERRABLE and the like
        return fail(tr("%1 is not supported here").arg(type));
    }
    return true;
}

// The default as pg_get_expr() writes it, read back as the live import reads it: a default
// taken from a sequence makes the column AUTOINCREMENT.
void Parser::setDefault(Table &table, Column &column, const QJsonValue &node)
{
    const QString sql = expression(node);
    if (sql.startsWith(u"nextval("_s)) {
        column.autoIncrement = true;
        column.generatedByEngine = true;
        column.defaultValue = DefaultValue::none();
        return;
    }
    if (sql.isEmpty()) {
        column.defaultValue = column.nullable ? DefaultValue::null() : DefaultValue::none();
        m_script.warnings() << tr("The default of \"%1\".\"%2\" is an expression the import "
                                  "cannot read; the design leaves it out.")
                                   .arg(table.name, column.name);
        return;
    }
    const LogicalType type = m_dialect.typeFromCatalogue(column.datatype);
    CatalogueQuery::setDefault(column, m_dialect, table.name, sql, type, &m_script.warnings());
}

// A type as pg_catalog.format_type() names it.
QString Parser::typeText(const QJsonObject &typeName, bool *serial, QString *enumLabels) const
{
    const QStringList names = stringsOf(typeName[u"names"_s]);
    const QString name = names.isEmpty() ? QString() : names.constLast().toLower();
    QStringList modifiers;
    for (const QJsonValue &m : typeName[u"typmods"_s].toArray()) {
        const auto [kind, value] = nodeOf(m);
        modifiers << QString::number(value[u"ival"_s][u"ival"_s].toInt());
    }
    const QString size = modifiers.isEmpty() ? QString() : u'(' + modifiers.join(u',') + u')';
    static const QHash<QString, QString> plain {{u"int4"_s, u"integer"_s}, {u"int"_s, u"integer"_s},
        {u"integer"_s, u"integer"_s}, {u"int8"_s, u"bigint"_s}, {u"int2"_s, u"smallint"_s},
        {u"float8"_s, u"double precision"_s}, {u"float4"_s, u"real"_s}, {u"bool"_s, u"boolean"_s}};
    static const QHash<QString, QString> serials {{u"serial"_s, u"integer"_s},
        {u"serial4"_s, u"integer"_s}, {u"bigserial"_s, u"bigint"_s}, {u"serial8"_s, u"bigint"_s},
        {u"smallserial"_s, u"smallint"_s}, {u"serial2"_s, u"smallint"_s}};
    QString text;
    if (plain.contains(name)) {
        text = plain.value(name);
    } else if (serials.contains(name) && names.size() == 1) {
        *serial = true;
        text = serials.value(name);
    } else if (name == u"varchar") {
        text = u"character varying"_s + size;
    } else if (name == u"bpchar") {
        text = u"character"_s + size;
    } else if (name == u"numeric") {
        text = modifiers.size() == 1 ? u"numeric(%1,0)"_s.arg(modifiers.constFirst())
                                     : u"numeric"_s + size;
    } else if (name == u"timestamp" || name == u"timestamptz" || name == u"time"
        || name == u"timetz") {
        const bool zone = name.endsWith(u"tz"_s);
        text = (name.startsWith(u"timestamp"_s) ? u"timestamp"_s : u"time"_s) + size
            + (zone ? u" with time zone"_s : u" without time zone"_s);
    } else if (name == u"bit") {
        text = u"bit"_s + (size.isEmpty() ? u"(1)"_s : size);
    } else if (name == u"varbit") {
        text = u"bit varying"_s + size;
    } else if (m_enums.contains(name)) {
        *enumLabels = m_enums.value(name).join(u',');
        text = u"ENUM("_s + *enumLabels + u')';
    } else {
        text = name + size;
    }
    if (typeName.contains(u"arrayBounds"_s))
        text += u"[]"_s;
    return text;
}

// The expressions defaults are made of, written as pg_get_expr() writes them; empty for
// anything else.
QString Parser::expression(const QJsonValue &value) const
{
    const auto [type, node] = nodeOf(value);
    if (type == u"A_Const") {
        if (node[u"isnull"_s].toBool())
            return u"NULL"_s;
        if (node.contains(u"ival"_s)) {
            // libpg_query 15-4.0's JSON leaves negative integers out ("ival": {}): the number
            // is read from the statement, where the node starts.
            static const QRegularExpression integer(QStringLiteral("^-?\\s*\\d+"));
            const int at = node[u"location"_s].toInt(-1);
            const QRegularExpressionMatch m = at >= 0
                ? integer.match(QString::fromUtf8(m_source.mid(at, 40)))
                : QRegularExpressionMatch();
            if (m.hasMatch())
                return m.captured(0).remove(u' ');
            return QString::number(node[u"ival"_s][u"ival"_s].toInteger());
        }
        if (node.contains(u"fval"_s))
            return node[u"fval"_s][u"fval"_s].toString();
        if (node.contains(u"boolval"_s))
            return node[u"boolval"_s][u"boolval"_s].toBool() ? u"true"_s : u"false"_s;
        if (node.contains(u"sval"_s))
            return quoteLiteral(node[u"sval"_s][u"sval"_s].toString());
        if (node.contains(u"bsval"_s))
            return node[u"bsval"_s][u"bsval"_s].toString();
        return {};
    }
    if (type == u"TypeCast") {
        const QString argument = expression(node[u"arg"_s]);
        bool serial = false;
        QString labels;
        QString cast = typeText(node[u"typeName"_s].toObject(), &serial, &labels);
        if (!labels.isEmpty()) // an enum type, by its name as pg_get_expr writes it
            cast = stringsOf(node[u"typeName"_s][u"names"_s]).constLast();
        return argument.isEmpty() ? QString() : argument + u"::"_s + cast;
    }
    if (type == u"FuncCall") {
        QStringList name = stringsOf(node[u"funcname"_s]);
        if (name.size() > 1 && name.constFirst() == u"pg_catalog")
            name.removeFirst();
        QStringList arguments;
        for (const QJsonValue &a : node[u"args"_s].toArray()) {
            arguments << expression(a);
            if (arguments.constLast().isEmpty())
                return {};
        }
        return name.join(u'.') + u'(' + arguments.join(u", "_s) + u')';
    }
    if (type == u"SQLValueFunction") {
        static const QHash<QString, QString> functions {
            {u"SVFOP_CURRENT_DATE"_s, u"CURRENT_DATE"_s},
            {u"SVFOP_CURRENT_TIME"_s, u"CURRENT_TIME"_s},
            {u"SVFOP_CURRENT_TIME_N"_s, u"CURRENT_TIME"_s},
            {u"SVFOP_CURRENT_TIMESTAMP"_s, u"CURRENT_TIMESTAMP"_s},
            {u"SVFOP_CURRENT_TIMESTAMP_N"_s, u"CURRENT_TIMESTAMP"_s},
            {u"SVFOP_LOCALTIME"_s, u"LOCALTIME"_s}, {u"SVFOP_LOCALTIME_N"_s, u"LOCALTIME"_s},
            {u"SVFOP_LOCALTIMESTAMP"_s, u"LOCALTIMESTAMP"_s},
            {u"SVFOP_LOCALTIMESTAMP_N"_s, u"LOCALTIMESTAMP"_s},
            {u"SVFOP_CURRENT_USER"_s, u"CURRENT_USER"_s},
            {u"SVFOP_SESSION_USER"_s, u"SESSION_USER"_s}};
        return functions.value(node[u"op"_s].toString());
    }
    if (type == u"A_Expr" && node[u"kind"_s].toString() == u"AEXPR_OP" && !node.contains(u"lexpr"_s)
        && stringsOf(node[u"name"_s]) == QStringList {u"-"_s}) {
        const QString operand = expression(node[u"rexpr"_s]);
        return operand.isEmpty() ? QString() : u'-' + operand;
    }
    return {};
}

bool Parser::alterTable(const QJsonObject &node)
{
    ObjectId id = NoObject;
    if (node[u"missing_ok"_s].toBool()
        && !m_script.hasTable(node[u"relation"_s][u"relname"_s].toString()))
        return skip(tr("no such table yet"));
    if (!knownTable(node[u"relation"_s], &id))
        return false;
    // A statement that fails changes nothing: the table as it was, without the foreign keys
    // the statement added.
    const ScriptSchema::Snapshot before = m_script.snapshot(id);
    if (alterCommands(id, node[u"cmds"_s].toArray()))
        return true;
    m_script.restore(id, before);
    return false;
}

bool Parser::alterCommands(ObjectId id, const QJsonArray &commands)
{
    for (const QJsonValue &command : commands) {
        const QJsonObject cmd = nodeOf(command).second;
        const QString subtype = cmd[u"subtype"_s].toString();
        Table *table = m_schema.table(id);
        const QString columnName = cmd[u"name"_s].toString();
        const Column *found = table->columnByName(columnName);
        Column *column = found ? &table->columns[table->columnIndex(found->id)] : nullptr;
        const auto needColumn = [&] {
            return column != nullptr
                || fail(tr("\"%1\" has no column \"%2\"").arg(table->name, columnName));
        };
        if (subtype == u"AT_AddConstraint") {
            if (!constraint(id, nodeOf(cmd[u"def"_s]).second, {}))
                return false;
        } else if (subtype == u"AT_AddColumn") {
            if (!addColumn(id, nodeOf(cmd[u"def"_s]).second))
                return false;
        } else if (subtype == u"AT_ColumnDefault") {
            if (!needColumn())
                return false;
            if (cmd.contains(u"def"_s))
                setDefault(*table, *column, cmd[u"def"_s]);
            else
                column->defaultValue
                    = column->nullable ? DefaultValue::null() : DefaultValue::none();
        } else if (subtype == u"AT_AddIdentity") {
            if (!needColumn() || !constraint(id, nodeOf(cmd[u"def"_s]).second, columnName))
                return false;
        } else if (subtype == u"AT_SetNotNull" || subtype == u"AT_DropNotNull") {
            if (!needColumn())
                return false;
            column->setNullable(subtype == u"AT_DropNotNull");
        } else if (subtype == u"AT_DropColumn") {
            if (!m_script.dropColumn(id, columnName))
                return false;
        } else if (subtype == u"AT_DropConstraint") {
            table->keys.removeIf([&](const Key &k) { return k.name == columnName; });
            m_script.dropForeignKey(id, columnName);
        } else if (subtype == u"AT_ChangeOwner" || subtype == u"AT_SetRelOptions"
            || subtype == u"AT_ReplicaIdentity" || subtype == u"AT_EnableRowSecurity"
            || subtype == u"AT_ClusterOn" || subtype == u"AT_SetStatistics") {
            // How the server keeps or guards the table, not its structure.
        } else {
            return fail(tr("ALTER TABLE %1 is not supported").arg(subtype));
        }
    }
    return true;
}

bool Parser::createIndex(const QJsonObject &node)
{
    ObjectId id = NoObject;
    if (!knownTable(node[u"relation"_s], &id))
        return false;
    Table *table = m_schema.table(id);
    QStringList columns;
    QString name = node[u"idxname"_s].toString();
    bool expression = false, descending = false;
    for (const QJsonValue &p : node[u"indexParams"_s].toArray()) {
        const QJsonObject element = nodeOf(p).second;
        if (!element.contains(u"name"_s))
            expression = true;
        columns << element[u"name"_s].toString();
        descending = descending || element[u"ordering"_s].toString() == u"SORTBY_DESC";
    }
    if (name.isEmpty())
        name = table->name + u'_' + columns.join(u'_') + u"_idx"_s;
    if (expression) {
        m_script.warnings() << tr("The index \"%1\" of \"%2\" is on an expression; it is not part "
                                  "of the design.")
                                   .arg(name, table->name);
        return true;
    }
    if (node.contains(u"whereClause"_s)) {
        m_script.warnings() << tr("The partial index \"%1\" of \"%2\" is not part of the design.")
                                   .arg(name, table->name);
        return true;
    }
    if (descending)
        m_script.warnings() << tr("The index \"%1\" of \"%2\" sorts some columns in descending "
                                  "order; the design does not say so.")
                                   .arg(name, table->name);
    const QString method = node[u"accessMethod"_s].toString();
    if (!method.isEmpty() && method != u"btree")
        m_script.warnings() << tr("The index \"%1\" of \"%2\" is a %3 index; the design keeps its "
                                  "columns only.")
                                   .arg(name, table->name, method);
    return addKey(id, node[u"unique"_s].toBool() ? Key::Unique : Key::Index, name, columns);
}

bool Parser::comment(const QJsonObject &node)
{
    const QString kind = node[u"objtype"_s].toString();
    if (kind != u"OBJECT_TABLE" && kind != u"OBJECT_COLUMN")
        return skip(tr("a comment on something a design does not hold"));
    QStringList path = stringsOf(node[u"object"_s][u"List"_s][u"items"_s]);
    const QString text = node[u"comment"_s].toString();
    if (kind == u"OBJECT_TABLE") {
        Table *t = table(path.constLast());
        if (!t)
            return fail(tr("there is no table \"%1\" (yet) in the script").arg(path.constLast()));
        t->comment = text;
        return true;
    }
    const QString columnName = path.takeLast();
    Table *t = path.isEmpty() ? nullptr : table(path.constLast());
    const Column *found = t ? t->columnByName(columnName) : nullptr;
    if (!found)
        return fail(tr("there is no column \"%1\" (yet) in the script").arg(columnName));
    t->columns[t->columnIndex(found->id)].comment = text;
    return true;
}

bool Parser::dropTable(const QJsonObject &node)
{
    if (node[u"removeType"_s].toString() != u"OBJECT_TABLE")
        return skip(tr("not a table"));
    QStringList names;
    for (const QJsonValue &object : node[u"objects"_s].toArray())
        names << stringsOf(object[u"List"_s][u"items"_s]).constLast();
    return m_script.dropTables(names, node[u"missing_ok"_s].toBool());
}

} // namespace

void PostgresScriptParser::run(const QList<SqlStatement> &statements, SqlImportReport &report)
{
    Parser parser(report);
    for (const SqlStatement &statement : statements)
        parser.statement(statement);
    parser.finish();
}
