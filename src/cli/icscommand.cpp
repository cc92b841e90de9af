#include "cli/command.h"
#include "exchange/icsexport.h"

namespace duban::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("out"), tr("写入此 .ics 文件"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("unit"), tr("只导出此单位（牵头或配合）的任务"), QStringLiteral("U")});
}

// `ics --out FILE [--unit U]`: the open tasks' deadlines as an RFC 5545 calendar for liaisons.
int run(CommandContext& c)
{
    const QString path = c.options.value(QStringLiteral("out"));
    if (path.isEmpty())
        return c.usageError(tr("需要 --out FILE"));
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    const QString unit = c.options.value(QStringLiteral("unit")).trimmed();
    StoreError e;
    if (!unit.isEmpty() && !repo->findUnit(unit, &e))
        return c.storeFailure(e);
    int written = 0;
    QString error;
    if (!writeIcs(*repo, unit, path, &written, &error))
        return c.failure(error, BadInput);
    return c.done(tr("已写入 %1 项任务期限：%2").arg(written).arg(path));
}

} // namespace

extern const CommandSpec icsCommand =
    CommandSpec("ics", QT_TRANSLATE_NOOP("duban::cli", "把任务期限导出为日历文件（.ics）"), Access::Reads,
                addOptions, run);

} // namespace duban::cli
