#include "cli/commandregistry.h"

namespace duban::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.addPositionalArgument(QStringLiteral("COMMAND"), tr("要查看选项的命令"), QStringLiteral("[COMMAND]"));
}

int run(CommandContext& c)
{
    const QCommandLineParser& p = c.options;
    if (p.positionalArguments().isEmpty()) {
        c.out << usageText();
        return Ok;
    }
    const QString name = p.positionalArguments().first();
    const CommandSpec* command = findCommand(name);
    if (!command)
        return c.failure(tr("未知命令: %1\n").arg(name) + usageText(), Usage);
    c.out << commandHelp(*command);
    return Ok;
}

} // namespace

extern const CommandSpec helpCommand =
    CommandSpec("help", QT_TRANSLATE_NOOP("duban::cli", "显示本帮助，或一个命令的选项"), Access::None,
                addOptions, run)
        .arguments(0, 1);

} // namespace duban::cli
