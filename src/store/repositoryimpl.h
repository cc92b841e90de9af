#pragma once

// Private to src/store: the repository's state and the helpers its parts share.
#include "store/changefeed.h"
#include "store/databaseurl.h"
#include "store/repository.h"
#include "store/sqldialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <memory>

namespace duban {

struct Repository::Impl
{
    QString path; // the file, or the server URL without its password
    DatabaseLocation location;
    QString connection;
    QSqlDatabase db;
    std::unique_ptr<SqlDialect> dialect;
    bool readOnly = false;
    QStringList backups;

    mutable bool dropped = false;     // the server connection broke: reopened before the next statement
    std::unique_ptr<ChangeFeed> feed; // made on first ask (Repository::changeFeed)
    bool connected = false;           // opened once: a connection failure after that is a drop
    mutable int writing = 0;          // open WriteTransactions: no reconnect in the middle of one
    // Whether this session reads the kept per-unit figures (migration 0012, unitsummaries.cpp): -1 not
    // known yet, 0 counts them itself (a liaison), 1 reads them (and keeps a day it counts, unless
    // read-only).
    mutable int keptFigures = -1;
    // What temp.duban_hits holds (searchhits.cpp): the ids a search expression found, while this
    // connection's change count and the file's data version (other connections' commits) stay as read.
    // A reconnect forgets it (the new connection has no temporary table).
    struct SearchHits
    {
        QString expression;
        qint64 changes = -1, version = -1;
    };
    mutable SearchHits hits;

    ~Impl();
    bool server() const { return location.server; }
    // After a dropped connection, opens it again (the next action reconnects); false if still down.
    bool reconnect(StoreError* error) const;
    // The live feed's watch: a trivial statement, reconnecting after a drop (ChangeFeed::watch).
    void ping() const;

    QSqlQuery query() const { return QSqlQuery(db); }
    // Prepares and runs; on failure fills error (what, with the database path) and returns false.
    bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds, StoreError* error) const;
    bool runPrepared(QSqlQuery& q, StoreError* error) const;
    void fail(StoreError* error, const QSqlError& e) const;
    bool refuseIfReadOnly(StoreError* error) const;

    // Unit names: cleaned, looked up in the database (names and aliases) and the built-in directory.
    // unitIdFor creates an unknown unit (flagged for review); cache maps cleaned names to ids within one
    // transaction. newUnits receives the names created.
    qint64 unitIdFor(const QString& printed, const QString& canonicalHint, StoreError* error,
                     QHash<QString, qint64>* cache = nullptr, QStringList* newUnits = nullptr) const;
    qint64 lookupUnit(const QString& cleaned, StoreError* error) const;               // 0 = none
    QString canonicalFor(const QString& printed, const QString& canonicalHint) const; // for comparing only
    qint64 createUnit(const QString& name, bool needsReview, StoreError* error) const;

    bool audit(qint64 taskId, const QString& by, const QString& action, const QString& field,
               const QVariant& oldValue, const QVariant& newValue, StoreError* error) const;
    bool touch(qint64 taskId, StoreError* error) const; // updated_at = now
    bool taskExists(qint64 taskId, StoreError* error) const;
};

// A write transaction that takes the lock at once and rolls back unless committed.
class WriteTransaction
{
public:
    WriteTransaction(const Repository::Impl& d, StoreError* error);
    ~WriteTransaction();
    bool ok() const { return m_open; }
    bool commit(StoreError* error);

private:
    const Repository::Impl& d;
    bool m_open = false;
};

// Refuses (Conflict, naming who wrote the task last and when) when a task an edit names was written
// since the edit's baseVersion; takes the row lock on a server so the check holds until commit.
bool checkVersions(const Repository::Impl& d, const QList<TaskEdit>& edits, StoreError* error);
// Reads one field as the edit API returns it; applies one edit and audits it under `action`.
// Both expect to run inside a WriteTransaction (taskedits.cpp).
bool readTaskField(const Repository::Impl& d, qint64 taskId, TaskField f, QVariant* out, StoreError* error);
bool applyTaskEdit(const Repository::Impl& d, const TaskEdit& e, const QString& by, const QString& action,
                   QVariant* old, StoreError* error);
// Brings a task's status and percent in line with followStatusRule (core/status.h), audited under
// `action`; run once after the edits of a task's status or percent, inside a WriteTransaction.
bool applyStatusRule(const Repository::Impl& d, qint64 taskId, const QString& by, const QString& action,
                     StoreError* error);
// Writes one progress note (and the percent it reports) audited as `by`; inside a WriteTransaction.
// Returns the new id, 0 on failure.
qint64 insertProgress(const Repository::Impl& d, qint64 taskId, const ProgressInput& in, const QString& by,
                      int* previousPercent, StoreError* error);
// How a field's value reads in the audit log (taskedits.cpp).
QString auditText(TaskField f, const QVariant& v);
// Deletes one progress note, audited as `by`; inside a WriteTransaction.
bool deleteProgress(const Repository::Impl& d, qint64 progressId, const QString& by, StoreError* error);

// Checks and records one workflow event (Repository::recordEvent) inside a WriteTransaction, so a feedback
// sheet can sign and claim done in its own transaction. Returns the event id, 0 on failure.
qint64 insertEvent(const Repository::Impl& d, qint64 taskId, const EventInput& in, const QString& by,
                   StoreError* error);

namespace store {

QString tr(const char* text); // QCoreApplication::translate("Store", text)
StoreError makeError(StoreError::Kind kind, const QString& message);
inline bool setError(StoreError* out, StoreError::Kind kind, const QString& message)
{
    if (out)
        *out = makeError(kind, message);
    return false;
}

QString isoDate(const QDate& d);    // empty-safe: null QVariant for an invalid date via dateValue()
QVariant dateValue(const QDate& d); // NULL or "YYYY-MM-DD"
// Days since 1970-01-01, as task_units' summary figures hold dates (migration 0010); NULL when invalid.
qint64 dayNumber(const QDate& d);
QVariant dayValue(const QDate& d);
void bind(QSqlQuery& q, const QVariant& v); // addBindValue, with a null QString stored as ''

QDate dateFrom(const QVariant& v);
QString nowText(); // Clock::now() as ISO text with offset
QDateTime timeFrom(const QVariant& v);
QString jsonList(const QStringList& l);
QStringList listFrom(const QVariant& v);
QString likePattern(const QString& term); // %term% with \ % _ escaped (ESCAPE '\')

// The rows of a query that selects, in this order, progress_updates' "id, task_id, on_date, text, percent,
// author, unit, recorded_at" / audit_log's "id, task_id, at, by, action, field, old_value, new_value".
QList<ProgressRecord> progressRows(QSqlQuery& q);
QList<AuditRecord> auditRows(QSqlQuery& q);

// Drops the per-unit figures kept per day (migration 0012) inside a write transaction, so that a bulk write
// of links pays no trigger work for them; the next summary counts its day again (unitsummaries.cpp).
bool forgetKeptFigures(const Repository::Impl& d, StoreError* error);

// Whether temp.duban_hits now holds the ids of the tasks the terms find, read again only when the data
// changed or the terms did; false where the engine has no id list to keep (a server), inside a
// transaction (its rollback would empty the table), or when filling it failed (the search then runs in
// the query itself and reports the error there).
bool searchHitsReady(const Repository::Impl& d, const QStringList& terms, bool includeRetired);
inline constexpr char kSearchHitsClause[] = "+t.id IN (SELECT id FROM temp.duban_hits)";

} // namespace store
} // namespace duban
