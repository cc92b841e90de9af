#include "cli/deletecommand.h"

namespace duban::cli {

QString DeleteCommand::summary() const
{
    return tr("删除任务：仅限没有任何进展和修改记录的任务");
}

bool DeleteCommand::apply(Repository& repo, qint64 id, const QString& by, StoreError* e)
{
    return repo.deleteTask(id, by, e);
}

QString DeleteCommand::done(qint64 id) const
{
    return tr("已删除任务 %1").arg(id);
}

} // namespace duban::cli
