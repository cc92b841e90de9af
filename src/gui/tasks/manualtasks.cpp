#include "gui/tasks/manualtasks.h"

#include "gui/import/reviewmodel.h"
#include "gui/widgets/datefield.h"
#include "store/repository.h"

#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace duban {

namespace StoreAccess {

qint64 createTask(Repository& repo, const NewTaskEntry& t, QString* error)
{
    NewTask n;
    n.id = t.id;
    n.title = t.title;
    n.text = t.text;
    n.leadUnits = t.leadUnits;
    n.coUnits = t.coUnits;
    n.deadline = t.deadline;
    StoreError e;
    const qint64 id = repo.createTask(n, currentUser(), &e);
    if (id <= 0 && error)
        *error = e.message;
    return id;
}

bool cancelTask(Repository& repo, qint64 taskId, const QString& reason, QString* error)
{
    StoreError e;
    const bool ok = repo.cancelTask(taskId, reason, currentUser(), &e);
    if (!ok && error)
        *error = e.message;
    return ok;
}

bool restoreTask(Repository& repo, qint64 taskId, QString* error)
{
    StoreError e;
    const bool ok = repo.restoreTask(taskId, currentUser(), &e);
    if (!ok && error)
        *error = e.message;
    return ok;
}

bool canDeleteTask(Repository& repo, qint64 taskId, QString* why)
{
    StoreError e;
    const bool ok = repo.canDeleteTask(taskId, why, &e);
    if (!ok && why && why->isEmpty())
        *why = e.message;
    return ok;
}

bool deleteTask(Repository& repo, qint64 taskId, QString* error)
{
    StoreError e;
    const bool ok = repo.deleteTask(taskId, currentUser(), &e);
    if (!ok && error)
        *error = e.message;
    return ok;
}

} // namespace StoreAccess

NewTaskDialog::NewTaskDialog(const QStringList& unitNames, const QString& text, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newTaskDialog"));
    setWindowTitle(tr("新建任务"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("newTaskTitle"));
    m_title->setPlaceholderText(tr("一句话说明要做什么"));
    m_text = new QPlainTextEdit(text, this);
    m_text->setObjectName(QStringLiteral("newTaskText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("任务原文或交办内容（可粘贴）"));
    m_lead = new QLineEdit(this);
    m_lead->setObjectName(QStringLiteral("newTaskLead"));
    m_co = new QLineEdit(this);
    m_co->setObjectName(QStringLiteral("newTaskCo"));
    for (QLineEdit* e : {m_lead, m_co}) {
        e->setPlaceholderText(tr("用顿号“、”分隔多个单位"));
        auto* c = new QCompleter(unitNames, e);
        c->setFilterMode(Qt::MatchContains);
        e->setCompleter(c);
    }
    m_deadline = new DateField(this);
    m_deadline->setObjectName(QStringLiteral("newTaskDeadline"));
    m_deadline->setEmptyAllowed(true);
    m_deadline->setPlaceholderText(tr("无"));
    form->addRow(tr("任务名称(&N)："), m_title);
    form->addRow(tr("任务内容(&T)："), m_text);
    form->addRow(tr("牵头单位(&L)："), m_lead);
    form->addRow(tr("配合单位(&C)："), m_co);
    form->addRow(tr("完成时限(&D)："), m_deadline);
    layout->addLayout(form, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("新建"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 420);
    m_title->setFocus();
}

NewTaskEntry NewTaskDialog::entry() const
{
    NewTaskEntry e;
    e.title = m_title->text().trimmed();
    e.text = m_text->toPlainText().trimmed();
    e.leadUnits = ReviewModel::splitUnits(m_lead->text());
    e.coUnits = ReviewModel::splitUnits(m_co->text());
    e.deadline = m_deadline->date();
    return e;
}

void NewTaskDialog::accept()
{
    m_deadline->commit();
    if (m_title->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("请填写任务名称。"));
        m_title->setFocus();
        return;
    }
    if (!m_deadline->isAcceptable()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("完成时限“%1”无法识别，请按 2024-06-30 或 2024年6月30日 的样式填写，或留空。")
                                 .arg(m_deadline->text()));
        m_deadline->setFocus();
        return;
    }
    QDialog::accept();
}

CreateTaskCommand::CreateTaskCommand(Repository* repo, const NewTaskEntry& entry)
    : QUndoCommand(QCoreApplication::translate("TaskCommand", "新建任务：%1").arg(entry.title.left(16))),
      m_repo(repo), m_entry(entry)
{
}

void CreateTaskCommand::redo()
{
    m_error.clear();
    const qint64 id = StoreAccess::createTask(*m_repo, m_entry, &m_error);
    m_done = id > 0;
    if (m_done)
        m_entry.id = id; // redo after undo brings it back under the same number
}

void CreateTaskCommand::undo()
{
    m_error.clear();
    if (m_done)
        m_done = !StoreAccess::deleteTask(*m_repo, m_entry.id, &m_error);
}

CancelTaskCommand::CancelTaskCommand(Repository* repo, qint64 taskId, const QString& title,
                                     const QString& reason)
    : QUndoCommand(QCoreApplication::translate("TaskCommand", "撤销任务：%1").arg(title.left(16))),
      m_repo(repo), m_taskId(taskId), m_reason(reason)
{
}

void CancelTaskCommand::redo()
{
    m_error.clear();
    m_done = StoreAccess::cancelTask(*m_repo, m_taskId, m_reason, &m_error);
}

void CancelTaskCommand::undo()
{
    m_error.clear();
    if (m_done)
        m_done = !StoreAccess::restoreTask(*m_repo, m_taskId, &m_error);
}

DeleteTaskCommand::DeleteTaskCommand(Repository* repo, qint64 taskId, const QString& title)
    : QUndoCommand(QCoreApplication::translate("TaskCommand", "删除任务：%1").arg(title.left(16))),
      m_repo(repo), m_taskId(taskId), m_snapshot(std::make_unique<NewTask>())
{
}

DeleteTaskCommand::~DeleteTaskCommand() = default;

void DeleteTaskCommand::redo()
{
    m_error.clear();
    // What undo needs to put the task back: it had no history, so its fields are all there is.
    StoreError e;
    if (const auto t = m_repo->task(m_taskId, &e)) {
        NewTask& n = *m_snapshot;
        n.id = m_taskId;
        n.title = t->record.title;
        n.text = t->record.text;
        n.leadUnits = t->record.leadUnits;
        n.coUnits = t->record.coUnits;
        n.deadline = t->record.deadline;
        n.deadlineText = t->record.deadlineText;
        n.startDate = t->record.startDate;
        n.directiveId = t->directive.id;
        n.section = t->record.section;
        n.lineStart = t->record.lineStart;
        n.lineEnd = t->record.lineEnd;
        n.kind = t->record.kind;
    }
    m_done = StoreAccess::deleteTask(*m_repo, m_taskId, &m_error);
}

void DeleteTaskCommand::undo()
{
    m_error.clear();
    if (!m_done)
        return;
    StoreError e;
    m_done = m_repo->createTask(*m_snapshot, StoreAccess::currentUser(), &e) <= 0;
    if (m_done)
        m_error = e.message;
}

} // namespace duban
