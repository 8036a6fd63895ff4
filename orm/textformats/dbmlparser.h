#pragma once

#include "dbmllexer.h"
#include "schema/foreignkey.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

// What a DBML text says, element by element as written, before it becomes a design.
struct DbmlDocument
{
    struct Place
    {
        int line = 0;
        int column = 0;
    };

    struct Endpoint
    {
        QString table;
        QStringList columns;
        Place place;
    };

    struct RefSpec
    {
        QString name;
        Endpoint left;
        QString op; // > < - <>
        Endpoint right;
        ReferentialAction onDelete = ReferentialAction::Unspecified;
        ReferentialAction onUpdate = ReferentialAction::Unspecified;
        Place place;
    };

    struct Value
    {
        DbmlToken::Kind kind = DbmlToken::Kind::End; // End: no value
        QString text;
        Place place;
    };

    struct Setting
    {
        QString name; // lower case, words joined by one space: "not null", "primary key"
        Value value;
        QString refOp; // ref: > t.c
        Endpoint refTarget;
        Place place;
    };

    struct ColumnSpec
    {
        QString name;
        QString type;
        Place place;
        Place typePlace;
        QList<Setting> settings;
    };

    struct IndexSpec
    {
        QStringList columns;
        QList<Setting> settings;
        Place place;
    };

    struct TableSpec
    {
        QString name;
        QString alias;
        Place place;
        QList<ColumnSpec> columns;
        QList<IndexSpec> indexes;
        QString note;
        QList<Setting> directives;
    };

    struct GroupSpec
    {
        QString name;
        QString color;
        QList<std::pair<QString, Place>> tables;
    };

    QList<TableSpec> tables;
    QList<RefSpec> refs;
    QHash<QString, QStringList> enums;
    QList<GroupSpec> groups;
    QStringList notes;
    QString databaseType;
};

// Reads DBML's tokens into a DbmlDocument by recursive descent; the first error stops it.
class DbmlParser
{
    Q_DECLARE_TR_FUNCTIONS(DbmlReader)

public:
    DbmlParser(const QString &text, const QList<DbmlToken> &tokens)
        : m_text(text)
        , m_tokens(tokens)
    {
    }

    bool parse(DbmlDocument *document, DbmlError *error);

private:
    using Kind = DbmlToken::Kind;
    using Token = DbmlToken;
    using Error = DbmlError;
    using Document = DbmlDocument;
    using Place = DbmlDocument::Place;
    using Endpoint = DbmlDocument::Endpoint;
    using RefSpec = DbmlDocument::RefSpec;
    using Value = DbmlDocument::Value;
    using Setting = DbmlDocument::Setting;
    using ColumnSpec = DbmlDocument::ColumnSpec;
    using IndexSpec = DbmlDocument::IndexSpec;
    using TableSpec = DbmlDocument::TableSpec;
    using GroupSpec = DbmlDocument::GroupSpec;

    const Token &peek(qsizetype ahead = 0) const
    {
        return m_tokens.at(std::min(m_pos + ahead, m_tokens.size() - 1));
    }
    const Token &next() { return m_tokens.at(std::min(m_pos++, m_tokens.size() - 1)); }
    bool isPunct(const QString &p, qsizetype ahead = 0) const
    {
        return peek(ahead).kind == Kind::Punct && peek(ahead).text == p;
    }
    bool isWord(const char16_t *word, qsizetype ahead = 0) const
    {
        return peek(ahead).kind == Kind::Word
            && peek(ahead).text.compare(QStringView(word), Qt::CaseInsensitive) == 0;
    }
    static Place place(const Token &t) { return {t.line, t.column}; }
    bool fail(const Token &at, const QString &message)
    {
        if (m_error.message.isEmpty())
            m_error = {at.line, at.column, message};
        return false;
    }
    bool expect(const QString &p, const QString &what)
    {
        if (!isPunct(p))
            return fail(peek(), tr("Expected %1 %2, found %3.").arg(p, what, describe(peek())));
        ++m_pos;
        return true;
    }
    static QString describe(const Token &t);
    bool name(QString *name, const QString &what);
    bool qualifiedName(QStringList *parts, const QString &what);
    bool string(QString *text, const QString &what);

    bool table(Document *d);
    bool column(TableSpec *table);
    bool indexes(TableSpec *table);
    bool settings(QList<Setting> *settings);
    bool setting(Setting *setting);
    bool value(Value *value);
    bool endpoint(Endpoint *endpoint);
    bool ref(Document *d);
    bool refBody(RefSpec *ref);
    bool enumeration(Document *d);
    bool tableGroup(Document *d);
    bool project(Document *d);
    bool stickyNote(Document *d);
    bool noteElement(QString *note); // Note: '...' or Note { '...' } in a body
    bool atNoteElement() const
    {
        return isWord(u"note")
            && (isPunct(QStringLiteral(":"), 1) || isPunct(QStringLiteral("{"), 1));
    }
    // An element's optional [settings], of which only `wanted` is kept, in `value`.
    bool elementSettings(const char16_t *wanted, QString *value);

    const QString &m_text;
    const QList<Token> &m_tokens;
    qsizetype m_pos = 0;
    Error m_error;
};
