#include "report/ganttprint.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <cmath>

namespace duban {

namespace {

QString tr(const char* s)
{
    return GanttRenderer::tr(s);
}

// One sheet: title band, label column and time scale, then rows × dates, in 96-dpi units.
struct Sheet
{
    const GanttRenderer& r;
    const GanttPrintOptions& o;
    double labelWidth;
    double titleHeight;

    void paint(QPainter& p, int firstRow, int lastRow, const QDate& from, const QDate& to,
               const QString& pageText) const
    {
        const double chartX0 = r.xOf(from), chartX1 = r.xOf(to.addDays(1));
        const double chartW = chartX1 - chartX0;
        const double bodyH = (lastRow - firstRow + 1) * double(r.rowHeight());
        // Title band
        QFont big = o.font;
        big.setBold(true);
        big.setPixelSize(o.font.pixelSize() * 5 / 4);
        p.setFont(big);
        p.setPen(r.colors().text);
        const double w = labelWidth + chartW;
        p.drawText(QRectF(0, 0, w, titleHeight * 0.8), Qt::AlignLeft | Qt::AlignVCenter, o.title);
        p.setFont(o.font);
        p.setPen(r.colors().muted);
        const QString right =
            tr("%1 至 %2　今天 %3　%4")
                .arg(from.toString(QStringLiteral("yyyy-MM-dd")), to.toString(QStringLiteral("yyyy-MM-dd")),
                     o.today.toString(QStringLiteral("yyyy-MM-dd")), pageText);
        p.drawText(QRectF(0, 0, w, titleHeight * 0.8), Qt::AlignRight | Qt::AlignVCenter, right.trimmed());

        p.save();
        p.translate(0, titleHeight);
        r.paintLabelHeader(p, labelWidth);
        p.save();
        p.translate(0, r.headerHeight() - firstRow * double(r.rowHeight()));
        p.setClipRect(QRectF(0, firstRow * double(r.rowHeight()), labelWidth, bodyH));
        r.paintLabels(p, labelWidth, firstRow, lastRow);
        p.restore();
        p.translate(labelWidth - chartX0, 0);
        p.setClipRect(QRectF(chartX0, 0, chartW, r.headerHeight()));
        r.paintHeader(p, chartX0, chartX1);
        p.translate(0, r.headerHeight() - firstRow * double(r.rowHeight()));
        p.setClipRect(QRectF(chartX0, firstRow * double(r.rowHeight()), chartW, bodyH));
        r.paintBody(p, chartX0, chartX1, firstRow, lastRow);
        p.restore();
        p.setPen(r.colors().muted);
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(0, titleHeight, w, r.headerHeight() + bodyH).adjusted(0.25, 0.25, -0.25, -0.25));
    }
};

void setUp(GanttRenderer& r, const QList<GanttRow>& rows, const GanttPrintOptions& o, QDate* from, QDate* to)
{
    *from = o.from;
    *to = o.to;
    if (!from->isValid() || !to->isValid()) {
        QDate f, t;
        ganttExtent(rows, &f, &t);
        if (!from->isValid())
            *from = f;
        if (!to->isValid())
            *to = t;
    }
    if (*to < *from)
        std::swap(*from, *to);
    r.setRows(rows);
    r.setFont(o.font);
    r.setColors(o.colors);
    r.setToday(o.today);
    r.setRange(*from, *to);
    r.setPixelsPerDay(o.pixelsPerDay);
}

double labelWidthFor(const QFont& f)
{
    return QFontMetricsF(f).horizontalAdvance(QStringLiteral("中")) * 30;
}

} // namespace

namespace {

// Each mode's key (duban-cli gantt --mode, settings) and label, in GanttPrintMode order.
struct ModeName
{
    GanttPrintMode mode;
    const char* key;
    const char* label;
};
const ModeName kModes[] = {
    {GanttPrintMode::Pages, "pages", QT_TRANSLATE_NOOP("duban", "按原比例分页")},
    {GanttPrintMode::FitHeight, "height", QT_TRANSLATE_NOOP("duban", "适合页高（横向分页）")},
    {GanttPrintMode::FitPage, "page", QT_TRANSLATE_NOOP("duban", "缩放到一页")},
};

// What paper and image output start from: the renderer set up over the dates, at least one row, the
// label column and the title band.
struct Frame
{
    QDate from, to;
    int n;
    double labelW, titleH;
};

Frame frameFor(GanttRenderer& r, const QList<GanttRow>& rows, const GanttPrintOptions& o)
{
    Frame f;
    setUp(r, rows, o, &f.from, &f.to);
    f.n = std::max(1, r.rowCount());
    f.labelW = labelWidthFor(o.font);
    f.titleH = QFontMetricsF(o.font).height() * 2.4;
    return f;
}

} // namespace

QString ganttPrintModeKey(GanttPrintMode m)
{
    return QLatin1String(kModes[int(m)].key);
}

std::optional<GanttPrintMode> ganttPrintModeFromKey(const QString& key)
{
    for (const ModeName& m : kModes)
        if (key == QLatin1String(m.key))
            return m.mode;
    return std::nullopt;
}

QString ganttPrintModeLabel(GanttPrintMode m)
{
    return tr(kModes[int(m)].label);
}

