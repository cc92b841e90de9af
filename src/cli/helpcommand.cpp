#include "cli/helpcommand.h"

#include "cli/commandregistry.h"

namespace duban::cli {

QString HelpCommand::summary() const
{
    return tr("显示本帮助，或一个命令的选项");
}

void HelpCommand::addOptions(QCommandLineParser& p)
{
    p.addPositionalArgument(QStringLiteral("COMMAND"), tr("要查看选项的命令"), QStringLiteral("[COMMAND]"));
}

int HelpCommand::execute(const QCommandLineParser& p)
{
    if (p.positionalArguments().isEmpty()) {
        out << usageText();
        return Ok;
    }
    const QString name = p.positionalArguments().first();
    Command* command = findCommand(name);
    if (!command)
        return failure(tr("未知命令: %1\n").arg(name) + usageText(), Usage);
    out << command->helpText();
    return Ok;
}

} // namespace duban::cli
