#pragma once

#include "core/workflow.h"
#include "gui/overdue/warningaccess.h"
#include "gui/tasks/taskcell.h"

#include <QAbstractItemModel>
#include <algorithm>
#include <iterator>
#include <optional>

namespace duban {

class BackgroundLoad;

// The overdue view's task list as a tree: one row per traffic-light group (逾期 / 临期 / 正常) with its
// total, the group's tasks below it. Counts come from one COUNT query per group and tasks are read from
// SQL a page at a time (the first with the reset, the rest as the view scrolls: fetchMore), so a large
// database never loads every task. With a loader those reads run off the GUI thread: the groups shown
// stay until the new ones land.
class WarningTaskModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    // The columns shown, in order.
    static constexpr TaskColumn kColumns[] = {
        TaskColumn::Title, TaskColumn::LeadUnits, TaskColumn::Deadline, TaskColumn::Days,
        TaskColumn::Pace,  TaskColumn::Percent,   TaskColumn::Status,   TaskColumn::DirectiveRef};
    static constexpr int kColumnCount = int(std::size(kColumns));
    static constexpr int column(TaskColumn c) { return columnIndex(kColumns, c); } // -1: not shown
    enum Role { IdRole = Qt::UserRole + 1, DueStateRole, PaceRole, IsGroupRole, SignLateRole };
    static constexpr int kPageSize = 200;

    explicit WarningTaskModel(QObject* parent = nullptr);

    void setRepository(Repository* repo);
    void setLoader(BackgroundLoad* loader) { m_loader = loader; } // not owned; nullptr: reads at once
    bool isLoading() const { return m_loading; }
    // Groups shown, in order; default Overdue, DueSoon, OnTrack.
    void setGroups(const QList<DueState>& groups);
    void setAsOf(const QDate& asOf, const DueRules& rules);
    void configure(Repository* repo, const QDate& asOf, const DueRules& rules); // all three, one reload
    void setPaceFilter(std::optional<duban::Pace> pace); // only tasks at this 序时进度; nullopt: all
    std::optional<duban::Pace> paceFilter() const { return m_pace; }
    void reload();
    // Another desk wrote: the groups are read again as far as they are shown, and when they hold the same
    // tasks as before, the rows change in place (no reset: selection, expansion and scroll stay).
    void refresh();
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); } // tests page through small groups

    QDate asOf() const { return m_asOf; }
    const DueRules& rules() const { return m_rules; }
    int groupRow(DueState s) const; // -1 when not shown
    int groupTotal(DueState s) const;
    const TaskRecord* taskAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Group
    {
        DueState state;
        int total = 0;
        QList<TaskRecord> tasks;
    };
    // What one reload reads: values only, for a worker's own connection.
    struct Read
    {
        QList<DueState> states;
        QDate asOf;
        DueRules rules;
        std::optional<duban::Pace> pace;
        int pageSize = kPageSize;
        int signWorkingDays = 3;
    };
    struct Loaded
    {
        QList<Group> groups;
        QHash<qint64, QList<LateSign>> lateSigns;
    };
    static Loaded read(Repository& repo, const Read& what);
    void load(bool inPlace);
    bool holdsSameRows(const Loaded& l) const;
    void insertPage(int group, QList<TaskRecord> page);
    QVariant groupData(const Group& g, int column, int role) const;

    Repository* m_repo = nullptr;
    BackgroundLoad* m_loader = nullptr;
    bool m_loading = false;
    quint64 m_generation = 0; // reloads asked for: a page fetched under an older one is dropped
    QList<DueState> m_states{DueState::Overdue, DueState::DueSoon, DueState::OnTrack};
    QList<Group> m_groups;
    QDate m_asOf;
    DueRules m_rules;
    int m_pageSize = kPageSize;
    std::optional<duban::Pace> m_pace;
    bool m_fetching = false;
    QHash<qint64, QList<LateSign>> m_lateSigns; // the 签收 flag on asOf, read with each reload
};

} // namespace duban
