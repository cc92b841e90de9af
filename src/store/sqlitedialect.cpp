// Everything in the store that only SQLite understands.
#include "store/repositoryimpl.h"
#include "store/searchchars.h"
#include "store/sqldialect.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <sqlite3.h>

namespace duban {

namespace {

void searchCharsFunction(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray out = store::searchChars(text, text ? sqlite3_value_bytes(argv[0]) : 0);
    sqlite3_result_text(ctx, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

// duban_search_chars(text) for beforeCommitSql(), on the connection Qt's driver opened (the same system
// library: src/store/CMakeLists.txt).
bool registerSearchChars(QSqlDatabase& db, QString* why)
{
    const QVariant handle = db.driver()->handle();
    sqlite3* h = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                     ? *static_cast<sqlite3* const*>(handle.data())
                     : nullptr;
    if (!h || sqlite3_create_function_v2(h, "duban_search_chars", 1,
                                         SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, nullptr,
                                         searchCharsFunction, nullptr, nullptr, nullptr) != SQLITE_OK) {
        *why = QStringLiteral("duban_search_chars");
        return false;
    }
    return true;
}

} // namespace

QString SqliteDialect::driver() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::connectOptions(const OpenOptions& opts) const
{
    QString o = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(opts.busyTimeoutMs);
    if (opts.readOnly)
        o += QStringLiteral(";QSQLITE_OPEN_READONLY");
    return o;
}

bool SqliteDialect::configure(QSqlDatabase& db, bool readOnly, QString* why) const
{
    QSqlQuery q(db);
    // 32 MB of page cache instead of 2 MB: bulk imports update several indexes and the FTS index at once.
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
        !q.exec(QStringLiteral("PRAGMA cache_size = -32768"))) {
        *why = q.lastError().text();
        return false;
    }
    if (readOnly)
        return true;
    if (!registerSearchChars(db, why))
        return false;
    // WAL: readers (the GUI, a backup) never block the writer and a crash mid-write leaves the main
    // file untouched. Changing the mode writes the header, hence only after the file was vetted.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()) {
        *why = q.lastError().text();
        return false;
    }
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *why = QStringLiteral("journal_mode=%1").arg(q.value(0).toString());
        return false;
    }
    return true;
}

QString SqliteDialect::daysBetween(const QString& fromExpr, const QString& toExpr) const
{
    return QStringLiteral("CAST(julianday(%2) - julianday(%1) AS INTEGER)").arg(fromExpr, toExpr);
}

QString SqliteDialect::migrationsDir() const
{
    return QStringLiteral(":/db/migrations");
}

namespace {

// A script line without its "--" comment (Qt runs one statement per exec and rejects any trailing text,
// comments included). Quotes are respected, so '--' inside a string literal stays.
QString withoutComment(const QString& line)
{
    QChar quote;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'-' && i + 1 < line.size() && line[i + 1] == u'-') {
            return line.left(i);
        }
    }
    return line;
}

} // namespace

QStringList SqliteDialect::splitStatements(const QString& script) const
{
    // sqlite3_complete() knows where a statement ends, including trigger bodies with inner semicolons.
    QStringList out;
    QString current;
    for (const QString& line : script.split(u'\n')) {
        current += withoutComment(line) + u'\n';
        if (sqlite3_complete(current.toUtf8().constData())) {
            const QString s = current.trimmed();
            if (!s.isEmpty() && s != QLatin1String(";"))
                out.append(s);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed()); // a last statement without ';'
    return out;
}

bool SqliteDialect::readSchemaVersion(QSqlDatabase& db, int* version, QSqlError* error) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = q.lastError();
        return false;
    }
    *version = q.value(0).toInt();
    return true;
}

