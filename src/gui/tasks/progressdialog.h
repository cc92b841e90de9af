#pragma once

#include "gui/storeaccess.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ProgressDialog;
}

namespace duban {

// Asks for one progress update: date, text, percent, author, reporting unit.
class ProgressDialog : public QDialog
{
    Q_OBJECT
public:
    ProgressDialog(const QString& taskTitle, int currentPercent, const QStringList& units,
                   QWidget* parent = nullptr);
    ~ProgressDialog() override;
    StoreAccess::ProgressEntry entry() const;
    void setEntry(const StoreAccess::ProgressEntry& e); // tests and re-use

    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::unique_ptr<Ui::ProgressDialog> ui;
};

} // namespace duban
