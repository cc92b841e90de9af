// The per-unit status chart of the weekly report: one stacked bar per lead unit, painted with QPainter.
#include "core/translate.h"
#include "report/reportcontent.h"

#include <QPainter>
#include <algorithm>

namespace duban {

namespace {

QString tr(const char* s)
{
    return translateIn({"Report", "duban::ReportPeriod", "duban::ReportDocument::Impl", "duban"}, s);
}

constexpr int kMaxBars = 12;
constexpr int kBarHeight = 16, kRowHeight = 22, kTop = 34, kLabelWidth = 190, kCountWidth = 44;

} // namespace

int unitChartUnits(const WeeklyReport& report)
{
    return int(std::min<qsizetype>(report.units.size(), kMaxBars));
}

QImage unitChart(const WeeklyReport& report, const QSize& size, qreal scale)
{
    QImage img(size * scale, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    const int n = unitChartUnits(report);
    if (n == 0)
        return img;
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(scale, scale);
    QFont font(reportFontFamily());
    font.setPixelSize(12);
    p.setFont(font);
    const ReportOptions& o = report.options;
    const QList<QPair<QString, QColor>> legend{{tr("已办结"), o.doneColor},
                                               {tr("正常推进"), o.onTrackColor},
                                               {tr("欠进度"), o.behindColor},
                                               {tr("逾期"), o.overdueColor}};
    // Legend, centred above the bars.
    const QFontMetrics fm(font);
    int legendWidth = 0;
    for (const auto& l : legend)
        legendWidth += 14 + 6 + fm.horizontalAdvance(l.first) + 18;
    int x = (size.width() - legendWidth) / 2;
    for (const auto& l : legend) {
        p.fillRect(QRectF(x, 10, 14, 12), l.second);
        x += 20;
        p.setPen(Qt::black);
        p.drawText(QRectF(x, 6, 200, 20), Qt::AlignLeft | Qt::AlignVCenter, l.first);
        x += fm.horizontalAdvance(l.first) + 18;
    }
    int maxTasks = 1;
    for (int i = 0; i < n; ++i)
        maxTasks = std::max(maxTasks, report.units[i].tasks);
    const qreal barArea = size.width() - kLabelWidth - kCountWidth - 8;
    for (int i = 0; i < n; ++i) {
        const ReportUnitLine& u = report.units[i];
        const int y = kTop + i * kRowHeight;
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y, kLabelWidth - 8, kBarHeight), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(u.unit, Qt::ElideMiddle, kLabelWidth - 8));
        const int onTrack = std::max(0, u.tasks - u.done - u.behind - u.overdue);
        const int parts[] = {u.done, onTrack, u.behind, u.overdue};
        qreal bx = kLabelWidth;
        for (int k = 0; k < 4; ++k) {
            const qreal w = barArea * parts[k] / maxTasks;
            p.fillRect(QRectF(bx, y, w, kBarHeight), legend[k].second);
            bx += w;
        }
        p.setPen(QColor(0x44, 0x44, 0x44));
        p.drawText(QRectF(bx + 6, y, kCountWidth, kBarHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::number(u.tasks));
    }
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 1));
    p.drawLine(QPointF(kLabelWidth, kTop - 4), QPointF(kLabelWidth, kTop + n * kRowHeight));
    return img;
}

} // namespace duban
