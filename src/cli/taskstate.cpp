#include "cli/taskstate.h"

#include "cli/options.h"

namespace duban::cli {

void addTaskStateOptions(QCommandLineParser& p)
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("任务编号"));
    p.addOption({QStringLiteral("by"), tr("修改人（必填）"), QStringLiteral("NAME")});
}

int changeTaskState(CommandContext& c, const TaskStateChange& change)
{
    QString why;
    const auto id = taskId(c.options, &why);
    const auto by = id ? requiredBy(c.options, &why) : std::nullopt;
    if (!by || (change.check && !change.check(&why)))
        return c.usageError(why);
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    StoreError e;
    if (!change.apply(*repo, *id, *by, &e))
        return c.storeFailure(e);
    c.out << change.done(*id) << '\n';
    return Ok;
}

} // namespace duban::cli
