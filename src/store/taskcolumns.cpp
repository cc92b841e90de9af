#include "store/taskcolumns.h"

#include <QCoreApplication>

namespace duban {

QString taskColumnTitle(TaskColumn c)
{
    switch (c) {
    case TaskColumn::Id:
        return QCoreApplication::translate("TaskColumn", "编号");
    case TaskColumn::Title:
        return QCoreApplication::translate("TaskColumn", "任务");
    case TaskColumn::LeadUnits:
        return QCoreApplication::translate("TaskColumn", "牵头单位");
    case TaskColumn::CoUnits:
        return QCoreApplication::translate("TaskColumn", "配合单位");
    case TaskColumn::Deadline:
        return QCoreApplication::translate("TaskColumn", "完成时限");
    case TaskColumn::DueState:
        return QCoreApplication::translate("TaskColumn", "预警");
    case TaskColumn::Status:
        return QCoreApplication::translate("TaskColumn", "状态");
    case TaskColumn::Percent:
        return QCoreApplication::translate("TaskColumn", "进度");
    case TaskColumn::Directive:
    case TaskColumn::DirectiveRef:
        return QCoreApplication::translate("TaskColumn", "文件");
    case TaskColumn::Updated:
        return QCoreApplication::translate("TaskColumn", "更新时间");
    case TaskColumn::Start:
        return QCoreApplication::translate("TaskColumn", "开始");
    case TaskColumn::Days:
        return QCoreApplication::translate("TaskColumn", "逾期/剩余");
    case TaskColumn::Pace:
        return QCoreApplication::translate("TaskColumn", "序时进度");
    case TaskColumn::DocNumber:
        return QCoreApplication::translate("TaskColumn", "文号");
    case TaskColumn::Text:
        return QCoreApplication::translate("TaskColumn", "工作目标");
    case TaskColumn::Count:
        break;
    }
    return {};
}

QString taskText(const TaskRecord& r, TaskColumn c)
{
    const auto isoDate = [](const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    switch (c) {
    case TaskColumn::Id:
        return QString::number(r.id);
    case TaskColumn::Title:
        return r.title;
    case TaskColumn::LeadUnits:
        return r.leadUnits.join(u'、');
    case TaskColumn::CoUnits:
        return r.coUnits.join(u'、');
    case TaskColumn::Deadline:
        return r.deadline.isValid() ? isoDate(r.deadline) : r.deadlineText;
    case TaskColumn::DueState:
        if (r.due == DueState::Overdue)
            return QCoreApplication::translate("TaskColumn", "逾期 %1 天").arg(r.daysOverdue);
        return dueStateLabel(r.due);
    case TaskColumn::Status:
        return statusLabel(r.status);
    case TaskColumn::Percent:
        return QStringLiteral("%1%").arg(r.percent);
    case TaskColumn::Directive:
        return r.directive;
    case TaskColumn::Updated:
        return r.updated.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case TaskColumn::Start:
        return isoDate(r.startDate);
    case TaskColumn::Days:
        if (r.due == DueState::Overdue)
            return QCoreApplication::translate("TaskColumn", "逾期 %1 天").arg(r.daysOverdue);
        if (!r.deadline.isValid())
            return QStringLiteral("—");
        return r.daysLeft == 0 ? QCoreApplication::translate("TaskColumn", "今日到期")
                               : QCoreApplication::translate("TaskColumn", "剩 %1 天").arg(r.daysLeft);
    case TaskColumn::Pace:
        return paceLabel(r.pace);
    case TaskColumn::DirectiveRef:
        return r.docNumber.isEmpty() ? r.directive : r.docNumber;
    case TaskColumn::DocNumber:
        return r.docNumber;
    case TaskColumn::Text:
        return r.text;
    case TaskColumn::Count:
        break;
    }
    return {};
}

} // namespace duban
