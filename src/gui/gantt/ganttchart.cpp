#include "gui/gantt/ganttchart.h"

#include "core/clock.h"
#include "gui/gantt/ganttmodel.h"
#include "palette/warningpalette.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QTreeView>
#include <QWheelEvent>
#include <cmath>

namespace duban {

// The time scale above the chart's viewport; scrolls horizontally with it.
class GanttChart::Header : public QWidget
{
public:
    explicit Header(GanttChart* chart) : QWidget(chart), m_chart(chart) {}

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        const double h = m_chart->horizontalScrollBar()->value();
        p.translate(-h, 0);
        m_chart->m_renderer.paintHeader(p, h, h + width());
    }

private:
    GanttChart* m_chart;
};

GanttChart::GanttChart(QTreeView* tree, GanttModel* model, QWidget* parent)
    : QAbstractScrollArea(parent), m_tree(tree), m_model(model), m_header(new Header(this))
{
    m_header->setObjectName(QStringLiteral("ganttTimeScale"));
    viewport()->setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_renderer.setFont(font());
    m_renderer.setPixelsPerDay(ganttPixelsPerDay(m_zoom));
    setViewportMargins(0, m_renderer.headerHeight(), 0, 0);

    // One vertical position for tree and chart: the tree's pixel scroll bar leads, the chart's follows.
    QScrollBar* tv = m_tree->verticalScrollBar();
    connect(tv, &QScrollBar::rangeChanged, this, [this](int min, int max) {
        verticalScrollBar()->setRange(min, max);
        verticalScrollBar()->setPageStep(m_tree->verticalScrollBar()->pageStep());
        verticalScrollBar()->setSingleStep(rowHeight());
    });
    connect(tv, &QScrollBar::valueChanged, verticalScrollBar(), &QScrollBar::setValue);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, tv, &QScrollBar::setValue);
    connect(m_tree, &QTreeView::expanded, this, &GanttChart::rebuildRows);
    connect(m_tree, &QTreeView::collapsed, this, &GanttChart::rebuildRows);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        rebuildRows();
        updateRange();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, viewport(),
            qOverload<>(&QWidget::update));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& cur) {
                // Keep the current task's bar in sight horizontally, as the tree keeps its row in sight.
                if (const GanttTask* t = m_model->taskAt(cur)) {
                    const QPair<QDate, QDate> r = visibleRange();
                    if (t->start.isValid() && (t->end() < r.first || t->start > r.second))
                        centerOn(t->start);
                }
            });
}

void GanttChart::setZoom(GanttZoom z)
{
    // Keep the day in the middle of the viewport where it is.
    const double mid = horizontalScrollBar()->value() + viewport()->width() / 2.0;
    const double day = mid / m_renderer.pixelsPerDay();
    m_zoom = z;
    m_renderer.setPixelsPerDay(ganttPixelsPerDay(z));
    updateScrollBars();
    horizontalScrollBar()->setValue(
        int(std::lround(day * m_renderer.pixelsPerDay() - viewport()->width() / 2.0)));
    viewport()->update();
    m_header->update();
    emit zoomChanged(z);
}

void GanttChart::zoomIn()
{
    if (m_zoom != GanttZoom::Day)
        setZoom(GanttZoom(int(m_zoom) - 1));
}

void GanttChart::zoomOut()
{
    if (m_zoom != GanttZoom::Year)
        setZoom(GanttZoom(int(m_zoom) + 1));
}

QPair<QDate, QDate> GanttChart::visibleRange() const
{
    const int h = horizontalScrollBar()->value();
    return {m_renderer.dateAt(h), m_renderer.dateAt(h + viewport()->width() - 1)};
}

void GanttChart::scrollToDate(const QDate& d)
{
    horizontalScrollBar()->setValue(int(std::lround(m_renderer.xOf(d))));
}

void GanttChart::centerOn(const QDate& d)
{
    horizontalScrollBar()->setValue(int(std::lround(m_renderer.xOf(d) - viewport()->width() / 2.0)));
}

int GanttChart::rowOfTask(qint64 id) const
{
    const QList<GanttRow>& rows = renderer().rows();
    for (int r = 0; r < rows.size(); ++r)
        if (rows[r].task && rows[r].task->id == id)
            return r;
    return -1;
}

QRect GanttChart::barRectInViewport(int row) const
{
    return renderer()
        .barRect(row)
        .translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value())
        .toAlignedRect();
}

QRect GanttChart::progressRectInViewport(int row) const
{
    return renderer()
        .progressRect(row)
        .translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value())
        .toRect();
}

QModelIndex GanttChart::indexOfRow(int row) const
{
    ensureRows();
    if (row < 0 || row >= m_rowKeys.size())
        return {};
    return m_model->indexOf(m_rowKeys[row].first, m_rowKeys[row].second);
}

void GanttChart::rebuildRows()
{
    m_rowsDirty = true;
    viewport()->update();
}

