#include "gui/tasks/tasktablemodel.h"

#include "core/clock.h"
#include "gui/tasks/taskcell.h"
#include "gui/workflow/signflag.h"
#include "palette/warningpalette.h"

#include <QColor>

namespace duban {

TaskTableModel::TaskTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TaskTableModel::setSource(TaskSource* source)
{
    beginResetModel();
    m_source = source;
    m_pages.clear();
    m_lru.clear();
    m_count = m_source ? m_source->count(m_query) : 0;
    readLateSigns();
    endResetModel();
}

void TaskTableModel::setQuery(const TaskQuery& q)
{
    beginResetModel();
    m_query = q;
    m_pages.clear();
    m_lru.clear();
    m_count = m_source ? m_source->count(m_query) : 0;
    readLateSigns();
    endResetModel();
}

void TaskTableModel::readLateSigns()
{
    m_lateSigns = m_source ? m_source->lateSigns() : QHash<qint64, QList<LateSign>>();
}

void TaskTableModel::refresh()
{
    const int newCount = m_source ? m_source->count(m_query) : 0;
    if (newCount != m_count) {
        // Rows came or went (an edit moved a task out of the filter): a reset keeps views honest.
        setQuery(m_query);
        return;
    }
    m_pages.clear();
    m_lru.clear();
    readLateSigns();
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, kTableColumnCount - 1));
}

const QList<TaskRecord>& TaskTableModel::pageFor(int row) const
{
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        // Evict before inserting: QHash may move entries on erase, which would leave `it` on another page.
        if (m_lru.size() >= kCachedPages)
            m_pages.remove(m_lru.takeFirst());
        QList<TaskRecord> rows = m_source->page(m_query, page * kPageSize, kPageSize);
        // The table's warning is for today under the palette's rules, whatever the source derived.
        const QDate today = Clock::today();
        for (TaskRecord& r : rows)
            r.derive(today, WarningPalette::current().rules);
        it = m_pages.insert(page, std::move(rows));
        ++m_fetches;
        m_lru.append(page);
    } else if (m_lru.last() != page) {
        m_lru.removeOne(page);
        m_lru.append(page);
    }
    return *it;
}

const TaskRecord* TaskTableModel::rowAt(int row) const
{
    if (!m_source || row < 0 || row >= m_count)
        return nullptr;
    const QList<TaskRecord>& p = pageFor(row);
    const int i = row % kPageSize;
    return i < p.size() ? &p.at(i) : nullptr;
}

qint64 TaskTableModel::idAt(int row) const
{
    const TaskRecord* r = rowAt(row);
    return r ? r->id : 0;
}

int TaskTableModel::rowOfId(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).id == id)
                return it.key() * kPageSize + i;
    return -1;
}

int TaskTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int TaskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kTableColumnCount;
}

QColor TaskTableModel::dueColor(DueState s)
{
    return WarningPalette::current().tint(s);
}

QVariant TaskTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskRecord* r = rowAt(index.row());
    if (!r)
        return {};
    // The 签收 flag rides on the status cell: an icon, and why in the tooltip.
    if (index.column() == col(TaskColumn::Status)) {
        const QVariant flag = signLateCell(m_lateSigns, r->id, role);
        if (flag.isValid())
            return flag;
    }
    switch (role) {
    case SignLateRole:
        return m_lateSigns.contains(r->id);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
    case Qt::TextAlignmentRole:
        return taskCell(*r, TaskColumn(index.column()), role);
    case IdRole:
        return r->id;
    case DueStateRole:
        return int(r->due);
    case StatusRole:
        return int(r->status);
    case PercentRole:
        return r->percent;
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < kTableColumnCount)
        return taskColumnTitle(TaskColumn(section));
    return QAbstractTableModel::headerData(section, o, role);
}

void TaskTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kTableColumnCount)
        return;
    TaskQuery q = m_query;
    q.sortColumn = TaskColumn(column);
    q.sortOrder = order;
    if (q == m_query)
        return;
    // A sort is a new query: rows are re-read in the new order, like a filter change.
    beginResetModel();
    m_query = q;
    m_pages.clear();
    m_lru.clear();
    endResetModel();
}

} // namespace duban
