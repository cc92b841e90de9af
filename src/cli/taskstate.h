#pragma once

#include "cli/command.h"

#include <functional>

namespace duban::cli {

// What the commands on one task by its ID and --by NAME share (cancel, restore, delete): one write, one
// line said.
void addTaskStateOptions(QCommandLineParser& p);
constexpr CommandSpec taskStateCommand(const char* name, const char* summary,
                                       CommandSpec::AddOptions addOptions, CommandSpec::Run run)
{
    return CommandSpec(name, summary, Access::Writes, addOptions, run).arguments(1, 1);
}
struct TaskStateChange
{
    // What the command needs beyond ID and --by (cancel: --reason), checked before the database is opened;
    // nullptr: nothing.
    std::function<bool(QString* why)> check = nullptr;
    std::function<bool(Repository& repo, qint64 id, const QString& by, StoreError* e)> apply;
    std::function<QString(qint64 id)> done;
};
int changeTaskState(CommandContext& c, const TaskStateChange& change);

} // namespace duban::cli
