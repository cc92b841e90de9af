#pragma once

#include "report/ganttrenderer.h"

#include <QAbstractScrollArea>
#include <QPair>

class QTreeView;

namespace duban {

class GanttModel;

// The chart beside the Gantt tree: the same rows (expanded groups show their tasks), the same row height
// and one vertical scroll position, so row n of the tree is row n of the chart. Paints only the rows and
// days inside the viewport, through GanttRenderer.
class GanttChart : public QAbstractScrollArea
{
    Q_OBJECT
public:
    GanttChart(QTreeView* tree, GanttModel* model, QWidget* parent = nullptr);

    void setZoom(GanttZoom z);
    GanttZoom zoom() const { return m_zoom; }
    void zoomIn();
    void zoomOut();

    // First and last day at least partly inside the viewport.
    QPair<QDate, QDate> visibleRange() const;
    void scrollToDate(const QDate& d); // d at the left edge
    void centerOn(const QDate& d);

    const GanttRenderer& renderer() const
    {
        ensureRows();
        return m_renderer;
    }
    int rowHeight() const { return m_renderer.rowHeight(); }
    int headerHeight() const { return m_renderer.headerHeight(); }
    int rowOfTask(qint64 id) const;              // first chart row showing the task, -1 if none
    QRect barRectInViewport(int row) const;      // where that row's bar is on screen
    QRect progressRectInViewport(int row) const; // its part filled by percent
    QModelIndex indexOfRow(int row) const;       // the tree index the chart row shows
    QList<GanttRow> rows() const { return renderer().rows(); }
    bool isRowSelected(int row) const; // as the tree's selection says

    // Rows follow the tree's expanded groups; rebuilt on next use after a reset, expand or collapse, so
    // that expanding or collapsing every group costs one rebuild.
    void rebuildRows();

signals:
    void zoomChanged(GanttZoom z);
    void taskActivated(qint64 id);

protected:
    void paintEvent(QPaintEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseDoubleClickEvent(QMouseEvent* e) override;
    bool viewportEvent(QEvent* e) override;

private:
    class Header;
    void updateRange();
    void updateScrollBars();
    void ensureRows() const;
    int rowAtViewportY(int y) const;

    QTreeView* m_tree;
    GanttModel* m_model;
    Header* m_header;
    mutable GanttRenderer m_renderer;
    mutable bool m_rowsDirty = true;
    GanttZoom m_zoom = GanttZoom::Month;
    mutable QList<QPair<int, int>> m_rowKeys; // per chart row: group index, task index (-1: the group row)
};

} // namespace duban
