#pragma once

#include "gui/tasks/taskcell.h"
#include "report/ganttdata.h"

#include <QAbstractItemModel>
#include <iterator>

namespace duban {

// The Gantt view's tree: one top-level row per group (directive or lead unit), its tasks as children.
// Holds the loaded GanttData; the chart beside the tree paints the same rows.
class GanttModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    // The columns shown, in order. Start is the bar's first day (GanttTask::start).
    static constexpr TaskColumn kColumns[] = {TaskColumn::Title, TaskColumn::LeadUnits, TaskColumn::Start,
                                              TaskColumn::Deadline, TaskColumn::Percent};
    static constexpr int kColumnCount = int(std::size(kColumns));
    static constexpr int column(TaskColumn c) { return columnIndex(kColumns, c); } // -1: not shown
    enum Role { TaskIdRole = Qt::UserRole + 1, IsGroupRole, DueStateRole };

    explicit GanttModel(QObject* parent = nullptr);

    void setData(GanttData data);
    const GanttData& ganttData() const { return m_data; }

    // Which group / task an index is (task: nullptr for a group row).
    const GanttGroup* groupAt(const QModelIndex& index) const;
    const GanttTask* taskAt(const QModelIndex& index) const;
    QModelIndex indexOf(int group, int task, int column = 0) const; // task -1: the group row

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    GanttData m_data;
};

} // namespace duban
