// Everything in the store that only PostgreSQL understands.
#include "store/pgcopy.h"
#include "store/repositoryimpl.h"
#include "store/sqldialect.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace duban {

namespace {

// PostgreSQL through Qt's QPSQL driver: a shared server, pg_trgm for Chinese substrings, row-level
// security for the roles (db/migrations/postgresql, db/server/roles.sql).
class PostgresDialect final : public SqlDialect
{
public:
    explicit PostgresDialect(QString sessionOptions) : m_sessionOptions(std::move(sessionOptions)) {}

    QString driver() const override { return QStringLiteral("QPSQL"); }

    QString connectOptions(const OpenOptions& opts) const override
    {
        // lock_timeout plays SQLite's busy timeout: a writer waiting on another's row lock gives up and says
        // so. The search indexes (GIN) gather new entries in a list every search reads through until a
        // writer passing gin_pending_list_limit merges them: at the default 4 MB a bulk import left 300 to
        // 500 pages there, and a trigram search of 100,000 tasks took 50 ms instead of 15. Every edit adds
        // its task's trigrams (status is indexed, so no update is HOT). 128 kB costs an import 15 %.
        // random_page_cost: the default 4 prices a disk's seek, and with it one unit's task list (1,500 of
        // 100,000 tasks) was read by scanning the whole table, 60 ms where fetching the ids takes 5; an
        // office's database (about 100 MB at 100,000 tasks) sits in the server's memory.
        QString session =
            QStringLiteral("-c lock_timeout=%1 -c gin_pending_list_limit=128 -c random_page_cost=1.1")
                .arg(opts.busyTimeoutMs);
        if (!m_sessionOptions.isEmpty())
            session += u' ' + m_sessionOptions;
        session.replace(u'\\', QStringLiteral("\\\\"));
        session.replace(u'\'', QStringLiteral("\\'"));
        return QStringLiteral("connect_timeout=5;application_name=duban;options='%1'").arg(session);
    }

    bool configure(QSqlDatabase& db, bool readOnly, QString* why) const override
    {
        QSqlQuery q(db);
        // Dates are ISO text in both backends; the server's DateStyle and time zone never reach them.
        // Plans per value: how many tasks a search term matches runs from none to all, and a generic plan
        // made for one would read a page of the other the slow way.
        if (!q.exec(QStringLiteral("SET client_min_messages = warning")) ||
            !q.exec(QStringLiteral("SET plan_cache_mode = force_custom_plan")) ||
            (readOnly && !q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))) {
            *why = q.lastError().text();
            return false;
        }
        return true;
    }

    QString migrationsDir() const override { return QStringLiteral(":/db/migrations/postgresql"); }

    QStringList splitStatements(const QString& script) const override
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

    bool readSchemaVersion(QSqlDatabase& db, int* version, QSqlError* error) const override
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

    QString setSchemaVersionSql(int version) const override
    {
        return QStringLiteral("UPDATE duban_meta SET value = '%1' WHERE key = 'schema_version'").arg(version);
    }

    bool isEmpty(QSqlDatabase& db) const override
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral(
                   "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                   "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p')")) &&
               q.next() && q.value(0).toInt() == 0;
    }

