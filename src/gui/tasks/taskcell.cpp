#include "gui/tasks/taskcell.h"

#include "palette/warningpalette.h"

#include <QBrush>
#include <QCoreApplication>

namespace duban {

namespace {

QVariant display(const TaskRecord& r, TaskColumn c)
{
    if (c == TaskColumn::Id)
        return r.id;
    if (c == TaskColumn::Deadline && !r.deadline.isValid() && r.deadlineText.isEmpty())
        return QCoreApplication::translate("TaskColumn", "无");
    return taskText(r, c);
}

} // namespace

QVariant taskCell(const TaskRecord& r, TaskColumn c, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return display(r, c);
    case Qt::ToolTipRole:
        switch (c) {
        case TaskColumn::Title:
        case TaskColumn::LeadUnits:
        case TaskColumn::CoUnits:
        case TaskColumn::Directive:
        case TaskColumn::DirectiveRef:
        case TaskColumn::Text:
            return taskText(r, c); // long text the column cuts off
        case TaskColumn::Deadline:
            if (!r.deadlineText.isEmpty())
                return QCoreApplication::translate("TaskColumn", "原文：%1").arg(r.deadlineText);
            return {};
        default:
            return {};
        }
    case Qt::BackgroundRole:
        if (c == TaskColumn::Deadline || c == TaskColumn::DueState || c == TaskColumn::Days) {
            const QColor tint = WarningPalette::current().tint(r.due);
            return tint.isValid() ? QVariant(QBrush(tint)) : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        if ((c == TaskColumn::DueState || c == TaskColumn::Days) && r.due == DueState::Overdue)
            return QBrush(WarningPalette::current().overdue.darker(130));
        if (c == TaskColumn::Pace && r.pace == Pace::Behind)
            return QBrush(WarningPalette::current().behindPace.darker(130));
        return {};
    case Qt::TextAlignmentRole:
        if (c == TaskColumn::Id || c == TaskColumn::Percent || c == TaskColumn::Days)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

} // namespace duban
