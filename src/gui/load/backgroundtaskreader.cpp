#include "gui/load/backgroundtaskreader.h"

#include "gui/load/backgroundload.h"

namespace duban {

void BackgroundTaskReader::setRepository(Repository* repo)
{
    m_load->cancel();
    m_repo = repo;
}

void BackgroundTaskReader::read(const TaskRead& read, std::function<void(TaskReadResult)> done)
{
    const StoreAccess::TaskReadRules rules = StoreAccess::TaskReadRules::current();
    std::function<TaskReadResult(Repository&)> work = [read, rules](Repository& repo) {
        return runTaskRead(*StoreAccess::taskSource(repo, rules), read);
    };
    if (read.supersedes)
        m_load->start<TaskReadResult>(m_repo, std::move(work), std::move(done));
    else
        m_load->add<TaskReadResult>(m_repo, std::move(work), std::move(done));
}

} // namespace duban
