#include "cli/taskstate.h"

namespace duban::cli {

namespace {

// `restore ID --by NAME`: a cancelled task back.
int run(CommandContext& c)
{
    return changeTaskState(c, {.apply = &Repository::restoreTask,
                               .done = [](qint64 id) { return tr("已恢复任务 %1").arg(id); }});
}

} // namespace

extern const CommandSpec restoreCommand = taskStateCommand(
    "restore", QT_TRANSLATE_NOOP("duban::cli", "恢复已撤销的任务"), addTaskStateOptions, run);

} // namespace duban::cli
