#include "gui/workflow/chasenoticedialog.h"

#include "core/clock.h"
#include "gui/edit/taskeditor.h"
#include "palette/warningpalette.h"
#include "ui_chasenoticedialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>

namespace duban {

namespace {
// The same office the weekly report is headed with.
const char kOfficeKey[] = "report/office";
} // namespace

ChaseNoticeDialog::ChaseNoticeDialog(TaskEditor* editor, qint64 taskId, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::ChaseNoticeDialog>()), m_editor(editor), m_taskId(taskId)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("chaseNoticeDialog"));
    const WarningPalette& palette = WarningPalette::current();
    for (int level = 1; level <= kChaseLevels; ++level)
        ui->levelCombo->addItem(palette.chaseIcon(level, fontMetrics().height()),
                                tr("%1（%2）").arg(palette.chaseName(level), chaseNoticeTitle(level)), level);
    ui->levelCombo->setCurrentIndex(1);
    ui->issuedEdit->setDate(Clock::today());
    ui->replyEdit->setDate(Clock::today().addDays(3));
    ui->officeEdit->setText(QSettings().value(QString::fromLatin1(kOfficeKey)).toString());
    Repository* repo = m_editor->repository();
    if (repo) {
        const auto task = repo->task(taskId);
        if (task) {
            for (const TaskUnitLink& l : task->units)
                ui->unitCombo->addItem(l.name, l.unitId);
        }
    }
    connect(ui->unitCombo, &QComboBox::currentIndexChanged, this, &ChaseNoticeDialog::loadTasks);
    connect(ui->issuedEdit, &DateField::dateChanged, this, &ChaseNoticeDialog::loadTasks);
    connect(ui->levelCombo, &QComboBox::currentIndexChanged, this, &ChaseNoticeDialog::loadTasks);
    connect(ui->pdfButton, &QPushButton::clicked, this, [this] {
        const QString name = tr("%1_%2.pdf").arg(ui->unitCombo->currentText(), ui->numberLabel->text());
        const QString path =
            QFileDialog::getSaveFileName(this, tr("另存为 PDF"), name, tr("PDF 文件 (*.pdf)"));
        if (!path.isEmpty())
            savePdf(path);
    });
    connect(ui->printButton, &QPushButton::clicked, this, &ChaseNoticeDialog::print);
    loadTasks();
}

ChaseNoticeDialog::~ChaseNoticeDialog() = default;

void ChaseNoticeDialog::setUnit(qint64 unitId)
{
    const int i = ui->unitCombo->findData(unitId);
    if (i >= 0)
        ui->unitCombo->setCurrentIndex(i);
}

void ChaseNoticeDialog::setLevel(int level)
{
    const int i = ui->levelCombo->findData(level);
    if (i >= 0)
        ui->levelCombo->setCurrentIndex(i);
}

void ChaseNoticeDialog::loadTasks()
{
    Repository* repo = m_editor->repository();
    ui->taskList->clear();
    m_candidates.clear();
    if (!repo || ui->unitCombo->currentIndex() < 0)
        return;
    const QDate issued = ui->issuedEdit->date().isValid() ? ui->issuedEdit->date() : Clock::today();
    const DueRules rules = WarningPalette::current().rules;
    m_candidates = chaseCandidates(*repo, ui->unitCombo->currentText(), issued, rules);
    ui->numberLabel->setText(repo->chaseNoticeNumber(issued.year()));
    for (const TaskRecord& t : std::as_const(m_candidates)) {
        QString state = t.daysOverdue > 0        ? tr("逾期 %1 天").arg(t.daysOverdue)
                        : t.pace == Pace::Behind ? tr("进度滞后")
                                                 : tr("进度 %1%").arg(t.percent);
        auto* item = new QListWidgetItem(tr("%1　%2（%3）").arg(t.id).arg(t.title, state), ui->taskList);
        item->setData(Qt::UserRole, t.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // Tasks that give cause (overdue, behind) and the one the person came from are ticked.
        const bool cause = t.daysOverdue > 0 || t.pace == Pace::Behind || t.id == m_taskId;
        item->setCheckState(cause ? Qt::Checked : Qt::Unchecked);
    }
}

ChaseNotice ChaseNoticeDialog::notice() const
{
    ChaseNotice n;
    n.office = ui->officeEdit->text().trimmed();
    n.noticeNo = ui->numberLabel->text();
    n.level = ui->levelCombo->currentData().toInt();
    n.unitId = ui->unitCombo->currentData().toLongLong();
    n.unit = ui->unitCombo->currentText();
    n.issued = ui->issuedEdit->date();
    n.replyBy = ui->replyEdit->date();
    n.note = ui->noteEdit->toPlainText().trimmed();
    for (int i = 0; i < ui->taskList->count(); ++i) {
        if (ui->taskList->item(i)->checkState() == Qt::Checked)
            n.tasks.append(m_candidates.value(i));
    }
    return n;
}

bool ChaseNoticeDialog::recordSent(const ChaseNotice& n)
{
    QList<qint64> ids;
    for (const TaskRecord& t : n.tasks)
        ids.append(t.id);
    QString why;
    if (m_editor->recordEvent(ids, chaseNoticeEvent(n), &why).isEmpty()) {
        m_message = tr("通知单已生成，但未能登记为已发出：%1").arg(why);
        return false;
    }
    QSettings().setValue(QString::fromLatin1(kOfficeKey), n.office);
    m_message =
        tr("%1 %2 已登记为已发出（%3 项任务）").arg(chaseNoticeTitle(n.level), n.noticeNo).arg(ids.size());
    loadTasks(); // the next number
    return true;
}

bool ChaseNoticeDialog::savePdf(const QString& path)
{
    const ChaseNotice n = notice();
    if (n.tasks.isEmpty()) {
        m_message = tr("请至少勾选一项任务");
        QMessageBox::warning(this, windowTitle(), m_message);
        return false;
    }
    QString why;
    if (!writeChaseNoticePdf(n, path, &why)) {
        m_message = why;
        QMessageBox::warning(this, windowTitle(), why);
        return false;
    }
    return recordSent(n);
}

bool ChaseNoticeDialog::print()
{
    const ChaseNotice n = notice();
    if (n.tasks.isEmpty()) {
        m_message = tr("请至少勾选一项任务");
        QMessageBox::warning(this, windowTitle(), m_message);
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (printChaseNotice(n, &printer) == 0) {
        m_message = tr("打印失败");
        return false;
    }
    return recordSent(n);
}

} // namespace duban
