#include "cli/feedbackcommand.h"

namespace duban::cli {

QString FeedbackCommand::summary() const
{
    return tr("单位反馈表：导出给单位填写，导入交回的表");
}

int FeedbackCommand::run(const QStringList& args)
{
    // args: program, subcommand, its options…
    const QString sub = args.value(1);
    QStringList rest = args;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (sub == QLatin1String("export"))
        return m_export.run(rest);
    if (sub == QLatin1String("import"))
        return m_import.run(rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out << helpText();
        out.flush();
        return Ok;
    }
    err << helpText();
    err.flush();
    return Usage;
}

QString FeedbackCommand::helpText()
{
    return summary() + u'\n' +
           tr("用法: duban-cli feedback export --db PATH (--unit U --out FILE.xlsx | --all --dir DIR)\n"
              "      duban-cli feedback import --db PATH FILE.xlsx --by NAME [--yes]\n") +
           u'\n' + m_export.helpText() + u'\n' + m_import.helpText();
}

} // namespace duban::cli
