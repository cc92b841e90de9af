#pragma once

#include "core/duestate.h"
#include "core/status.h"
#include "core/workflow.h"
#include "store/taskcolumns.h"
#include "store/taskrecord.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace duban {

// What the task table asks for: a filter, a sort, a window. Translated into the store's query API,
// so filtering and sorting happen in SQL, never over rows held in memory.
struct TaskQuery
{
    QString unit; // canonical unit name (lead or co), empty = any
    std::optional<Status> status;
    qint64 directiveId = 0;      // 0 = any
    std::optional<DueState> due; // Overdue / DueSoon / OnTrack / NoDeadline
    QDate deadlineFrom, deadlineTo;
    QString search;    // full-text, Chinese
    QList<qint64> ids; // non-empty: only these of the tasks the rest selects (TaskFilter::ids)
    TaskColumn sortColumn = TaskColumn::Deadline;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    bool operator==(const TaskQuery&) const = default;
};

// Where the table's rows come from. The real one is the store (StoreAccess); the interface keeps the
// model free of SQL and lets the benchmark and tests count what the model asks for.
class TaskSource
{
public:
    virtual ~TaskSource() = default;
    virtual int count(const TaskQuery& q) = 0;
    virtual QList<TaskRecord> page(const TaskQuery& q, int offset, int limit) = 0;
    // Tasks whose 签收 is late today (every task, one query per reset): id → its late units.
    virtual QHash<qint64, QList<LateSign>> lateSigns() { return {}; }
};

} // namespace duban
