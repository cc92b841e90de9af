// Read side of the reports: what changed over a period (status edits, progress notes) and the issue
// numbers of the reports already issued.
#include "core/translate.h"
#include "store/repositoryimpl.h"

namespace duban {

using store::setError;

namespace {

// lupdate files these under the member functions' class.
QString tr(const char* text)
{
    return translateIn({"duban::Repository", "Store", "duban::store", "duban"}, text);
}

// Dates bound as text; an open end compares against a bound that every ISO date passes.
QString lowerBound(const QDate& d)
{
    return d.isValid() ? store::isoDate(d) : QStringLiteral("0000-00-00");
}

QString upperBound(const QDate& d)
{
    return d.isValid() ? store::isoDate(d) : QStringLiteral("9999-99-99");
}

} // namespace

QList<AuditRecord> Repository::statusChanges(const QDate& from, const QDate& to, StoreError* error)
{
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    if (!d->run(q,
                QStringLiteral(
                    "SELECT id, task_id, at, \"by\", action, field, old_value, new_value FROM audit_log "
                    "WHERE field = 'status' AND task_id IS NOT NULL "
                    "AND substr(at, 1, 10) >= ? AND substr(at, 1, 10) <= ? ORDER BY id"),
                {lowerBound(from), upperBound(to)}, error))
        return {};
    return store::auditRows(q);
}

QList<ProgressRecord> Repository::progressBetween(const QDate& from, const QDate& to, StoreError* error)
{
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    if (!d->run(
            q,
            QStringLiteral("SELECT id, task_id, on_date, text, percent, author, unit, recorded_at "
                           "FROM progress_updates WHERE on_date >= ? AND on_date <= ? ORDER BY on_date, id"),
            {lowerBound(from), upperBound(to)}, error))
        return {};
    return store::progressRows(q);
}

int Repository::reportNumber(const QString& series, const QString& period, StoreError* error)
{
    QSqlQuery q = d->query();
    if (!d->run(q, QStringLiteral("SELECT number FROM issued_reports WHERE series = ? AND period = ?"),
                {series, period}, error))
        return 0;
    if (q.next())
        return q.value(0).toInt();
    q.finish();
    if (!d->run(q, QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM issued_reports WHERE series = ?"),
                {series}, error) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

int Repository::issueReport(const QString& series, const QString& period, const QString& by,
                            StoreError* error)
{
    if (series.trimmed().isEmpty() || period.trimmed().isEmpty()) {
        setError(error, StoreError::BadInput, tr("报告名称和期间不能为空"));
        return 0;
    }
    WriteTransaction tx(*d, error);
    if (!tx.ok())
        return 0;
    QSqlQuery q = d->query();
    if (!d->run(q, QStringLiteral("SELECT number FROM issued_reports WHERE series = ? AND period = ?"),
                {series, period}, error))
        return 0;
    if (q.next()) {
        const int number = q.value(0).toInt();
        q.finish();
        return tx.commit(error) ? number : 0;
    }
    q.finish();
    if (!d->run(q,
                QStringLiteral("INSERT INTO issued_reports (series, period, number, issued_at, issued_by) "
                               "SELECT ?, ?, coalesce(max(number), 0) + 1, ?, ? FROM issued_reports "
                               "WHERE series = ?"),
                {series, period, store::nowText(), by, series}, error))
        return 0;
    q.finish();
    if (!d->run(q, QStringLiteral("SELECT number FROM issued_reports WHERE series = ? AND period = ?"),
                {series, period}, error) ||
        !q.next())
        return 0;
    const int number = q.value(0).toInt();
    q.finish();
    return tx.commit(error) ? number : 0;
}

} // namespace duban
