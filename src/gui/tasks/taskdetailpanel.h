#pragma once

#include "gui/storeaccess.h"

#include <QWidget>

class QComboBox;

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace duban {

class DateField;

class RecordTableModel;
class TaskEditor;
class WorkflowPanel;

// Everything about one task: its fields (edited through the TaskEditor, undoable), the source excerpt, the
// progress log with "add an update", and the audit history.
class TaskDetailPanel : public QWidget
{
    Q_OBJECT
public:
    TaskDetailPanel(TaskEditor* editor, QWidget* parent = nullptr);
    void setRepository(Repository* repo);
    void showTask(qint64 id); // 0 clears
    qint64 taskId() const { return m_id; }
    void reload() { showTask(m_id); }
    // Opens the progress dialog for the shown task (Ctrl+E).
    void addProgress();
    // Records an update without the dialog (tests, feedback import).
    bool addProgressEntry(const StoreAccess::ProgressEntry& e);
    WorkflowPanel* workflow() const { return m_workflow; } // the 督办 tab: timeline and steps
    void showWorkflow();                                   // brings the 督办 tab forward

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void commit(StoreAccess::Field f, const QVariant& value);
    void setEditorsEnabled(bool on);

    TaskEditor* m_editor;
    Repository* m_repo = nullptr;
    qint64 m_id = 0;
    std::optional<StoreAccess::TaskDetail> m_task;
    bool m_loading = false;

    QLineEdit* m_title;
    QLabel* m_directive;
    QLabel* m_section;
    QLineEdit* m_lead;
    QLineEdit* m_co;
    DateField* m_deadline;
    QLabel* m_deadlineText;
    QComboBox* m_status;
    QSpinBox* m_percent;
    QLabel* m_targets;
    QLabel* m_signLate;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_source;
    QTableView* m_progressView;
    QTableView* m_auditView;
    RecordTableModel* m_progressModel;
    RecordTableModel* m_auditModel;
    QPushButton* m_addProgress;
    WorkflowPanel* m_workflow;
};

} // namespace duban
