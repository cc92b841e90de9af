#pragma once

#include "store/taskrecord.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace duban {

// The strip above the views that lists the new reminders until it is closed; 查看 opens the overdue view.
class ReminderBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ReminderBanner(QWidget* parent = nullptr);
    void showReminders(const QList<TaskRecord>& fresh);
    QString text() const;

signals:
    void showRequested();

private:
    QLabel* m_text;
    QPushButton* m_show;
    QPushButton* m_close;
};

} // namespace duban
