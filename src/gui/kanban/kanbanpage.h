#pragma once

#include "gui/kanban/kanbanmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;

namespace duban {

class BackgroundLoad;
class KanbanView;
class TaskEditor;

// The kanban view (看板): a swimlane choice and a line naming the filter in effect (the task table's,
// status aside) above the board. Reloads lazily: changes while the board is hidden are picked up
// when it is shown; changes while it is visible are coalesced into one query.
class KanbanPage : public QWidget
{
    Q_OBJECT
public:
    KanbanPage(TaskEditor* editor, QWidget* parent = nullptr);

    void setRepository(Repository* repo);
    void setQuery(const TaskQuery& q); // the task table's filter
    void invalidate();                 // the store changed: reload when it matters
    // Another desk changed these tasks: their cards alone are read again (KanbanModel::refreshTasks);
    // a hidden board reads everything when shown.
    void refreshTasks(const QList<qint64>& ids);
    void reloadNow();

    KanbanModel* model() const { return m_model; }
    BackgroundLoad* loader() const { return m_loader; }
    KanbanView* view() const { return m_view; }
    QString filterSummary() const;

signals:
    void openTask(qint64 id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateSummary();

    TaskEditor* m_editor;
    Repository* m_repo = nullptr;
    KanbanModel* m_model;
    BackgroundLoad* m_loader;
    KanbanView* m_view;
    QComboBox* m_lanes;
    QLabel* m_summary;
    QTimer* m_reloadTimer;
    bool m_stale = false;
    int m_generationAtInvalidate = 0;
    TaskQuery m_tableQuery;
};

} // namespace duban
