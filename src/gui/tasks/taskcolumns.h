#pragma once

#include <QString>

namespace duban {

// The columns of every task list in the app (table, overdue list, later views), in display order.
// One enum so that a column index means the same thing everywhere and settings can store it.
enum class TaskColumn {
    Id,
    Title,
    LeadUnits,
    CoUnits,
    Deadline,
    DueState,
    Status,
    Percent,
    Directive,
    Updated,
    Count
};

inline constexpr int kTaskColumnCount = static_cast<int>(TaskColumn::Count);
inline constexpr int col(TaskColumn c)
{
    return static_cast<int>(c);
}

QString taskColumnTitle(TaskColumn c); // translated header text

} // namespace duban
