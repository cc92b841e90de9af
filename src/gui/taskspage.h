#pragma once

#include "gui/storeaccess.h"
#include "gui/tasktablemodel.h"

#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QUndoStack;

namespace duban {

class TaskDetailPanel;

// The task list: a filter bar and search box over a SQL-paged table, with the selected task's
// details beside it and bulk status / unit changes for a multi-row selection.
class TasksPage : public QWidget
{
    Q_OBJECT
public:
    TasksPage(QUndoStack* undo, QWidget* parent = nullptr);
    ~TasksPage() override;

    void setRepository(Repository* repo);
    void reload();  // filter choices and rows (after an import or a unit change)
    void refresh(); // rows and the shown task (after an edit)
    void focusSearch();
    void addProgressToCurrent();
    void selectFirstRow();
    void filterByUnit(const QString& unit);
    void showTask(qint64 id); // selects its row when listed, else shows it in the detail panel

    int filteredCount() const { return m_model->rowCount(); }
    TaskTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    TaskDetailPanel* detail() const { return m_detail; }
    QList<QAction*> bulkActions() const;
    QAction* detailToggleAction() const { return m_toggleDetail; }

    // Bulk edits over the selected rows, as one undoable step.
    void bulkSetStatus(Status s);
    void bulkSetLeadUnit(const QString& unit);

    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

signals:
    void dataChanged();

private:
    void buildFilterBar(QWidget* bar);
    void applyFilters();
    void showCurrent();
    QList<int> selectedRows() const;

    QUndoStack* m_undo;
    Repository* m_repo = nullptr;
    std::unique_ptr<TaskSource> m_source;
    TaskTableModel* m_model;
    QTableView* m_table;
    TaskDetailPanel* m_detail;
    QSplitter* m_splitter;
    QComboBox* m_unit;
    QComboBox* m_status;
    QComboBox* m_directive;
    QComboBox* m_due;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QAction* m_bulkStatus;
    QAction* m_bulkUnit;
    QAction* m_toggleDetail;
};

} // namespace duban
