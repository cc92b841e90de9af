#pragma once

#include "store/taskrecord.h"

#include <QString>

namespace duban {

// The columns any task list shows (table, overdue list, Gantt tree, kanban cards, the ledger). One
// vocabulary so that a column means the same thing and reads the same everywhere; each view picks the
// columns it shows. The first ten are the task table's, in its order (settings store their indexes).
enum class TaskColumn {
    Id,
    Title,
    LeadUnits,
    CoUnits,
    Deadline,
    DueState,
    Status,
    Percent,
    Directive, // the directive's title
    Updated,
    Start,
    Days,         // 逾期 N 天 / 剩 N 天 / 今日到期
    Pace,         // 序时进度
    DirectiveRef, // 文号, else the directive's title
    DocNumber,
    Text, // 工作目标: the task as printed
    Count
};

inline constexpr int kTaskColumnCount = static_cast<int>(TaskColumn::Count);
inline constexpr int kTableColumnCount = static_cast<int>(TaskColumn::Start); // the task table's columns
inline constexpr int col(TaskColumn c)
{
    return static_cast<int>(c);
}

QString taskColumnTitle(TaskColumn c); // translated header text
// The column's text for a record, as every view and the ledger print it. Deadline: the date, else the
// printed phrase, else empty (views show their own placeholder).
QString taskText(const TaskRecord& r, TaskColumn c);

} // namespace duban
