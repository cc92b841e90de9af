#include "gui/tasks/taskcommands.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace duban {

QString fieldLabel(StoreAccess::Field f)
{
    switch (f) {
    case StoreAccess::Field::Title:
        return QCoreApplication::translate("TaskCommand", "任务名称");
    case StoreAccess::Field::LeadUnits:
        return QCoreApplication::translate("TaskCommand", "牵头单位");
    case StoreAccess::Field::CoUnits:
        return QCoreApplication::translate("TaskCommand", "配合单位");
    case StoreAccess::Field::Deadline:
        return QCoreApplication::translate("TaskCommand", "完成时限");
    case StoreAccess::Field::Status:
        return QCoreApplication::translate("TaskCommand", "状态");
    case StoreAccess::Field::Percent:
        return QCoreApplication::translate("TaskCommand", "进度");
    }
    return {};
}

EditTaskCommand::EditTaskCommand(Repository* repo, qint64 taskId, StoreAccess::Field field,
                                 const QVariant& oldValue, const QVariant& newValue, const QString& text,
                                 QUndoCommand* parent)
    : QUndoCommand(text, parent), m_repo(repo), m_taskId(taskId), m_field(field), m_old(oldValue),
      m_new(newValue)
{
}

void EditTaskCommand::redo()
{
    m_error.clear();
    if (!m_stored.isValid()) { // the first time: the user's own edit
        if (m_field == StoreAccess::Field::Status || m_field == StoreAccess::Field::Percent)
            m_hasPair = StoreAccess::readStatusPercent(*m_repo, m_taskId, &m_statusBefore, &m_percentBefore);
        m_applied =
            StoreAccess::setField(*m_repo, m_taskId, m_field, m_new, StoreAccess::currentUser(), &m_error);
        if (m_applied)
            m_stored = StoreAccess::storedField(*m_repo, m_taskId, m_field);
        return;
    }
    // Redo after undo: only over the value the undo left, never over someone else's change.
    m_applied = StoreAccess::setFieldIf(*m_repo, m_taskId, m_field, m_stored, m_new,
                                        StoreAccess::currentUser(), &m_stored, &m_error);
}

void EditTaskCommand::undo()
{
    m_error.clear();
    if (!m_applied)
        return;
    // Only if the field still holds what this edit wrote: a change made meanwhile by another window, the
    // CLI or a feedback import stays, and the refusal is reported.
    if (m_hasPair && StoreAccess::storedField(*m_repo, m_taskId, m_field) == m_stored) {
        // Status and percent moved together (one rule): both go back.
        m_applied = !StoreAccess::setStatusPercent(*m_repo, m_taskId, m_statusBefore, m_percentBefore,
                                                   StoreAccess::currentUser(), &m_error);
        m_stored = StoreAccess::storedField(*m_repo, m_taskId, m_field);
        return;
    }
    m_applied = !StoreAccess::setFieldIf(*m_repo, m_taskId, m_field, m_stored, m_old,
                                         StoreAccess::currentUser(), &m_stored, &m_error);
}

QString commandError(const QUndoCommand* command)
{
    if (!command)
        return {};
    if (const auto* edit = dynamic_cast<const EditTaskCommand*>(command); edit && edit->failed())
        return edit->error();
    if (const auto* progress = dynamic_cast<const AddProgressCommand*>(command);
        progress && !progress->error().isEmpty())
        return progress->error();
    for (int i = 0; i < command->childCount(); ++i)
        if (const QString e = commandError(command->child(i)); !e.isEmpty())
            return e;
    return {};
}

AddProgressCommand::AddProgressCommand(Repository* repo, qint64 taskId,
                                       const StoreAccess::ProgressEntry& entry, QUndoCommand* parent)
    : QUndoCommand(QCoreApplication::translate("TaskCommand", "记录进展"), parent), m_repo(repo),
      m_taskId(taskId), m_entry(entry)
{
}

void AddProgressCommand::redo()
{
    m_error.clear();
    m_hasPair = StoreAccess::readStatusPercent(*m_repo, m_taskId, &m_statusBefore, &m_percentBefore);
    m_progressId = StoreAccess::addProgress(*m_repo, m_taskId, m_entry, &m_previousPercent, &m_error);
}

void AddProgressCommand::undo()
{
    m_error.clear();
    if (!m_progressId)
        return;
    StoreAccess::removeProgress(*m_repo, m_progressId, &m_error);
    // An update that reported a percent also set the task's percent (and maybe its status): put both back.
    if (m_entry.percent >= 0 && m_hasPair)
        StoreAccess::setStatusPercent(*m_repo, m_taskId, m_statusBefore, m_percentBefore,
                                      StoreAccess::currentUser(), &m_error);
    else if (m_entry.percent >= 0 && m_previousPercent >= 0 && m_previousPercent != m_entry.percent)
        StoreAccess::setField(*m_repo, m_taskId, StoreAccess::Field::Percent, m_previousPercent,
                              StoreAccess::currentUser(), &m_error);
    m_progressId = 0;
}

QString pushStatusChanges(QUndoStack* undo, Repository* repo, const QList<StatusChange>& changes,
                          const QString& text)
{
    if (!undo || !repo)
        return {};
    QString error;
    bool open = false;
    for (const StatusChange& c : changes) {
        if (c.from == c.to)
            continue;
        if (!open)
            undo->beginMacro(text);
        open = true;
        auto* cmd = new EditTaskCommand(repo, c.taskId, StoreAccess::Field::Status, int(c.from), int(c.to),
                                        QString());
        undo->push(cmd); // inside the macro: the stack owns it, redo() has run
        if (cmd->failed()) {
            error = cmd->error(); // e.g. locked: the rest would fail the same way, after as long a wait
            break;
        }
    }
    if (!open)
        return {};
    undo->endMacro();
    if (!error.isEmpty())
        undo->undo(); // leave nothing half-done: the edits that went through are reverted
    return error;
}

} // namespace duban
