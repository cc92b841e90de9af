#include "gui/tasks/taskdetailpanel.h"

#include "gui/edit/taskeditor.h"
#include "gui/import/reviewmodel.h"
#include "gui/tasks/progressdialog.h"
#include "gui/widgets/datedelegate.h"
#include "gui/widgets/datefield.h"
#include "gui/widgets/recordtablemodel.h"
#include "gui/workflow/signflag.h"
#include "gui/workflow/workflowpanel.h"
#include "palette/warningpalette.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace duban {

namespace {
QTableView* makeLogView(QAbstractItemModel* model, QWidget* parent, const char* name)
{
    auto* v = new QTableView(parent);
    v->setObjectName(QString::fromLatin1(name));
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->setWordWrap(true);
    v->setAlternatingRowColors(true);
    return v;
}

QString fieldLabel(StoreAccess::Field f)
{
    switch (f) {
    case StoreAccess::Field::Title:
        return QCoreApplication::translate("TaskCommand", "任务名称");
    case StoreAccess::Field::LeadUnits:
        return QCoreApplication::translate("TaskCommand", "牵头单位");
    case StoreAccess::Field::CoUnits:
        return QCoreApplication::translate("TaskCommand", "配合单位");
    case StoreAccess::Field::Deadline:
        return QCoreApplication::translate("TaskCommand", "完成时限");
    case StoreAccess::Field::Status:
        return QCoreApplication::translate("TaskCommand", "状态");
    case StoreAccess::Field::Percent:
        return QCoreApplication::translate("TaskCommand", "进度");
    }
    return {};
}
} // namespace

