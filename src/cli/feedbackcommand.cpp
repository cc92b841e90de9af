#include "cli/feedbackcommand.h"

#include "cli/commandline.h"
#include "cli/commands.h"
#include "core/clock.h"
#include "core/translate.h"
#include "exchange/feedbackimport.h"
#include "exchange/feedbacksheet.h"
#include "store/repository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace duban::cli {

namespace {

QString tr(const char* s)
{
    return translateIn({"cli", "duban::cli", "duban"}, s);
}

std::unique_ptr<Repository> openDb(const QCommandLineParser& p, const QCommandLineOption& db, bool readOnly,
                                   QTextStream& err)
{
    OpenOptions o;
    o.mustExist = true;
    o.readOnly = readOnly;
    StoreError e;
    const QString path = p.isSet(db) ? p.value(db) : Repository::defaultPath();
    auto repo = Repository::open(path, o, &e);
    if (!repo)
        err << e.message << '\n';
    return repo;
}

QString clip(QString s, int n)
{
    s.replace(u'\n', u' ');
    return s.size() > n ? s.left(n - 1) + u'…' : s;
}

int runExportSheets(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("为单位导出反馈表（Excel .xlsx），由单位联络员填写后交回"));
    p.addHelpOption();
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption unit(QStringLiteral("unit"), tr("导出此单位的反馈表"), QStringLiteral("U"));
    const QCommandLineOption out(QStringLiteral("out"), tr("输出文件（与 --unit 一起使用）"),
                                 QStringLiteral("FILE"));
    const QCommandLineOption all(QStringLiteral("all"), tr("为每个有任务的单位各导出一个文件"));
    const QCommandLineOption dir(QStringLiteral("dir"), tr("输出文件夹（与 --all 一起使用）"),
                                 QStringLiteral("DIR"));
    p.addOptions({db, unit, out, all, dir});
    QTextStream err(stderr);
    if (const int code = parseCommandLine(p, args); code >= 0)
        return code;
    const bool one = p.isSet(unit) && p.isSet(out) && !p.isSet(all) && !p.isSet(dir);
    const bool every = p.isSet(all) && p.isSet(dir) && !p.isSet(unit) && !p.isSet(out);
    if (!one && !every) {
        err << tr("请用 --unit 单位 --out 文件.xlsx 导出一个单位，或用 --all --dir 文件夹 导出全部单位")
            << '\n';
        return Usage;
    }
    auto repo = openDb(p, db, true, err);
    if (!repo)
        return DatabaseProblem;
    QString error;
    QTextStream stdOut(stdout);
    if (one) {
        StoreError e;
        const auto id = repo->findUnit(p.value(unit), &e);
        if (!id) {
            err << (e.isError() ? e.message : tr("数据库中没有单位“%1”").arg(p.value(unit))) << '\n';
            return !e.isError() || e.kind == StoreError::BadInput ? BadInput : DatabaseProblem;
        }
        int n = 0;
        if (!writeFeedbackSheet(*repo, *id, p.value(out), Clock::today(), &n, &error)) {
            err << error << '\n';
            return BadInput;
        }
        stdOut << tr("已导出 %1 项任务到 %2").arg(n).arg(QFileInfo(p.value(out)).absoluteFilePath()) << '\n';
        return Ok;
    }
    QStringList files;
    if (!writeFeedbackSheets(*repo, p.value(dir), Clock::today(), &files, &error)) {
        err << error << '\n';
        return BadInput;
    }
    stdOut << tr("已为 %1 个单位导出反馈表到 %2").arg(files.size()).arg(QDir(p.value(dir)).absolutePath())
           << '\n';
    for (const QString& f : files)
        stdOut << "  " << QFileInfo(f).fileName() << '\n';
    return Ok;
}

