#include "gui/tasks/taskcolumns.h"

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
        return QCoreApplication::translate("TaskColumn", "文件");
    case TaskColumn::Updated:
        return QCoreApplication::translate("TaskColumn", "更新时间");
    case TaskColumn::Count:
        break;
    }
    return {};
}

} // namespace duban
