// Gantt chart with 10,000 tasks in 100 directives: full repaints of a 1920×1080 viewport through the
// renderer alone (QImage) and through the real view (GanttPage grabbed), at each zoom and scroll
// position, against a 16.7 ms frame; also the worst case, every row squeezed onto one 1920×1080 image.
// ./build/bin/bench_gantt [--tasks N]
#include "gui/gantt/ganttchart.h"
#include "gui/gantt/ganttmodel.h"
#include "gui/gantt/ganttpage.h"
#include "report/ganttprint.h"
#include "report/ganttrenderer.h"
#include "store/repository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeView>
#include <algorithm>
#include <cstdio>

using namespace duban;

namespace {

GanttData generate(int n)
{
    static const QStringList units = {QStringLiteral("市发展和改革委员会"), QStringLiteral("市财政局"),
                                      QStringLiteral("市政务服务和大数据管理局"),
                                      QStringLiteral("各县区人民政府"), QStringLiteral("市商务局")};
    QList<GanttTask> tasks;
    QList<DirectiveRecord> directives;
    const int perDirective = 100;
    for (int d = 0; d < (n + perDirective - 1) / perDirective; ++d) {
        DirectiveRecord r;
        r.id = d + 1;
        r.title = QStringLiteral("驻马店市人民政府关于印发第%1号重点工作方案的通知").arg(d + 1);
        r.date = QDate(2021, 1, 1).addDays(d * 7);
        directives << r;
    }
    for (int i = 0; i < n; ++i) {
        GanttTask t;
        t.id = i + 1;
        t.directiveId = i / perDirective + 1;
        t.title = QStringLiteral("深入开展城乡环境卫生综合整治，推进第%1项重点任务落实").arg(i + 1);
        t.leadUnits = {units.at(i % units.size())};
        t.start = directives[t.directiveId - 1].date;
        // Mostly bars of 1–12 months; every 17th a milestone, every 23rd open-ended.
        if (i % 23 != 0)
            t.deadline = i % 17 == 0 ? t.start : t.start.addDays(30 + (i * 37) % 330);
        t.percent = (i * 13) % 101;
        t.status = Status(i % 3);
        const QDate today(2022, 6, 30);
        t.due = !t.deadline.isValid()           ? DueState::NoDeadline
                : t.deadline < today            ? DueState::Overdue
                : today.daysTo(t.deadline) <= 7 ? DueState::DueSoon
                                                : DueState::OnTrack;
        tasks << t;
    }
    return groupGanttTasks(tasks, GanttGrouping::Directive, directives);
}

GanttColors colors()
{
    GanttColors c;
    c.overdue = QColor(0xdc, 0x26, 0x26);
    c.dueSoon = QColor(0xea, 0xb3, 0x08);
    c.onTrack = QColor(0x16, 0xa3, 0x4a);
    c.done = QColor(0x64, 0x74, 0x8b);
    return c;
}

struct Stats
{
    double median = 0, max = 0;
};

template <typename F> Stats time(int runs, F&& f)
{
    QList<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < runs; ++i) {
        t.start();
        f(i);
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.last()};
}

