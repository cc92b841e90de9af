#pragma once

#include "report/ganttprint.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QSplitter;
class QTreeView;

namespace duban {

class BackgroundLoad;
class GanttChart;
class GanttModel;
class Repository;

// The Gantt view (甘特图): a tree of groups and tasks on the left, the chart on the right, zoom and
// grouping above, printing, PDF and PNG export.
class GanttPage : public QWidget
{
    Q_OBJECT
public:
    // The print scale: the screen's, or coarser when the tasks' dates would span too many pages.
    static double printScale(const QList<GanttRow>& rows, double screenScale);
    explicit GanttPage(QWidget* parent = nullptr);

    void setRepository(Repository* repo);
    // Re-reads the tasks now if the page is showing, else when it is next shown.
    void reload();
    // Another desk changed these tasks: they alone are read again (refreshGanttData); a field change keeps
    // the tree's rows, selection and scroll. A hidden page reads everything when shown.
    void refreshTasks(const QList<qint64>& ids);
    void setGrouping(GanttGrouping g);
    GanttGrouping grouping() const;
    // Groups only: QTreeView::expandAll() would also track every task row and make collapsing quadratic.
    void expandAll();
    void collapseAll();

    GanttModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    GanttChart* chart() const { return m_chart; }

    // What printing and export use: the rows as the tree shows them, the chart's palette and today.
    GanttPrintOptions printOptions() const;
    void printDialog();
    void exportImage();

signals:
    void taskActivated(qint64 id);

protected:
    void showEvent(QShowEvent* e) override;

private:
    void load();
    void showData(GanttData data, const QString& error);

    Repository* m_repo = nullptr;
    bool m_dirty = true;
    QList<qint64> m_refreshing; // ids of the refresh on its way: a newer one reads them again too
    GanttModel* m_model;
    QTreeView* m_tree;
    GanttChart* m_chart;
    QComboBox* m_grouping;
    QButtonGroup* m_zoomButtons;
    QSplitter* m_splitter;
    BackgroundLoad* m_loader;
};

} // namespace duban
