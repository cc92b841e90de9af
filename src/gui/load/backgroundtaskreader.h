#pragma once

#include "gui/storeaccess.h"
#include "gui/tasks/taskread.h"

namespace duban {

class BackgroundLoad;
class Repository;

// The task table's reads in a BackgroundLoad's workers: each one opens its own connection and reads
// through a source of its own there, under the palette's rules as they were when it was asked for.
class BackgroundTaskReader : public TaskReader
{
public:
    explicit BackgroundTaskReader(BackgroundLoad* load) : m_load(load) {}
    void setRepository(Repository* repo); // nullptr drops whatever is on its way
    void read(const TaskRead& read, std::function<void(TaskReadResult)> done) override;

private:
    BackgroundLoad* m_load;
    Repository* m_repo = nullptr;
};

} // namespace duban
