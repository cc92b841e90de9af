#include "gui/progressdialog.h"

#include "core/clock.h"
#include "ui_progressdialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace duban {

ProgressDialog::ProgressDialog(const QString& taskTitle, int currentPercent, const QStringList& units, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::ProgressDialog>())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("progressDialog"));
    ui->taskLabel->setText(tr("任务：%1").arg(taskTitle));
    ui->dateEdit->setDate(Clock::today());
    ui->percentSpin->setValue(currentPercent);
    ui->authorEdit->setText(StoreAccess::currentUser());
    ui->unitCombo->addItems(units);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("保存"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    ui->textEdit->setFocus();
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
    QDialog::accept();
}

} // namespace duban
