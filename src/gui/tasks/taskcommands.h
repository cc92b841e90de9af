#pragma once

#include "gui/storeaccess.h"

#include <QUndoCommand>

class QUndoStack;

namespace duban {

// Undoable edits. Each command applies an edit through the store's edit API; undo applies the inverse
// edit (the old value), so the audit trail records both directions like any other change.
class EditTaskCommand : public QUndoCommand
{
public:
    EditTaskCommand(Repository* repo, qint64 taskId, StoreAccess::Field field, const QVariant& oldValue,
                    const QVariant& newValue, const QString& text, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    StoreAccess::Field field() const { return m_field; }

private:
    Repository* m_repo;
    qint64 m_taskId;
    StoreAccess::Field m_field;
    QVariant m_old, m_new;
    QVariant m_stored; // what the last redo/undo left in the store: undo and redo apply only over it
    QString m_error;
    bool m_applied = false; // redo reached the store: an edit that never did has nothing to undo
    // A status or percent edit may change the other one too (followStatusRule): undo restores both.
    bool m_hasPair = false;
    Status m_statusBefore = Status::NotStarted;
    int m_percentBefore = 0;
};

class AddProgressCommand : public QUndoCommand
{
public:
    AddProgressCommand(Repository* repo, qint64 taskId, const StoreAccess::ProgressEntry& entry,
                       QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    QString error() const { return m_error; }

private:
    Repository* m_repo;
    qint64 m_taskId;
    StoreAccess::ProgressEntry m_entry;
    qint64 m_progressId = 0;
    int m_previousPercent = -1;
    bool m_hasPair = false;
    Status m_statusBefore = Status::NotStarted;
    int m_percentBefore = 0;
    QString m_error;
};

QString fieldLabel(StoreAccess::Field f);

// The first error of a command or of one of its children (a macro), empty when all went through.
QString commandError(const QUndoCommand* command);

// A status change of one task; `from` is what the task has now (the undo value).
struct StatusChange
{
    qint64 taskId = 0;
    Status from = Status::NotStarted;
    Status to = Status::NotStarted;
};

// The one way views change statuses: a single undoable step (a macro of EditTaskCommands, audited by
// the store) named `text`. Changes with from == to are skipped. When any edit fails, the whole step is
// undone again and the first error is returned; empty on success.
QString pushStatusChanges(QUndoStack* undo, Repository* repo, const QList<StatusChange>& changes,
                          const QString& text);

} // namespace duban
