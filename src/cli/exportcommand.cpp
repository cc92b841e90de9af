#include "cli/exportcommand.h"

#include "exchange/ledger.h"

#include <QFileInfo>

namespace duban::cli {

QString ExportCommand::summary() const
{
    return tr("把任务导出为台账（Excel .xlsx 或 CSV）");
}

void ExportCommand::addOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringLiteral("xlsx"), tr("写入 Excel 台账"), QStringLiteral("FILE")},
        {QStringLiteral("csv"), tr("写入 CSV 台账（UTF-8，带 BOM）"), QStringLiteral("FILE")},
        {QStringLiteral("unit"), tr("只导出此单位（牵头或配合）的任务"), QStringLiteral("U")},
        {QStringLiteral("status"), tr("只导出此状态的任务"), QStringLiteral("S")},
        {QStringLiteral("search"), tr("只导出标题、内容或单位含此文字的任务"), QStringLiteral("Q")},
    });
}

int ExportCommand::execute(const QCommandLineParser& p)
{
    const QString xlsx = QStringLiteral("xlsx"), status = QStringLiteral("status");
    if (p.isSet(xlsx) == p.isSet(QStringLiteral("csv")))
        return usageError(tr("请用 --xlsx FILE 或 --csv FILE 指定一个输出文件"));
    TaskFilter filter;
    filter.unit = p.value(QStringLiteral("unit"));
    filter.search = p.value(QStringLiteral("search"));
    if (p.isSet(status)) {
        filter.status = statusFromKey(p.value(status));
        if (!filter.status)
            return usageError(tr("未知的状态“%1”").arg(p.value(status)));
    }
    int code = Ok;
    auto repo = openDatabase(p, Access::Reads, &code);
    if (!repo)
        return code;
    StoreError e;
    const QList<LedgerRow> rows = ledgerRows(*repo, filter, &e);
    if (!e.message.isEmpty())
        return failure(e.message, e.isError() ? exitCodeFor(e) : DatabaseProblem);
    QString error;
    const QString file = p.isSet(xlsx) ? p.value(xlsx) : p.value(QStringLiteral("csv"));
    const bool ok = p.isSet(xlsx) ? writeLedgerXlsx(rows, file, &error) : writeLedgerCsv(rows, file, &error);
    if (!ok)
        return failure(error, BadInput);
    out << tr("已导出 %1 项任务到 %2").arg(rows.size()).arg(QFileInfo(file).absoluteFilePath()) << '\n';
    return Ok;
}

} // namespace duban::cli
