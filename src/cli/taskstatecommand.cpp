#include "cli/taskstatecommand.h"

#include "cli/options.h"

namespace duban::cli {

void TaskStateCommand::addOptions(QCommandLineParser& p)
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("任务编号"));
    p.addOption({QStringLiteral("by"), tr("修改人（必填）"), QStringLiteral("NAME")});
    addStateOptions(p);
}

int TaskStateCommand::execute(const QCommandLineParser& p)
{
    QString why;
    const auto id = taskId(p, &why);
    const auto by = id ? requiredBy(p, &why) : std::nullopt;
    if (!by || !checkOptions(p, &why))
        return usageError(why);
    int code = Ok;
    auto repo = openDatabase(p, Access::Writes, &code);
    if (!repo)
        return code;
    StoreError e;
    if (!apply(*repo, *id, *by, &e))
        return storeFailure(e);
    out << done(*id) << '\n';
    return Ok;
}

} // namespace duban::cli
