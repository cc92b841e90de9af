#include "gui/tasks/taskread.h"

#include <algorithm>

namespace duban {

TaskReadResult runTaskRead(TaskSource& source, const TaskRead& read)
{
    TaskReadResult out;
    if (read.count)
        out.count = source.count(read.query);
    if (read.lateSigns)
        out.lateSigns = source.lateSigns();
    for (int p : read.pages) {
        // Past the end after the count: nothing to read (an emptied filter keeps no page 0 either).
        if (read.count && p * read.pageSize >= out.count)
            continue;
        out.pages.insert(p, source.page(read.query, p * read.pageSize, read.pageSize));
    }
    for (int p = 0; read.findId && p < read.findPages; ++p) {
        QList<TaskRecord> rows = source.page(read.query, p * read.pageSize, read.pageSize);
        const bool here = std::any_of(rows.cbegin(), rows.cend(),
                                      [&read](const TaskRecord& r) { return r.id == read.findId; });
        const bool last = rows.size() < read.pageSize;
        if (here) {
            out.pages.insert(p, std::move(rows));
            out.foundPage = p;
        }
        if (here || last)
            break;
    }
    return out;
}

} // namespace duban
