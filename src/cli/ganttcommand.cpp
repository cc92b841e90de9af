#include "cli/ganttcommand.h"

#include "cli/commandline.h"
#include "cli/commands.h"
#include "core/clock.h"
#include "core/translate.h"
#include "palette/warningpalette.h"
#include "report/ganttprint.h"
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

QDate dateOption(const QCommandLineParser& p, const QCommandLineOption& o, bool* ok)
{
    if (!p.isSet(o))
        return {};
    const QDate d = QDate::fromString(p.value(o), Qt::ISODate);
    if (!d.isValid())
        *ok = false;
    return d;
}

} // namespace

int runGantt(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("把甘特图打印为 PDF 或导出为 PNG 图片"));
    p.addHelpOption();
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("写入 PDF（A4 横向）"), QStringLiteral("FILE"));
    const QCommandLineOption png(QStringLiteral("png"), tr("写入 PNG 图片"), QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), tr("开始日期（默认：最早的任务）"),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), tr("结束日期（默认：最晚的时限）"),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  tr("版式: pages（按原比例分页）、height（适合页高）、page（缩放到一页）"),
                                  QStringLiteral("MODE"), QStringLiteral("pages"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   tr("分组: directive（按文件）或 unit（按牵头单位）"), QStringLiteral("G"),
                                   QStringLiteral("directive"));
    const QCommandLineOption scale(QStringLiteral("scale"), tr("时间刻度: day、week、month、quarter、year"),
                                   QStringLiteral("S"), QStringLiteral("month"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), tr("计算逾期所用的日期（默认今天）"),
                                  QStringLiteral("YYYY-MM-DD"));
    p.addOptions({db, pdf, png, from, to, mode, group, scale, asOf});
    QTextStream err(stderr);
    if (const int code = parseCommandLine(p, args); code >= 0)
        return code;
    if (p.isSet(pdf) == p.isSet(png)) {
        err << tr("请用 --pdf FILE 或 --png FILE 指定一个输出文件") << '\n';
        return Usage;
    }
    bool datesOk = true;
    GanttPrintOptions o;
    o.from = dateOption(p, from, &datesOk);
    o.to = dateOption(p, to, &datesOk);
    const QDate day = dateOption(p, asOf, &datesOk);
    if (!datesOk) {
        err << tr("日期格式应为 YYYY-MM-DD") << '\n';
        return Usage;
    }
    const std::optional<GanttPrintMode> m = ganttPrintModeFromKey(p.value(mode));
    if (!m) {
        err << tr("未知的版式“%1”，可用 pages、height、page").arg(p.value(mode)) << '\n';
        return Usage;
    }
    o.mode = *m;
    const QString g = p.value(group);
    if (g != QLatin1String("directive") && g != QLatin1String("unit")) {
        err << tr("未知的分组“%1”，可用 directive、unit").arg(g) << '\n';
        return Usage;
    }
    const GanttGrouping grouping =
        g == QLatin1String("unit") ? GanttGrouping::LeadUnit : GanttGrouping::Directive;
    const QStringList scales{QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"),
                             QStringLiteral("quarter"), QStringLiteral("year")};
    const int z = int(scales.indexOf(p.value(scale)));
    if (z < 0) {
        err << tr("未知的时间刻度“%1”").arg(p.value(scale)) << '\n';
        return Usage;
    }
    o.pixelsPerDay = ganttPixelsPerDay(GanttZoom(z));
    o.today = day.isValid() ? day : Clock::today();
    const WarningPalette& wp = WarningPalette::current();
    o.colors.overdue = wp.overdue;
    o.colors.dueSoon = wp.dueSoon;
    o.colors.onTrack = wp.onTrack;
    o.colors.done = wp.done;
    o.title =
        grouping == GanttGrouping::LeadUnit ? tr("甘特图（按牵头单位分组）") : tr("甘特图（按文件分组）");

    OpenOptions oo;
    oo.mustExist = true;
    oo.readOnly = true;
    StoreError e;
    const QString path = p.isSet(db) ? p.value(db) : Repository::defaultPath();
    auto repo = Repository::open(path, oo, &e);
    if (!repo) {
        err << e.message << '\n';
        return DatabaseProblem;
    }
    const GanttData data = loadGanttData(*repo, grouping, o.today, wp.rules, &e);
    if (e.isError()) {
        err << e.message << '\n';
        return DatabaseProblem;
    }
    const QList<GanttRow> rows = ganttRows(data);
    if (p.isSet(png)) {
        const QString out = p.value(png);
        if (!renderGanttImage(rows, o).save(out, "PNG")) {
            err << tr("无法写入 %1").arg(QFileInfo(out).absoluteFilePath()) << '\n';
            return BadInput;
        }
        QTextStream(stdout) << tr("已把 %1 项任务的甘特图写入 %2")
                                   .arg(data.taskCount())
                                   .arg(QFileInfo(out).absoluteFilePath())
                            << '\n';
        return Ok;
    }
    QString error;
    const QString out = p.value(pdf);
    const int pages = writeGanttPdf(out, rows, o, &error);
    if (pages == 0) {
        err << error << '\n';
        return BadInput;
    }
    QTextStream(stdout) << tr("已把 %1 项任务的甘特图打印为 %2 页：%3")
                               .arg(data.taskCount())
                               .arg(pages)
                               .arg(QFileInfo(out).absoluteFilePath())
                        << '\n';
    return Ok;
}

} // namespace duban::cli
