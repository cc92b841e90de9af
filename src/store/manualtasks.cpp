// Tasks entered, cancelled and deleted by hand. Each is one transaction with its audit rows.
#include "core/clock.h"
#include "store/repositoryimpl.h"

#include <QSet>

namespace duban {

using store::setError;
using store::tr;

namespace {

// Source name of the directive hand-made tasks belong to; one per database.
const QString kManualSource = QStringLiteral("manual:");

qint64 manualDirective(const Repository::Impl& d, const QString& by, StoreError* error)
{
    QSqlQuery q = d.query();
    if (!d.run(q, QStringLiteral("SELECT id FROM directives WHERE content_hash = ? ORDER BY id LIMIT 1"),
               {kManualSource}, error))
        return 0;
    if (q.next())
        return q.value(0).toLongLong();
    if (!d.run(
            q,
            QStringLiteral("INSERT INTO directives (source_file, content_hash, title, doc_number, signed_on, "
                           "issuer, imported_at, imported_by) VALUES (?, ?, ?, '', NULL, '', ?, ?)"),
            {tr("手工录入"), kManualSource, tr("手工录入的任务"), store::nowText(), by}, error))
        return 0;
    return q.lastInsertId().toLongLong();
}

int countOf(const Repository::Impl& d, const QString& sql, qint64 id, StoreError* error)
{
    QSqlQuery q = d.query();
    if (!d.run(q, sql, {id}, error) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

qint64 Repository::createTask(const NewTask& t, const QString& by, StoreError* error)
{
    if (d->refuseIfReadOnly(error))
        return 0;
    if (by.trimmed().isEmpty()) {
        setError(error, StoreError::BadInput, tr("新建任务必须注明录入人"));
        return 0;
    }
    const QString title = t.title.trimmed();
    if (title.isEmpty()) {
        setError(error, StoreError::BadInput, tr("请填写任务名称"));
        return 0;
    }
    WriteTransaction tx(*d, error);
    if (!tx.ok())
        return 0;
    const qint64 directive = t.directiveId > 0 ? t.directiveId : manualDirective(*d, by, error);
    if (directive <= 0)
        return 0;
    const QString now = store::nowText();
    const QDate start = t.startDate.isValid() ? t.startDate : Clock::today();
    QSqlQuery q = d->query();
    // The id column only for a re-created task: PostgreSQL's identity refuses an explicit NULL.
    QVariantList values{directive,
                        title,
                        t.text.trimmed().isEmpty() ? title : t.text.trimmed(),
                        store::jsonList(t.section),
                        t.lineStart,
                        t.lineEnd,
                        t.kind.isEmpty() ? QStringLiteral("manual") : t.kind,
                        store::dateValue(t.deadline),
                        t.deadlineText,
                        store::dateValue(start),
                        now,
                        now};
    if (t.id > 0)
        values.prepend(t.id);
    if (!d->run(
            q,
            QStringLiteral("INSERT INTO tasks (%1directive_id, title, text, section, line_start, line_end, "
                           "kind, deadline, deadline_text, start_date, created_at, updated_at) "
                           "VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(t.id > 0 ? QStringLiteral("id, ") : QString(),
                     t.id > 0 ? QStringLiteral("?, ") : QString()),
            values, error))
        return 0;
    const qint64 id = t.id > 0 ? t.id : q.lastInsertId().toLongLong();
    // Aliases of one unit are one unit, and a unit that leads is not also a co unit.
    QSet<qint64> linked;
    int position = 0;
    for (const auto& [names, role] :
         {std::pair{t.leadUnits, QStringLiteral("lead")}, {t.coUnits, QStringLiteral("co")}}) {
        for (const QString& name : names) {
            if (name.trimmed().isEmpty())
                continue;
            const qint64 unit = d->unitIdFor(name, QString(), error);
            if (unit <= 0)
                return 0;
            if (linked.contains(unit))
                continue;
            linked.insert(unit);
            if (!d->run(
                    q,
                    QStringLiteral("INSERT INTO task_units (task_id, unit_id, role, printed_name, position) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {id, unit, role, name.trimmed(), position++}, error))
                return 0;
        }
    }
    if (!d->audit(id, by, QStringLiteral("create"), QString(), QVariant(), title, error) || !tx.commit(error))
        return 0;
    return id;
}

bool Repository::cancelTask(qint64 taskId, const QString& reason, const QString& by, StoreError* error)
{
    if (d->refuseIfReadOnly(error))
        return false;
    if (reason.trimmed().isEmpty())
        return setError(error, StoreError::BadInput, tr("撤销任务必须写明原因"));
    if (by.trimmed().isEmpty())
        return setError(error, StoreError::BadInput, tr("修改必须注明修改人"));
    WriteTransaction tx(*d, error);
    if (!tx.ok() || !d->taskExists(taskId, error))
        return false;
    QSqlQuery q = d->query();
    if (!d->run(q, QStringLiteral("SELECT retired_at FROM tasks WHERE id = ?"), {taskId}, error) || !q.next())
        return false;
    if (!q.value(0).isNull())
        return setError(error, StoreError::BadInput, tr("任务 %1 已撤销").arg(taskId));
    q.finish();
    const QString now = store::nowText();
    if (!d->run(q, QStringLiteral("UPDATE tasks SET retired_at = ?, updated_at = ? WHERE id = ?"),
                {now, now, taskId}, error) ||
        !d->audit(taskId, by, QStringLiteral("cancel"), QString(), QVariant(), reason.trimmed(), error))
        return false;
    return tx.commit(error);
}

bool Repository::restoreTask(qint64 taskId, const QString& by, StoreError* error)
{
    if (d->refuseIfReadOnly(error))
        return false;
    WriteTransaction tx(*d, error);
    if (!tx.ok() || !d->taskExists(taskId, error))
        return false;
    QSqlQuery q = d->query();
    const QString now = store::nowText();
    if (!d->run(q, QStringLiteral("UPDATE tasks SET retired_at = NULL, updated_at = ? WHERE id = ?"),
                {now, taskId}, error) ||
        !d->audit(taskId, by, QStringLiteral("restore"), QString(), QVariant(), QVariant(), error))
        return false;
    return tx.commit(error);
}

bool Repository::canDeleteTask(qint64 taskId, QString* why, StoreError* error)
{
    if (!d->taskExists(taskId, error))
        return false;
    const int notes =
        countOf(*d, QStringLiteral("SELECT count(*) FROM progress_updates WHERE task_id = ?"), taskId, error);
    const int changes =
        countOf(*d,
                QStringLiteral("SELECT count(*) FROM audit_log WHERE task_id = ? AND action NOT IN "
                               "('create', 'import', 'delete')"),
                taskId, error);
    if (notes < 0 || changes < 0)
        return false;
    if (notes > 0 || changes > 0) {
        if (why)
            *why = tr("任务 %1 已有进展或修改记录（%2 条进展，%3 条修改），不能删除；可改为撤销，保留记录")
                       .arg(taskId)
                       .arg(notes)
                       .arg(changes);
        return false;
    }
    return true;
}

bool Repository::deleteTask(qint64 taskId, const QString& by, StoreError* error)
{
    if (d->refuseIfReadOnly(error))
        return false;
    if (by.trimmed().isEmpty())
        return setError(error, StoreError::BadInput, tr("修改必须注明修改人"));
    WriteTransaction tx(*d, error);
    if (!tx.ok())
        return false;
    QString why;
    if (!canDeleteTask(taskId, &why, error))
        return why.isEmpty() ? false : setError(error, StoreError::BadInput, why);
    QSqlQuery q = d->query();
    if (!d->run(q, QStringLiteral("SELECT title FROM tasks WHERE id = ?"), {taskId}, error) || !q.next())
        return false;
    const QString title = q.value(0).toString();
    q.finish();
    // The audit trail has no foreign key: the row saying who deleted what stays.
    if (!d->run(q, QStringLiteral("DELETE FROM tasks WHERE id = ?"), {taskId}, error) ||
        !d->audit(taskId, by, QStringLiteral("delete"), QString(), title, QVariant(), error))
        return false;
    return tx.commit(error);
}

} // namespace duban
