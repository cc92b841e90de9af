#include "cli/command.h"
#include "cli/options.h"
#include "exchange/ledger.h"

#include <QFileInfo>

namespace duban::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringLiteral("xlsx"), tr("写入 Excel 台账"), QStringLiteral("FILE")},
        {QStringLiteral("csv"), tr("写入 CSV 台账（UTF-8，带 BOM）"), QStringLiteral("FILE")},
        {QStringLiteral("unit"), tr("只导出此单位（牵头或配合）的任务"), QStringLiteral("U")},
        {QStringLiteral("status"), tr("只导出此状态的任务"), QStringLiteral("S")},
        {QStringLiteral("search"), tr("只导出标题、内容或单位含此文字的任务"), QStringLiteral("Q")},
    });
}

// `export (--xlsx FILE | --csv FILE) [--unit U] [--status S] [--search Q]`: the ledger (台账).
int run(CommandContext& c)
{
    const QCommandLineParser& p = c.options;
    QString why;
    const auto file = oneOutputFile(p, QStringLiteral("xlsx"), QStringLiteral("csv"), &why);
    const auto status = file ? statusOption(p, &why) : std::nullopt;
    if (!status)
        return c.usageError(why);
    TaskFilter filter;
    filter.unit = p.value(QStringLiteral("unit"));
    filter.search = p.value(QStringLiteral("search"));
    filter.status = *status;
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    StoreError e;
    const QList<LedgerRow> rows = ledgerRows(*repo, filter, &e);
    if (!e.message.isEmpty())
        return c.failure(e.message, e.isError() ? exitCodeFor(e) : DatabaseProblem);
    QString error;
    const bool ok =
        file->first ? writeLedgerXlsx(rows, file->path, &error) : writeLedgerCsv(rows, file->path, &error);
    if (!ok)
        return c.failure(error, BadInput);
    return c.done(tr("已导出 %1 项任务到 %2").arg(rows.size()).arg(QFileInfo(file->path).absoluteFilePath()));
}

} // namespace

extern const CommandSpec exportCommand =
    CommandSpec("export", QT_TRANSLATE_NOOP("duban::cli", "把任务导出为台账（Excel .xlsx 或 CSV）"),
                Access::Reads, addOptions, run);

} // namespace duban::cli
