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

    const GanttRenderer& renderer() const { return m_renderer; }
    int rowHeight() const { return m_renderer.rowHeight(); }
    int headerHeight() const { return m_renderer.headerHeight(); }
    int rowOfTask(qint64 id) const;              // first chart row showing the task, -1 if none
    QRect barRectInViewport(int row) const;      // where that row's bar is on screen
    QRect progressRectInViewport(int row) const; // its part filled by percent
    QModelIndex indexOfRow(int row) const;       // the tree index the chart row shows
    QList<GanttRow> rows() const { return m_renderer.rows(); }

    void rebuildRows(); // after a reset, expand or collapse

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
    void updateSelection();
    int rowAtViewportY(int y) const;

    QTreeView* m_tree;
    GanttModel* m_model;
    Header* m_header;
    GanttRenderer m_renderer;
    GanttZoom m_zoom = GanttZoom::Month;
    QList<QPair<int, int>> m_rowKeys; // per chart row: group index, task index (-1: the group row)
};

} // namespace duban
