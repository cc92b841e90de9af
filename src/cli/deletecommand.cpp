#include "cli/taskstate.h"

namespace duban::cli {

namespace {

// `delete ID --by NAME`: a task with no progress and no edits recorded, gone for good.
int run(CommandContext& c)
{
    return changeTaskState(
        c, {.apply = &Repository::deleteTask, .done = [](qint64 id) { return tr("已删除任务 %1").arg(id); }});
}

} // namespace

extern const CommandSpec deleteCommand =
    taskStateCommand("delete", QT_TRANSLATE_NOOP("duban::cli", "删除任务：仅限没有任何进展和修改记录的任务"),
                     addTaskStateOptions, run);

} // namespace duban::cli
