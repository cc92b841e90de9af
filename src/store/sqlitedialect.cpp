// Everything in the store that only SQLite understands.
#include "store/repositoryimpl.h"
#include "store/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <sqlite3.h>

namespace duban {

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

QString SqliteDialect::searchTerm(const QString& term, const QString& unitTaskIds, QVariantList* binds) const
{
    const QString like = store::likePattern(term);
    if (term.toUcs4().size() >= 3) {
        // The trigram index; one id set, since an OR of two IN conditions makes SQLite test every task
        // against both. One FTS5 string: quotes doubled, so operators in user text stay literal.
        QString phrase = term;
        phrase.replace(u'"', QStringLiteral("\"\""));
        *binds << u'"' + phrase + u'"' << like << like;
        return QStringLiteral("t.id IN (SELECT rowid FROM task_fts WHERE task_fts MATCH ? UNION %1)")
            .arg(unitTaskIds);
    }
    // Too short for trigrams: a scan. LIKE folds case letter by letter, which costs; without an ASCII
    // letter in the term there is no case to fold, and instr() finds the same tasks several times faster.
    const bool caseless =
        std::none_of(term.begin(), term.end(), [](QChar c) { return c.unicode() < 128 && c.isLetter(); });
    if (caseless) {
        *binds << term << term << like << like;
        return QStringLiteral("(instr(t.title, ?) > 0 OR instr(t.text, ?) > 0 OR t.id IN (%1))")
            .arg(unitTaskIds);
    }
    *binds << like << like << like << like;
    return QStringLiteral("(t.title LIKE ? ESCAPE '\\' OR t.text LIKE ? ESCAPE '\\' OR t.id IN (%1))")
        .arg(unitTaskIds);
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
            QStringLiteral("INSERT INTO task_fts(task_fts, rank) VALUES ('integrity-check', 1)")};
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