void report(const char* what, const Stats& s)
{
    std::printf("  %-44s median %7.2f ms  max %7.2f ms  %s\n", what, s.median, s.max,
                s.median <= 16.7 ? "(within a 16.7 ms frame)" : "(slower than a frame)");
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int n = 10000;
    const QStringList args = app.arguments();
    if (const auto i = args.indexOf(QStringLiteral("--tasks")); i > 0 && i + 1 < args.size())
        n = args.at(i + 1).toInt();

    QElapsedTimer t;
    t.start();
    const GanttData data = generate(n);
    const QList<GanttRow> rows = ganttRows(data);
    std::printf("%d tasks in %lld groups, %lld rows; grouped in %.1f ms\n", data.taskCount(),
                qint64(data.groups.size()), qint64(rows.size()), t.nsecsElapsed() / 1e6);

    // 1. The renderer alone: header + visible rows of a 1920×1080 viewport into a QImage.
    GanttRenderer r;
    r.setRows(rows);
    r.setColors(colors());
    r.setToday(QDate(2022, 6, 30));
    r.setRange(QDate(2020, 1, 1), QDate(2024, 12, 31));
    QImage img(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const int runs = 60;
    std::printf("Renderer, 1920x1080 QImage, full repaint (time scale + visible rows):\n");
    for (GanttZoom z : kGanttZooms) {
        r.setPixelsPerDay(ganttPixelsPerDay(z));
        const double maxX = std::max(0.0, r.width() - 1920);
        const int bodyH = 1080 - r.headerHeight();
        const int maxY = std::max(0, int(rows.size()) * r.rowHeight() - bodyH);
        const Stats s = time(runs, [&](int i) {
            const double x = maxX * (i % 6) / 5.0;
            const int y = maxY * (i % 7) / 6;
            QPainter p(&img);
            p.translate(-x, 0);
            r.paintHeader(p, x, x + 1920);
            p.translate(0, r.headerHeight() - y);
            r.paintBody(p, x, x + 1920, y / r.rowHeight(), (y + bodyH) / r.rowHeight());
        });
        const QString label = QStringLiteral("zoom %1").arg(ganttZoomLabel(z));
        report(label.toUtf8().constData(), s);
    }

    // 2. The real view: GanttPage (tree + chart) at 1920×1080, the chart's viewport repainted.
    std::printf("GanttPage at 1920x1080 (chart viewport %s):\n", "grabbed");
    GanttPage page;
    page.resize(1920, 1080);
    page.show();
    t.start();
    page.model()->setData(data);
    page.expandAll();
    page.chart()->rebuildRows();
    std::printf("  model reset + expand all groups (rows rebuilt at next paint): %.1f ms\n",
                t.nsecsElapsed() / 1e6);
    QApplication::processEvents();
    GanttChart* chart = page.chart();
    std::printf("  chart viewport %dx%d\n", chart->viewport()->width(), chart->viewport()->height());
    for (GanttZoom z : {GanttZoom::Day, GanttZoom::Month, GanttZoom::Year}) {
        chart->setZoom(z);
        QScrollBar* v = page.tree()->verticalScrollBar();
        QScrollBar* h = chart->horizontalScrollBar();
        const Stats s = time(30, [&](int i) {
            v->setValue(v->maximum() * (i % 7) / 6);
            h->setValue(h->maximum() * (i % 5) / 4);
            chart->viewport()->grab();
        });
        const QString label = QStringLiteral("scroll + repaint, zoom %1").arg(ganttZoomLabel(z));
        report(label.toUtf8().constData(), s);
    }
    t.start();
    page.collapseAll();
    const double collapse = t.nsecsElapsed() / 1e6;
    t.start();
    page.expandAll();
    const double expand = t.nsecsElapsed() / 1e6;
    t.start();
    chart->viewport()->grab();
    std::printf("  collapse all %.1f ms, expand all %.1f ms, then first repaint (rows rebuilt) %.1f ms\n",
                collapse, expand, t.nsecsElapsed() / 1e6);

    // 3. Worst case: every row painted (fit to one page) into a 1920×1080 image.
    GanttPrintOptions o;
    o.colors = colors();
    o.today = QDate(2022, 6, 30);
    o.from = QDate(2021, 1, 1);
    o.to = QDate(2023, 12, 31);
    std::printf("Every row on one image (fit to page), %lld rows:\n", qint64(rows.size()));
    const Stats all = time(5, [&](int) {
        GanttRenderer w;
        w.setRows(rows);
        w.setColors(o.colors);
        w.setFont(o.font);
        w.setRange(o.from, o.to);
        const double s = 1080.0 / (w.headerHeight() + rows.size() * double(w.rowHeight()));
        w.setPixelsPerDay(1920 / s / (o.from.daysTo(o.to) + 1));
        QPainter p(&img);
        p.scale(s, s);
        w.paintHeader(p, 0, w.width());
        p.translate(0, w.headerHeight());
        w.paintBody(p, 0, w.width(), 0, int(rows.size()) - 1);
    });
    report("all rows, scaled", all);
    return 0;
}