QString SqliteDialect::setSchemaVersionSql(int version) const
{
    // PRAGMA takes no bound parameters; the version is our own integer.
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

bool SqliteDialect::isEmpty(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() &&
           q.value(0).toInt() == 0;
}

bool SqliteDialect::isOurs(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA application_id")) && q.next() &&
           q.value(0).toInt() == kApplicationId;
}

QString SqliteDialect::beginWrite() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::searchClause(const QStringList& terms, bool includeRetired, const QString& unitTaskIds,
                                    QVariantList* binds) const
{
    Q_UNUSED(unitTaskIds); // unit names and aliases are in each task's document
    // "+t.id": not the rowid lookup of every match (then a sort of all of them for the page); the planner
    // walks the list's order index and stops at a page, testing each task against the matches' id set.
    *binds << store::searchMatch(terms, includeRetired);
    return QStringLiteral("+t.id IN (SELECT rowid FROM task_chars WHERE task_chars MATCH ?)");
}

QString SqliteDialect::searchCountSql(const QStringList& terms, bool includeRetired,
                                      const QString& unitTaskIds, QVariantList* binds) const
{
    Q_UNUSED(unitTaskIds); // read off the search index alone, without the tasks
    *binds << store::searchMatch(terms, includeRetired);
    return QStringLiteral("SELECT count(*) FROM task_chars WHERE task_chars MATCH ?");
}

QString SqliteDialect::searchHitsSql(const QStringList& terms, bool includeRetired, QVariantList* binds) const
{
    // Keeping the ids costs about 0.5 µs a match. A phrase of one or two characters reads one or two
    // position lists, 0.1-0.3 µs a match, and the page's own set of them costs less than keeping them; a
    // longer phrase joins more lists, 0.7 µs a match and up (财政资金支持: 22 ms for 30,000), and is read
    // once.
    if (std::none_of(terms.begin(), terms.end(), [](const QString& t) { return t.toUcs4().size() >= 3; }))
        return {};
    *binds << store::searchMatch(terms, includeRetired);
    return QStringLiteral("SELECT rowid FROM task_chars WHERE task_chars MATCH ?");
}

QStringList SqliteDialect::beforeCommitSql() const
{
    // A task's document: title, text, then each linked unit's name and aliases, on lines of their own (a
    // line break is a token of its own, which no search term holds, so no match runs from one into the
    // next), and xr when retired.
    return {QStringLiteral("DELETE FROM task_chars WHERE rowid IN (SELECT task_id FROM task_chars_stale)"),
            QStringLiteral(
                "INSERT INTO task_chars (rowid, doc) SELECT t.id, duban_search_chars(t.title || char(10) || "
                "t.text || char(10) || coalesce((SELECT group_concat(u.name, char(10)) FROM task_units tu "
                "JOIN units u ON u.id = tu.unit_id WHERE tu.task_id = t.id), '') || char(10) || "
                "coalesce((SELECT group_concat(a.alias, char(10)) FROM task_units tu JOIN unit_aliases a "
                "ON a.unit_id = tu.unit_id WHERE tu.task_id = t.id), '')) || "
                "CASE WHEN t.retired_at IS NULL THEN '' ELSE ' xr' END "
                "FROM task_chars_stale s JOIN tasks t ON t.id = s.task_id"),
            QStringLiteral("DELETE FROM task_chars_stale")};
}

QString SqliteDialect::pendingSql() const
{
    return QStringLiteral("SELECT EXISTS (SELECT 1 FROM task_chars_stale)");
}

QString SqliteDialect::reserveIdsSql(const QString& table) const
{
    // The writer holds the lock (BEGIN IMMEDIATE), so the ids after max(id) stay free until it commits.
    return QStringLiteral("WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ?) "
                          "SELECT (SELECT coalesce(max(id), 0) FROM %1) + i FROM s")
        .arg(table);
}

QString SqliteDialect::copyIntoSql() const
{
    return QStringLiteral("VACUUM INTO ?");
}

QStringList SqliteDialect::checkSql() const
{
    return {QStringLiteral("PRAGMA integrity_check"), QStringLiteral("PRAGMA foreign_key_check"),
            QStringLiteral("INSERT INTO task_chars(task_chars, rank) VALUES ('integrity-check', 1)"),
            // One search document per task once the queue is written (opening read-write writes it).
            QStringLiteral(
                "SELECT 'task_chars: ' || (SELECT count(*) FROM task_chars) || ' search documents for ' "
                "|| (SELECT count(*) FROM tasks) || ' tasks, ' || (SELECT count(*) FROM "
                "task_chars_stale) || ' waiting' WHERE (SELECT count(*) FROM task_chars) <> (SELECT "
                "count(*) FROM tasks) OR EXISTS (SELECT 1 FROM task_chars_stale)")};
}

StoreError::Kind SqliteDialect::classify(const QSqlError& e) const
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok) & 0xff; // primary code of an extended result code
    if (!ok)
        return StoreError::Sql;
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError::Locked;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return StoreError::ReadOnly;
    case SQLITE_NOTADB:
        return StoreError::NotADatabase;
    default:
        return StoreError::Sql;
    }
}

} // namespace duban
