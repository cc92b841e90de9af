#pragma once

#include "core/duestate.h"
#include "gui/overdue/warningaccess.h"

#include <QDate>
#include <QWidget>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QComboBox;

class QHorizontalBarSeries;
class QLabel;
class QSpinBox;
class QTableView;
class QTreeView;
class QValueAxis;

namespace duban {

class BackgroundLoad;
class DateField;

class Repository;
class UnitWarningModel;
class WarningTaskModel;

// 逾期预警: on an as-of date, the open tasks in traffic-light groups (逾期 / 临期 / 正常) with days overdue
// or left and 序时进度; the units ranked by overdue tasks; and a chart of overdue and done tasks for the top
// units. Colours and the due-soon window come from WarningPalette.
class OverduePage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kChartUnits = 10;

    explicit OverduePage(QWidget* parent = nullptr);

    void setRepository(Repository* repo);
    // Re-reads everything now if shown, else when next shown (edits elsewhere, a palette change).
    void reload();
    // Another desk wrote: the task groups change in place when they hold the same tasks, the figures and
    // chart are read again; a hidden page reads everything when shown.
    void refreshTasks();
    void setAsOf(const QDate& asOf);
    QDate asOf() const;
    void setDueSoonDays(int days);
    DueRules rules() const;

    WarningTaskModel* taskModel() const { return m_tasks; }
    UnitWarningModel* unitModel() const { return m_units; }
    QTreeView* taskTree() const { return m_tree; }
    QTableView* unitTable() const { return m_unitTable; }
    QChart* chart() const { return m_chart; }
    QHorizontalBarSeries* chartSeries() const { return m_series; }
    QStringList chartUnits() const; // category labels, top unit first
    bool isLoading() const;         // something read for the shown date is still on its way

signals:
    void showTasksOf(const QString& unit);
    void openTask(qint64 id);
    void settingsRequested();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildBar(QWidget* bar);
    void buildChart();
    void reloadNow();
    void loadFigures(); // the header counts and the per-unit table and chart
    void applyGroups();
    void updateSummary(const StoreAccess::WarningCounts& counts);
    void updateChart();

    Repository* m_repo = nullptr;
    bool m_dirty = true;
    int m_paletteDays = -1; // the palette's window when the spin box was last set from it
    WarningTaskModel* m_tasks;
    UnitWarningModel* m_units;
    BackgroundLoad* m_taskLoad;    // the tree's groups (its busy bar on the tree)
    BackgroundLoad* m_figuresLoad; // the counts, the unit ranking and its chart
    DateField* m_asOf;
    QSpinBox* m_soonDays;
    QComboBox* m_show;
    QComboBox* m_pace;
    QComboBox* m_judge; // 按调整后时间 / 按原定时间
    QLabel* m_summary;
    QTreeView* m_tree;
    QTableView* m_unitTable;
    QChartView* m_chartView;
    QChart* m_chart;
    QHorizontalBarSeries* m_series = nullptr;
    QBarCategoryAxis* m_unitAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
};

} // namespace duban
