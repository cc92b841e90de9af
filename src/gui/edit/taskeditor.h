#pragma once

// The one edit path (issue 15 item 2): the object that owns the repository and the undo stack. Every
// write of the GUI goes through it as one store call (one transaction with its audit rows), pushed as one
// undo command where undo makes sense, and announced by one changed() signal the views reload from.
#include "store/repository.h"

#include <QFlags>
#include <QHash>
#include <QObject>
#include <memory>

class QUndoStack;

namespace duban {

class StoreCommand;
struct FeedbackPreview;
struct ImportOutcome;

// What a write changed, so each view reloads what it shows once.
enum class EditScope {
    Fields = 0x1,  // fields and progress of existing tasks
    Tasks = 0x2,   // tasks added, cancelled, deleted or imported (filter choices change)
    Units = 0x4,   // unit names, aliases and links
    Scores = 0x40, // a 考评 ranking published
};
Q_DECLARE_FLAGS(EditScopes, EditScope)
Q_DECLARE_OPERATORS_FOR_FLAGS(EditScopes)

class TaskEditor : public QObject
{
    Q_OBJECT
public:
    explicit TaskEditor(QObject* parent = nullptr);
    ~TaskEditor() override;

    // Takes the repository (nullptr closes it); the history belongs to the old one and is dropped.
    void setRepository(std::unique_ptr<Repository> repo);
    Repository* repository() const { return m_repo.get(); }
    QUndoStack* undoStack() const { return m_undo; }

    // --- undoable; false (message announced by refused()) when the store refused: nothing was written
    // and nothing was pushed. Values as Repository::applyEdits takes them.
    // Edits of one or many tasks: one transaction and one undo step named `text` (a bulk edit).
    bool setFields(const QList<TaskEdit>& edits, const QString& text, QString* error = nullptr);
    bool addProgress(qint64 taskId, const ProgressInput& in, QString* error = nullptr);
    qint64 createTask(const NewTask& task, QString* error = nullptr); // the new id, 0 on failure
    bool cancelTask(qint64 taskId, const QString& title, const QString& reason, QString* error = nullptr);
    bool deleteTask(qint64 taskId, const QString& title, QString* error = nullptr);
    // A 督办 step (交办, 签收, 催办, 延期, 办结申请, 复核, 销号, 暂缓, 恢复, 撤销) on one task, or the same
    // step on several (a notice covering a unit's tasks): refused with the workflow's reason when it may
    // not follow the task's earlier steps. Returns the event ids, empty when refused.
    QList<qint64> recordEvent(const QList<qint64>& taskIds, const EventInput& in, QString* error = nullptr);

    // --- not undoable. A rename keeps the old name as an alias, so the history stays valid.
    bool renameUnit(qint64 unitId, const QString& name, QString* error = nullptr);
    // These clear the history (clearHistory) when it could write over what they wrote.
    bool mergeUnits(qint64 fromId, qint64 intoId, QString* error = nullptr);
    bool importFeedback(const FeedbackPreview& preview, FeedbackResult* result, QString* error = nullptr);
    // Stores the reviewed drafts; returns how many tasks were written, -1 on failure.
    int importDirective(const ImportOutcome& outcome, const QList<TaskDraft>& accepted,
                        QString* error = nullptr);

    // 考评: stores the ranking with its rule (Repository::publishScores); not undoable, a published ranking
    // stays on record. Returns the run's id, 0 on failure.
    qint64 publishScores(const ScorePeriod& period, const ScoreRule& rule, ScoreRun* run = nullptr,
                         QString* error = nullptr);

    // The history holds steps that would write unit names back (a merge then clears it).
    bool historyNamesUnits() const;

    // The one place an undo or redo checks that the values are still the ones it left: writes `target`
    // only while each field holds `expected`'s value and nobody else wrote the task since this editor
    // last did (its version, TaskEdit::baseVersion), in one transaction
    // (Repository::applyEditsIfUnchanged). `now` receives the values as stored.
    bool applyIfUnchanged(const QList<TaskEdit>& target, const QList<TaskEdit>& expected,
                          QList<TaskEdit>* now, StoreError* error);
    QString user() const;
    // Remembers the versions this editor's own write left the tasks at: what its undo steps build on.
    void noteWritten(const QList<qint64>& taskIds);
    // The edits, each based on the version this editor last left its task at (0: never wrote it).
    QList<TaskEdit> basedOnOwnWrites(QList<TaskEdit> edits) const;

signals:
    // Once per write, refused ones too (views show the store). ids: the tasks another desk changed on a
    // shared server (Repository::changeFeed), for views that can reload just those; empty for our own writes
    // and when another desk changed more than a notice names.
    void changed(duban::EditScopes what, const QList<qint64>& ids = {});
    void refused(const QString& message);    // once per refused write, undo or redo
    void historyCleared(const QString& why); // a write that cannot be undone dropped the undo steps

private:
    friend class StoreCommand;
    bool push(StoreCommand* command, QString* error);
    void replayed(StoreCommand* command, bool redo, bool ok, const StoreError& e); // undo/redo outcome
    void refuse(const QString& message, const StoreError& e, QString* error, EditScopes scope);
    void clearHistory(const QString& why);
    void othersWrote(const QList<qint64>& ids, bool tasksAddedOrRemoved);

    std::unique_ptr<Repository> m_repo;
    QUndoStack* m_undo;
    QHash<qint64, int> m_versions; // task id -> version after this editor's last write to it
};

} // namespace duban
