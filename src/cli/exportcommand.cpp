#include "cli/exportcommand.h"

#include "cli/commandline.h"
#include "cli/commands.h"
#include "core/translate.h"
#include "exchange/ledger.h"
#include "store/repository.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace duban::cli {

namespace {

QString tr(const char* s)
{
    return translateIn({"cli", "duban::cli", "duban"}, s);
}

} // namespace

int runExport(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("把任务导出为台账（Excel .xlsx 或 CSV）"));
    p.addHelpOption();
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption xlsx(QStringLiteral("xlsx"), tr("写入 Excel 台账"), QStringLiteral("FILE"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("写入 CSV 台账（UTF-8，带 BOM）"),
                                 QStringLiteral("FILE"));
    const QCommandLineOption unit(QStringLiteral("unit"), tr("只导出此单位（牵头或配合）的任务"),
                                  QStringLiteral("U"));
    const QCommandLineOption status(QStringLiteral("status"), tr("只导出此状态的任务"), QStringLiteral("S"));
    const QCommandLineOption search(QStringLiteral("search"), tr("只导出标题、内容或单位含此文字的任务"),
                                    QStringLiteral("Q"));
    p.addOptions({db, xlsx, csv, unit, status, search});
    QTextStream err(stderr);
    if (const int code = parseCommandLine(p, args); code >= 0)
        return code;
    if (p.isSet(xlsx) == p.isSet(csv)) {
        err << tr("请用 --xlsx FILE 或 --csv FILE 指定一个输出文件") << '\n';
        return Usage;
    }
    TaskFilter filter;
    filter.unit = p.value(unit);
    filter.search = p.value(search);
    if (p.isSet(status)) {
        filter.status = statusFromKey(p.value(status));
        if (!filter.status) {
            err << tr("未知的状态“%1”").arg(p.value(status)) << '\n';
            return Usage;
        }
    }
    OpenOptions o;
    o.mustExist = true;
    StoreError e;
    const QString path = p.isSet(db) ? p.value(db) : Repository::defaultPath();
    auto repo = Repository::open(path, o, &e);
    if (!repo) {
        err << e.message << '\n';
        return DatabaseProblem;
    }
    const QList<LedgerRow> rows = ledgerRows(*repo, filter, &e);
    if (!e.message.isEmpty()) {
        err << e.message << '\n';
        return DatabaseProblem;
    }
    QString error;
    const QString out = p.isSet(xlsx) ? p.value(xlsx) : p.value(csv);
    const bool ok = p.isSet(xlsx) ? writeLedgerXlsx(rows, out, &error) : writeLedgerCsv(rows, out, &error);
    if (!ok) {
        err << error << '\n';
        return BadInput;
    }
    QTextStream(stdout) << tr("已导出 %1 项任务到 %2").arg(rows.size()).arg(QFileInfo(out).absoluteFilePath())
                        << '\n';
    return Ok;
}

} // namespace duban::cli
