// Write side of the unit feedback sheet (单位反馈表): the rows a liaison filled in go in together or not
// at all, through the same audited paths as a person's own progress notes and status edits.
#include "store/repositoryimpl.h"

namespace duban {

using store::setError;
using store::tr;

namespace {

// The preview checked these already; the database may have changed since (another window, a merge).
bool checkRow(const Repository::Impl& d, qint64 unitId, const FeedbackUpdate& r, StoreError* error)
{
    QSqlQuery q = d.query();
    if (!d.run(
            q,
            QStringLiteral("SELECT t.retired_at IS NOT NULL, "
                           "EXISTS (SELECT 1 FROM task_units tu WHERE tu.task_id = t.id AND tu.unit_id = ?) "
                           "FROM tasks t WHERE t.id = ?"),
            {unitId, r.taskId}, error))
        return false;
    if (!q.next())
        return setError(error, StoreError::BadInput,
                        tr("第 %1 行：没有编号为 %2 的任务").arg(r.sheetRow).arg(r.taskId));
    if (q.value(0).toBool())
        return setError(error, StoreError::BadInput,
                        tr("第 %1 行：任务 %2 已被新版文件撤销").arg(r.sheetRow).arg(r.taskId));
    if (!q.value(1).toBool())
        return setError(error, StoreError::BadInput,
                        tr("第 %1 行：任务 %2 不属于本单位").arg(r.sheetRow).arg(r.taskId));
    if (r.percent < -1 || r.percent > 100)
        return setError(error, StoreError::BadInput,
                        tr("第 %1 行：进度“%2”应为 0 到 100 之间的整数").arg(r.sheetRow).arg(r.percent));
    return true;
}

} // namespace

bool Repository::applyFeedback(qint64 unitId, const QList<FeedbackUpdate>& rows, const QString& by,
                               FeedbackResult* result, StoreError* error)
{
    if (by.trimmed().isEmpty())
        return setError(error, StoreError::BadInput, tr("导入反馈表必须注明导入人"));
    WriteTransaction tx(*d, error);
    if (!tx.ok())
        return false;
    QSqlQuery q = d->query();
    if (!d->run(q, QStringLiteral("SELECT name FROM units WHERE id = ?"), {unitId}, error))
        return false;
    if (!q.next())
        return setError(error, StoreError::BadInput,
                        tr("数据库 %1 中没有编号为 %2 的单位").arg(d->path).arg(unitId));
    const QString unitName = q.value(0).toString();
    q.finish();
    FeedbackResult done;
    for (const FeedbackUpdate& r : rows) {
        if (!checkRow(*d, unitId, r, error))
            return false;
        // A status counts as changed when the row leaves it other than it was, whether the sheet's status
        // column or its percent (status and percent follow one rule) did it.
        QVariant statusBefore;
        if (!readTaskField(*d, r.taskId, TaskField::Status, &statusBefore, error))
            return false;
        if (!r.text.trimmed().isEmpty() || r.percent >= 0) {
            ProgressInput in;
            in.date = r.date;
            in.text = r.text.trimmed();
            in.percent = r.percent;
            in.author = r.author.trimmed().isEmpty() ? by : r.author.trimmed();
            in.unit = unitName;
            int before = 0;
            if (insertProgress(*d, r.taskId, in, by, &before, error) <= 0)
                return false;
            ++done.progressAdded;
            if (r.percent >= 0 && r.percent != before)
                ++done.percentChanged;
        }
        if (r.status) {
            QVariant old;
            if (!applyTaskEdit(*d, TaskEdit{r.taskId, TaskField::Status, int(*r.status)}, by,
                               QStringLiteral("edit"), &old, error) ||
                !applyStatusRule(*d, r.taskId, by, QStringLiteral("edit"), error))
                return false;
        }
        for (const auto& [wanted, kind] :
             {std::pair{r.sign, EventKind::Sign}, std::pair{r.closeRequest, EventKind::CloseRequest}}) {
            if (!wanted)
                continue;
            EventInput in;
            in.kind = kind;
            in.unitId = unitId;
            in.onDate = kind == EventKind::Sign && r.signDate.isValid() ? r.signDate : r.date;
            in.text = kind == EventKind::CloseRequest ? r.text.trimmed() : QString();
            StoreError why;
            if (insertEvent(*d, r.taskId, in, by, &why) <= 0)
                return setError(error, why.kind, tr("第 %1 行：%2").arg(r.sheetRow).arg(why.message));
            ++(kind == EventKind::Sign ? done.signs : done.closeRequests);
        }
        QVariant statusAfter;
        if (!readTaskField(*d, r.taskId, TaskField::Status, &statusAfter, error))
            return false;
        if (statusAfter != statusBefore)
            ++done.statusChanged;
    }
    if (!tx.commit(error))
        return false;
    if (result)
        *result = done;
    return true;
}

} // namespace duban
