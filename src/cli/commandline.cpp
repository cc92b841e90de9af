#include "cli/commandline.h"

#include "cli/commands.h"
#include "core/translate.h"
#include "store/repository.h"

#include <QTextStream>

namespace duban::cli {

namespace {

QString tr(const char* s)
{
    return translateIn({"cli", "duban::cli", "duban"}, s);
}

} // namespace

QCommandLineOption databaseOption()
{
    return {QStringLiteral("db"), tr("数据库文件（默认：%1）").arg(Repository::defaultPath()),
            QStringLiteral("PATH")};
}

int parseCommandLine(QCommandLineParser& p, const QStringList& args)
{
    if (!p.parse(args)) {
        QTextStream(stderr) << p.errorText() << '\n';
        return Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    return -1;
}

} // namespace duban::cli
