#include "cli/command.h"
#include "cli/options.h"
#include "cli/storeoutput.h"

namespace duban::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("merge"), tr("把单位 A 合并到单位 B（后跟两个名称：--merge A B）"),
                 QStringLiteral("A")});
    p.addOption({QStringLiteral("by"), tr("修改人（默认：当前登录名）"), QStringLiteral("NAME")});
    p.addOption(listFormatOption());
    p.addPositionalArgument(QStringLiteral("B"), tr("合并的目标单位（与 --merge 一起用）"),
                            QStringLiteral("[B]"));
}

int run(CommandContext& c)
{
    const QCommandLineParser& p = c.options;
    QString why;
    const auto format = listFormat(p, &why);
    if (!format)
        return c.usageError(why);
    const bool merge = p.isSet(QStringLiteral("merge"));
    if (merge != (p.positionalArguments().size() == 1))
        return c.usageError(tr("合并用法：units --merge A B"));
    Repository* repo = c.database(merge ? Access::Writes : Access::Reads);
    if (!repo)
        return c.failureCode();
    StoreError e;
    if (merge) {
        const QString a = p.value(QStringLiteral("merge")), b = p.positionalArguments().first();
        const auto from = repo->findUnit(a, &e);
        if (!from)
            return c.storeFailure(e);
        const auto into = repo->findUnit(b, &e);
        if (!into)
            return c.storeFailure(e);
        const QString by = byOrLogin(p);
        if (!repo->mergeUnits(*from, *into, by, &e))
            return c.storeFailure(e);
        return c.done(tr("已把“%1”合并到“%2”，原名保留为别名").arg(a, b));
    }
    const auto units = repo->units(&e);
    if (e.isError())
        return c.storeFailure(e);
    printUnits(c.out, units, *format);
    return Ok;
}

} // namespace

extern const CommandSpec unitsCommand =
    CommandSpec("units",
                QT_TRANSLATE_NOOP("duban::cli", "列出单位，或把一个单位合并到另一个（原名保留为别名）"),
                Access::Reads, addOptions, run)
        .arguments(0, 1);

} // namespace duban::cli
