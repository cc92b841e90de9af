#pragma once

#include "core/workflow.h"

#include <QDialog>
#include <memory>

namespace Ui {
class EventDialog;
}

namespace duban {

// The 督办 steps a person takes from the app; two of them answer a request (同意/不同意延期,
// 复核通过/退回), so one step can be either of two event kinds.
enum class WorkflowStep {
    Assign,
    Sign,
    Chase,
    ExtendRequest,
    ExtendDecision,
    CloseRequest,
    CloseReview,
    StrikeOff,
    Suspend,
    Resume,
    Cancel,
};
QString workflowStepLabel(WorkflowStep s); // the menu's text, translated

// Asks for what one step needs (ui/workflow/eventdialog.ui): the unit, the day it counts for, the 催办
// level, the deadline asked or granted, the reason or note, the decision. Rows a step does not use are
// hidden; the form refuses a missing reason or an unreadable date before anything is stored.
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    struct Unit
    {
        qint64 id = 0;
        QString name;
    };
    EventDialog(WorkflowStep step, const QString& taskTitle, const QList<Unit>& units,
                QWidget* parent = nullptr);
    ~EventDialog() override;
    // The request being answered (ExtendDecision, CloseReview), shown above the form; its requested
    // deadline fills the granted one.
    void setPending(const TaskEvent& request);
    EventInput input() const;
    void setInput(const EventInput& in); // tests
    WorkflowStep step() const { return m_step; }
    void accept() override;

private:
    bool needsReason() const;
    std::unique_ptr<Ui::EventDialog> ui;
    WorkflowStep m_step;
};

} // namespace duban
