#pragma once

#include "gui/storeaccess.h"
#include "gui/tasks/tasktablemodel.h"

#include <QWidget>
#include <memory>

class QAction;
class QComboBox;

class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace duban {

class BackgroundLoad;
class BackgroundTaskReader;
class DateField;

class TaskDetailPanel;
class TaskEditor;

// The task list: a filter bar and search box over a SQL-paged table, with the selected task's
// details beside it and bulk status / unit changes for a multi-row selection.
class TasksPage : public QWidget
{
    Q_OBJECT
public:
    TasksPage(TaskEditor* editor, QWidget* parent = nullptr);
    ~TasksPage() override;

    void setRepository(Repository* repo);
    void reload();  // filter choices and rows (after an import or a unit change)
    void refresh(); // rows and the shown task (after an edit)
    // After another desk changed these tasks: the rows on screen are read again, the shown task only when
    // it is one of them and nobody is typing in it.
    // choicesToo: tasks came or went, so the unit and file choices are read again too (off the GUI thread).
    void refreshTasks(const QList<qint64>& ids, bool choicesToo = false);
    void focusSearch();
    void focusTable(); // the task table, on its current row (the first when none)
    void addProgressToCurrent();
    void selectFirstRow();
    void filterByUnit(const QString& unit);
    // Selects the task in the table when the filter shows it, and shows it in the detail panel in any case.
    void showTask(qint64 id);
    // The filter bar and search as a query (other views, like the kanban, show the same tasks).
    TaskQuery query() const { return m_model->query(); }

    int filteredCount() const { return m_model->rowCount(); }
    TaskTableModel* model() const { return m_model; }
    BackgroundLoad* loader() const { return m_loader; }
    QTableView* table() const { return m_table; }
    TaskDetailPanel* detail() const { return m_detail; }
    QList<QAction*> bulkActions() const;
    // 新建任务 (Ctrl+N), 撤销任务, 暂缓任务 and 删除任务 on the current task: undoable, audited (TaskEditor).
    // 撤销 and 暂缓 are the 督办 steps of the detail panel's tab, with their reason dialog.
    QList<QAction*> taskActions() const { return {m_newTask, m_cancelTask, m_suspendTask, m_deleteTask}; }
    // Asks for a task by hand, its text filled in with `text`; returns the new id, 0 when none.
    qint64 newTask(const QString& text = {});
    void cancelCurrent();
    void suspendCurrent();
    void deleteCurrent();
    QAction* detailToggleAction() const { return m_toggleDetail; }

    // Bulk edits over the selected rows: one transaction, one undoable step (all rows or none). 暂缓 is
    // the 督办 step (a reason asked for once, one event per task).
    void bulkSetStatus(Status s);
    void bulkSetLeadUnit(const QString& unit);

    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

signals:
    void dataChanged();
    void queryChanged(); // the filter bar or search changed what the table lists

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilterBar(QWidget* bar);
    struct Choices
    {
        QStringList units;
        QList<QPair<qint64, QString>> directives; // id, title
    };
    static Choices readChoices(Repository& repo);
    void loadChoices();
    // The selection stays where the new choices hold it; false while someone types in the unit box (their
    // text stays, and the filter waits for Enter).
    bool fillChoices(const Choices& c);
    bool applyFilters(); // false: the query stays as it was
    void showCurrent();
    QList<int> selectedRows() const;

    TaskEditor* m_editor;
    Repository* m_repo = nullptr;
    std::unique_ptr<TaskSource> m_source;
    TaskTableModel* m_model;
    BackgroundLoad* m_loader;
    BackgroundLoad* m_choicesLoad; // the unit and file choices, read again as tasks come and go
    std::unique_ptr<BackgroundTaskReader> m_reader;
    QTableView* m_table;
    TaskDetailPanel* m_detail;
    QSplitter* m_splitter;
    QComboBox* m_unit;
    QComboBox* m_status;
    QComboBox* m_directive;
    QComboBox* m_due;
    DateField* m_from;
    DateField* m_to;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QAction* m_bulkStatus;
    QAction* m_bulkUnit;
    QAction* m_toggleDetail;
    QAction* m_newTask;
    QAction* m_cancelTask;
    QAction* m_suspendTask;
    QAction* m_deleteTask;
};

} // namespace duban