void GanttChart::ensureRows() const
{
    if (!m_rowsDirty)
        return;
    m_rowsDirty = false;
    const GanttData& data = m_model->ganttData();
    QList<GanttRow> rows;
    m_rowKeys.clear();
    for (int g = 0; g < data.groups.size(); ++g) {
        rows.append({&data.groups[g], nullptr, false});
        m_rowKeys.append({g, -1});
        if (!m_tree->isExpanded(m_model->index(g, 0)))
            continue;
        for (int t = 0; t < data.groups[g].tasks.size(); ++t) {
            rows.append({&data.groups[g], &data.groups[g].tasks[t], false});
            m_rowKeys.append({g, t});
        }
    }
    m_renderer.setRows(rows);
}

bool GanttChart::isRowSelected(int row) const
{
    const QModelIndex i = indexOfRow(row);
    return i.isValid() && m_tree->selectionModel()->isRowSelected(i.row(), i.parent());
}

void GanttChart::updateRange()
{
    const GanttData& data = m_model->ganttData();
    const QDate today = Clock::today();
    QDate first = data.first.isValid() ? std::min(data.first, today) : today;
    QDate last = data.last.isValid() ? std::max(data.last, today) : today;
    // A year's margin either side, on year boundaries: room to scroll past the bars and plan ahead.
    first = QDate(first.year() - 1, 1, 1);
    last = QDate(last.year() + 1, 12, 31);
    m_renderer.setRange(first, last);
    m_renderer.setToday(today);
    GanttColors c;
    c.states = WarningPalette::current();
    m_renderer.setColors(c);
    updateScrollBars();
    viewport()->update();
    m_header->update();
}

void GanttChart::updateScrollBars()
{
    QScrollBar* h = horizontalScrollBar();
    h->setRange(0, std::max(0, int(std::ceil(m_renderer.width())) - viewport()->width()));
    h->setPageStep(viewport()->width());
    h->setSingleStep(std::max(1, int(std::lround(m_renderer.pixelsPerDay() * 7))));
}

int GanttChart::rowAtViewportY(int y) const
{
    return renderer().rowAt(y + verticalScrollBar()->value());
}

void GanttChart::paintEvent(QPaintEvent*)
{
    ensureRows();
    QPainter p(viewport());
    const int h = horizontalScrollBar()->value(), v = verticalScrollBar()->value();
    const int w = viewport()->width(), vh = viewport()->height();
    p.fillRect(viewport()->rect(), Qt::white);
    if (m_renderer.rowCount() == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter, tr("没有任务。导入文件后，任务会按时间显示在这里。"));
        return;
    }
    p.translate(-h, -v);
    const int first = v / rowHeight(), last = std::min(m_renderer.rowCount() - 1, (v + vh) / rowHeight());
    // Selection marks for the visible rows only.
    for (int r = first; r <= last; ++r)
        m_renderer.setSelected(r, isRowSelected(r));
    m_renderer.paintBody(p, h, h + w, first, last);
}

void GanttChart::resizeEvent(QResizeEvent* e)
{
    QAbstractScrollArea::resizeEvent(e);
    const QRect vr = viewport()->geometry();
    m_header->setGeometry(vr.left(), vr.top() - headerHeight(), vr.width(), headerHeight());
    updateScrollBars();
}

void GanttChart::scrollContentsBy(int, int)
{
    viewport()->update();
    m_header->update();
}

void GanttChart::wheelEvent(QWheelEvent* e)
{
    if (e->modifiers() & Qt::ControlModifier) {
        if (e->angleDelta().y() > 0)
            zoomIn();
        else if (e->angleDelta().y() < 0)
            zoomOut();
        e->accept();
        return;
    }
    if (e->modifiers() & Qt::ShiftModifier) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - e->angleDelta().y());
        e->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(e);
}

void GanttChart::mousePressEvent(QMouseEvent* e)
{
    const QModelIndex idx = indexOfRow(rowAtViewportY(e->position().toPoint().y()));
    if (idx.isValid()) {
        m_tree->setCurrentIndex(idx);
        m_tree->setFocus();
    }
    QAbstractScrollArea::mousePressEvent(e);
}

void GanttChart::mouseDoubleClickEvent(QMouseEvent* e)
{
    const int row = rowAtViewportY(e->position().toPoint().y());
    const QModelIndex idx = indexOfRow(row);
    if (const GanttTask* t = m_model->taskAt(idx))
        emit taskActivated(t->id);
    else if (idx.isValid())
        m_tree->setExpanded(idx, !m_tree->isExpanded(idx));
}

bool GanttChart::viewportEvent(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* he = static_cast<QHelpEvent*>(e);
        const int row = rowAtViewportY(he->pos().y());
        const QRect bar = barRectInViewport(row).adjusted(-3, -3, 3, 3);
        if (row >= 0 && bar.contains(he->pos()))
            QToolTip::showText(he->globalPos(), m_renderer.toolTip(row), viewport(), bar);
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(e);
}

} // namespace duban
