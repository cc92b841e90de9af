#include "cli/commandregistry.h"

namespace duban::cli {

// Each defined in its own <name>command.cpp. A new command: that file, and one line here and below.
extern const CommandSpec extractCommand, textCommand, importCommand, listCommand, overdueCommand,
    updateCommand, addCommand, cancelCommand, restoreCommand, deleteCommand, unitsCommand, backupCommand,
    serverCommand, checkCommand, exportCommand, ganttCommand, feedbackCommand, reportCommand, eventCommand,
    eventsCommand, noticeCommand, remindCommand, scoreCommand, icsCommand, helpCommand;

namespace {

const CommandSpec* const all[] = {
    &extractCommand, &textCommand,     &importCommand, &listCommand,    &overdueCommand,
    &updateCommand,  &addCommand,      &cancelCommand, &restoreCommand, &deleteCommand,
    &unitsCommand,   &backupCommand,   &serverCommand, &checkCommand,   &exportCommand,
    &ganttCommand,   &feedbackCommand, &reportCommand, &eventCommand,   &eventsCommand,
    &noticeCommand,  &remindCommand,   &scoreCommand,  &icsCommand,     &helpCommand,
};

} // namespace

std::span<const CommandSpec* const> commands()
{
    return all;
}

const CommandSpec* findCommand(const QString& name)
{
    for (const CommandSpec* c : commands())
        if (QLatin1String(c->name) == name)
            return c;
    return nullptr;
}

QString usageText()
{
    QString text = tr("用法: duban-cli <命令> [选项]\n") + tr("命令:\n");
    for (const CommandSpec* c : commands())
        text += QStringLiteral("  %1 %2\n").arg(QLatin1String(c->name), -10).arg(tr(c->summary));
    text += tr("“duban-cli help 命令”或“duban-cli 命令 --help”显示该命令的选项；处理数据库的命令均可用 --db "
               "PATH 指定数据库文件，或用 --db postgresql://用户@主机:端口/数据库 指定数据库服务器。\n");
    text += tr("退出码：0 成功，1 用法错误，2 输入有误（文件、任务或单位），3 数据库问题，4 "
               "冲突（任务已被他人修改）\n");
    return text;
}

} // namespace duban::cli