void printPreview(QTextStream& out, const FeedbackPreview& pv)
{
    using O = FeedbackPreviewRow::Outcome;
    out << tr("单位：%1　导出日期：%2　文件：%3")
               .arg(pv.unitName, pv.exported.toString(Qt::ISODate), QFileInfo(pv.file).fileName())
        << '\n';
    for (const FeedbackPreviewRow& r : pv.rows) {
        if (r.outcome == O::Refused)
            continue;
        const QString mark = r.outcome == O::Accepted ? tr("导入") : tr("不变");
        out << tr("  第 %1 行 [%2] 任务 %3 %4")
                   .arg(r.sheetRow)
                   .arg(mark)
                   .arg(r.taskId)
                   .arg(clip(r.title, 24));
        out << tr("：%1").arg(r.detail);
        if (!r.text.isEmpty())
            out << tr("　进展：%1").arg(clip(r.text, 40));
        if (!r.author.isEmpty())
            out << tr("　填报人：%1").arg(r.author);
        out << '\n';
    }
    const int refused = pv.count(O::Refused);
    if (refused > 0) {
        out << tr("以下 %1 行未通过检查，不会导入：").arg(refused) << '\n';
        for (const FeedbackPreviewRow& r : pv.rows) {
            if (r.outcome == O::Refused)
                out << tr("  第 %1 行：%2").arg(r.sheetRow).arg(r.detail) << '\n';
        }
    }
    out << tr("可导入 %1 行，不变 %2 行，拒绝 %3 行")
               .arg(pv.count(O::Accepted))
               .arg(pv.count(O::Unchanged))
               .arg(refused)
        << '\n';
}

int runImportSheet(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("导入单位交回的反馈表：先显示预览，加 --yes 才写入数据库"));
    p.addHelpOption();
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption by(QStringLiteral("by"), tr("导入人（记入修改记录）"), QStringLiteral("NAME"));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("确认写入通过检查的行"));
    p.addOptions({db, by, yes});
    p.addPositionalArgument(QStringLiteral("FILE"), tr("交回的反馈表（.xlsx）"));
    QTextStream err(stderr);
    if (const int code = parseCommandLine(p, args); code >= 0)
        return code;
    if (p.positionalArguments().size() != 1) {
        err << tr("请指定一个反馈表文件") << '\n';
        return Usage;
    }
    if (p.value(by).trimmed().isEmpty()) {
        err << tr("请用 --by 姓名 注明导入人") << '\n';
        return Usage;
    }
    auto repo = openDb(p, db, !p.isSet(yes), err);
    if (!repo)
        return DatabaseProblem;
    FeedbackPreview pv;
    QString error;
    if (!previewFeedback(*repo, p.positionalArguments().first(), &pv, &error)) {
        err << error << '\n';
        return BadInput;
    }
    QTextStream out(stdout);
    printPreview(out, pv);
    const QList<FeedbackUpdate> updates = pv.updates();
    if (!p.isSet(yes)) {
        out << tr("未做修改。确认无误后加 --yes 再次导入。") << '\n';
        return Ok;
    }
    if (updates.isEmpty()) {
        out << tr("没有需要导入的内容。") << '\n';
        return Ok;
    }
    FeedbackResult result;
    StoreError e;
    if (!repo->applyFeedback(pv.unitId, updates, p.value(by), &result, &e)) {
        err << e.message << '\n';
        return e.kind == StoreError::BadInput ? BadInput : DatabaseProblem;
    }
    out << tr("已导入：新增进展 %1 条，进度变更 %2 项，状态变更 %3 项")
               .arg(result.progressAdded)
               .arg(result.percentChanged)
               .arg(result.statusChanged)
        << '\n';
    return Ok;
}

} // namespace

int runFeedback(const QStringList& args)
{
    QTextStream err(stderr);
    // args: program, subcommand, options…
    const QString sub = args.value(1);
    QStringList rest = args;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (sub == QLatin1String("export"))
        return runExportSheets(rest);
    if (sub == QLatin1String("import"))
        return runImportSheet(rest);
    err << tr("用法: duban-cli feedback export --db PATH (--unit U --out FILE.xlsx | --all --dir DIR)\n"
              "      duban-cli feedback import --db PATH FILE.xlsx --by NAME [--yes]\n");
    return Usage;
}

} // namespace duban::cli