QFont GanttPrintOptions::defaultFont()
{
    QFont f(QStringLiteral("WenQuanYi Micro Hei"));
    f.setPixelSize(12);
    return f;
}

void ganttExtent(const QList<GanttRow>& rows, QDate* from, QDate* to)
{
    QDate a, b;
    for (const GanttRow& r : rows) {
        if (!r.task)
            continue;
        const GanttTask& t = *r.task;
        if (t.start.isValid() && (!a.isValid() || t.start < a))
            a = t.start;
        const QDate end = t.isOpenEnded() ? t.start.addMonths(3) : t.deadline;
        if (end.isValid() && (!b.isValid() || end > b))
            b = end;
    }
    if (!a.isValid()) {
        a = QDate::currentDate();
        b = a.addMonths(3);
    }
    *from = QDate(a.year(), a.month(), 1);
    *to = QDate(b.year(), b.month(), 1).addMonths(1).addDays(-1);
}

int printGantt(QPagedPaintDevice& device, const QList<GanttRow>& rows, const GanttPrintOptions& o,
               QString* error)
{
    GanttRenderer r;
    const auto [from, to, n, labelW, titleH] = frameFor(r, rows, o);
    const QRect paper = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const double s0 = device.logicalDpiX() / 96.0;
    const qint64 days = from.daysTo(to) + 1;
    double s = s0;
    const double fullH = titleH + r.headerHeight() + n * double(r.rowHeight());
    if (o.mode != GanttPrintMode::Pages)
        s = std::min(s0, paper.height() / fullH);
    const double pw = paper.width() / s, ph = paper.height() / s;
    // Fit to page stretches or squeezes the days to the width; fit to height only stretches them when
    // the rows, shrunk to the height, would leave the page's width unused.
    const double fitPpd = std::max(0.01, (pw - labelW - 1) / double(days));
    if (o.mode == GanttPrintMode::FitPage ||
        (o.mode == GanttPrintMode::FitHeight && fitPpd > r.pixelsPerDay()))
        r.setPixelsPerDay(fitPpd);
    const qint64 daysPerPage =
        r.pixelsPerDay() == fitPpd ? days : std::max<qint64>(1, qint64((pw - labelW - 1) / r.pixelsPerDay()));
    const int rowsPerPage = o.mode == GanttPrintMode::Pages
                                ? std::max(1, int((ph - titleH - r.headerHeight() - 1) / r.rowHeight()))
                                : n;
    // Page breaks fall on the time scale's lower tier (a month, a quarter…) when that costs at most half
    // a page, so that no page starts in the middle of a labelled unit.
    QList<QPair<QDate, QDate>> spans;
    for (QDate a = from; a <= to;) {
        QDate b = a.addDays(daysPerPage - 1);
        if (b >= to) {
            b = to;
        } else {
            const QDate unit = r.scaleUnitStart(b.addDays(1));
            if (unit > a && a.daysTo(unit) >= daysPerPage / 2)
                b = unit.addDays(-1);
        }
        spans.append({a, b});
        a = b.addDays(1);
    }
    const int across = int(spans.size());
    const int down = (n + rowsPerPage - 1) / rowsPerPage;
    const int total = across * down;

    QPainter p;
    if (!p.begin(&device)) {
        if (error)
            *error = tr("无法开始打印：打印机或文件不可用");
        return 0;
    }
    const Sheet sheet{r, o, labelW, titleH};
    int page = 0;
    for (int dn = 0; dn < down; ++dn) {
        const int first = dn * rowsPerPage, last = std::min(n, first + rowsPerPage) - 1;
        for (int ac = 0; ac < across; ++ac) {
            if (page > 0 && !device.newPage()) {
                if (error)
                    *error = tr("无法换页");
                return 0;
            }
            ++page;
            const QDate a = spans[ac].first, b = spans[ac].second;
            p.save();
            p.scale(s, s);
            sheet.paint(p, first, last, a, b,
                        total > 1 ? tr("第 %1 / %2 页").arg(page).arg(total) : QString());
            p.restore();
        }
    }
    p.end();
    return page;
}

int writeGanttPdf(const QString& path, const QList<GanttRow>& rows, const GanttPrintOptions& options,
                  QString* error)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("Duban"));
    const int pages = printGantt(writer, rows, options, error);
    if (pages == 0 && error && error->isEmpty())
        *error = tr("无法写入 %1").arg(QFileInfo(path).absoluteFilePath());
    return pages;
}

QImage renderGanttImage(const QList<GanttRow>& rows, const GanttPrintOptions& o)
{
    GanttRenderer r;
    const auto [from, to, n, labelW, titleH] = frameFor(r, rows, o);
    const double w = labelW + r.width() + 1, h = titleH + r.headerHeight() + n * double(r.rowHeight()) + 1;
    // Keep the image within about 40 megapixels (160 MB) by scaling down.
    const double scale = std::min({1.0, std::sqrt(40e6 / (w * h)), 30000 / w, 30000 / h});
    QImage img(int(std::ceil(w * scale)), int(std::ceil(h * scale)), QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.scale(scale, scale);
    const Sheet sheet{r, o, labelW, titleH};
    sheet.paint(p, 0, n - 1, from, to, QString());
    p.end();
    return img;
}

} // namespace duban
