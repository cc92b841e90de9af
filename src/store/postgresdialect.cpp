// Everything in the store that only PostgreSQL understands.
#include "store/repositoryimpl.h"
#include "store/sqldialect.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace duban {

QString PostgresDialect::driver() const
{
    return QStringLiteral("QPSQL");
}

QString PostgresDialect::connectOptions(const OpenOptions& opts) const
{
    // lock_timeout plays SQLite's busy timeout: a writer waiting on another's row lock gives up and says so.
    QString session = QStringLiteral("-c lock_timeout=%1").arg(opts.busyTimeoutMs);
    if (!extraOptions.isEmpty())
        session += u' ' + extraOptions;
    session.replace(u'\\', QStringLiteral("\\\\"));
    session.replace(u'\'', QStringLiteral("\\'"));
    return QStringLiteral("connect_timeout=5;application_name=duban;options='%1'").arg(session);
}

bool PostgresDialect::configure(QSqlDatabase& db, bool readOnly, QString* why) const
{
    QSqlQuery q(db);
    // Dates are ISO text in both backends; the server's DateStyle and time zone never reach them.
    if (!q.exec(QStringLiteral("SET client_min_messages = warning")) ||
        (readOnly && !q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))) {
        *why = q.lastError().text();
        return false;
    }
    return true;
}

QString PostgresDialect::migrationsDir() const
{
    return QStringLiteral(":/db/migrations/postgresql");
}

QStringList PostgresDialect::splitStatements(const QString& script) const
{
    // Statements end at ';' outside quotes, "--" comments and $tag$ bodies (functions, DO blocks).
    QStringList out;
    QString current;
    QString dollar; // the open $tag$, if any
    QChar quote;
    for (int i = 0; i < script.size(); ++i) {
        const QChar c = script[i];
        if (!dollar.isEmpty()) {
            if (script.mid(i, dollar.size()) == dollar) {
                current += dollar;
                i += dollar.size() - 1;
                dollar.clear();
            } else {
                current += c;
            }
            continue;
        }
        if (!quote.isNull()) {
            current += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'-' && i + 1 < script.size() && script[i + 1] == u'-') {
            while (i < script.size() && script[i] != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'$') {
            const int end = script.indexOf(u'$', i + 1);
            const QString tag = end > i ? script.mid(i, end - i + 1) : QString();
            static const QRegularExpression valid(QStringLiteral("^\\$[A-Za-z_]*\\$$"));
            if (!tag.isEmpty() && valid.match(tag).hasMatch()) {
                dollar = tag;
                current += tag;
                i = end;
                continue;
            }
        } else if (c == u';') {
            if (!current.trimmed().isEmpty())
                out.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

bool PostgresDialect::readSchemaVersion(QSqlDatabase& db, int* version, QSqlError* error) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('duban_meta') IS NOT NULL")) || !q.next()) {
        *error = q.lastError();
        return false;
    }
    *version = 0;
    if (!q.value(0).toBool())
        return true;
    if (!q.exec(QStringLiteral("SELECT value FROM duban_meta WHERE key = 'schema_version'"))) {
        *error = q.lastError();
        return false;
    }
    *version = q.next() ? q.value(0).toInt() : 0;
    return true;
}

QString PostgresDialect::setSchemaVersionSql(int version) const
{
    return QStringLiteral("UPDATE duban_meta SET value = '%1' WHERE key = 'schema_version'").arg(version);
}

bool PostgresDialect::isEmpty(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    return q.exec(
               QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                              "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p')")) &&
           q.next() && q.value(0).toInt() == 0;
}

bool PostgresDialect::isOurs(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT value FROM duban_meta WHERE key = 'application'")) && q.next() &&
           q.value(0).toString() == QLatin1String("duban");
}

QString PostgresDialect::migrationLockSql() const
{
    return QStringLiteral("SELECT pg_advisory_xact_lock(1146438209)"); // 'DUBA', as SQLite's application id
}

QString PostgresDialect::taskTextMatchIds() const
{
    // One bound pattern used twice (QPSQL numbers each '?' apart): the single-row subquery is pulled up,
    // so both LIKEs see the constant and each uses its pg_trgm GIN index.
    return QStringLiteral("SELECT m.id FROM tasks m CROSS JOIN (SELECT CAST(? AS text) AS p) x "
                          "WHERE m.title LIKE x.p OR m.text LIKE x.p");
}

QString PostgresDialect::ftsTerm(const QString& term) const
{
    return store::likePattern(term); // backslash is LIKE's default escape in PostgreSQL
}

QString PostgresDialect::daysBetween(const QString& fromExpr, const QString& toExpr) const
{
    return QStringLiteral("(CAST(%2 AS date) - CAST(%1 AS date))").arg(fromExpr, toExpr);
}

QStringList PostgresDialect::checkSql() const
{
    // The server checks its own pages and foreign keys; an id sequence behind its table (rows copied in
    // with their ids) would make the next insert fail.
    return {QStringLiteral(
        "SELECT 'tasks: id sequence ' || (SELECT last_value FROM tasks_id_seq) || "
        "' behind ' || max(id) FROM tasks HAVING max(id) > (SELECT last_value FROM tasks_id_seq)")};
}

StoreError::Kind PostgresDialect::classify(const QSqlError& e) const
{
    const QString state = e.nativeErrorCode();
    if (state == QLatin1String("55P03") || state == QLatin1String("40P01") || state == QLatin1String("40001"))
        return StoreError::Locked; // lock_not_available, deadlock, serialization failure
    if (state == QLatin1String("25006"))
        return StoreError::ReadOnly;
    if (state == QLatin1String("42501") || state.startsWith(QLatin1String("28")))
        return StoreError::Denied; // insufficient privilege, row-level security, authentication
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01"))
        return StoreError::Unreachable;
    // Connection failures come without an SQLSTATE: libpq's own text is all there is.
    const QString text = e.text();
    if (text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("no password supplied")) ||
        text.contains(QLatin1String("no pg_hba.conf entry")) ||
        text.contains(QLatin1String("role \"")) /* role "x" does not exist */)
        return StoreError::Denied;
    if (e.type() == QSqlError::ConnectionError || text.contains(QLatin1String("could not connect")) ||
        text.contains(QLatin1String("server closed the connection")) ||
        text.contains(QLatin1String("no connection to the server")))
        return StoreError::Unreachable;
    return StoreError::Sql;
}

} // namespace duban
