#include "cli/unitscommand.h"

#include "cli/options.h"
#include "cli/storeoutput.h"

namespace duban::cli {

QString UnitsCommand::summary() const
{
    return tr("列出单位，或把一个单位合并到另一个（原名保留为别名）");
}

void UnitsCommand::addOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("merge"), tr("把单位 A 合并到单位 B（后跟两个名称：--merge A B）"),
                 QStringLiteral("A")});
    p.addOption({QStringLiteral("by"), tr("修改人（默认：当前登录名）"), QStringLiteral("NAME")});
    p.addOption(listFormatOption());
    p.addPositionalArgument(QStringLiteral("B"), tr("合并的目标单位（与 --merge 一起用）"),
                            QStringLiteral("[B]"));
}

int UnitsCommand::execute(const QCommandLineParser& p)
{
    QString why;
    const auto format = listFormat(p, &why);
    if (!format)
        return usageError(why);
    const bool merge = p.isSet(QStringLiteral("merge"));
    if (merge != (p.positionalArguments().size() == 1))
        return usageError(tr("合并用法：units --merge A B"));
    int code = Ok;
    auto repo = openDatabase(p, merge ? Access::Writes : Access::Reads, &code);
    if (!repo)
        return code;
    StoreError e;
    if (merge) {
        const QString a = p.value(QStringLiteral("merge")), b = p.positionalArguments().first();
        const auto from = repo->findUnit(a, &e);
        if (!from)
            return storeFailure(e);
        const auto into = repo->findUnit(b, &e);
        if (!into)
            return storeFailure(e);
        const QString by = byOrLogin(p);
        if (!repo->mergeUnits(*from, *into, by, &e))
            return storeFailure(e);
        out << tr("已把“%1”合并到“%2”，原名保留为别名").arg(a, b) << '\n';
        return Ok;
    }
    const auto units = repo->units(&e);
    if (e.isError())
        return storeFailure(e);
    printUnits(out, units, *format);
    return Ok;
}

} // namespace duban::cli
