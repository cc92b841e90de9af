#pragma once

// The TaskEditor's undoable writes. A command's first application runs in TaskEditor::push before it
// goes on the stack; undo and redo are each one store call (one transaction), and a refused one leaves
// the store untouched and drops the step (TaskEditor::replayed).
#include "gui/edit/taskeditor.h"

#include <QUndoCommand>

namespace duban {

class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(TaskEditor* editor, const QString& text, EditScopes scope);
    virtual bool apply(StoreError* e) = 0;            // the user's edit, the first time
    virtual bool revert(StoreError* e) = 0;           // undo
    virtual bool reapply(StoreError* e) = 0;          // redo after undo
    virtual bool namesUnits() const { return false; } // keeps unit names it would write back
    EditScopes scope() const { return m_scope; }
    void redo() final;
    void undo() final;

protected:
    Repository& repo() const { return *m_editor->repository(); }
    QString user() const { return m_editor->user(); }
    TaskEditor* m_editor;

private:
    friend class TaskEditor;
    EditScopes m_scope;
    bool m_applied = false; // push applied it: the stack's first redo() has nothing to do
};

// Field edits of one or many tasks. Status and percent move together (followStatusRule), so both are
// kept for every task whose status or percent is edited.
class FieldEditCommand : public StoreCommand
{
public:
    FieldEditCommand(TaskEditor* editor, const QList<TaskEdit>& edits, const QString& text);
    bool apply(StoreError* e) override;
    bool revert(StoreError* e) override;
    bool reapply(StoreError* e) override;
    bool namesUnits() const override;

private:
    QList<TaskEdit> m_edits;
    bool m_namesUnits = false;
    QList<TaskEdit> m_before, m_after; // every field the edits touch, as stored before and after
};

class ProgressCommand : public StoreCommand
{
public:
    ProgressCommand(TaskEditor* editor, qint64 taskId, const ProgressInput& in);
    bool apply(StoreError* e) override;
    bool revert(StoreError* e) override;
    bool reapply(StoreError* e) override;

private:
    bool snapshot(QList<TaskEdit>* out, StoreError* e) const;
    qint64 m_taskId;
    ProgressInput m_in;
    qint64 m_progressId = 0;
    QList<TaskEdit> m_before, m_after; // status and percent
};

class CreateTaskCommand : public StoreCommand
{
public:
    CreateTaskCommand(TaskEditor* editor, const NewTask& task);
    bool apply(StoreError* e) override;
    bool revert(StoreError* e) override;
    bool reapply(StoreError* e) override { return apply(e); } // under the same number
    bool namesUnits() const override { return true; }
    qint64 taskId() const { return m_task.id; }

private:
    NewTask m_task;
};

class CancelTaskCommand : public StoreCommand
{
public:
    CancelTaskCommand(TaskEditor* editor, qint64 taskId, const QString& title, const QString& reason);
    bool apply(StoreError* e) override;
    bool revert(StoreError* e) override;
    bool reapply(StoreError* e) override { return apply(e); }

private:
    qint64 m_taskId;
    QString m_reason;
};

// Undo puts the task back under its number, in its directive, at its source lines.
class DeleteTaskCommand : public StoreCommand
{
public:
    DeleteTaskCommand(TaskEditor* editor, qint64 taskId, const QString& title);
    bool apply(StoreError* e) override;
    bool revert(StoreError* e) override;
    bool reapply(StoreError* e) override { return apply(e); }
    bool namesUnits() const override { return true; }

private:
    qint64 m_taskId;
    NewTask m_snapshot;
};

// A 督办 step (core/workflow) on one or several tasks (a notice covering a unit's tasks). Undo removes
// the events while each is still its task's last and the task still holds what the step wrote (the
// store checks both in one transaction); redo records the step again, a notice under its number.
class EventCommand : public StoreCommand
{
public:
    EventCommand(TaskEditor* editor, const QList<qint64>& taskIds, const EventInput& in, const QString& text);
    bool apply(StoreError* e) override;
    bool revert(StoreError* e) override;
    bool reapply(StoreError* e) override { return apply(e); }
    const QList<qint64>& eventIds() const { return m_eventIds; }

private:
    QList<qint64> m_taskIds;
    EventInput m_in;
    QList<qint64> m_eventIds;
};

} // namespace duban
