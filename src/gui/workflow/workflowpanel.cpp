#include "gui/workflow/workflowpanel.h"

#include "gui/edit/taskeditor.h"
#include "gui/workflow/timelinemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace duban {

namespace {

struct StepInfo
{
    WorkflowStep step;
    const char* name;
    const char* key;
};

// Ctrl+Alt and the step's initial in pinyin where it is free: 交 J, 签 Q, 催 C, 延 Y, 批 P, 办 B, 复 F,
// 销 X, 缓 H, 恢 G (next to H).
const StepInfo kSteps[] = {
    {WorkflowStep::Assign, "actionAssign", "Ctrl+Alt+J"},
    {WorkflowStep::Sign, "actionSign", "Ctrl+Alt+Q"},
    {WorkflowStep::Chase, "actionChase", "Ctrl+Alt+C"},
    {WorkflowStep::ExtendRequest, "actionExtendRequest", "Ctrl+Alt+Y"},
    {WorkflowStep::ExtendDecision, "actionExtendDecision", "Ctrl+Alt+P"},
    {WorkflowStep::CloseRequest, "actionCloseRequest", "Ctrl+Alt+B"},
    {WorkflowStep::CloseReview, "actionCloseReview", "Ctrl+Alt+F"},
    {WorkflowStep::StrikeOff, "actionStrikeOff", "Ctrl+Alt+X"},
    {WorkflowStep::Suspend, "actionSuspend", "Ctrl+Alt+H"},
    {WorkflowStep::Resume, "actionResume", "Ctrl+Alt+G"},
    {WorkflowStep::Cancel, "actionCancelEvent", ""},
};

// An input that passes every check but the state's, to ask whether the step may be taken now.
EventInput probe(WorkflowStep s)
{
    EventInput in;
    in.text = QStringLiteral("-");
    in.level = 1;
    in.deadline = QDate(9999, 12, 31);
    in.kind = stepKind(s);
    return in;
}

} // namespace

WorkflowPanel::WorkflowPanel(TaskEditor* editor, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_model(new TimelineModel(this))
{
    setObjectName(QStringLiteral("workflowPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TimelineModel::Note, QHeaderView::Stretch);
    m_view->setWordWrap(true);
    layout->addWidget(m_view, 1);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (const StepInfo& s : kSteps) {
        auto* a = new QAction(workflowStepLabel(s.step), this);
        a->setObjectName(QString::fromLatin1(s.name));
        const QKeySequence key(QString::fromLatin1(s.key));
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, [this, step = s.step] { takeStep(step); });
        m_actions.insert(int(s.step), a);
        // The daily steps as buttons under the timeline; the rest are in the menu.
        if (s.step == WorkflowStep::Sign || s.step == WorkflowStep::Chase ||
            s.step == WorkflowStep::ExtendRequest || s.step == WorkflowStep::CloseRequest ||
            s.step == WorkflowStep::CloseReview || s.step == WorkflowStep::StrikeOff) {
            auto* b = new QToolButton(this);
            b->setDefaultAction(a);
            b->setObjectName(a->objectName() + QStringLiteral("Button"));
            buttons->addWidget(b);
        }
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    updateActions();
}

QList<QAction*> WorkflowPanel::stepActions() const
{
    QList<QAction*> out;
    for (const StepInfo& s : kSteps)
        out.append(m_actions.value(int(s.step)));
    return out;
}

void WorkflowPanel::setRepository(Repository* repo)
{
    m_repo = repo;
    showTask(0);
}

void WorkflowPanel::showTask(qint64 id)
{
    m_id = id;
    m_task.reset();
    m_state = {};
    QList<TaskEvent> events;
    if (m_repo && id) {
        m_task = m_repo->task(id);
        if (m_task)
            events = m_repo->events(id);
    }
    if (!m_task)
        m_id = 0;
    m_state = replayEvents(events);
    m_model->setEvents(events);
    m_view->resizeColumnsToContents();
    updateActions();
}

QList<EventDialog::Unit> WorkflowPanel::taskUnits() const
{
    QList<EventDialog::Unit> out;
    if (m_task) {
        for (const TaskUnitLink& l : m_task->units)
            out.append({l.unitId, l.name});
    }
    return out;
}

void WorkflowPanel::updateActions()
{
    TaskFacts facts;
    if (m_task)
        facts = {m_task->record.status, m_task->record.deadline, m_task->record.retired.isValid()};
    for (const StepInfo& s : kSteps) {
        QAction* a = m_actions.value(int(s.step));
        QString why = m_task ? eventRefusal(m_state, facts, probe(s.step)) : tr("请先选择一项任务");
        // 交办 and 签收 go unit by unit: open while one of the task's units has not had it.
        if (m_task && why.isEmpty() && (s.step == WorkflowStep::Assign || s.step == WorkflowStep::Sign)) {
            QList<EventDialog::Unit> units = taskUnits();
            if (units.isEmpty())
                units.append({0, QString()});
            for (const EventDialog::Unit& u : units) {
                EventInput in = probe(s.step);
                in.unitId = u.id;
                why = eventRefusal(m_state, facts, in, u.name);
                if (why.isEmpty())
                    break;
            }
        }
        a->setEnabled(why.isEmpty());
        const QString text = QString(a->text()).remove(QStringLiteral("…"));
        const QString key =
            a->shortcut().isEmpty()
                ? QString()
                : QStringLiteral(" (%1)").arg(a->shortcut().toString(QKeySequence::NativeText));
        a->setToolTip(why.isEmpty() ? text + key : tr("%1%2：%3").arg(text, key, why));
    }
}

bool WorkflowPanel::takeStep(WorkflowStep s)
{
    if (!m_task)
        return false;
    if (s == WorkflowStep::Chase) {
        emit chaseRequested(m_id);
        return false;
    }
    EventDialog dlg(s, m_task->record.title, taskUnits(), this);
    const qint64 pending = s == WorkflowStep::ExtendDecision ? m_state.pendingExtension
                           : s == WorkflowStep::CloseReview  ? m_state.pendingClose
                                                             : 0;
    for (const TaskEvent& e : m_model->events()) {
        if (e.id == pending)
            dlg.setPending(e);
    }
    return dlg.exec() == QDialog::Accepted && record(dlg.input());
}

bool WorkflowPanel::record(const EventInput& in)
{
    if (!m_task)
        return false;
    // The editor announces a refusal; its changed() signal reloads the panel either way.
    return !m_editor->recordEvent({m_id}, in).isEmpty();
}

} // namespace duban
