#include "gui/edit/taskeditor.h"

#include "exchange/feedbackimport.h"
#include "gui/edit/editcommands.h"
#include "gui/storeaccess.h"
#include "store/changefeed.h"

#include <QUndoStack>
#include <memory>

namespace duban {

TaskEditor::TaskEditor(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    m_undo->setUndoLimit(100);
}

TaskEditor::~TaskEditor()
{
    m_undo->clear(); // the commands refer to the repository: they go first
}

void TaskEditor::setRepository(std::unique_ptr<Repository> repo)
{
    m_undo->clear();
    m_versions.clear();
    m_repo = std::move(repo);
    if (m_repo) // the feed goes with its repository, and the connection with it
        connect(m_repo->changeFeed(), &ChangeFeed::tasksChanged, this, &TaskEditor::othersWrote);
}

void TaskEditor::othersWrote(const QList<qint64>& ids, bool tasksAddedOrRemoved)
{
    // The undo steps stay: each checks the task's version before it writes, and is refused with who
    // changed the task if another desk did.
    emit changed(tasksAddedOrRemoved ? EditScopes(EditScope::Tasks) : EditScope::Fields, ids);
}

void TaskEditor::noteWritten(const QList<qint64>& taskIds)
{
    for (qint64 id : taskIds)
        if (const int v = m_repo->taskVersion(id); v > 0)
            m_versions.insert(id, v);
}

QList<TaskEdit> TaskEditor::basedOnOwnWrites(QList<TaskEdit> edits) const
{
    // Another desk's write since ours, to any field of the task, refuses the step (a shared server).
    for (TaskEdit& t : edits)
        t.baseVersion = m_versions.value(t.taskId, 0);
    return edits;
}

QString TaskEditor::user() const
{
    return StoreAccess::currentUser();
}

bool TaskEditor::push(StoreCommand* command, QString* error)
{
    std::unique_ptr<StoreCommand> owned(command);
    if (!m_repo)
        return false;
    StoreError e;
    if (!command->apply(&e)) {
        refuse(tr("未能保存：%1").arg(e.message), e, error, command->scope());
        return false;
    }
    m_undo->push(owned.release()); // its redo() finds the edit made
    emit changed(command->scope());
    return true;
}

void TaskEditor::replayed(StoreCommand* command, bool redo, bool ok, const StoreError& e)
{
    if (!ok) {
        // Nothing was written (one transaction). The step cannot be taken again as it was, so it leaves
        // the history: the stack stays in step with the store (QUndoStack deletes an obsolete command).
        command->setObsolete(true);
        refuse((redo ? tr("未能重做“%1”：%2") : tr("未能撤销“%1”：%2")).arg(command->text(), e.message) +
                   tr("（这一步已从撤销记录中移除）"),
               e, nullptr, command->scope());
        return;
    }
    emit changed(command->scope());
}

void TaskEditor::refuse(const QString& message, const StoreError& e, QString* error, EditScopes scope)
{
    if (error)
        *error = e.message;
    emit refused(message);
    emit changed(scope); // the views show what the store holds
}

void TaskEditor::clearHistory(const QString& why)
{
    if (m_undo->count() == 0)
        return;
    m_undo->clear();
    emit historyCleared(why);
}

bool TaskEditor::applyIfUnchanged(const QList<TaskEdit>& target, const QList<TaskEdit>& expected,
                                  QList<TaskEdit>* now, StoreError* error)
{
    QList<QVariant> values, stored;
    for (const TaskEdit& x : expected)
        values.append(x.value);
    QList<qint64> ids;
    for (const TaskEdit& t : target)
        if (!ids.contains(t.taskId))
            ids.append(t.taskId);
    if (!m_repo->applyEditsIfUnchanged(basedOnOwnWrites(target), values, user(), &stored, error))
        return false;
    noteWritten(ids);
    if (now) {
        QList<TaskEdit> out = target;
        for (int i = 0; i < out.size() && i < stored.size(); ++i)
            out[i].value = stored[i];
        *now = out;
    }
    return true;
}

bool TaskEditor::setFields(const QList<TaskEdit>& edits, const QString& text, QString* error)
{
    if (edits.isEmpty())
        return true;
    // A view that has not reloaded since this editor's own later write still edits on what it showed:
    // that write was checked against the same view, so it is no one else's change to refuse over.
    QList<TaskEdit> based = edits;
    for (TaskEdit& e : based)
        if (e.baseVersion > 0)
            e.baseVersion = std::max(e.baseVersion, m_versions.value(e.taskId, 0));
    return push(new FieldEditCommand(this, based, text), error);
}

bool TaskEditor::addProgress(qint64 taskId, const ProgressInput& in, QString* error)
{
    return push(new ProgressCommand(this, taskId, in), error);
}

qint64 TaskEditor::createTask(const NewTask& task, QString* error)
{
    auto* command = new CreateTaskCommand(this, task);
    if (!push(command, error))
        return 0;
    return command->taskId(); // on the stack now, which owns it
}

bool TaskEditor::cancelTask(qint64 taskId, const QString& title, const QString& reason, QString* error)
{
    return push(new CancelTaskCommand(this, taskId, title, reason), error);
}

bool TaskEditor::deleteTask(qint64 taskId, const QString& title, QString* error)
{
    return push(new DeleteTaskCommand(this, taskId, title), error);
}

QList<qint64> TaskEditor::recordEvent(const QList<qint64>& taskIds, const EventInput& in, QString* error)
{
    if (taskIds.isEmpty())
        return {};
    const QString text = taskIds.size() == 1
                             ? tr("%1：任务 %2").arg(eventKindLabel(in.kind)).arg(taskIds.first())
                             : tr("%1：%2 项任务").arg(eventKindLabel(in.kind)).arg(taskIds.size());
    auto* command = new EventCommand(this, taskIds, in, text);
    if (!push(command, error))
        return {};
    return command->eventIds();
}

bool TaskEditor::renameUnit(qint64 unitId, const QString& name, QString* error)
{
    if (!m_repo)
        return false;
    StoreError e;
    if (!m_repo->renameUnit(unitId, name, user(), &e)) {
        refuse(tr("未能重命名单位：%1").arg(e.message), e, error, EditScope::Units);
        return false;
    }
    emit changed(EditScope::Units);
    return true;
}

qint64 TaskEditor::publishScores(const ScorePeriod& period, const ScoreRule& rule, ScoreRun* run,
                                 QString* error)
{
    if (!m_repo)
        return 0;
    StoreError e;
    const qint64 id = m_repo->publishScores(period, rule, user(), run, &e);
    if (id == 0) {
        refuse(tr("未能发布考评：%1").arg(e.message), e, error, EditScope::Scores);
        return 0;
    }
    emit changed(EditScope::Scores);
    return id;
}

bool TaskEditor::historyNamesUnits() const
{
    for (int i = 0; i < m_undo->count(); ++i)
        if (const auto* c = dynamic_cast<const StoreCommand*>(m_undo->command(i)); c && c->namesUnits())
            return true;
    return false;
}

bool TaskEditor::mergeUnits(qint64 fromId, qint64 intoId, QString* error)
{
    if (!m_repo || fromId == intoId)
        return false;
    StoreError e;
    if (!m_repo->mergeUnits(fromId, intoId, user(), &e)) {
        refuse(tr("未能合并单位：%1").arg(e.message), e, error, EditScope::Units);
        return false;
    }
    // Edits that name units would write the merged name back; other edits stay undoable.
    if (historyNamesUnits())
        clearHistory(tr("单位已合并：引用被合并单位的撤销记录已清空"));
    emit changed(EditScope::Units | EditScope::Tasks);
    return true;
}

bool TaskEditor::importFeedback(const FeedbackPreview& preview, FeedbackResult* result, QString* error)
{
    if (!m_repo)
        return false;
    QString why;
    if (!applyFeedbackPreview(*m_repo, preview, user(), result, &why)) {
        StoreError e;
        e.kind = StoreError::Sql;
        e.message = why;
        refuse(tr("反馈表导入失败，数据库未作任何修改：%1").arg(why), e, error, EditScope::Fields);
        return false;
    }
    // Undoing an edit from before the import would write over the units' figures.
    clearHistory(tr("已导入单位反馈表：此前的修改不能再撤销"));
    emit changed(EditScope::Fields);
    return true;
}

int TaskEditor::importDirective(const ImportOutcome& outcome, const QList<TaskDraft>& accepted,
                                QString* error)
{
    if (!m_repo)
        return -1;
    QString why;
    const int stored = StoreAccess::importAccepted(*m_repo, outcome, accepted, &why);
    if (stored < 0) {
        StoreError e;
        e.kind = StoreError::Sql;
        e.message = why;
        refuse(tr("导入失败，写入数据库失败，数据库未作任何更改：%1").arg(why), e, error,
               EditScope::Tasks | EditScope::Units);
        return -1;
    }
    // The stack's inverse edits would refer to rows the import revised or retired.
    clearHistory(tr("已导入文件：此前的修改不能再撤销"));
    emit changed(EditScope::Tasks | EditScope::Units);
    return stored;
}

} // namespace duban
