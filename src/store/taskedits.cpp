// Write side for people's edits: every change runs in a transaction that also writes the audit log, and
// returns the old value so that undo is just another (audited) edit.
#include "core/clock.h"
#include "store/repositoryimpl.h"

namespace duban {

using store::setError;
using store::tr;

namespace {

bool isUnits(TaskField f)
{
    return f == TaskField::LeadUnits || f == TaskField::CoUnits;
}

// The tasks column a field lives in; unit fields live in task_units instead.
QString column(TaskField f)
{
    return isUnits(f) ? QString() : taskFieldKey(f);
}

QString roleOf(TaskField f)
{
    return f == TaskField::LeadUnits ? QStringLiteral("lead") : QStringLiteral("co");
}

QStringList unitNames(const Repository::Impl& d, qint64 taskId, const QString& role, StoreError* error,
                      bool* ok)
{
    QSqlQuery q = d.query();
    *ok = d.run(q,
                QStringLiteral("SELECT u.name FROM task_units tu JOIN units u ON u.id = tu.unit_id "
                               "WHERE tu.task_id = ? AND tu.role = ? ORDER BY tu.position, u.name"),
                {taskId, role}, error);
    QStringList out;
    while (*ok && q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace

bool readTaskField(const Repository::Impl& d, qint64 taskId, TaskField f, QVariant* out, StoreError* error)
{
    if (!d.taskExists(taskId, error))
        return false;
    if (isUnits(f)) {
        bool ok = false;
        *out = unitNames(d, taskId, roleOf(f), error, &ok);
        return ok;
    }
    QSqlQuery q = d.query();
    if (!d.run(q, QStringLiteral("SELECT %1 FROM tasks WHERE id = ?").arg(column(f)), {taskId}, error) ||
        !q.next())
        return false;
    const QVariant v = q.value(0);
    switch (f) {
    case TaskField::Section:
    case TaskField::Targets:
        *out = store::listFrom(v);
        break;
    case TaskField::Deadline:
    case TaskField::StartDate:
        *out = store::dateFrom(v);
        break;
    case TaskField::Status:
        *out = int(statusFromKey(v.toString()).value_or(Status::NotStarted));
        break;
    case TaskField::Percent:
        *out = v.toInt();
        break;
    default:
        *out = v.toString();
        break;
    }
    return true;
}

namespace {

// The new value in its canonical type, or a BadInput error saying what is wrong with it.
bool normalise(const QString& where, qint64 taskId, TaskField f, const QVariant& in, QVariant* out,
               StoreError* error)
{
    const auto bad = [&](const QString& why) {
        return setError(error, StoreError::BadInput, tr("任务 %1（%2）：%3").arg(taskId).arg(where, why));
    };
    switch (f) {
    case TaskField::Title: {
        const QString t = in.toString().trimmed();
        if (t.isEmpty())
            return bad(tr("标题不能为空"));
        *out = t;
        return true;
    }
    case TaskField::Text:
    case TaskField::DeadlineText:
        *out = in.toString();
        return true;
    case TaskField::Section:
    case TaskField::Targets:
    case TaskField::LeadUnits:
    case TaskField::CoUnits:
        *out = in.toStringList();
        return true;
    case TaskField::Deadline:
    case TaskField::StartDate: {
        if (in.isNull() || (in.typeId() == QMetaType::QDate && !in.toDate().isValid()) ||
            (in.typeId() == QMetaType::QString && in.toString().isEmpty())) {
            *out = QDate();
            return true;
        }
        const QDate d =
            in.typeId() == QMetaType::QDate ? in.toDate() : QDate::fromString(in.toString(), Qt::ISODate);
        if (!d.isValid())
            return bad(tr("日期“%1”无效，应为 YYYY-MM-DD").arg(in.toString()));
        *out = d;
        return true;
    }
    case TaskField::Status: {
        if (in.typeId() == QMetaType::QString) {
            const auto s = statusFromKey(in.toString());
            if (!s)
                return bad(tr("未知的状态“%1”").arg(in.toString()));
            *out = int(*s);
            return true;
        }
        bool ok = false;
        const int s = in.toInt(&ok);
        if (!ok || s < 0 || s > int(Status::Suspended))
            return bad(tr("未知的状态“%1”").arg(in.toString()));
        *out = s;
        return true;
    }
    case TaskField::Percent: {
        bool ok = false;
        const int p = in.toInt(&ok);
        if (!ok || p < 0 || p > 100)
            return bad(tr("进度“%1”应为 0 到 100 之间的整数").arg(in.toString()));
        *out = p;
        return true;
    }
    }
    return bad(tr("未知字段"));
}

QVariant storedValue(TaskField f, const QVariant& v)
{
    switch (f) {
    case TaskField::Section:
    case TaskField::Targets:
        return store::jsonList(v.toStringList());
    case TaskField::Deadline:
    case TaskField::StartDate:
        return store::dateValue(v.toDate());
    case TaskField::Status:
        return statusKey(Status(v.toInt()));
    default:
        return v;
    }
}

bool writeUnits(const Repository::Impl& d, qint64 taskId, TaskField f, const QStringList& names,
                const QString& by, StoreError* error)
{
    const QString role = roleOf(f);
    const TaskField otherField = f == TaskField::LeadUnits ? TaskField::CoUnits : TaskField::LeadUnits;
    bool ok = false;
    const QStringList otherBefore = unitNames(d, taskId, roleOf(otherField), error, &ok);
    if (!ok)
        return false;
    QSqlQuery q = d.query();
    if (!d.run(q, QStringLiteral("DELETE FROM task_units WHERE task_id = ? AND role = ?"), {taskId, role},
               error))
        return false;
    int position = 0;
    for (const QString& name : names) {
        const qint64 unitId = d.unitIdFor(name, QString(), error);
        if (unitId <= 0)
            return false;
        // A unit is either lead or co on a task: taking it into this list takes it out of the other.
        if (!d.run(q, QStringLiteral("DELETE FROM task_units WHERE task_id = ? AND unit_id = ?"),
                   {taskId, unitId}, error) ||
            !d.run(q,
                   QStringLiteral("INSERT INTO task_units (task_id, unit_id, role, printed_name, position) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {taskId, unitId, role, name, position++}, error))
            return false;
    }
    const QStringList otherAfter = unitNames(d, taskId, roleOf(otherField), error, &ok);
    if (!ok)
        return false;
    if (otherAfter != otherBefore &&
        !d.audit(taskId, by, QStringLiteral("edit"), taskFieldKey(otherField),
                 auditText(otherField, otherBefore), auditText(otherField, otherAfter), error))
        return false;
    return true;
}

} // namespace

// Status and percent follow one rule (core/status.h) whichever of the two was recorded; the follow-up
// change is audited as its own row, under the same action.
bool applyStatusRule(const Repository::Impl& d, qint64 taskId, const QString& by, const QString& action,
                     StoreError* error)
{
    QVariant status, percent;
    if (!readTaskField(d, taskId, TaskField::Status, &status, error) ||
        !readTaskField(d, taskId, TaskField::Percent, &percent, error))
        return false;
    const StatusPercent now{Status(status.toInt()), percent.toInt()};
    const StatusPercent want = followStatusRule(now.status, now.percent);
    QSqlQuery q = d.query();
    if (want.status != now.status &&
        (!d.run(q, QStringLiteral("UPDATE tasks SET status = ? WHERE id = ?"),
                {statusKey(want.status), taskId}, error) ||
         !d.audit(taskId, by, action, taskFieldKey(TaskField::Status), auditText(TaskField::Status, status),
                  auditText(TaskField::Status, int(want.status)), error)))
        return false;
    if (want.percent != now.percent && (!d.run(q, QStringLiteral("UPDATE tasks SET percent = ? WHERE id = ?"),
                                               {want.percent, taskId}, error) ||
                                        !d.audit(taskId, by, action, taskFieldKey(TaskField::Percent),
                                                 auditText(TaskField::Percent, percent),
                                                 auditText(TaskField::Percent, want.percent), error)))
        return false;
    return true;
}

bool applyTaskEdit(const Repository::Impl& d, const TaskEdit& e, const QString& by, const QString& action,
                   QVariant* old, StoreError* error)
{
    if (!readTaskField(d, e.taskId, e.field, old, error))
        return false;
    QVariant value;
    if (!normalise(d.path, e.taskId, e.field, e.value, &value, error))
        return false;
    if (isUnits(e.field)) {
        QStringList resolved;
        for (const QString& n : value.toStringList())
            resolved.append(d.canonicalFor(n, QString()));
        if (resolved == old->toStringList())
            return true;
        if (!writeUnits(d, e.taskId, e.field, value.toStringList(), by, error))
            return false;
        bool ok = false;
        value = unitNames(d, e.taskId, roleOf(e.field), error, &ok);
        if (!ok)
            return false;
    } else {
        if (value == *old)
            return true; // nothing changes, nothing is audited
        QSqlQuery q = d.query();
        if (!d.run(q, QStringLiteral("UPDATE tasks SET %1 = ? WHERE id = ?").arg(column(e.field)),
                   {storedValue(e.field, value), e.taskId}, error))
            return false;
    }
    if (!d.audit(e.taskId, by, action, taskFieldKey(e.field), auditText(e.field, *old),
                 auditText(e.field, value), error))
        return false;
    return d.touch(e.taskId, error);
}

bool checkVersions(const Repository::Impl& d, const QList<TaskEdit>& edits, StoreError* error)
{
    QHash<qint64, int> base; // the first edit of a task names the version; later ones build on it
    for (const TaskEdit& e : edits)
        if (e.baseVersion > 0 && !base.contains(e.taskId))
            base.insert(e.taskId, e.baseVersion);
    for (auto it = base.cbegin(); it != base.cend(); ++it) {
        QSqlQuery q = d.query();
        // SQLite's write transaction already holds the whole file; a server locks the row, so a second
        // desk racing this one waits and then reads the version this one wrote.
        if (!d.run(q,
                   QStringLiteral("SELECT version FROM tasks WHERE id = ?") +
                       (d.server() ? QStringLiteral(" FOR UPDATE") : QString()),
                   {it.key()}, error))
            return false;
        if (!q.next()) {
            // Gone, or hidden from this login (another unit's task): taskExists says which.
            if (d.taskExists(it.key(), error)) // seen but not lockable: not this login's to change
                setError(error, StoreError::Denied,
                         tr("无权修改此任务（非本单位任务）：任务 %1").arg(it.key()));
            return false;
        }
        const int now = q.value(0).toInt();
        if (now == it.value())
            continue;
        QString who = tr("其他用户"), when;
        if (d.run(q,
                  QStringLiteral("SELECT \"by\", at, db_user FROM audit_log WHERE task_id = ? "
                                 "ORDER BY id DESC LIMIT 1"),
                  {it.key()}, nullptr) &&
            q.next()) {
            who = q.value(0).toString();
            if (!q.value(2).toString().isEmpty() && q.value(2).toString() != who)
                who = tr("%1（数据库用户 %2）").arg(who, q.value(2).toString());
            when = store::timeFrom(q.value(1)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        return setError(
            error, StoreError::Conflict,
            tr("任务 %1 已被 %2 于 %3 修改（现为第 %4 版，这次修改基于第 %5 版），未保存这一修改。"
               "请查看最新内容后再改。")
                .arg(it.key())
                .arg(who, when)
                .arg(now)
                .arg(it.value()));
    }
    return true;
}

int Repository::taskVersion(qint64 taskId, StoreError* error)
{
    QSqlQuery q = d->query();
    if (!d->run(q, QStringLiteral("SELECT version FROM tasks WHERE id = ?"), {taskId}, error))
        return 0;
    if (!q.next()) {
        setError(error, StoreError::BadInput,
                 tr("数据库 %1 中没有编号为 %2 的任务").arg(d->path).arg(taskId));
        return 0;
    }
    return q.value(0).toInt();
}

QVariant Repository::fieldValue(qint64 taskId, TaskField field, StoreError* error)
{
    QVariant v;
    return readTaskField(*d, taskId, field, &v, error) ? v : QVariant();
}

QVariant Repository::applyEdit(const TaskEdit& edit, const QString& by, StoreError* error)
{
    QList<QVariant> old;
    return applyEdits({edit}, by, &old, error) ? old.value(0) : QVariant();
}

bool Repository::applyEdits(const QList<TaskEdit>& edits, const QString& by, QList<QVariant>* oldValues,
                            StoreError* error)
{
    if (by.trimmed().isEmpty())
        return setError(error, StoreError::BadInput, tr("修改必须注明修改人"));
    WriteTransaction tx(*d, error);
    if (!tx.ok() || !checkVersions(*d, edits, error))
        return false;
    QList<QVariant> old;
    QList<qint64> ruled; // once per task, after all its edits: undo restores status and percent together
    for (const TaskEdit& e : edits) {
        QVariant v;
        if (!applyTaskEdit(*d, e, by, QStringLiteral("edit"), &v, error))
            return false;
        old.append(v);
        if ((e.field == TaskField::Status || e.field == TaskField::Percent) && !ruled.contains(e.taskId))
            ruled.append(e.taskId);
    }
    for (qint64 id : ruled) {
        if (!applyStatusRule(*d, id, by, QStringLiteral("edit"), error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    if (oldValues)
        *oldValues = old;
    return true;
}

qint64 insertProgress(const Repository::Impl& d, qint64 taskId, const ProgressInput& in, const QString& by,
                      int* previousPercent, StoreError* error)
{
    QVariant oldPercent;
    if (!readTaskField(d, taskId, TaskField::Percent, &oldPercent, error))
        return 0;
    const QDate date = in.date.isValid() ? in.date : Clock::today();
    QSqlQuery q = d.query();
    if (!d.run(
            q,
            QStringLiteral(
                "INSERT INTO progress_updates (task_id, on_date, text, percent, author, unit, recorded_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {taskId, store::isoDate(date), in.text,
             in.percent >= 0 ? QVariant(in.percent) : QVariant(QMetaType(QMetaType::Int)), in.author, in.unit,
             store::nowText()},
            error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!d.audit(taskId, by, QStringLiteral("progress"), QString(), QVariant(), in.text, error))
        return 0;
    if (in.percent >= 0 && in.percent != oldPercent.toInt()) {
        if (!d.run(q, QStringLiteral("UPDATE tasks SET percent = ? WHERE id = ?"), {in.percent, taskId},
                   error) ||
            !d.audit(taskId, by, QStringLiteral("progress"), taskFieldKey(TaskField::Percent),
                     oldPercent.toString(), QString::number(in.percent), error) ||
            !applyStatusRule(d, taskId, by, QStringLiteral("progress"), error))
            return 0;
    }
    if (!d.touch(taskId, error))
        return 0;
    if (previousPercent)
        *previousPercent = oldPercent.toInt();
    return id;
}

qint64 Repository::addProgress(qint64 taskId, const ProgressInput& in, int* previousPercent,
                               StoreError* error)
{
    if (in.author.trimmed().isEmpty()) {
        setError(error, StoreError::BadInput, tr("进展必须注明填报人"));
        return 0;
    }
    if (in.percent > 100 || in.percent < -1) {
        setError(error, StoreError::BadInput, tr("进度“%1”应为 0 到 100 之间的整数").arg(in.percent));
        return 0;
    }
    WriteTransaction tx(*d, error);
    if (!tx.ok())
        return 0;
    int before = 0;
    const qint64 id = insertProgress(*d, taskId, in, in.author, &before, error);
    if (id <= 0 || !tx.commit(error))
        return 0;
    if (previousPercent)
        *previousPercent = before;
    return id;
}

QString auditText(TaskField f, const QVariant& v)
{
    switch (f) {
    case TaskField::Section:
    case TaskField::Targets:
    case TaskField::LeadUnits:
    case TaskField::CoUnits:
        return v.toStringList().join(QStringLiteral("、"));
    case TaskField::Deadline:
    case TaskField::StartDate:
        return store::isoDate(v.toDate());
    case TaskField::Status:
        return statusKey(Status(v.toInt()));
    case TaskField::Percent:
        return QString::number(v.toInt());
    default:
        return v.toString();
    }
}

bool deleteProgress(const Repository::Impl& d, qint64 progressId, const QString& by, StoreError* error)
{
    QSqlQuery q = d.query();
    if (!d.run(q, QStringLiteral("SELECT task_id, text FROM progress_updates WHERE id = ?"), {progressId},
               error))
        return false;
    if (!q.next())
        return setError(error, StoreError::BadInput,
                        tr("数据库 %1 中没有编号为 %2 的进展").arg(d.path).arg(progressId));
    const qint64 taskId = q.value(0).toLongLong();
    const QString text = q.value(1).toString();
    q.finish();
    return d.run(q, QStringLiteral("DELETE FROM progress_updates WHERE id = ?"), {progressId}, error) &&
           d.audit(taskId, by, QStringLiteral("progress_removed"), QString(), text, QVariant(), error) &&
           d.touch(taskId, error);
}

bool Repository::removeProgress(qint64 progressId, const QString& by, StoreError* error)
{
    WriteTransaction tx(*d, error);
    return tx.ok() && deleteProgress(*d, progressId, by, error) && tx.commit(error);
}

} // namespace duban
