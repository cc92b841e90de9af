#include "gui/tasks/progressdialog.h"

#include "core/clock.h"
#include "ui_progressdialog.h"

#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace duban {

namespace {
// The name typed last time: the liaison or staff member who records notes is usually the same person.
const char kAuthorKey[] = "progress/lastAuthor";
} // namespace

ProgressDialog::ProgressDialog(const QString& taskTitle, int currentPercent, const QStringList& units,
                               QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::ProgressDialog>())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("progressDialog"));
    ui->taskLabel->setText(tr("任务：%1").arg(taskTitle));
    ui->dateEdit->setDate(Clock::today());
    ui->percentSpin->setValue(currentPercent);
    const QString last = QSettings().value(QLatin1String(kAuthorKey)).toString().trimmed();
    ui->authorEdit->setText(last.isEmpty() ? StoreAccess::currentUser() : last);
    ui->unitCombo->addItems(units);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("保存"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    ui->textEdit->installEventFilter(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setToolTip(tr("保存（Ctrl+Enter）"));
    ui->textEdit->setFocus();
}

bool ProgressDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+Enter saves from the text box, where a plain Enter starts a new line.
    if (watched == ui->textEdit && event->type() == QEvent::KeyPress) {
        const auto* k = static_cast<QKeyEvent*>(event);
        if ((k->key() == Qt::Key_Return || k->key() == Qt::Key_Enter) &&
            (k->modifiers() & Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

ProgressDialog::~ProgressDialog() = default;

StoreAccess::ProgressEntry ProgressDialog::entry() const
{
    StoreAccess::ProgressEntry e;
    e.date = ui->dateEdit->date();
    e.percent = ui->percentSpin->value();
    e.text = ui->textEdit->toPlainText().trimmed();
    e.author = ui->authorEdit->text().trimmed();
    e.unit = ui->unitCombo->currentText().trimmed();
    return e;
}

void ProgressDialog::setEntry(const StoreAccess::ProgressEntry& e)
{
    ui->dateEdit->setDate(e.date);
    ui->percentSpin->setValue(e.percent);
    ui->textEdit->setPlainText(e.text);
    ui->authorEdit->setText(e.author);
    ui->unitCombo->setCurrentText(e.unit);
}

void ProgressDialog::accept()
{
    if (ui->textEdit->toPlainText().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("请填写进展情况。"));
        ui->textEdit->setFocus();
        return;
    }
    if (ui->authorEdit->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("请填写填报人。"));
        ui->authorEdit->setFocus();
        return;
    }
    ui->dateEdit->commit();
    if (!ui->dateEdit->isAcceptable() || !ui->dateEdit->date().isValid()) {
        QMessageBox::warning(
            this, windowTitle(),
            tr("日期“%1”无法识别，请按 2024-06-30 或 2024年6月30日 的样式填写。").arg(ui->dateEdit->text()));
        ui->dateEdit->setFocus();
        return;
    }
    QSettings().setValue(QLatin1String(kAuthorKey), ui->authorEdit->text().trimmed());
    QDialog::accept();
}

} // namespace duban
