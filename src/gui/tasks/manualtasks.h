#pragma once

// Tasks by hand in the GUI: the dialog that asks for one, and the undoable commands that create,
// cancel (撤销, with a reason) and delete them through the store's audited calls.
#include "gui/storeaccess.h"

#include <QDialog>
#include <QUndoCommand>
#include <memory>

class QLineEdit;
class QPlainTextEdit;

namespace duban {

class DateField;
struct NewTask;

struct NewTaskEntry
{
    qint64 id = 0; // > 0: re-create under this number (undo of a delete)
    QString title, text;
    QStringList leadUnits, coUnits;
    QDate deadline;
};

namespace StoreAccess {
qint64 createTask(Repository& repo, const NewTaskEntry& t, QString* error);
bool cancelTask(Repository& repo, qint64 taskId, const QString& reason, QString* error);
bool restoreTask(Repository& repo, qint64 taskId, QString* error);
bool canDeleteTask(Repository& repo, qint64 taskId, QString* why);
bool deleteTask(Repository& repo, qint64 taskId, QString* error);
} // namespace StoreAccess

class NewTaskDialog : public QDialog
{
    Q_OBJECT
public:
    // text: what the task says (e.g. lines of a directive nothing was extracted from); may be empty.
    NewTaskDialog(const QStringList& unitNames, const QString& text, QWidget* parent = nullptr);
    NewTaskEntry entry() const;
    void accept() override;

private:
    QLineEdit* m_title;
    QPlainTextEdit* m_text;
    QLineEdit* m_lead;
    QLineEdit* m_co;
    DateField* m_deadline;
};

// A failed redo leaves error() set and the command harmless to undo.
class CreateTaskCommand : public QUndoCommand
{
public:
    CreateTaskCommand(Repository* repo, const NewTaskEntry& entry);
    void redo() override;
    void undo() override;
    qint64 taskId() const { return m_entry.id; }
    QString error() const { return m_error; }

private:
    Repository* m_repo;
    NewTaskEntry m_entry;
    bool m_done = false;
    QString m_error;
};

class CancelTaskCommand : public QUndoCommand
{
public:
    CancelTaskCommand(Repository* repo, qint64 taskId, const QString& title, const QString& reason);
    void redo() override;
    void undo() override;
    QString error() const { return m_error; }

private:
    Repository* m_repo;
    qint64 m_taskId;
    QString m_reason;
    bool m_done = false;
    QString m_error;
};

// Undo puts the task back under its number, in its directive, at its source lines.
class DeleteTaskCommand : public QUndoCommand
{
public:
    DeleteTaskCommand(Repository* repo, qint64 taskId, const QString& title);
    ~DeleteTaskCommand() override;
    void redo() override;
    void undo() override;
    QString error() const { return m_error; }

private:
    Repository* m_repo;
    qint64 m_taskId;
    std::unique_ptr<NewTask> m_snapshot;
    bool m_done = false;
    QString m_error;
};

} // namespace duban
