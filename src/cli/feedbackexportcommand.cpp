#include "cli/command.h"
#include "core/clock.h"
#include "exchange/feedbacksheet.h"

#include <QDir>
#include <QFileInfo>

namespace duban::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringLiteral("unit"), tr("导出此单位的反馈表"), QStringLiteral("U")},
        {QStringLiteral("out"), tr("输出文件（与 --unit 一起使用）"), QStringLiteral("FILE")},
        {QStringLiteral("all"), tr("为每个有任务的单位各导出一个文件")},
        {QStringLiteral("dir"), tr("输出文件夹（与 --all 一起使用）"), QStringLiteral("DIR")},
    });
}

// `feedback export (--unit U --out FILE.xlsx | --all --dir DIR)`: the unit feedback sheets (单位反馈表).
int run(CommandContext& c)
{
    const QCommandLineParser& p = c.options;
    const QString unit = QStringLiteral("unit"), file = QStringLiteral("out"), all = QStringLiteral("all"),
                  dir = QStringLiteral("dir");
    const bool one = p.isSet(unit) && p.isSet(file) && !p.isSet(all) && !p.isSet(dir);
    const bool every = p.isSet(all) && p.isSet(dir) && !p.isSet(unit) && !p.isSet(file);
    if (!one && !every)
        return c.usageError(
            tr("请用 --unit 单位 --out 文件.xlsx 导出一个单位，或用 --all --dir 文件夹 导出全部单位"));
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    QString error;
    if (one) {
        StoreError e;
        const auto id = repo->findUnit(p.value(unit), &e);
        if (!id && e.isError())
            return c.storeFailure(e);
        if (!id)
            return c.failure(tr("数据库中没有单位“%1”").arg(p.value(unit)), BadInput);
        int n = 0;
        if (!writeFeedbackSheet(*repo, *id, p.value(file), Clock::today(), &n, &error))
            return c.failure(error, BadInput);
        return c.done(tr("已导出 %1 项任务到 %2").arg(n).arg(QFileInfo(p.value(file)).absoluteFilePath()));
    }
    QStringList files;
    if (!writeFeedbackSheets(*repo, p.value(dir), Clock::today(), &files, &error))
        return c.failure(error, BadInput);
    c.out << tr("已为 %1 个单位导出反馈表到 %2").arg(files.size()).arg(QDir(p.value(dir)).absolutePath())
          << '\n';
    for (const QString& f : files)
        c.out << "  " << QFileInfo(f).fileName() << '\n';
    return Ok;
}

} // namespace

extern const CommandSpec feedbackExportCommand =
    CommandSpec("feedback export",
                QT_TRANSLATE_NOOP("duban::cli", "为单位导出反馈表（Excel .xlsx），由单位联络员填写后交回"),
                Access::Reads, addOptions, run);

} // namespace duban::cli
