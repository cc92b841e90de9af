#pragma once

#include "gui/tasks/taskquery.h"

#include <functional>

namespace duban {

// One read the task table hands to a worker, so that a slow link never holds up the window: values only.
struct TaskRead
{
    TaskQuery query;
    bool count = false;     // the filtered total
    bool lateSigns = false; // the 签收 flags
    QList<int> pages;       // page numbers to read
    int pageSize = 256;
    qint64 findId = 0; // look for this task in the first findPages pages; the page holding it comes back
    int findPages = 0;
    bool supersedes = false; // a newer superseding read drops this one's result (resets, refreshes)
};

struct TaskReadResult
{
    int count = 0;
    QHash<int, QList<TaskRecord>> pages;
    QHash<qint64, QList<LateSign>> lateSigns;
    int foundPage = -1; // where findId is, -1 when not in the pages looked through
};

// Runs a read on `source`: what a worker does, on a source over its own connection.
TaskReadResult runTaskRead(TaskSource& source, const TaskRead& read);

// Runs the table's reads off the GUI thread (gui/load/BackgroundLoad in the application) and hands each
// result back on the GUI thread, unless a later superseding read came first.
class TaskReader
{
public:
    virtual ~TaskReader() = default;
    virtual void read(const TaskRead& read, std::function<void(TaskReadResult)> done) = 0;
};

} // namespace duban
