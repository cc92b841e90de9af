#include "gui/reminders/reminderbanner.h"

#include "gui/reminders/reminders.h"
#include "palette/warningpalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace duban {

ReminderBanner::ReminderBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("reminderBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("reminderText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_show = new QPushButton(tr("查看"), this);
    m_show->setObjectName(QStringLiteral("reminderShow"));
    m_close = new QPushButton(tr("知道了"), this);
    m_close->setObjectName(QStringLiteral("reminderDismiss"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_close);
    connect(m_show, &QPushButton::clicked, this, [this] {
        emit showRequested();
        hide();
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void ReminderBanner::showReminders(const QList<TaskRecord>& fresh)
{
    if (fresh.isEmpty())
        return;
    bool overdue = false;
    for (const TaskRecord& t : fresh)
        overdue = overdue || t.due == DueState::Overdue;
    // The palette's tint of the worst state among them, so the banner reads like the views.
    const QColor tint = WarningPalette::current().tint(overdue ? DueState::Overdue : DueState::DueSoon);
    setStyleSheet(QStringLiteral("#reminderBanner { background: %1; }").arg(tint.name()));
    m_text->setText(Reminders::summary(fresh));
    show();
}

QString ReminderBanner::text() const
{
    return m_text->text();
}

} // namespace duban
