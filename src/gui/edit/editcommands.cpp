#include "gui/edit/editcommands.h"

#include <QCoreApplication>

namespace duban {

namespace {

// Status and percent follow one rule: an edit of either may change the other, so both are kept.
QList<TaskEdit> touched(const QList<TaskEdit>& edits)
{
    QList<TaskEdit> out;
    auto add = [&out](qint64 id, TaskField f) {
        for (const TaskEdit& t : std::as_const(out))
            if (t.taskId == id && t.field == f)
                return;
        out.append({id, f, {}});
    };
    for (const TaskEdit& e : edits) {
        if (e.field == TaskField::Status || e.field == TaskField::Percent) {
            add(e.taskId, TaskField::Status);
            add(e.taskId, TaskField::Percent);
        } else {
            add(e.taskId, e.field);
        }
    }
    return out;
}

bool read(Repository& repo, QList<TaskEdit>* fields, StoreError* e)
{
    for (TaskEdit& f : *fields) {
        f.value = repo.fieldValue(f.taskId, f.field, e);
        if (e->isError())
            return false;
    }
    return true;
}

} // namespace

StoreCommand::StoreCommand(TaskEditor* editor, const QString& text, EditScopes scope)
    : QUndoCommand(text), m_editor(editor), m_scope(scope)
{
}

void StoreCommand::redo()
{
    if (!m_applied) { // pushed: TaskEditor::push has applied it already
        m_applied = true;
        return;
    }
    StoreError e;
    const bool ok = reapply(&e);
    m_editor->replayed(this, true, ok, e);
}

void StoreCommand::undo()
{
    StoreError e;
    const bool ok = revert(&e);
    m_editor->replayed(this, false, ok, e);
}

FieldEditCommand::FieldEditCommand(TaskEditor* editor, const QList<TaskEdit>& edits, const QString& text)
    : StoreCommand(editor, text, EditScope::Fields), m_edits(edits)
{
    for (const TaskEdit& t : edits)
        if (t.field == TaskField::LeadUnits || t.field == TaskField::CoUnits)
            m_namesUnits = true;
}

bool FieldEditCommand::namesUnits() const
{
    return m_namesUnits;
}

bool FieldEditCommand::apply(StoreError* e)
{
    m_before = touched(m_edits);
    if (!read(repo(), &m_before, e))
        return false;
    // One call, one transaction: a bulk edit of N tasks is all or nothing.
    if (!repo().applyEdits(m_edits, user(), nullptr, e))
        return false;
    m_after = touched(m_edits);
    return read(repo(), &m_after, e);
}

bool FieldEditCommand::revert(StoreError* e)
{
    return m_editor->applyIfUnchanged(m_before, m_after, &m_before, e);
}

bool FieldEditCommand::reapply(StoreError* e)
{
    return m_editor->applyIfUnchanged(m_after, m_before, &m_after, e);
}

ProgressCommand::ProgressCommand(TaskEditor* editor, qint64 taskId, const ProgressInput& in)
    : StoreCommand(editor, QCoreApplication::translate("TaskCommand", "记录进展"), EditScope::Fields),
      m_taskId(taskId), m_in(in)
{
}

bool ProgressCommand::snapshot(QList<TaskEdit>* out, StoreError* e) const
{
    *out = {{m_taskId, TaskField::Status, {}}, {m_taskId, TaskField::Percent, {}}};
    return read(repo(), out, e);
}

bool ProgressCommand::apply(StoreError* e)
{
    if (!snapshot(&m_before, e))
        return false;
    m_progressId = repo().addProgress(m_taskId, m_in, nullptr, e);
    return m_progressId > 0 && snapshot(&m_after, e);
}

bool ProgressCommand::revert(StoreError* e)
{
    // The percent the note set goes back only if nobody changed it since; then the note goes.
    return m_editor->applyIfUnchanged(m_before, m_after, nullptr, e) &&
           repo().removeProgress(m_progressId, user(), e);
}

bool ProgressCommand::reapply(StoreError* e)
{
    // Only over what the undo left: the guard writes nothing new, it checks.
    return m_editor->applyIfUnchanged(m_before, m_before, nullptr, e) && apply(e);
}

CreateTaskCommand::CreateTaskCommand(TaskEditor* editor, const NewTask& task)
    : StoreCommand(editor,
                   QCoreApplication::translate("TaskCommand", "新建任务：%1").arg(task.title.left(16)),
                   EditScope::Tasks),
      m_task(task)
{
}

bool CreateTaskCommand::apply(StoreError* e)
{
    const qint64 id = repo().createTask(m_task, user(), e);
    if (id <= 0)
        return false;
    m_task.id = id; // redo after undo brings it back under the same number
    return true;
}

bool CreateTaskCommand::revert(StoreError* e)
{
    return repo().deleteTask(m_task.id, user(), e);
}

CancelTaskCommand::CancelTaskCommand(TaskEditor* editor, qint64 taskId, const QString& title,
                                     const QString& reason)
    : StoreCommand(editor, QCoreApplication::translate("TaskCommand", "撤销任务：%1").arg(title.left(16)),
                   EditScope::Tasks),
      m_taskId(taskId), m_reason(reason)
{
}

bool CancelTaskCommand::apply(StoreError* e)
{
    return repo().cancelTask(m_taskId, m_reason, user(), e);
}

bool CancelTaskCommand::revert(StoreError* e)
{
    return repo().restoreTask(m_taskId, user(), e);
}

DeleteTaskCommand::DeleteTaskCommand(TaskEditor* editor, qint64 taskId, const QString& title)
    : StoreCommand(editor, QCoreApplication::translate("TaskCommand", "删除任务：%1").arg(title.left(16)),
                   EditScope::Tasks),
      m_taskId(taskId)
{
}

bool DeleteTaskCommand::apply(StoreError* e)
{
    // What undo needs to put the task back: it had no history, so its fields are all there is.
    const auto t = repo().task(m_taskId, e);
    if (!t)
        return false;
    NewTask& n = m_snapshot;
    n.id = m_taskId;
    n.title = t->record.title;
    n.text = t->record.text;
    n.leadUnits = t->record.leadUnits;
    n.coUnits = t->record.coUnits;
    n.deadline = t->record.deadline;
    n.deadlineText = t->record.deadlineText;
    n.startDate = t->record.startDate;
    n.directiveId = t->directive.id;
    n.section = t->record.section;
    n.lineStart = t->record.lineStart;
    n.lineEnd = t->record.lineEnd;
    n.kind = t->record.kind;
    return repo().deleteTask(m_taskId, user(), e);
}

bool DeleteTaskCommand::revert(StoreError* e)
{
    return repo().createTask(m_snapshot, user(), e) > 0;
}

EventCommand::EventCommand(TaskEditor* editor, const QList<qint64>& taskIds, const EventInput& in,
                           const QString& text)
    : StoreCommand(editor, text,
                   in.kind == EventKind::Cancel ? EditScopes(EditScope::Tasks) : EditScope::Fields),
      m_taskIds(taskIds), m_in(in)
{
}

bool EventCommand::apply(StoreError* e)
{
    m_eventIds = repo().recordEvents(m_taskIds, m_in, user(), e);
    if (m_eventIds.isEmpty())
        return false;
    if (m_in.kind == EventKind::Chase && m_in.noticeNo.isEmpty()) // redo keeps the notice's number
        m_in.noticeNo = repo().events(m_taskIds.first(), e).last().noticeNo;
    return true;
}

bool EventCommand::revert(StoreError* e)
{
    return repo().removeEvents(m_eventIds, user(), e);
}

} // namespace duban
