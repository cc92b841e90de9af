#include "gui/workflow/eventdialog.h"

#include "core/clock.h"
#include "palette/warningpalette.h"
#include "ui_eventdialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace duban {

QString workflowStepLabel(WorkflowStep s)
{
    switch (s) {
    case WorkflowStep::Assign:
        return EventDialog::tr("交办…");
    case WorkflowStep::Sign:
        return EventDialog::tr("签收…");
    case WorkflowStep::Chase:
        return EventDialog::tr("催办…");
    case WorkflowStep::ExtendRequest:
        return EventDialog::tr("延期申请…");
    case WorkflowStep::ExtendDecision:
        return EventDialog::tr("审批延期…");
    case WorkflowStep::CloseRequest:
        return EventDialog::tr("办结申请…");
    case WorkflowStep::CloseReview:
        return EventDialog::tr("复核办结…");
    case WorkflowStep::StrikeOff:
        return EventDialog::tr("销号…");
    case WorkflowStep::Suspend:
        return EventDialog::tr("暂缓…");
    case WorkflowStep::Resume:
        return EventDialog::tr("恢复办理…");
    case WorkflowStep::Cancel:
        return EventDialog::tr("撤销（督办）…");
    }
    return {};
}

EventKind stepKind(WorkflowStep s, bool refuse)
{
    switch (s) {
    case WorkflowStep::Assign:
        return EventKind::Assign;
    case WorkflowStep::Sign:
        return EventKind::Sign;
    case WorkflowStep::Chase:
        return EventKind::Chase;
    case WorkflowStep::ExtendRequest:
        return EventKind::ExtendRequest;
    case WorkflowStep::ExtendDecision:
        return refuse ? EventKind::ExtendRefuse : EventKind::ExtendApprove;
    case WorkflowStep::CloseRequest:
        return EventKind::CloseRequest;
    case WorkflowStep::CloseReview:
        return refuse ? EventKind::CloseReturn : EventKind::CloseAccept;
    case WorkflowStep::StrikeOff:
        return EventKind::StrikeOff;
    case WorkflowStep::Suspend:
        return EventKind::Suspend;
    case WorkflowStep::Resume:
        return EventKind::Resume;
    case WorkflowStep::Cancel:
        return EventKind::Cancel;
    }
    return EventKind::Sign;
}

EventDialog::EventDialog(WorkflowStep step, const QString& taskTitle, const QList<Unit>& units,
                         QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::EventDialog>()), m_step(step)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(QString(workflowStepLabel(step)).remove(QStringLiteral("…")));
    ui->taskLabel->setText(tr("任务：%1").arg(taskTitle));
    ui->pendingLabel->hide();
    ui->dateEdit->setDate(Clock::today());
    const WarningPalette& palette = WarningPalette::current();
    for (int level = 1; level <= kChaseLevels; ++level)
        ui->levelCombo->addItem(palette.chaseIcon(level, fontMetrics().height()), palette.chaseName(level),
                                level);
    ui->levelCombo->setCurrentIndex(1);
    const bool unitStep = step == WorkflowStep::Assign || step == WorkflowStep::Sign ||
                          step == WorkflowStep::Chase || step == WorkflowStep::ExtendRequest ||
                          step == WorkflowStep::CloseRequest;
    if (unitStep) {
        for (const Unit& u : units)
            ui->unitCombo->addItem(u.name, u.id);
        if (step == WorkflowStep::Assign || units.isEmpty())
            ui->unitCombo->insertItem(0, tr("（全部单位）"), 0);
        ui->unitCombo->setCurrentIndex(0);
    }
    const bool decision = step == WorkflowStep::ExtendDecision || step == WorkflowStep::CloseReview;
    if (step == WorkflowStep::CloseReview) {
        ui->approveRadio->setText(tr("复核通过"));
        ui->refuseRadio->setText(tr("退回"));
    }
    const bool deadline = step == WorkflowStep::ExtendRequest || step == WorkflowStep::ExtendDecision;
    ui->deadlineLabel->setText(step == WorkflowStep::ExtendRequest ? tr("申请延至：") : tr("同意延至："));
    ui->form->setRowVisible(ui->decisionLabel, decision);
    ui->form->setRowVisible(ui->unitLabel, unitStep);
    ui->form->setRowVisible(ui->levelLabel, step == WorkflowStep::Chase);
    ui->form->setRowVisible(ui->deadlineLabel, deadline);
    connect(ui->refuseRadio, &QRadioButton::toggled, this, [this, step](bool refuse) {
        if (step == WorkflowStep::ExtendDecision)
            ui->form->setRowVisible(ui->deadlineLabel, !refuse);
    });
    ui->textLabel->setText(needsReason() ? tr("理由：") : tr("说明："));
    ui->textEdit->setPlaceholderText(needsReason() ? tr("必填") : tr("可不填"));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("记录"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
}

