#include "report/ganttrenderer.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace duban {

namespace {

QColor mixWithWhite(const QColor& c, int percent)
{
    auto mix = [percent](int v) { return 255 - (255 - v) * percent / 100; };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

} // namespace

double ganttPixelsPerDay(GanttZoom z)
{
    switch (z) {
    case GanttZoom::Day:
        return 28;
    case GanttZoom::Week:
        return 8;
    case GanttZoom::Month:
        return 2.5;
    case GanttZoom::Quarter:
        return 0.9;
    case GanttZoom::Year:
        return 0.3;
    }
    return 2.5;
}

QString ganttZoomLabel(GanttZoom z)
{
    switch (z) {
    case GanttZoom::Day:
        return GanttRenderer::tr("日");
    case GanttZoom::Week:
        return GanttRenderer::tr("周");
    case GanttZoom::Month:
        return GanttRenderer::tr("月");
    case GanttZoom::Quarter:
        return GanttRenderer::tr("季");
    case GanttZoom::Year:
        return GanttRenderer::tr("年");
    }
    return {};
}

QColor GanttColors::forState(DueState s) const
{
    if (const QColor c = states.strong(s); c.isValid())
        return c;
    return s == DueState::Suspended ? suspended : noDeadline;
}

QList<GanttRow> ganttRows(const GanttData& data)
{
    QList<GanttRow> rows;
    rows.reserve(data.groups.size() + data.taskCount());
    for (const GanttGroup& g : data.groups) {
        rows.append({&g, nullptr, false});
        for (const GanttTask& t : g.tasks)
            rows.append({&g, &t, false});
    }
    return rows;
}

GanttRenderer::GanttRenderer()
{
    setFont(QFont());
}

void GanttRenderer::setSelected(int row, bool selected)
{
    if (row >= 0 && row < m_rows.size())
        m_rows[row].selected = selected;
}

void GanttRenderer::setRange(const QDate& from, const QDate& to)
{
    m_from = from;
    m_to = to < from ? from : to;
}

void GanttRenderer::setFont(const QFont& f)
{
    m_font = f;
    m_bold = f;
    m_bold.setBold(true);
    m_small = f;
    if (f.pixelSize() > 0)
        m_small.setPixelSize(std::max(8, f.pixelSize() * 85 / 100));
    else
        m_small.setPointSizeF(std::max(6.0, f.pointSizeF() * 0.85));
    const QFontMetricsF fm(m_font);
    m_smallHeight = QFontMetricsF(m_small).height();
    m_rowHeight = int(std::ceil(fm.height())) + 10;
    m_tierHeight = int(std::ceil(fm.height())) + 6;
}

double GanttRenderer::width() const
{
    return m_from.isValid() ? (m_from.daysTo(m_to) + 1) * m_ppd : 0;
}

double GanttRenderer::xOf(const QDate& d) const
{
    return m_from.daysTo(d) * m_ppd;
}

QDate GanttRenderer::dateAt(double x) const
{
    return m_from.addDays(qint64(std::floor(x / m_ppd)));
}

QDate GanttRenderer::scaleUnitStart(const QDate& d) const
{
    return unitStart(d, tiers().bottom);
}

int GanttRenderer::rowAt(double y) const
{
    if (y < 0)
        return -1;
    const int r = int(y / m_rowHeight);
    return r < m_rows.size() ? r : -1;
}

QRectF GanttRenderer::barRect(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const GanttRow& r = m_rows[row];
    const double top = row * double(m_rowHeight);
    if (!r.task) {
        const GanttGroup& g = *r.group;
        if (!g.start.isValid())
            return {};
        const double h = m_rowHeight * 0.34;
        const double right = g.openEnded ? std::max(xOf(g.end.addDays(1)), width()) : xOf(g.end.addDays(1));
        return QRectF(xOf(g.start), top + (m_rowHeight - h) / 2, right - xOf(g.start), h);
    }
    const GanttTask& t = *r.task;
    if (!t.start.isValid())
        return {};
    const double h = std::round(m_rowHeight * 0.56);
    const double y = top + std::round((m_rowHeight - h) / 2);
    if (t.isMilestone()) {
        const double cx = xOf(t.deadline) + m_ppd / 2;
        return QRectF(cx - h * 0.6, y - h * 0.1, h * 1.2, h * 1.2);
    }
    const double left = xOf(t.start);
    const double right =
        t.isOpenEnded() ? std::max(width(), left + 4 * m_rowHeight) : xOf(t.deadline.addDays(1));
    return QRectF(left, y, std::max(2.0, right - left), h);
}

QRectF GanttRenderer::progressRect(int row) const
{
    const QRectF bar = barRect(row);
    if (bar.isEmpty() || !m_rows[row].task || m_rows[row].task->isMilestone() ||
        m_rows[row].task->isOpenEnded())
        return {};
    QRectF r = bar;
    r.setWidth(bar.width() * std::clamp(m_rows[row].task->percent, 0, 100) / 100.0);
    return r;
}

QColor GanttRenderer::barColor(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const GanttRow& r = m_rows[row];
    if (!r.task)
        return m_colors.group;
    const GanttTask& t = *r.task;
    if (t.isOpenEnded() && t.due == DueState::NoDeadline)
        return m_colors.noDeadline;
    return m_colors.forState(t.due);
}

QString GanttRenderer::toolTip(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const GanttRow& r = m_rows[row];
    auto d = [](const QDate& x) { return x.toString(QStringLiteral("yyyy-MM-dd")); };
    if (!r.task) {
        const GanttGroup& g = *r.group;
        QString s = QStringLiteral("<b>%1</b>").arg(g.label.toHtmlEscaped());
        if (!g.detail.isEmpty())
            s += QStringLiteral("<br>") + g.detail.toHtmlEscaped();
        s += QStringLiteral("<br>") +
             tr("%1 项任务，平均完成 %2%，逾期 %3 项").arg(g.tasks.size()).arg(g.percent).arg(g.overdue);
        if (g.start.isValid())
            s += QStringLiteral("<br>") + tr("%1 至 %2").arg(d(g.start), g.openEnded ? tr("未定") : d(g.end));
        return s;
    }
    const GanttTask& t = *r.task;
    QString due = dueStateLabel(t.due);
    if (t.due == DueState::Overdue && m_today.isValid())
        due = tr("逾期 %1 天").arg(daysOverdue(t.deadline, m_today));
    QString deadline = t.deadline.isValid() ? d(t.deadline) : tr("未定");
    if (!t.deadlineText.isEmpty() && t.deadlineText != d(t.deadline))
        deadline += QStringLiteral("（%1）").arg(t.deadlineText.toHtmlEscaped());
    QStringList lines{QStringLiteral("<b>%1</b>").arg(t.title.toHtmlEscaped()),
                      tr("牵头单位：%1").arg(t.leadUnits.join(QStringLiteral("、")).toHtmlEscaped())};
    if (!t.coUnits.isEmpty())
        lines << tr("配合单位：%1").arg(t.coUnits.join(QStringLiteral("、")).toHtmlEscaped());
    lines << tr("开始：%1").arg(t.start.isValid() ? d(t.start) : tr("未定"))
          << tr("完成时限：%1").arg(deadline) << tr("完成：%1%").arg(t.percent)
          << tr("状态：%1 · %2").arg(statusLabel(t.status), due);
    return lines.join(QStringLiteral("<br>"));
}

// --- time scale

GanttRenderer::Tiers GanttRenderer::tiers() const
{
    if (m_ppd >= 18)
        return {Unit::Month, Unit::Day};
    if (m_ppd >= 5)
        return {Unit::Month, Unit::Week};
    if (m_ppd >= 1.6)
        return {Unit::Year, Unit::Month};
    if (m_ppd >= 0.6)
        return {Unit::Year, Unit::Quarter};
    return {Unit::Year, Unit::HalfYear};
}

int GanttRenderer::monthsIn(Unit u)
{
    constexpr int months[] = {0, 0, 1, 3, 6, 12}; // in Unit order; days and weeks are not counted in months
    return months[int(u)];
}

QDate GanttRenderer::unitStart(const QDate& d, Unit u)
{
    if (const int k = monthsIn(u))
        return QDate(d.year(), (d.month() - 1) / k * k + 1, 1);
    return u == Unit::Week ? d.addDays(1 - d.dayOfWeek()) : d;
}

QDate GanttRenderer::nextUnit(const QDate& d, Unit u)
{
    if (const int k = monthsIn(u))
        return d.addMonths(k);
    return d.addDays(u == Unit::Week ? 7 : 1);
}

QString GanttRenderer::unitLabel(const QDate& d, Unit u, bool top)
{
    switch (u) {
    case Unit::Day:
        return QString::number(d.day());
    case Unit::Week:
        return tr("第%1周").arg(d.weekNumber());
    case Unit::Month:
        return top ? tr("%1年%2月").arg(d.year()).arg(d.month()) : tr("%1月").arg(d.month());
    case Unit::Quarter: {
        const QString q[] = {tr("一季度"), tr("二季度"), tr("三季度"), tr("四季度")};
        return q[(d.month() - 1) / 3];
    }
    case Unit::HalfYear:
        return d.month() <= 6 ? tr("上半年") : tr("下半年");
    case Unit::Year:
        return tr("%1年").arg(d.year());
    }
    return {};
}

void GanttRenderer::paintTier(QPainter& p, Unit u, bool top, double y, double x0, double x1) const
{
    const QFontMetricsF fm(p.font());
    QDate d = unitStart(dateAt(x0), u);
    const double h = m_tierHeight;
    p.setPen(m_colors.grid);
    p.drawLine(QPointF(x0, y + h - 0.5), QPointF(x1, y + h - 0.5));
    while (xOf(d) < x1) {
        const QDate next = nextUnit(d, u);
        const double a = xOf(d), b = xOf(next);
        p.setPen(m_colors.grid);
        p.drawLine(QPointF(a + 0.5, y), QPointF(a + 0.5, y + h));
        // The top tier's label stays in sight while its cell is partly scrolled away.
        const double la = top ? std::max(a, x0) : a, lb = top ? std::min(b, x1) : b;
        const QString text = unitLabel(d, u, top);
        if (fm.horizontalAdvance(text) + 4 <= lb - la) {
            p.setPen(m_colors.text);
            p.drawText(QRectF(la, y, lb - la, h), Qt::AlignCenter, text);
        }
        d = next;
    }
}

void GanttRenderer::paintHeader(QPainter& p, double x0, double x1) const
{
    p.save();
    p.fillRect(QRectF(x0, 0, x1 - x0, headerHeight()), m_colors.header);
    const Tiers t = tiers();
    p.setFont(m_bold);
    paintTier(p, t.top, true, 0, x0, x1);
    p.setFont(m_font);
    paintTier(p, t.bottom, false, m_tierHeight, x0, x1);
    if (m_today.isValid() && xOf(m_today) >= x0 && xOf(m_today) <= x1) {
        const double x = xOf(m_today) + m_ppd / 2;
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(m_colors.today);
        const double s = m_tierHeight * 0.3;
        p.drawPolygon(QPolygonF({QPointF(x - s, headerHeight() - s * 1.4),
                                 QPointF(x + s, headerHeight() - s * 1.4), QPointF(x, headerHeight())}));
    }
    p.restore();
}

// --- rows

void GanttRenderer::paintBody(QPainter& p, double x0, double x1, int firstRow, int lastRow) const
{
    firstRow = std::max(firstRow, 0);
    lastRow = std::min(lastRow, rowCount() - 1);
    p.save();
    const double y0 = firstRow * double(m_rowHeight), y1 = (lastRow + 1) * double(m_rowHeight);
    p.fillRect(QRectF(x0, y0, x1 - x0, y1 - y0), Qt::white);
    const Tiers t = tiers();
    // Weekends when days are wide enough to see; grid lines on the lower tier's units.
    if (t.bottom == Unit::Day) {
        for (QDate d = dateAt(x0); xOf(d) < x1; d = d.addDays(1))
            if (d.dayOfWeek() >= 6)
                p.fillRect(QRectF(xOf(d), y0, m_ppd, y1 - y0), m_colors.weekend);
    }
    for (int r = firstRow; r <= lastRow; ++r) {
        const double y = r * double(m_rowHeight);
        if (m_rows[r].selected)
            p.fillRect(QRectF(x0, y, x1 - x0, m_rowHeight), m_colors.selection);
        else if (!m_rows[r].task)
            p.fillRect(QRectF(x0, y, x1 - x0, m_rowHeight), m_colors.groupBackground);
    }
    p.setPen(m_colors.grid);
    for (QDate d = unitStart(dateAt(x0), t.bottom); xOf(d) < x1; d = nextUnit(d, t.bottom))
        p.drawLine(QPointF(xOf(d) + 0.5, y0), QPointF(xOf(d) + 0.5, y1));
    for (int r = firstRow; r <= lastRow; ++r)
        p.drawLine(QPointF(x0, (r + 1) * double(m_rowHeight) - 0.5),
                   QPointF(x1, (r + 1) * double(m_rowHeight) - 0.5));

    for (int r = firstRow; r <= lastRow; ++r) {
        const GanttRow& row = m_rows[r];
        if (row.task)
            paintTask(p, *row.task, r * double(m_rowHeight), x0, x1);
        else
            paintGroup(p, *row.group, r * double(m_rowHeight));
    }
    if (m_today.isValid() && xOf(m_today) >= x0 && xOf(m_today) <= x1) {
        const double x = xOf(m_today) + m_ppd / 2;
        QPen pen(m_colors.today, 1.5);
        p.setPen(pen);
        p.drawLine(QPointF(x, y0), QPointF(x, y1));
    }
    p.restore();
}

void GanttRenderer::paintTask(QPainter& p, const GanttTask& t, double y, double x0, double x1) const
{
    if (!t.start.isValid())
        return;
    const QColor c =
        t.isOpenEnded() && t.due == DueState::NoDeadline ? m_colors.noDeadline : m_colors.forState(t.due);
    const double h = std::round(m_rowHeight * 0.56);
    const double top = y + std::round((m_rowHeight - h) / 2);
    double labelX = 0;
    if (t.isMilestone()) {
        const double cx = xOf(t.deadline) + m_ppd / 2, cy = top + h / 2, s = h * 0.6;
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(c.darker(130), 1));
        p.setBrush(t.percent >= 100 || t.status == Status::Done ? c : mixWithWhite(c, 45));
        p.drawPolygon(
            QPolygonF({QPointF(cx, cy - s), QPointF(cx + s, cy), QPointF(cx, cy + s), QPointF(cx - s, cy)}));
        p.restore();
        labelX = cx + s + 4;
    } else if (t.isOpenEnded()) {
        // No deadline: the bar fades out towards the right edge and ends in an arrow.
        const double left = xOf(t.start);
        const double right = std::max(x1, left + 4 * m_rowHeight);
        const double fade = std::max(10.0 * m_rowHeight, 60 * m_ppd);
        QLinearGradient g(left, 0, left + fade, 0);
        g.setColorAt(0, mixWithWhite(c, 60));
        g.setColorAt(1, mixWithWhite(c, 8));
        p.fillRect(QRectF(left, top, right - left, h), g);
        QPen dash(c, 1, Qt::DashLine);
        p.setPen(dash);
        p.drawLine(QPointF(left, top + 0.5), QPointF(right, top + 0.5));
        p.drawLine(QPointF(left, top + h - 0.5), QPointF(right, top + h - 0.5));
        p.setPen(QPen(c, 1));
        p.drawLine(QPointF(left + 0.5, top), QPointF(left + 0.5, top + h));
        if (t.percent > 0)
            p.fillRect(QRectF(left, top, std::min(3.0 * m_rowHeight, right - left) * t.percent / 100.0, h),
                       c);
        // Arrow at the visible right edge, so the open end is visible wherever one scrolls.
        const double ax = x1 - 2, cy = top + h / 2, s = h * 0.45;
        if (ax > left + s * 2) {
            p.save();
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawPolygon(
                QPolygonF({QPointF(ax, cy), QPointF(ax - s * 1.6, cy - s), QPointF(ax - s * 1.6, cy + s)}));
            p.restore();
        }
        return;
    } else {
        const QRectF bar(xOf(t.start), top, xOf(t.deadline.addDays(1)) - xOf(t.start), h);
        p.fillRect(bar, mixWithWhite(c, 35));
        QRectF done = bar;
        done.setWidth(bar.width() * std::clamp(t.percent, 0, 100) / 100.0);
        p.fillRect(done, c);
        p.setPen(QPen(c.darker(115), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(bar.adjusted(0.5, 0.5, -0.5, -0.5));
        labelX = bar.right() + 4;
    }
    // Title to the right of the bar, small, when the bar ends inside the painted range.
    // Skipped where it would be too small to read (a whole list shrunk onto one page): the label column
    // still has every title.
    const double scale = std::abs(p.worldTransform().m22());
    if (labelX < x1 && labelX >= x0 && m_smallHeight * scale >= 4) {
        p.setFont(m_small);
        p.setPen(m_colors.muted);
        const QFontMetricsF fm(m_small);
        const double room = std::min(x1 - labelX, fm.averageCharWidth() * 40);
        if (room > fm.averageCharWidth() * 4)
            p.drawText(
                QRectF(labelX, y, room, m_rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                fm.elidedText(t.percent > 0 ? QStringLiteral("%1 %2%").arg(t.title).arg(t.percent) : t.title,
                              Qt::ElideRight, room));
    }
}

void GanttRenderer::paintGroup(QPainter& p, const GanttGroup& g, double y) const
{
    if (!g.start.isValid())
        return;
    const double h = m_rowHeight * 0.34;
    const double top = y + (m_rowHeight - h) / 2;
    const double left = xOf(g.start);
    const double right = xOf(g.end.addDays(1));
    const QRectF bar(left, top, std::max(2.0, right - left), h);
    if (g.openEnded) {
        // Tasks without a deadline: the group runs on, dashed, to the right edge.
        p.setPen(QPen(m_colors.group, 1, Qt::DashLine));
        p.drawLine(QPointF(bar.right(), top + h / 2), QPointF(std::max(width(), bar.right()), top + h / 2));
    }
    p.fillRect(bar, mixWithWhite(m_colors.group, 45));
    QRectF done = bar;
    done.setWidth(bar.width() * g.percent / 100.0);
    p.fillRect(done, m_colors.group);
    // End caps pointing down, the usual summary-bar shape.
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(m_colors.group);
    const double s = h * 0.9;
    for (double x : {bar.left(), bar.right()})
        p.drawPolygon(
            QPolygonF({QPointF(x - s * 0.7, top), QPointF(x + s * 0.7, top), QPointF(x, top + h + s)}));
    p.restore();
}

// --- labels (paper)

GanttRenderer::LabelColumns GanttRenderer::labelColumns(double width) const
{
    const QFontMetricsF fm(m_bold);
    const double date = fm.horizontalAdvance(QStringLiteral("2020-05-31")) + 10;
    const double unit = fm.horizontalAdvance(QStringLiteral("中")) * 7 + 8;
    return {width - date - unit, width - date};
}

void GanttRenderer::paintLabelHeader(QPainter& p, double width) const
{
    p.save();
    p.fillRect(QRectF(0, 0, width, headerHeight()), m_colors.header);
    p.setPen(m_colors.grid);
    p.drawLine(QPointF(0, headerHeight() - 0.5), QPointF(width, headerHeight() - 0.5));
    p.drawLine(QPointF(width - 0.5, 0), QPointF(width - 0.5, headerHeight()));
    p.setFont(m_bold);
    p.setPen(m_colors.text);
    const LabelColumns c = labelColumns(width);
    const QRectF band(0, m_tierHeight, width, m_tierHeight);
    p.drawText(QRectF(6, band.top(), c.unit - 6, band.height()), Qt::AlignVCenter | Qt::AlignLeft,
               tr("任务"));
    p.drawText(QRectF(c.unit, band.top(), c.deadline - c.unit, band.height()),
               Qt::AlignVCenter | Qt::AlignLeft, tr("牵头单位"));
    p.drawText(QRectF(c.deadline, band.top(), width - c.deadline, band.height()),
               Qt::AlignVCenter | Qt::AlignLeft, tr("完成时限"));
    p.restore();
}

void GanttRenderer::paintLabels(QPainter& p, double width, int firstRow, int lastRow) const
{
    firstRow = std::max(firstRow, 0);
    lastRow = std::min(lastRow, rowCount() - 1);
    p.save();
    const LabelColumns c = labelColumns(width);
    const double tw = c.unit, uw = c.deadline - c.unit, dw = width - c.deadline;
    const QFontMetricsF fm(m_font), fb(m_bold);
    for (int r = firstRow; r <= lastRow; ++r) {
        const GanttRow& row = m_rows[r];
        const double y = r * double(m_rowHeight);
        p.fillRect(QRectF(0, y, width, m_rowHeight), row.task ? QColor(Qt::white) : m_colors.groupBackground);
        p.setPen(m_colors.grid);
        p.drawLine(QPointF(0, y + m_rowHeight - 0.5), QPointF(width, y + m_rowHeight - 0.5));
        p.setPen(m_colors.text);
        if (!row.task) {
            p.setFont(m_bold);
            const QString text = tr("%1（%2 项）").arg(row.group->label).arg(row.group->tasks.size());
            p.drawText(QRectF(6, y, width - 10, m_rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                       fb.elidedText(text, Qt::ElideRight, width - 10));
            continue;
        }
        const GanttTask& t = *row.task;
        p.setFont(m_font);
        const double indent = 6 + fm.averageCharWidth() * 2;
        p.drawText(QRectF(indent, y, tw - indent - 4, m_rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(t.title, Qt::ElideRight, tw - indent - 4));
        p.drawText(QRectF(tw, y, uw - 4, m_rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(t.leadUnits.join(QStringLiteral("、")), Qt::ElideRight, uw - 4));
        p.setPen(t.due == DueState::Overdue ? m_colors.states.overdue : m_colors.text);
        p.drawText(QRectF(tw + uw, y, dw, m_rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   t.deadline.isValid() ? t.deadline.toString(QStringLiteral("yyyy-MM-dd")) : tr("未定"));
    }
    p.setPen(m_colors.grid);
    p.drawLine(QPointF(width - 0.5, firstRow * double(m_rowHeight)),
               QPointF(width - 0.5, (lastRow + 1) * double(m_rowHeight)));
    p.restore();
}

} // namespace duban
