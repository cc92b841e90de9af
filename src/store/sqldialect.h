#pragma once

#include "store/repository.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

namespace duban {

// The database-specific part of the store: connection setup, schema versioning, transactions that
// take the write lock up front, full-text matching and whole-database copies. Everything else in
// src/store is plain SQL that SQLite and PostgreSQL both accept.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual QString driver() const = 0;
    virtual QString connectOptions(const OpenOptions& opts) const = 0;
    // Per-connection settings after open (foreign keys); may write the file (journal mode), so it runs
    // only after the file was found to be ours and not newer than us.
    virtual bool configure(QSqlDatabase& db, bool readOnly, QString* why) const = 0;

    // Resource folder holding NNNN_name.sql migrations for this backend.
    virtual QString migrationsDir() const = 0;
    virtual QStringList splitStatements(const QString& script) const = 0;
    virtual bool readSchemaVersion(QSqlDatabase& db, int* version, QSqlError* error) const = 0;
    virtual QString setSchemaVersionSql(int version) const = 0;
    // Whether the database holds anything at all / carries our application id.
    virtual bool isEmpty(QSqlDatabase& db) const = 0;
    virtual bool isOurs(QSqlDatabase& db) const = 0;

    virtual QString beginWrite() const = 0; // takes the write lock now, so a busy writer shows at once
    // Run after beginWrite() by the migrator, so that two programs never migrate at once; may be empty.
    virtual QString migrationLockSql() const { return {}; }

    // A condition on tasks t: for every term, its title or text contains the term, or it is linked to a
    // unit whose name or alias does. `unitTaskIds` selects the latter's ids and binds the LIKE pattern
    // twice. The list's own conditions (retired_at) stay in the query too. Appends the binds.
    virtual QString searchClause(const QStringList& terms, bool includeRetired, const QString& unitTaskIds,
                                 QVariantList* binds) const = 0;
    // A SELECT of how many tasks searchClause() finds when it is the only condition besides retired_at, in
    // the engine's cheapest exact way; empty when there is none better than counting the list's query.
    virtual QString searchCountSql(const QStringList& terms, bool includeRetired, const QString& unitTaskIds,
                                   QVariantList* binds) const
    {
        Q_UNUSED(terms);
        Q_UNUSED(includeRetired);
        Q_UNUSED(unitTaskIds);
        Q_UNUSED(binds);
        return {};
    }
    // A SELECT of the ids of the tasks searchClause() finds (binds appended), which the repository keeps in
    // a temporary table while the data stay the same (searchhits.cpp): a count and the page after it then
    // read the engine's search once; empty when the engine has no such list.
    virtual QString searchHitsSql(const QStringList& terms, bool includeRetired, QVariantList* binds) const
    {
        Q_UNUSED(terms);
        Q_UNUSED(includeRetired);
        Q_UNUSED(binds);
        return {};
    }
    // Statements that bring what the search reads up to date, run inside every write transaction before
    // its commit, and on opening when pendingSql() (one row, true or false) says a writer left work.
    virtual QStringList beforeCommitSql() const { return {}; }
    virtual QString pendingSql() const { return {}; }

    // A SELECT of `n` unused ids of `table` (binds n), so that rows written many to one INSERT know their
    // ids beforehand: the order RETURNING gives rows is no promise in either engine. Run under the write
    // lock.
    virtual QString reserveIdsSql(const QString& table) const = 0;
    // How many bound values one multi-row INSERT should carry: a server pays a round trip per statement.
    virtual int bindsPerInsert() const = 0;
    // Whether copyRows() streams rows into a table (PostgreSQL's COPY) faster than multi-row INSERTs, and
    // the copy itself: `values` holds the rows one after another, inside the connection's transaction.
    virtual bool copiesRows() const { return false; }
    virtual bool copyRows(const QSqlDatabase& /*db*/, const QString& /*table*/,
                          const QStringList& /*columns*/, const QVariantList& /*values*/,
                          QSqlError* /*error*/) const
    {
        return false;
    }

    // Whole days from one 'YYYY-MM-DD' expression to another (positive when `to` is later).
    virtual QString daysBetween(const QString& fromExpr, const QString& toExpr) const = 0;

    // Copies the whole database to a new file, consistently, while others may write; binds the path.
    // Empty: the engine cannot write an SQLite file (PostgreSQL; Repository::backup copies row by row).
    virtual QString copyIntoSql() const = 0;
    // Refreshes the planner's statistics after a bulk write (without them SQLite guesses that a status
    // equality is selective and sorts 50,000 overdue rows for a page of 100); and the cheap version to
    // run before closing a connection that wrote.
    virtual QString analyzeSql() const = 0;
    virtual QString optimizeOnCloseSql() const = 0;

    // Statements whose rows are problems; "ok" alone means none.
    virtual QStringList checkSql() const = 0;

    // Maps a driver error onto what the user is told.
    virtual StoreError::Kind classify(const QSqlError& e) const = 0;
    // The database user the audit trail names beside the person (empty on SQLite: one desk, one user).
    virtual QString sessionUserSql() const { return {}; }
};

// SQLite through Qt's QSQLITE driver (the system SQLite, FTS5 over one token per character).
class SqliteDialect final : public SqlDialect
{
public:
    QString driver() const override;
    QString connectOptions(const OpenOptions& opts) const override;
    bool configure(QSqlDatabase& db, bool readOnly, QString* why) const override;
    QString migrationsDir() const override;
    QStringList splitStatements(const QString& script) const override;
    bool readSchemaVersion(QSqlDatabase& db, int* version, QSqlError* error) const override;
    QString setSchemaVersionSql(int version) const override;
    bool isEmpty(QSqlDatabase& db) const override;
    bool isOurs(QSqlDatabase& db) const override;
    QString beginWrite() const override;
    QString searchClause(const QStringList& terms, bool includeRetired, const QString& unitTaskIds,
                         QVariantList* binds) const override;
    QString searchCountSql(const QStringList& terms, bool includeRetired, const QString& unitTaskIds,
                           QVariantList* binds) const override;
    QString searchHitsSql(const QStringList& terms, bool includeRetired, QVariantList* binds) const override;
    QStringList beforeCommitSql() const override;
    QString pendingSql() const override;
    QString reserveIdsSql(const QString& table) const override;
    // One row: Qt names each '?' for SQLite, whose name lookup is linear (a 6,000-value statement made the
    // import 5x slower), and an embedded engine has no round trip to save.
    int bindsPerInsert() const override { return 1; }
    QString daysBetween(const QString& fromExpr, const QString& toExpr) const override;
    QString copyIntoSql() const override;
    QString analyzeSql() const override { return QStringLiteral("ANALYZE"); }
    QString optimizeOnCloseSql() const override { return QStringLiteral("PRAGMA optimize"); }
    QStringList checkSql() const override;
    StoreError::Kind classify(const QSqlError& e) const override;

    static constexpr int kApplicationId = 1146438209; // 'DUBA', set by 0001_init.sql
};

// PostgreSQL through Qt's QPSQL driver (src/store/postgresdialect.cpp); sessionOptions: libpq's "options"
// for each connection, as a URL's ?options= gives them.
std::unique_ptr<SqlDialect> makePostgresDialect(const QString& sessionOptions);

} // namespace duban
