#pragma once

#include "gui/workflow/eventdialog.h"
#include "store/repository.h"

#include <QHash>
#include <QWidget>

class QAction;
class QTableView;

namespace duban {

class TaskEditor;
class TimelineModel;

// The 督办 tab of the task's detail panel: the timeline of its steps and one action per step (also in the
// window's 督办 menu, with shortcuts). An action is enabled when core/workflow allows its step now, its
// tooltip saying why not otherwise; each opens its dialog and records through the TaskEditor (undoable).
class WorkflowPanel : public QWidget
{
    Q_OBJECT
public:
    WorkflowPanel(TaskEditor* editor, QWidget* parent = nullptr);
    void setRepository(Repository* repo);
    void showTask(qint64 id); // 0 clears
    qint64 taskId() const { return m_id; }

    QList<QAction*> stepActions() const; // in menu order
    QAction* stepAction(WorkflowStep s) const { return m_actions.value(int(s)); }
    // Opens the step's dialog for the shown task and records what it gives; true when recorded. The one
    // path for these steps: the task table's 撤销 / 暂缓 and a status set to 暂缓 come here too.
    bool takeStep(WorkflowStep s);
    // Records without a dialog (tests, the chase notice); false when refused (the editor says why).
    bool record(const EventInput& in);
    TimelineModel* timeline() const { return m_model; }

signals:
    // 催办 goes through the notice (催办单 / 督办通知单) for the task's unit: the window opens it.
    void chaseRequested(qint64 taskId);

private:
    void updateActions();
    QList<EventDialog::Unit> taskUnits() const;

    TaskEditor* m_editor;
    Repository* m_repo = nullptr;
    qint64 m_id = 0;
    std::optional<TaskDetails> m_task;
    WorkflowState m_state;
    TimelineModel* m_model;
    QTableView* m_view;
    QHash<int, QAction*> m_actions;
};

} // namespace duban
