#include "dbmlparser.h"

#include <algorithm>

namespace {

// Drops the default schema from a qualified name, and joins the rest with dots.
QString qualified(QStringList parts)
{
    if (parts.size() > 1 && parts.constFirst() == u"public")
        parts.removeFirst();
    return parts.join(u'.');
}

} // namespace

QString DbmlParser::describe(const Token &t)
{
    switch (t.kind) {
    case Kind::End:
        return tr("the end of the file");
    case Kind::String:
        return tr("a string");
    case Kind::Name:
        return u'"' + t.text + u'"';
    case Kind::Directive:
        return QStringLiteral("// schemata:");
    default:
        return t.text;
    }
}

bool DbmlParser::name(QString *name, const QString &what)
{
    const Token &t = peek();
    if (t.kind != Kind::Word && t.kind != Kind::Name && t.kind != Kind::Number)
        return fail(t, tr("Expected %1, found %2.").arg(what, describe(t)));
    *name = t.text;
    ++m_pos;
    return true;
}

bool DbmlParser::qualifiedName(QStringList *parts, const QString &what)
{
    QString part;
    if (!name(&part, what))
        return false;
    *parts = {part};
    while (isPunct(QStringLiteral(".")) && peek(1).kind != Kind::Punct) {
        ++m_pos;
        if (!name(&part, what))
            return false;
        *parts << part;
    }
    return true;
}

bool DbmlParser::string(QString *text, const QString &what)
{
    const Token &t = peek();
    if (t.kind != Kind::String)
        return fail(t, tr("Expected %1 in quotes, found %2.").arg(what, describe(t)));
    *text = t.text;
    ++m_pos;
    return true;
}

bool DbmlParser::parse(Document *document, Error *error)
{
    bool ok = true;
    while (ok && peek().kind != Kind::End) {
        const Token &t = peek();
        if (isWord(u"table"))
            ok = table(document);
        else if (isWord(u"ref"))
            ok = ref(document);
        else if (isWord(u"enum"))
            ok = enumeration(document);
        else if (isWord(u"tablegroup"))
            ok = tableGroup(document);
        else if (isWord(u"project"))
            ok = project(document);
        else if (isWord(u"note"))
            ok = stickyNote(document);
        else if (isWord(u"tablepartial"))
            ok = fail(t, tr("TablePartial is not supported: write its columns in the tables."));
        else
            ok = fail(t,
                tr("Expected Table, Ref, Enum, TableGroup, Project or Note, found %1.")
                    .arg(describe(t)));
    }
    *error = m_error;
    return ok;
}

bool DbmlParser::table(Document *d)
{
    ++m_pos; // Table
    TableSpec spec;
    spec.place = place(peek());
    QStringList parts;
    if (!qualifiedName(&parts, tr("a table name")))
        return false;
    spec.name = qualified(parts);
    if (isWord(u"as")) {
        ++m_pos;
        if (!name(&spec.alias, tr("an alias")))
            return false;
    }
    if (!elementSettings(u"note", &spec.note))
        return false;
    if (!expect(QStringLiteral("{"), tr("to open the table")))
        return false;
    while (!isPunct(QStringLiteral("}"))) {
        const Token &t = peek();
        if (t.kind == Kind::End)
            return fail(t, tr("The table %1 is not closed with }.").arg(spec.name));
        if (t.kind == Kind::Directive) {
            ++m_pos;
            if (!settings(&spec.directives))
                return false;
        } else if (atNoteElement()) {
            if (!noteElement(&spec.note))
                return false;
        } else if (isWord(u"indexes") && isPunct(QStringLiteral("{"), 1)) {
            if (!indexes(&spec))
                return false;
        } else if (isPunct(QStringLiteral("~"))) {
            return fail(t, tr("TablePartial is not supported: write its columns in the table."));
        } else if (!column(&spec)) {
            return false;
        }
    }
    ++m_pos;
    d->tables << spec;
    return true;
}

