#include "cli/command.h"
#include "cli/options.h"
#include "core/clock.h"
#include "palette/warningpalette.h"
#include "report/ganttprint.h"

#include <QFileInfo>

namespace duban::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringLiteral("pdf"), tr("写入 PDF（A4 横向）"), QStringLiteral("FILE")},
        {QStringLiteral("png"), tr("写入 PNG 图片"), QStringLiteral("FILE")},
        {QStringLiteral("from"), tr("开始日期（默认：最早的任务）"), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("to"), tr("结束日期（默认：最晚的时限）"), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("mode"), tr("版式: pages（按原比例分页）、height（适合页高）、page（缩放到一页）"),
         QStringLiteral("MODE"), QStringLiteral("pages")},
        {QStringLiteral("group"), tr("分组: directive（按文件）或 unit（按牵头单位）"), QStringLiteral("G"),
         QStringLiteral("directive")},
        {QStringLiteral("scale"), tr("时间刻度: day、week、month、quarter、year"), QStringLiteral("S"),
         QStringLiteral("month")},
        {QStringLiteral("as-of"), tr("计算逾期所用的日期（默认今天）"), QStringLiteral("YYYY-MM-DD")},
    });
}

int run(CommandContext& c)
{
    const QCommandLineParser& p = c.options;
    QString why;
    const auto file = oneOutputFile(p, QStringLiteral("pdf"), QStringLiteral("png"), &why);
    if (!file)
        return c.usageError(why);
    GanttPrintOptions o;
    const auto dates = dateOptions(p, {"from", "to", "as-of"}, &why);
    if (!dates)
        return c.usageError(why);
    const auto [from, to, day] = *dates;
    o.from = from;
    o.to = to;
    const QString modeKey = p.value(QStringLiteral("mode"));
    const std::optional<GanttPrintMode> m = ganttPrintModeFromKey(modeKey);
    if (!m)
        return c.usageError(tr("未知的版式“%1”，可用 pages、height、page").arg(modeKey));
    o.mode = *m;
    const QString g = p.value(QStringLiteral("group"));
    if (g != QLatin1String("directive") && g != QLatin1String("unit"))
        return c.usageError(tr("未知的分组“%1”，可用 directive、unit").arg(g));
    const GanttGrouping grouping =
        g == QLatin1String("unit") ? GanttGrouping::LeadUnit : GanttGrouping::Directive;
    const QStringList scales{QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"),
                             QStringLiteral("quarter"), QStringLiteral("year")};
    const int z = int(scales.indexOf(p.value(QStringLiteral("scale"))));
    if (z < 0)
        return c.usageError(tr("未知的时间刻度“%1”").arg(p.value(QStringLiteral("scale"))));
    o.pixelsPerDay = ganttPixelsPerDay(GanttZoom(z));
    o.today = day.isValid() ? day : Clock::today();
    const WarningPalette& wp = WarningPalette::current();
    o.colors.states = wp;
    o.title =
        grouping == GanttGrouping::LeadUnit ? tr("甘特图（按牵头单位分组）") : tr("甘特图（按文件分组）");

    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    StoreError e;
    const GanttData data = loadGanttData(*repo, grouping, o.today, wp.rules, &e);
    if (e.isError())
        return c.storeFailure(e);
    const QList<GanttRow> rows = ganttRows(data);
    const QString path = QFileInfo(file->path).absoluteFilePath();
    if (!file->first) {
        if (!renderGanttImage(rows, o).save(file->path, "PNG"))
            return c.failure(tr("无法写入 %1").arg(path), BadInput);
        return c.done(tr("已把 %1 项任务的甘特图写入 %2").arg(data.taskCount()).arg(path));
    }
    QString error;
    const int pages = writeGanttPdf(file->path, rows, o, &error);
    if (pages == 0)
        return c.failure(error, BadInput);
    return c.done(tr("已把 %1 项任务的甘特图打印为 %2 页：%3").arg(data.taskCount()).arg(pages).arg(path));
}

} // namespace

extern const CommandSpec ganttCommand =
    CommandSpec("gantt", QT_TRANSLATE_NOOP("duban::cli", "把甘特图打印为 PDF 或导出为 PNG 图片"),
                Access::Reads, addOptions, run)
        .gui();

} // namespace duban::cli
