#include "cli/command.h"
#include "cli/options.h"
#include "cli/storeoutput.h"

namespace duban::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("unit"), tr("只列此单位（牵头或配合）的任务"), QStringLiteral("U")});
    p.addOption({QStringLiteral("status"), tr("状态: not_started、in_progress、done、suspended"),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("due-before"), tr("截止日期早于此日"), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("search"), tr("在标题、内容和单位名称中查找"), QStringLiteral("Q")});
    p.addOption(
        {QStringLiteral("as-of"), tr("计算逾期所用的日期（默认今天）"), QStringLiteral("YYYY-MM-DD")});
    p.addOption(listFormatOption());
}

int run(CommandContext& c)
{
    const QCommandLineParser& p = c.options;
    QString why;
    TaskFilter f;
    const auto format = listFormat(p, &why);
    const auto before = dateOption(p, QStringLiteral("due-before"), &why);
    const auto asOf = dateOption(p, QStringLiteral("as-of"), &why);
    if (!format || !before || !asOf)
        return c.usageError(why);
    const auto status = statusOption(p, &why);
    if (!status)
        return c.usageError(why);
    f.status = *status;
    if (before->isValid())
        f.deadlineTo = before->addDays(-1);
    f.asOf = *asOf;
    f.search = p.value(QStringLiteral("search"));
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    StoreError e;
    if (p.isSet(QStringLiteral("unit"))) {
        f.unit = p.value(QStringLiteral("unit"));
        if (!repo->findUnit(f.unit, &e))
            return c.storeFailure(e);
    }
    const auto tasks = repo->tasks(f, {}, 0, -1, &e);
    if (e.isError())
        return c.storeFailure(e);
    printTasks(c.out, tasks, *format, false);
    return Ok;
}

} // namespace

extern const CommandSpec listCommand =
    CommandSpec("list", QT_TRANSLATE_NOOP("duban::cli", "列出任务"), Access::Reads, addOptions, run);

} // namespace duban::cli
