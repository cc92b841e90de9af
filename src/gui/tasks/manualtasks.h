#pragma once

// Tasks by hand in the GUI: the dialog that asks for one. TaskEditor creates, cancels (撤销, with a
// reason) and deletes them as undoable steps.
#include "gui/storeaccess.h"
#include "store/repository.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace duban {

class DateField;

struct NewTaskEntry
{
    qint64 id = 0; // > 0: re-create under this number (undo of a delete)
    QString title, text;
    QStringList leadUnits, coUnits;
    QDate deadline;
};

namespace StoreAccess {
NewTask newTask(const NewTaskEntry& t);
bool canDeleteTask(Repository& repo, qint64 taskId, QString* why);
} // namespace StoreAccess

class NewTaskDialog : public QDialog
{
    Q_OBJECT
public:
    // text: what the task says (e.g. lines of a directive nothing was extracted from); may be empty.
    NewTaskDialog(const QStringList& unitNames, const QString& text, QWidget* parent = nullptr);
    NewTaskEntry entry() const;
    void accept() override;

private:
    QLineEdit* m_title;
    QPlainTextEdit* m_text;
    QLineEdit* m_lead;
    QLineEdit* m_co;
    DateField* m_deadline;
};

} // namespace duban
