#include "cli/command.h"
#include "cli/options.h"
#include "cli/storeoutput.h"
#include "core/clock.h"

namespace duban::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("as-of"), tr("按此日期计算（默认今天）"), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("due-soon-days"), tr("同时列出此天数内到期的任务"), QStringLiteral("N")});
    p.addOption(listFormatOption());
}

int run(CommandContext& c)
{
    const QCommandLineParser& p = c.options;
    QString why;
    const auto format = listFormat(p, &why);
    const auto asOfOpt = dateOption(p, QStringLiteral("as-of"), &why);
    if (!format || !asOfOpt)
        return c.usageError(why);
    int soonDays = -1;
    if (p.isSet(QStringLiteral("due-soon-days"))) {
        bool ok = false;
        soonDays = p.value(QStringLiteral("due-soon-days")).toInt(&ok);
        if (!ok || soonDays < 0)
            return c.usageError(tr("--due-soon-days 应为非负整数"));
    }
    const QDate asOf = asOfOpt->isValid() ? *asOfOpt : Clock::today();
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    StoreError e;
    const auto tasks = repo->overdue(asOf, soonDays, &e);
    if (e.isError())
        return c.storeFailure(e);
    if (*format == ListFormat::Table) {
        // The same figures, by the same query, as the app's 逾期预警 header and the weekly report.
        DueRules rules;
        if (soonDays >= 0)
            rules.dueSoonDays = soonDays;
        const WarningFigures f = repo->warningFigures(asOf, rules, &e);
        if (e.isError())
            return c.storeFailure(e);
        c.out << tr("截至 %1：逾期 %2 项，%3 天内到期 %4 项，欠进度 %5 项（未逾期、低于序时进度 %6 "
                    "个百分点以上），"
                    "无时限 %7 项，已办结 %8 项，共 %9 项")
                     .arg(asOf.toString(Qt::ISODate))
                     .arg(f.overdue)
                     .arg(rules.dueSoonDays)
                     .arg(f.dueSoon)
                     .arg(f.behind)
                     .arg(rules.paceTolerance)
                     .arg(f.noDeadline)
                     .arg(f.done)
                     .arg(f.total)
              << '\n';
        c.out << tr("截至 %1 的逾期任务").arg(asOf.toString(Qt::ISODate))
              << (soonDays >= 0 ? tr("（及 %1 天内到期的任务）").arg(soonDays) : QString()) << '\n';
    }
    printTasks(c.out, tasks, *format, true);
    return Ok;
}

} // namespace

extern const CommandSpec overdueCommand = CommandSpec(
    "overdue", QT_TRANSLATE_NOOP("duban::cli", "列出逾期任务及其牵头单位"), Access::Reads, addOptions, run);

} // namespace duban::cli