    bool isOurs(QSqlDatabase& db) const override
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT value FROM duban_meta WHERE key = 'application'")) && q.next() &&
               q.value(0).toString() == QLatin1String("duban");
    }

    QString migrationLockSql() const override
    {
        return QStringLiteral(
            "SELECT pg_advisory_xact_lock(1146438209)"); // 'DUBA', as SQLite's application id
    }

    QString searchClause(const QStringList& terms, bool includeRetired, const QString& unitTaskIds,
                         QVariantList* binds) const override
    {
        Q_UNUSED(includeRetired); // the list's own retired_at condition does it
        QStringList all;
        for (const QString& term : terms)
            all.append(searchTerm(term, unitTaskIds, binds));
        return all.join(QStringLiteral(" AND "));
    }

    QString searchTerm(const QString& term, const QString& unitTaskIds, QVariantList* binds) const
    {
        // Plain conditions under one OR, so the planner can OR bitmaps: title's and text's pg_trgm GIN
        // indexes and the primary key for the unit-linked ids, read once into an array. The former
        // "id IN (… UNION …)" shape hashed every match before the first row and took 200–500 ms.
        const QString like = store::likePattern(term);
        if (term.toUcs4().size() >= 3) {
            *binds << like << like << like << like; // backslash is LIKE's default escape here
            return QStringLiteral("(t.title LIKE ? OR t.text LIKE ? OR t.id = ANY(ARRAY(%1)))")
                .arg(unitTaskIds);
        }
        // Under three characters there is no trigram to look up (LIKE would read the whole pg_trgm index:
        // 2.8 s for 建): the characters and character pairs of duban_search_grams() (migration 0009) hold
        // the term exactly, and its GIN index finds the tasks. The same test by strpos() rides along as a
        // condition of its own: the executor runs the cheaper of two conditions first, so a page read off
        // the deadline index computes the pairs (26 µs a task) only for the tasks that match, not for every
        // task it passes (80 ms for 改造). Case-sensitive, as LIKE is here.
        *binds << term << term << like << like << term << like << like;
        return QStringLiteral(
                   "((strpos(t.title, ?) > 0 OR strpos(t.text, ?) > 0 OR t.id = ANY(ARRAY(%1))) AND "
                   "((duban_search_grams(t.title, t.text) COLLATE \"C\") @> ARRAY[?]::text[] OR "
                   "t.id = ANY(ARRAY(%1))))")
            .arg(unitTaskIds);
    }

    QString searchCountSql(const QStringList& terms, bool includeRetired, const QString& unitTaskIds,
                           QVariantList* binds) const override
    {
        // A count reads every match. Under three characters the grams index alone is exact (title and text
        // are joined by a line break, which no term holds), so the strpos() test that lets a page stop early
        // only costs here: a third of the count of 建, which 48% of tasks hold.
        for (const QString& term : terms)
            if (term.toUcs4().size() >= 3)
                return {}; // pg_trgm's LIKE: the list's own count is as cheap
        QStringList all;
        for (const QString& term : terms) {
            const QString like = store::likePattern(term);
            *binds << term << like << like;
            all << QStringLiteral(
                       "((duban_search_grams(t.title, t.text) COLLATE \"C\") @> ARRAY[?]::text[] OR "
                       "t.id = ANY(ARRAY(%1)))")
                       .arg(unitTaskIds);
        }
        return QStringLiteral("SELECT count(*) FROM tasks t WHERE ") +
               (includeRetired ? QString() : QStringLiteral("t.retired_at IS NULL AND ")) +
               all.join(QStringLiteral(" AND "));
    }

    QString reserveIdsSql(const QString& table) const override
    {
        // Other writers draw from the same sequence at the same time: nextval never hands out an id twice.
        return QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, ?)")
            .arg(table);
    }

    int bindsPerInsert() const override { return 6000; } // well below the protocol's 65,535
    bool copiesRows() const override { return true; }
    bool copyRows(const QSqlDatabase& db, const QString& table, const QStringList& columns,
                  const QVariantList& values, QSqlError* error) const override
    {
        return store::copyRows(db, table, columns, values, error);
    }

    QString daysBetween(const QString& fromExpr, const QString& toExpr) const override
    {
        return QStringLiteral("(CAST(%2 AS date) - CAST(%1 AS date))").arg(fromExpr, toExpr);
    }

    QStringList checkSql() const override
    {
        // The server checks its own pages and foreign keys; an id sequence behind its table (rows copied in
        // with their ids) would make the next insert fail.
        return {QStringLiteral(
            "SELECT 'tasks: id sequence ' || (SELECT last_value FROM tasks_id_seq) || "
            "' behind ' || max(id) FROM tasks HAVING max(id) > (SELECT last_value FROM tasks_id_seq)")};
    }

    StoreError::Kind classify(const QSqlError& e) const override
    {
        const QString state = e.nativeErrorCode();
        if (state == QLatin1String("55P03") || state == QLatin1String("40P01") ||
            state == QLatin1String("40001"))
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

    // Our writes audit themselves: the trigger of migration 0013 audits only changes made outside Duban.
    QString beginWrite() const override
    {
        return QStringLiteral("BEGIN; SELECT set_config('duban.audited', 'on', true)");
    }
    QString copyIntoSql() const override { return {}; } // Repository::backup copies row by row
    QString analyzeSql() const override { return QStringLiteral("ANALYZE"); }
    QString optimizeOnCloseSql() const override { return {}; }
    QString sessionUserSql() const override { return QStringLiteral("SELECT session_user"); }

private:
    QString m_sessionOptions; // libpq's "options" from the URL (?options=)
};

} // namespace

std::unique_ptr<SqlDialect> makePostgresDialect(const QString& sessionOptions)
{
    return std::make_unique<PostgresDialect>(sessionOptions);
}

} // namespace duban
