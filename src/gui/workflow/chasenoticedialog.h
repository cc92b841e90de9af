#pragma once

#include "report/chasenotice.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ChaseNoticeDialog;
}

namespace duban {

class TaskEditor;

// 催办: the numbered notice for one unit (ui/workflow/chasenoticedialog.ui): unit, level, issue and reply
// dates, the office's words and the unit's open tasks to list (overdue and behind pace first, all
// ticked). Saving the PDF or printing it records the notice as sent: one chase event per ticked task
// under the notice's number, through the TaskEditor (one transaction, one undo step).
class ChaseNoticeDialog : public QDialog
{
    Q_OBJECT
public:
    // taskId: the task the person came from (its lead unit is chosen first; it is ticked).
    ChaseNoticeDialog(TaskEditor* editor, qint64 taskId, QWidget* parent = nullptr);
    ~ChaseNoticeDialog() override;

    ChaseNotice notice() const; // as the form stands: ticked tasks only
    void setUnit(qint64 unitId);
    void setLevel(int level);
    // Writes the PDF and records the notice; false (message shown) when either fails.
    bool savePdf(const QString& path);
    bool print();
    QString lastMessage() const { return m_message; }

private:
    void loadTasks();
    bool recordSent(const ChaseNotice& n);

    std::unique_ptr<Ui::ChaseNoticeDialog> ui;
    TaskEditor* m_editor;
    qint64 m_taskId;
    QList<TaskRecord> m_candidates;
    QString m_message;
};

} // namespace duban