TaskDetailPanel::TaskDetailPanel(TaskEditor* editor, QWidget* parent) : QWidget(parent), m_editor(editor)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.15);
    tf.setBold(true);
    m_title->setFont(tf);
    layout->addWidget(m_title);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_directive = new QLabel(this);
    m_directive->setObjectName(QStringLiteral("detailDirective"));
    m_directive->setWordWrap(true);
    m_directive->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_section = new QLabel(this);
    m_section->setWordWrap(true);
    m_lead = new QLineEdit(this);
    m_lead->setObjectName(QStringLiteral("detailLead"));
    m_lead->setPlaceholderText(tr("用顿号“、”分隔多个单位"));
    m_co = new QLineEdit(this);
    m_co->setObjectName(QStringLiteral("detailCo"));
    m_co->setPlaceholderText(tr("用顿号“、”分隔多个单位"));
    auto* deadlineRow = new QHBoxLayout;
    m_deadline = new DateField(this);
    m_deadline->setObjectName(QStringLiteral("detailDeadline"));
    m_deadline->setEmptyAllowed(true);
    m_deadline->setPlaceholderText(tr("无"));
    m_deadlineText = new QLabel(this);
    deadlineRow->addWidget(m_deadline);
    deadlineRow->addWidget(m_deadlineText, 1);
    auto* statusRow = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    for (Status s : kAllStatuses)
        m_status->addItem(statusLabel(s), int(s));
    m_percent = new QSpinBox(this);
    m_percent->setObjectName(QStringLiteral("detailPercent"));
    m_percent->setRange(0, 100);
    m_percent->setSuffix(QStringLiteral("%"));
    statusRow->addWidget(m_status);
    statusRow->addWidget(new QLabel(tr("进度："), this));
    statusRow->addWidget(m_percent);
    statusRow->addStretch();
    m_targets = new QLabel(this);
    m_targets->setObjectName(QStringLiteral("detailTargets"));
    m_targets->setWordWrap(true);
    // Document text is never markup: a title such as "<b>…</b>" or "<img src=…>" shows as typed.
    for (QLabel* l : {m_directive, m_section, m_deadlineText, m_targets})
        l->setTextFormat(Qt::PlainText);
    m_section->setObjectName(QStringLiteral("detailSection"));
    m_deadlineText->setObjectName(QStringLiteral("detailDeadlineText"));
    form->addRow(tr("文件："), m_directive);
    form->addRow(tr("章节："), m_section);
    form->addRow(tr("牵头单位："), m_lead);
    form->addRow(tr("配合单位："), m_co);
    form->addRow(tr("完成时限："), deadlineRow);
    form->addRow(tr("状态："), statusRow);
    m_signLate = new QLabel(this);
    m_signLate->setObjectName(QStringLiteral("detailSignLate"));
    m_signLate->setTextFormat(Qt::PlainText);
    m_signLate->setWordWrap(true);
    m_signLate->setStyleSheet(QStringLiteral("color:#b45309"));
    m_signLate->hide();
    form->addRow(QString(), m_signLate);
    form->addRow(tr("目标："), m_targets);
    layout->addLayout(form);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_source = new QPlainTextEdit(this);
    m_source->setObjectName(QStringLiteral("detailSource"));
    m_source->setReadOnly(true);
    auto* progressPage = new QWidget(this);
    auto* pl = new QVBoxLayout(progressPage);
    pl->setContentsMargins(0, 4, 0, 0);
    m_progressModel =
        new RecordTableModel({tr("日期"), tr("进度"), tr("填报单位"), tr("填报人"), tr("进展情况")}, this);
    m_progressView = makeLogView(m_progressModel, progressPage, "progressTable");
    m_addProgress = new QPushButton(tr("记录进展…"), progressPage);
    m_addProgress->setObjectName(QStringLiteral("addProgressButton"));
    m_addProgress->setToolTip(tr("记录一条进展（Ctrl+E）"));
    pl->addWidget(m_progressView);
    pl->addWidget(m_addProgress, 0, Qt::AlignRight);
    m_auditModel = new RecordTableModel({tr("时间"), tr("操作人"), tr("字段"), tr("原值"), tr("新值")}, this);
    m_auditView = makeLogView(m_auditModel, this, "auditTable");
    m_tabs->addTab(m_source, tr("原文"));
    m_tabs->addTab(progressPage, tr("进展"));
    m_tabs->addTab(m_auditView, tr("修改记录"));
    m_workflow = new WorkflowPanel(editor, this);
    m_tabs->addTab(m_workflow, tr("督办"));
    layout->addWidget(m_tabs, 1);

    // Each editor commits when the person is done with it, as one undoable command.
    connect(m_title, &QLineEdit::editingFinished, this,
            [this] { commit(StoreAccess::Field::Title, m_title->text().trimmed()); });
    connect(m_lead, &QLineEdit::editingFinished, this,
            [this] { commit(StoreAccess::Field::LeadUnits, ReviewModel::splitUnits(m_lead->text())); });
    connect(m_co, &QLineEdit::editingFinished, this,
            [this] { commit(StoreAccess::Field::CoUnits, ReviewModel::splitUnits(m_co->text())); });
    connect(m_deadline, &DateField::dateChanged, this,
            [this](const QDate& d) { commit(StoreAccess::Field::Deadline, d); });
    connect(m_status, &QComboBox::activated, this, [this] {
        const int status = m_status->currentData().toInt();
        // 暂缓 is a 督办 step with its reason: the tab's dialog records it; cancelled, the combo goes back.
        if (Status(status) == Status::Suspended && m_task && m_task->record.status != Status::Suspended) {
            if (!m_workflow->takeStep(WorkflowStep::Suspend))
                showTask(m_id);
            return;
        }
        commit(StoreAccess::Field::Status, status);
    });
    connect(m_percent, &QSpinBox::editingFinished, this,
            [this] { commit(StoreAccess::Field::Percent, m_percent->value()); });
    connect(m_addProgress, &QPushButton::clicked, this, &TaskDetailPanel::addProgress);
    m_percent->installEventFilter(this);
    setEditorsEnabled(false);
}

bool TaskDetailPanel::eventFilter(QObject* watched, QEvent* event)
{
    // The spin box would take Ctrl+Z for its own text; the window's undo (the edits to the task) is what
    // the person means. A typed, not yet committed value is committed first, so undo takes it back.
    if (watched == m_percent && event->type() == QEvent::ShortcutOverride) {
        auto* k = static_cast<QKeyEvent*>(event);
        if (k->matches(QKeySequence::Undo) || k->matches(QKeySequence::Redo)) {
            m_percent->interpretText();
            commit(StoreAccess::Field::Percent, m_percent->value());
            k->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TaskDetailPanel::setRepository(Repository* repo)
{
    m_repo = repo;
    m_workflow->setRepository(repo);
    showTask(0);
}

void TaskDetailPanel::showWorkflow()
{
    m_tabs->setCurrentWidget(m_workflow);
}

void TaskDetailPanel::setEditorsEnabled(bool on)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_title, m_lead, m_co, m_deadline, m_status, m_percent,
                                                      m_addProgress})
        w->setEnabled(on);
}