bool DbmlParser::column(TableSpec *table)
{
    ColumnSpec spec;
    spec.place = place(peek());
    if (!name(&spec.name, tr("a column name")))
        return false;
    const Token &type = peek();
    spec.typePlace = place(type);
    if (type.lineBreakBefore || (type.kind != Kind::Word && type.kind != Kind::Name))
        return fail(type, tr("The column %1 needs a type on its line.").arg(spec.name));
    ++m_pos;
    if (type.kind == Kind::Name) {
        spec.type = type.text;
    } else {
        // As written: schema.type, varchar(255), decimal(12, 2), int[].
        qsizetype end = type.end;
        QStringList parts {type.text};
        while (isPunct(QStringLiteral(".")) && peek(1).kind == Kind::Word) {
            parts << peek(1).text;
            end = peek(1).end;
            m_pos += 2;
        }
        if (isPunct(QStringLiteral("(")) && peek().start == end) {
            while (!isPunct(QStringLiteral(")"))) {
                if (peek().kind == Kind::End || isPunct(QStringLiteral("{"))
                    || isPunct(QStringLiteral("}")))
                    return fail(peek(), tr("The type of %1 is not closed with ).").arg(spec.name));
                ++m_pos;
            }
            end = next().end;
        }
        if (isPunct(QStringLiteral("[")) && peek().start == end
            && isPunct(QStringLiteral("]"), 1)) {
            end = peek(1).end;
            m_pos += 2;
        }
        spec.type = m_text.mid(type.start, end - type.start);
        if (parts.size() > 1 && spec.type.indexOf(u'(') < 0)
            spec.type = qualified(parts);
    }
    if (isPunct(QStringLiteral("[")) && !peek().lineBreakBefore && !settings(&spec.settings))
        return false;
    if (!peek().lineBreakBefore && !isPunct(QStringLiteral("}")))
        return fail(peek(),
            tr("Expected the end of the line after column %1, found %2.")
                .arg(spec.name, describe(peek())));
    table->columns << spec;
    return true;
}

bool DbmlParser::indexes(TableSpec *table)
{
    m_pos += 2; // indexes {
    while (!isPunct(QStringLiteral("}"))) {
        IndexSpec spec;
        spec.place = place(peek());
        const auto part = [&]() {
            const Token &t = peek();
            if (t.kind == Kind::Expression) {
                spec.columns << u'`' + t.text + u'`';
                ++m_pos;
                return true;
            }
            QString column;
            if (!name(&column, tr("a column or (columns)")))
                return false;
            spec.columns << column;
            return true;
        };
        if (isPunct(QStringLiteral("("))) {
            ++m_pos;
            while (true) {
                if (!part())
                    return false;
                if (isPunct(QStringLiteral(")")))
                    break;
                if (!expect(QStringLiteral(","), tr("between the columns")))
                    return false;
            }
            ++m_pos;
        } else if (!part()) {
            return false;
        }
        if (isPunct(QStringLiteral("[")) && !peek().lineBreakBefore && !settings(&spec.settings))
            return false;
        table->indexes << spec;
    }
    ++m_pos;
    return true;
}

bool DbmlParser::settings(QList<Setting> *list)
{
    if (!expect(QStringLiteral("["), tr("to open the settings")))
        return false;
    while (true) {
        Setting s;
        if (!setting(&s))
            return false;
        *list << s;
        if (isPunct(QStringLiteral("]")))
            break;
        if (!expect(QStringLiteral(","), tr("between settings")))
            return false;
    }
    ++m_pos;
    return true;
}

bool DbmlParser::setting(Setting *s)
{
    s->place = place(peek());
    QStringList words;
    while (peek().kind == Kind::Word)
        words << next().text.toLower();
    if (words.isEmpty())
        return fail(peek(), tr("Expected a setting, found %1.").arg(describe(peek())));
    s->name = words.join(u' ');
    if (!isPunct(QStringLiteral(":")))
        return true;
    ++m_pos;
    if (s->name == u"ref") {
        const Token &op = peek();
        if (op.kind != Kind::Punct
            || !QStringList {QStringLiteral(">"), QStringLiteral("<"), QStringLiteral("-"),
                QStringLiteral("<>")}
                    .contains(op.text))
            return fail(op, tr("Expected >, <, - or <> after ref:, found %1.").arg(describe(op)));
        s->refOp = op.text;
        ++m_pos;
        return endpoint(&s->refTarget);
    }
    return value(&s->value);
}

