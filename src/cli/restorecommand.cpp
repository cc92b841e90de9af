#include "cli/restorecommand.h"

namespace duban::cli {

QString RestoreCommand::summary() const
{
    return tr("恢复已撤销的任务");
}

bool RestoreCommand::apply(Repository& repo, qint64 id, const QString& by, StoreError* e)
{
    return repo.restoreTask(id, by, e);
}

QString RestoreCommand::done(qint64 id) const
{
    return tr("已恢复任务 %1").arg(id);
}

} // namespace duban::cli