void TaskDetailPanel::showTask(qint64 id)
{
    m_loading = true;
    m_id = id;
    m_task.reset();
    if (m_repo && id)
        m_task = StoreAccess::task(*m_repo, id);
    m_workflow->showTask(m_task ? id : 0);
    setEditorsEnabled(bool(m_task));
    if (!m_task) {
        m_id = 0;
        for (QLineEdit* e : {m_title, m_lead, m_co})
            e->clear();
        for (QLabel* l : {m_directive, m_section, m_targets, m_deadlineText, m_signLate})
            l->clear();
        m_signLate->hide();
        m_title->setPlaceholderText(tr("在左侧选择一项任务"));
        m_deadline->setDate({});
        m_source->clear();
        m_progressModel->setRecords({});
        m_auditModel->setRecords({});
        m_loading = false;
        return;
    }
    const StoreAccess::TaskDetail& t = *m_task;
    m_title->setText(t.record.title);
    m_title->setCursorPosition(0);
    m_directive->setText(t.record.docNumber.isEmpty()
                             ? t.record.directive
                             : tr("%1（%2）").arg(t.record.directive, t.record.docNumber));
    m_section->setText(t.record.section.join(QStringLiteral(" › ")));
    m_lead->setText(t.record.leadUnits.join(QStringLiteral("、")));
    m_co->setText(t.record.coUnits.join(QStringLiteral("、")));
    m_lead->setCursorPosition(0);
    m_co->setCursorPosition(0);
    m_deadline->setDate(t.record.deadline);
    m_deadlineText->setText(t.record.deadlineText.isEmpty() ? QString()
                                                            : tr("原文：%1").arg(t.record.deadlineText));
    m_status->setCurrentIndex(m_status->findData(int(t.record.status)));
    m_percent->setValue(t.record.percent);
    const QString late = signLateText(StoreAccess::lateSigns(*m_repo, {}, id).value(id),
                                      WarningPalette::current().signWorkingDays);
    m_signLate->setText(late);
    m_signLate->setVisible(!late.isEmpty());
    m_targets->setText(t.record.targets.isEmpty() ? tr("（无量化目标）")
                                                  : t.record.targets.join(QStringLiteral("；")));
    QString excerpt = t.sourceExcerpt.isEmpty() ? t.record.text : t.sourceExcerpt;
    if (t.record.lineStart > 0)
        excerpt = tr("%1 第 %2–%3 行").arg(t.sourceFile).arg(t.record.lineStart).arg(t.record.lineEnd) +
                  QStringLiteral("\n\n") + excerpt;
    m_source->setPlainText(excerpt);

    QList<QStringList> progressRows;
    for (const auto& p : StoreAccess::progress(*m_repo, id))
        progressRows << QStringList{p.date.toString(Qt::ISODate),
                                    p.percent >= 0 ? QStringLiteral("%1%").arg(p.percent)
                                                   : QStringLiteral("—"),
                                    p.unit, p.author, p.text};
    m_progressModel->setRecords(progressRows);
    QList<QStringList> auditRows;
    for (const auto& a : StoreAccess::audit(*m_repo, id))
        auditRows << QStringList{QLocale().toString(a.at, QStringLiteral("yyyy-MM-dd HH:mm")), a.who, a.field,
                                 a.oldValue, a.newValue};
    m_auditModel->setRecords(auditRows);
    m_progressView->resizeColumnsToContents();
    m_auditView->resizeColumnsToContents();
    m_loading = false;
}

void TaskDetailPanel::commit(StoreAccess::Field f, const QVariant& value)
{
    if (m_loading || !m_task || !m_repo)
        return;
    const QVariant old = StoreAccess::fieldValue(*m_task, f);
    if (old == value || (f == StoreAccess::Field::Title && value.toString().isEmpty()))
        return;
    const QString text = tr("修改%1：%2").arg(fieldLabel(f), m_task->record.title.left(16));
    // A refused edit is announced by the editor; the views then show what the store holds.
    // On the version shown: another desk's write since then refuses the edit instead of overwriting it.
    m_editor->setFields({{m_id, StoreAccess::toTaskField(f), value, m_task->record.version}}, text);
}

void TaskDetailPanel::addProgress()
{
    if (!m_task)
        return;
    QStringList units = m_task->record.leadUnits + m_task->record.coUnits;
    ProgressDialog dlg(m_task->record.title, m_task->record.percent, units, this);
    if (dlg.exec() == QDialog::Accepted)
        addProgressEntry(dlg.entry());
}

bool TaskDetailPanel::addProgressEntry(const StoreAccess::ProgressEntry& e)
{
    if (!m_task || !m_repo)
        return false;
    if (!m_editor->addProgress(m_id, StoreAccess::progressInput(e)))
        return false;
    m_tabs->setCurrentIndex(1);
    return true;
}

} // namespace duban
