#include "cli/command.h"
#include "cli/options.h"
#include "cli/storeoutput.h"
#include "core/clock.h"
#include "palette/warningpalette.h"

namespace duban::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("as-of"), tr("按此日期提醒（默认今天）"), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("unit"), tr("只列出此单位（牵头或配合）的任务"), QStringLiteral("U")});
    p.addOption({QStringLiteral("days"), tr("临期天数（默认：预警设置中的临期天数）"), QStringLiteral("N")});
    p.addOption({QStringLiteral("by-original"), tr("延期的任务按原定完成时限评判（按原定时间考核）")});
}

// `remind [--as-of D] [--unit U] [--days N] [--by-original]`: what to chase on the day, the app's reminder
// list (overdue, then due within the due-soon window, the palette's unless --days).
int run(CommandContext& c)
{
    QString why;
    const auto asOfOpt = dateOption(c.options, QStringLiteral("as-of"), &why);
    if (!asOfOpt)
        return c.usageError(why);
    const QDate asOf = asOfOpt->isValid() ? *asOfOpt : Clock::today();
    const QString unit = c.options.value(QStringLiteral("unit")).trimmed();
    // The window the app's reminders and 逾期预警 use, unless told otherwise.
    DueRules rules = WarningPalette::current().rules;
    if (c.options.isSet(QStringLiteral("days"))) {
        bool ok = false;
        rules.dueSoonDays = c.options.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || rules.dueSoonDays < 0)
            return c.usageError(tr("--days 应为非负整数"));
    }
    rules.byOriginalDeadline = c.options.isSet(QStringLiteral("by-original"));
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    StoreError e;
    const QList<TaskRecord> tasks = repo->reminders(asOf, rules, unit, &e);
    if (e.isError())
        return c.storeFailure(e);
    int overdue = 0;
    for (const TaskRecord& t : tasks)
        overdue += t.due == DueState::Overdue;
    const QString who = unit.isEmpty() ? QString() : tr("（%1）").arg(unit);
    c.out << tr("截至 %1%2：逾期 %3 项，%4 天内到期 %5 项")
                 .arg(asOf.toString(Qt::ISODate), who)
                 .arg(overdue)
                 .arg(rules.dueSoonDays)
                 .arg(tasks.size() - overdue)
          << '\n';
    if (!tasks.isEmpty())
        printTasks(c.out, tasks, ListFormat::Table, true);
    return Ok;
}

} // namespace

extern const CommandSpec remindCommand =
    CommandSpec("remind", QT_TRANSLATE_NOOP("duban::cli", "列出需要催办的任务：逾期及临期"), Access::Reads,
                addOptions, run);

} // namespace duban::cli
