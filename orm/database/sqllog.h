#pragma once

#include <QLoggingCategory>

class QSqlQuery;
class QString;

// Every statement Schemata sends goes through these, so that
//     QT_LOGGING_RULES="schemata.sql.debug=true" schemata ...
// shows each one with its duration and, when it fails, the server's message. Only the
// statement's text is logged: bound values (user data, which may be secret) never are, so
// statements that carry data must bind it (they do, by rule: see Dialect).
Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace Sql {

// QSqlQuery::exec() of the prepared statement, logged.
bool exec(QSqlQuery &query);
// QSqlQuery::exec(statement), logged.
bool exec(QSqlQuery &query, const QString &statement);
// QSqlQuery::execBatch(), logged with the number of rows bound.
bool execBatch(QSqlQuery &query);

} // namespace Sql
