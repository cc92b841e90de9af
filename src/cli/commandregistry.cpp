#include "cli/commandregistry.h"

#include "cli/addcommand.h"
#include "cli/backupcommand.h"
#include "cli/cancelcommand.h"
#include "cli/checkcommand.h"
#include "cli/deletecommand.h"
#include "cli/exportcommand.h"
#include "cli/extractcommand.h"
#include "cli/feedbackcommand.h"
#include "cli/ganttcommand.h"
#include "cli/helpcommand.h"
#include "cli/importcommand.h"
#include "cli/listcommand.h"
#include "cli/overduecommand.h"
#include "cli/reportcommand.h"
#include "cli/restorecommand.h"
#include "cli/servercommand.h"
#include "cli/textcommand.h"
#include "cli/unitscommand.h"
#include "cli/updatecommand.h"
#include "core/translate.h"

#include <memory>
#include <vector>

namespace duban::cli {

namespace {

QString tr(const char* s)
{
    return translateIn({"cli", "duban::cli", "duban"}, s);
}

template <typename... C> QList<Command*> make(std::vector<std::unique_ptr<Command>>& owner)
{
    (owner.push_back(std::make_unique<C>()), ...);
    QList<Command*> list;
    for (const auto& c : owner)
        list.append(c.get());
    return list;
}

} // namespace

const QList<Command*>& commands()
{
    static std::vector<std::unique_ptr<Command>> owner;
    static const QList<Command*> all =
        make<ExtractCommand, TextCommand, ImportCommand, ListCommand, OverdueCommand, UpdateCommand,
             AddCommand, CancelCommand, RestoreCommand, DeleteCommand, UnitsCommand, BackupCommand,
             ServerCommand, CheckCommand, ExportCommand, GanttCommand, FeedbackCommand, ReportCommand,
             HelpCommand>(owner);
    return all;
}

Command* findCommand(const QString& name)
{
    for (Command* c : commands())
        if (c->name() == name)
            return c;
    return nullptr;
}

QString usageText()
{
    QString text = tr("用法: duban-cli <命令> [选项]\n") + tr("命令:\n");
    for (const Command* c : commands())
        text += QStringLiteral("  %1 %2\n").arg(c->name(), -10).arg(c->summary());
    text += tr("“duban-cli help 命令”或“duban-cli 命令 --help”显示该命令的选项；处理数据库的命令均可用 --db "
               "PATH 指定数据库文件，或用 --db postgresql://用户@主机:端口/数据库 指定数据库服务器。\n");
    text += tr("退出码：0 成功，1 用法错误，2 输入有误（文件、任务或单位），3 数据库问题，4 "
               "冲突（任务已被他人修改）\n");
    return text;
}

} // namespace duban::cli
