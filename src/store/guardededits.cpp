// Edits that must not overwrite what someone else wrote meanwhile (undo, redo), and an edit that goes in
// together with a progress note (duban-cli update --status … --note …): each is one transaction.
#include "core/status.h"
#include "store/repository.h"
#include "store/repositoryimpl.h"

#include <QDate>

namespace duban {

using store::setError;
using store::tr;

namespace {

bool sameValue(TaskField f, const QVariant& a, const QVariant& b)
{
    switch (f) {
    case TaskField::Section:
    case TaskField::Targets:
    case TaskField::LeadUnits:
    case TaskField::CoUnits:
        return a.toStringList() == b.toStringList();
    case TaskField::Deadline:
    case TaskField::StartDate:
        return a.toDate() == b.toDate();
    case TaskField::Status:
    case TaskField::Percent:
        return a.toInt() == b.toInt();
    default:
        return a.toString() == b.toString();
    }
}

// As the conflict message shows it: the audit log's text, but a status by its label and no date as 无.
QString shown(TaskField f, const QVariant& v)
{
    if (f == TaskField::Status)
        return statusLabel(Status(v.toInt()));
    if ((f == TaskField::Deadline || f == TaskField::StartDate) && !v.toDate().isValid())
        return tr("无");
    return auditText(f, v);
}

} // namespace

namespace {

// Inside a WriteTransaction: each edit only if its field still holds `expected`.
bool applyGuarded(const Repository::Impl& d, const QList<TaskEdit>& edits, const QList<QVariant>& expected,
                  const QString& by, QList<QVariant>* now, StoreError* error)
{
    if (by.trimmed().isEmpty())
        return setError(error, StoreError::BadInput, tr("修改必须注明修改人"));
    if (expected.size() != edits.size())
        return setError(error, StoreError::BadInput, tr("修改与期望值的数目不一致"));
    // A changed value says most (it names what is there now): checked first, then the task's version,
    // which also catches another desk's write to any other field since this program's own.
    for (int i = 0; i < edits.size(); ++i) {
        QVariant current;
        if (!readTaskField(d, edits[i].taskId, edits[i].field, &current, error))
            return false;
        if (!sameValue(edits[i].field, current, expected[i]))
            break; // the loop below says so
        if (i == edits.size() - 1 && !checkVersions(d, edits, error))
            return false;
    }
    for (int i = 0; i < edits.size(); ++i) {
        const TaskEdit& e = edits[i];
        QVariant current;
        if (!readTaskField(d, e.taskId, e.field, &current, error))
            return false;
        if (!sameValue(e.field, current, expected[i]))
            return setError(error, StoreError::Conflict,
                            tr("任务 %1 的“%2”已被其他窗口、命令行或反馈表导入改为“%3”，未覆盖这一修改。")
                                .arg(e.taskId)
                                .arg(taskFieldKey(e.field), shown(e.field, current)));
        QVariant old;
        if (!applyTaskEdit(d, e, by, QStringLiteral("edit"), &old, error))
            return false;
        QVariant written;
        if (!readTaskField(d, e.taskId, e.field, &written, error))
            return false;
        now->append(written);
    }
    return true;
}

} // namespace

bool Repository::applyEditsIfUnchanged(const QList<TaskEdit>& edits, const QList<QVariant>& expected,
                                       const QString& by, QList<QVariant>* nowValues, StoreError* error)
{
    WriteTransaction tx(*d, error);
    QList<QVariant> now;
    if (!tx.ok() || !applyGuarded(*d, edits, expected, by, &now, error) || !tx.commit(error))
        return false;
    if (nowValues)
        *nowValues = now;
    return true;
}

bool Repository::removeProgressIfUnchanged(qint64 progressId, const QList<TaskEdit>& edits,
                                           const QList<QVariant>& expected, const QString& by,
                                           StoreError* error)
{
    WriteTransaction tx(*d, error);
    QList<QVariant> now;
    return tx.ok() && applyGuarded(*d, edits, expected, by, &now, error) &&
           deleteProgress(*d, progressId, by, error) && tx.commit(error);
}

bool Repository::applyEditsWithProgress(qint64 taskId, const QList<TaskEdit>& edits,
                                        const ProgressInput& note, const QString& by,
                                        QList<QVariant>* oldValues, int* previousPercent, StoreError* error)
{
    if (by.trimmed().isEmpty())
        return setError(error, StoreError::BadInput, tr("修改必须注明修改人"));
    if (note.author.trimmed().isEmpty())
        return setError(error, StoreError::BadInput, tr("进展必须注明填报人"));
    if (note.percent > 100 || note.percent < -1)
        return setError(error, StoreError::BadInput,
                        tr("进度“%1”应为 0 到 100 之间的整数").arg(note.percent));
    WriteTransaction tx(*d, error);
    if (!tx.ok() || !checkVersions(*d, edits, error))
        return false;
    QList<QVariant> old;
    for (const TaskEdit& e : edits) {
        QVariant v;
        if (!applyTaskEdit(*d, e, by, QStringLiteral("edit"), &v, error))
            return false;
        old.append(v);
    }
    int before = 0;
    if (insertProgress(*d, taskId, note, by, &before, error) <= 0)
        return false;
    if (!tx.commit(error))
        return false;
    if (oldValues)
        *oldValues = old;
    if (previousPercent)
        *previousPercent = before;
    return true;
}

} // namespace duban
