#pragma once

#include "store/taskcolumns.h"

#include <QVariant>
#include <cstddef>

namespace duban {

// What a view shows in a task's cell for an item role: the text (taskText, with 无 for no deadline), the
// tooltip, the due-state tint and warning colours of the current palette, the alignment. The table,
// overdue, Gantt and kanban models ask here, so a column looks the same in every view. The record's
// due/pace/days must be derived for the view's day and rules (TaskRecord::derive).
QVariant taskCell(const TaskRecord& r, TaskColumn c, int role);

// Where a view that shows `columns` (in order) has column c; -1 when it does not show it.
template <std::size_t N> constexpr int columnIndex(const TaskColumn (&columns)[N], TaskColumn c)
{
    for (std::size_t i = 0; i < N; ++i)
        if (columns[i] == c)
            return int(i);
    return -1;
}

} // namespace duban