bool DbmlParser::value(Value *v)
{
    const Token &t = peek();
    v->place = place(t);
    v->kind = t.kind;
    switch (t.kind) {
    case Kind::String:
    case Kind::Expression:
    case Kind::Number:
    case Kind::Color:
    case Kind::Name:
        v->text = t.text;
        ++m_pos;
        return true;
    case Kind::Word: {
        QStringList words;
        while (peek().kind == Kind::Word)
            words << next().text;
        v->text = words.join(u' ');
        return true;
    }
    case Kind::Punct:
        if (t.text == u"-" && peek(1).kind == Kind::Number) {
            v->kind = Kind::Number;
            v->text = u'-' + peek(1).text;
            m_pos += 2;
            return true;
        }
        break;
    default:
        break;
    }
    return fail(t, tr("Expected a value, found %1.").arg(describe(t)));
}

// table.column, schema.table.column, table.(a, b)
bool DbmlParser::endpoint(Endpoint *e)
{
    e->place = place(peek());
    QStringList parts;
    if (!qualifiedName(&parts, tr("a table name")))
        return false;
    if (isPunct(QStringLiteral(".")) && isPunct(QStringLiteral("("), 1)) {
        m_pos += 2;
        while (true) {
            QString column;
            if (!name(&column, tr("a column name")))
                return false;
            e->columns << column;
            if (isPunct(QStringLiteral(")")))
                break;
            if (!expect(QStringLiteral(","), tr("between the columns")))
                return false;
        }
        ++m_pos;
        e->table = qualified(parts);
        return true;
    }
    if (parts.size() < 2)
        return fail(peek(), tr("Expected table.column, found %1 alone.").arg(parts.join(u'.')));
    e->columns << parts.takeLast();
    e->table = qualified(parts);
    return true;
}

bool DbmlParser::refBody(RefSpec *r)
{
    if (!endpoint(&r->left))
        return false;
    const Token &op = peek();
    if (op.kind != Kind::Punct
        || !QStringList {QStringLiteral(">"), QStringLiteral("<"), QStringLiteral("-"),
            QStringLiteral("<>")}
                .contains(op.text))
        return fail(
            op, tr("Expected >, <, - or <> between the two sides, found %1.").arg(describe(op)));
    r->op = op.text;
    ++m_pos;
    if (!endpoint(&r->right))
        return false;
    if (isPunct(QStringLiteral("[")) && !peek().lineBreakBefore) {
        QList<Setting> list;
        if (!settings(&list))
            return false;
        for (const Setting &s : std::as_const(list)) {
            if (s.name != u"delete" && s.name != u"update")
                continue;
            const std::optional<ReferentialAction> action = referentialActionFromSql(s.value.text);
            if (!action || *action == ReferentialAction::Unspecified) {
                Token at;
                at.line = s.value.place.line;
                at.column = s.value.place.column;
                return fail(at,
                    tr("Unknown action %1: write cascade, restrict, set null, set "
                       "default or no action.")
                        .arg(s.value.text));
            }
            (s.name == u"delete" ? r->onDelete : r->onUpdate) = *action;
        }
    }
    return true;
}

bool DbmlParser::ref(Document *d)
{
    RefSpec spec;
    spec.place = place(next()); // Ref
    if (!isPunct(QStringLiteral(":")) && !isPunct(QStringLiteral("{"))) {
        if (!name(&spec.name, tr("a name, : or {")))
            return false;
    }
    if (isPunct(QStringLiteral(":"))) {
        ++m_pos;
        if (!refBody(&spec))
            return false;
        d->refs << spec;
        return true;
    }
    if (!expect(QStringLiteral("{"), tr("or : after Ref")))
        return false;
    while (!isPunct(QStringLiteral("}"))) {
        if (peek().kind == Kind::End)
            return fail(peek(), tr("The Ref is not closed with }."));
        RefSpec r = spec;
        if (!refBody(&r))
            return false;
        d->refs << r;
    }
    ++m_pos;
    return true;
}

