// A whole database from one backend into another: a desk's SQLite file onto a server
// (duban-cli server import-sqlite), a server into an SQLite file (duban-cli backup --db URL).
#include "store/repositoryimpl.h"

#include <QScopeGuard>
#include <QSqlRecord>

namespace duban {

using store::setError;
using store::tr;

namespace {

// Parents before children, so every foreign key finds its row.
const QStringList kTables{QStringLiteral("directives"),   QStringLiteral("units"),
                          QStringLiteral("unit_aliases"), QStringLiteral("tasks"),
                          QStringLiteral("task_units"),   QStringLiteral("progress_updates"),
                          QStringLiteral("audit_log"),    QStringLiteral("issued_reports")};
const QStringList kWithIds{QStringLiteral("directives"), QStringLiteral("units"),
                           QStringLiteral("tasks"),      QStringLiteral("progress_updates"),
                           QStringLiteral("audit_log"),  QStringLiteral("issued_reports")};

QStringList columnsOf(const QSqlDatabase& db, const QString& table)
{
    QStringList out;
    const QSqlRecord r = db.record(table);
    for (int i = 0; i < r.count(); ++i)
        out.append(r.fieldName(i));
    return out;
}

QString quoted(const QString& column)
{
    return u'"' + column + u'"'; // "by" is reserved on PostgreSQL
}

} // namespace

bool Repository::copyFrom(Repository& source, StoreError* error)
{
    WriteTransaction tx(*d, error);
    if (!tx.ok())
        return false;
    QSqlQuery q = d->query();
    if (!d->run(q, QStringLiteral("SELECT count(*) FROM directives"), {}, error) || !q.next())
        return false;
    if (q.value(0).toInt() > 0)
        return setError(
            error, StoreError::BadInput,
            tr("目标数据库 %1 中已有任务，不能再导入整个数据库：请导入到新建的数据库").arg(d->path));
    // The audit rows keep the database user who made each change (migration 0011): the server's trigger
    // honours this only for a superuser, and only in this transaction (set_config's true: local).
    if (d->server() &&
        !d->run(q, QStringLiteral("SELECT set_config('duban.keep_audit_user', 'on', true)"), {}, error))
        return false;
    // The built-in unit directory a new database starts with gives way to the source's units and ids.
    if (!d->run(q, QStringLiteral("DELETE FROM unit_aliases"), {}, error) ||
        !d->run(q, QStringLiteral("DELETE FROM units"), {}, error) || !store::forgetKeptFigures(*d, error))
        return false;

    // One read transaction on the source: a copy of one moment while others write there.
    QSqlQuery read(source.d->db);
    read.exec(source.d->server() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                 : QStringLiteral("BEGIN"));
    const auto endRead = qScopeGuard([&] { QSqlQuery(source.d->db).exec(QStringLiteral("COMMIT")); });
    for (const QString& table : kTables) {
        const QStringList theirs = columnsOf(source.d->db, table);
        QStringList cols;
        for (const QString& c : columnsOf(d->db, table))
            if (theirs.contains(c))
                cols.append(c);
        QStringList quotedCols;
        for (const QString& c : cols)
            quotedCols.append(quoted(c));
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(quotedCols.join(u','), table))) {
            source.d->fail(error, read.lastError());
            return false;
        }
        // Many rows per INSERT: one statement per row costs a round trip each on a server.
        const int perInsert = std::max(1, 900 / int(cols.size()));
        const QString row = u'(' + QStringList(cols.size(), QStringLiteral("?")).join(u',') + u')';
        QList<QVariantList> batch;
        const auto flush = [&]() {
            if (batch.isEmpty())
                return true;
            QSqlQuery ins = d->query();
            ins.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                            .arg(table, quotedCols.join(u','), QStringList(batch.size(), row).join(u',')));
            for (const QVariantList& values : std::as_const(batch))
                for (const QVariant& v : values)
                    ins.addBindValue(v); // NULL stays NULL: not store::bind, which writes ''
            batch.clear();
            return d->runPrepared(ins, error);
        };
        while (read.next()) {
            QVariantList values;
            for (int i = 0; i < cols.size(); ++i)
                values.append(read.value(i));
            batch.append(values);
            if (batch.size() >= perInsert && !flush())
                return false;
        }
        if (!flush())
            return false;
        read.finish();
    }
    // A server's id sequences move past the copied ids.
    if (d->server()) {
        for (const QString& table : kWithIds)
            if (!d->run(q,
                        QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                       "coalesce((SELECT max(id) FROM %1), 0) + 1, false)")
                            .arg(table),
                        {}, error))
                return false;
    }
    if (!tx.commit(error))
        return false;
    QSqlQuery(d->db).exec(d->dialect->analyzeSql());
    return true;
}

} // namespace duban