EventDialog::~EventDialog() = default;

void EventDialog::setPending(const TaskEvent& r)
{
    QString text = r.kind == EventKind::ExtendRequest
                       ? tr("%1 %2申请延至 %3")
                             .arg(r.onDate.toString(Qt::ISODate), r.unit, r.deadline.toString(Qt::ISODate))
                       : tr("%1 %2申请办结").arg(r.onDate.toString(Qt::ISODate), r.unit);
    if (!r.text.isEmpty())
        text += tr("：%1").arg(r.text);
    ui->pendingLabel->setText(text);
    ui->pendingLabel->show();
    if (r.kind == EventKind::ExtendRequest)
        ui->deadlineEdit->setDate(r.deadline);
}

bool EventDialog::needsReason() const
{
    const bool refusing = ui->refuseRadio->isChecked();
    switch (m_step) {
    case WorkflowStep::ExtendRequest:
    case WorkflowStep::Suspend:
    case WorkflowStep::Cancel:
        return true;
    case WorkflowStep::ExtendDecision:
    case WorkflowStep::CloseReview:
        return refusing;
    default:
        return false;
    }
}

EventInput EventDialog::input() const
{
    EventInput in;
    const bool refuse = ui->refuseRadio->isChecked();
    in.kind = stepKind(m_step, refuse);
    if (in.kind == EventKind::Chase)
        in.level = ui->levelCombo->currentData().toInt();
    if (ui->form->isRowVisible(ui->unitLabel))
        in.unitId = ui->unitCombo->currentData().toLongLong();
    if (in.kind == EventKind::ExtendRequest || in.kind == EventKind::ExtendApprove)
        in.deadline = ui->deadlineEdit->date();
    in.onDate = ui->dateEdit->date();
    in.text = ui->textEdit->toPlainText().trimmed();
    return in;
}

void EventDialog::setInput(const EventInput& in)
{
    const int unit = ui->unitCombo->findData(in.unitId);
    if (unit >= 0)
        ui->unitCombo->setCurrentIndex(unit);
    if (in.onDate.isValid())
        ui->dateEdit->setDate(in.onDate);
    const int level = ui->levelCombo->findData(in.level);
    if (level >= 0)
        ui->levelCombo->setCurrentIndex(level);
    if (in.deadline.isValid())
        ui->deadlineEdit->setDate(in.deadline);
    ui->textEdit->setPlainText(in.text);
    const bool refuse = in.kind == EventKind::ExtendRefuse || in.kind == EventKind::CloseReturn;
    (refuse ? ui->refuseRadio : ui->approveRadio)->setChecked(true);
}

void EventDialog::accept()
{
    ui->dateEdit->commit();
    ui->deadlineEdit->commit();
    if (!ui->dateEdit->date().isValid()) {
        QMessageBox::warning(this, windowTitle(), tr("请按 2024-06-30 或 2024年6月30日 的样式填写日期。"));
        ui->dateEdit->setFocus();
        return;
    }
    if (ui->form->isRowVisible(ui->deadlineLabel) && !ui->deadlineEdit->date().isValid()) {
        QMessageBox::warning(this, windowTitle(), tr("请填写延至的日期。"));
        ui->deadlineEdit->setFocus();
        return;
    }
    if (needsReason() && ui->textEdit->toPlainText().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("请写明理由。"));
        ui->textEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace duban
