#include "cli/listcommand.h"

#include "cli/options.h"
#include "cli/storeoutput.h"

namespace duban::cli {

QString ListCommand::summary() const
{
    return tr("列出任务");
}

void ListCommand::addOptions(QCommandLineParser& p)
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

int ListCommand::execute(const QCommandLineParser& p)
{
    QString why;
    TaskFilter f;
    const auto format = listFormat(p, &why);
    const auto before = dateOption(p, QStringLiteral("due-before"), &why);
    const auto asOf = dateOption(p, QStringLiteral("as-of"), &why);
    if (!format || !before || !asOf)
        return usageError(why);
    if (p.isSet(QStringLiteral("status"))) {
        f.status = statusFromKey(p.value(QStringLiteral("status")));
        if (!f.status)
            return usageError(tr("未知的状态“%1”").arg(p.value(QStringLiteral("status"))));
    }
    if (before->isValid())
        f.deadlineTo = before->addDays(-1);
    f.asOf = *asOf;
    f.search = p.value(QStringLiteral("search"));
    int code = Ok;
    auto repo = openDatabase(p, Access::Reads, &code);
    if (!repo)
        return code;
    StoreError e;
    if (p.isSet(QStringLiteral("unit"))) {
        f.unit = p.value(QStringLiteral("unit"));
        if (!repo->findUnit(f.unit, &e))
            return storeFailure(e);
    }
    const auto tasks = repo->tasks(f, {}, 0, -1, &e);
    if (e.isError())
        return storeFailure(e);
    printTasks(out, tasks, *format, false);
    return Ok;
}

} // namespace duban::cli