bool DbmlParser::enumeration(Document *d)
{
    ++m_pos; // Enum
    QStringList parts;
    if (!qualifiedName(&parts, tr("an enum name")))
        return false;
    const QString enumName = qualified(parts);
    if (!expect(QStringLiteral("{"), tr("to open the enum")))
        return false;
    QStringList values;
    while (!isPunct(QStringLiteral("}"))) {
        QString value;
        if (!name(&value, tr("an enum value")))
            return false;
        values << value;
        if (isPunct(QStringLiteral("[")) && !peek().lineBreakBefore) {
            QList<Setting> ignored;
            if (!settings(&ignored))
                return false;
        }
    }
    ++m_pos;
    d->enums.insert(enumName, values);
    if (parts.size() > 1)
        d->enums.insert(parts.constLast(), values);
    return true;
}

bool DbmlParser::tableGroup(Document *d)
{
    ++m_pos; // TableGroup
    GroupSpec spec;
    QStringList parts;
    if (!qualifiedName(&parts, tr("a group name")))
        return false;
    spec.name = qualified(parts);
    if (!elementSettings(u"color", &spec.color))
        return false;
    if (!expect(QStringLiteral("{"), tr("to open the group")))
        return false;
    while (!isPunct(QStringLiteral("}"))) {
        if (atNoteElement()) {
            QString ignored;
            if (!noteElement(&ignored))
                return false;
            continue;
        }
        const Place at = place(peek());
        if (!qualifiedName(&parts, tr("a table name")))
            return false;
        spec.tables.append({qualified(parts), at});
    }
    ++m_pos;
    d->groups << spec;
    return true;
}

bool DbmlParser::elementSettings(const char16_t *wanted, QString *value)
{
    if (!isPunct(QStringLiteral("[")))
        return true;
    QList<Setting> list;
    if (!settings(&list))
        return false;
    for (const Setting &s : std::as_const(list)) {
        if (s.name == QStringView(wanted))
            *value = s.value.text;
    }
    return true;
}

bool DbmlParser::noteElement(QString *note)
{
    ++m_pos; // Note
    if (isPunct(QStringLiteral(":"))) {
        ++m_pos;
        return string(note, tr("the note"));
    }
    ++m_pos; // {
    if (!string(note, tr("the note")))
        return false;
    return expect(QStringLiteral("}"), tr("to close the note"));
}

bool DbmlParser::project(Document *d)
{
    ++m_pos; // Project
    if (!isPunct(QStringLiteral("{"))) {
        QString ignored;
        if (!name(&ignored, tr("a project name")))
            return false;
    }
    if (!expect(QStringLiteral("{"), tr("to open the project")))
        return false;
    while (!isPunct(QStringLiteral("}"))) {
        if (peek().kind == Kind::End)
            return fail(peek(), tr("The Project is not closed with }."));
        if (atNoteElement()) {
            QString note;
            if (!noteElement(&note))
                return false;
            d->notes << note;
            continue;
        }
        QString key;
        if (!name(&key, tr("a project setting")))
            return false;
        if (!expect(QStringLiteral(":"), tr("after %1").arg(key)))
            return false;
        Value v;
        if (!value(&v))
            return false;
        if (key.compare(u"database_type", Qt::CaseInsensitive) == 0)
            d->databaseType = v.text;
    }
    ++m_pos;
    return true;
}

bool DbmlParser::stickyNote(Document *d)
{
    ++m_pos; // Note
    QString ignored;
    if (!name(&ignored, tr("a note name")))
        return false;
    if (!expect(QStringLiteral("{"), tr("to open the note")))
        return false;
    QString text;
    if (!string(&text, tr("the note")))
        return false;
    d->notes << text;
    return expect(QStringLiteral("}"), tr("to close the note"));
}
