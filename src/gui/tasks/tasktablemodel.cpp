#include "gui/tasks/tasktablemodel.h"

#include "core/clock.h"
#include "palette/warningpalette.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace duban {

TaskTableModel::TaskTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TaskTableModel::setSource(TaskSource* source)
{
    beginResetModel();
    m_source = source;
    m_pages.clear();
    m_lru.clear();
    m_count = m_source ? m_source->count(m_query) : 0;
    endResetModel();
}

void TaskTableModel::setQuery(const TaskQuery& q)
{
    beginResetModel();
    m_query = q;
    m_pages.clear();
    m_lru.clear();
    m_count = m_source ? m_source->count(m_query) : 0;
    endResetModel();
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
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, kTaskColumnCount - 1));
}

const QList<TaskRow>& TaskTableModel::pageFor(int row) const
{
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        // Evict before inserting: QHash may move entries on erase, which would leave `it` on another page.
        if (m_lru.size() >= kCachedPages)
            m_pages.remove(m_lru.takeFirst());
        it = m_pages.insert(page, m_source->page(m_query, page * kPageSize, kPageSize));
        ++m_fetches;
        m_lru.append(page);
    } else if (m_lru.last() != page) {
        m_lru.removeOne(page);
        m_lru.append(page);
    }
    return *it;
}

const TaskRow* TaskTableModel::rowAt(int row) const
{
    if (!m_source || row < 0 || row >= m_count)
        return nullptr;
    const QList<TaskRow>& p = pageFor(row);
    const int i = row % kPageSize;
    return i < p.size() ? &p.at(i) : nullptr;
}

qint64 TaskTableModel::idAt(int row) const
{
    const TaskRow* r = rowAt(row);
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
    return parent.isValid() ? 0 : kTaskColumnCount;
}

QColor TaskTableModel::dueColor(DueState s)
{
    return WarningPalette::current().tint(s);
}

QVariant TaskTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskRow* r = rowAt(index.row());
    if (!r)
        return {};
    const auto c = TaskColumn(index.column());
    const DueState due = dueState(r->status, r->deadline, Clock::today(), WarningPalette::current().rules);

    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case TaskColumn::Id:
            return r->id;
        case TaskColumn::Title:
            return r->title;
        case TaskColumn::LeadUnits:
            return r->leadUnits.join(QStringLiteral("、"));
        case TaskColumn::CoUnits:
            return r->coUnits.join(QStringLiteral("、"));
        case TaskColumn::Deadline:
            return r->deadline.isValid() ? r->deadline.toString(Qt::ISODate)
                                         : (r->deadlineText.isEmpty() ? tr("无") : r->deadlineText);
        case TaskColumn::DueState:
            if (due == DueState::Overdue)
                return tr("逾期 %1 天").arg(daysOverdue(r->deadline, Clock::today()));
            return dueStateLabel(due);
        case TaskColumn::Status:
            return statusLabel(r->status);
        case TaskColumn::Percent:
            return QStringLiteral("%1%").arg(r->percent);
        case TaskColumn::Directive:
            return r->directive;
        case TaskColumn::Updated:
            return QLocale().toString(r->updated, QStringLiteral("yyyy-MM-dd HH:mm"));
        case TaskColumn::Count:
            break;
        }
        return {};
    case Qt::BackgroundRole: {
        const QColor bg = dueColor(due);
        return bg.isValid() && (c == TaskColumn::DueState || c == TaskColumn::Deadline) ? QVariant(QBrush(bg))
                                                                                        : QVariant();
    }
    case Qt::ForegroundRole:
        if (c == TaskColumn::DueState && due == DueState::Overdue)
            return QBrush(WarningPalette::current().overdue.darker(130));
        return {};
    case Qt::TextAlignmentRole:
        if (c == TaskColumn::Id || c == TaskColumn::Percent)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (c == TaskColumn::Title || c == TaskColumn::Directive)
            return index.data(Qt::DisplayRole);
        if (c == TaskColumn::Deadline && !r->deadlineText.isEmpty())
            return tr("原文：%1").arg(r->deadlineText);
        return {};
    case IdRole:
        return r->id;
    case DueStateRole:
        return int(due);
    case StatusRole:
        return int(r->status);
    case PercentRole:
        return r->percent;
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < kTaskColumnCount)
        return taskColumnTitle(TaskColumn(section));
    return QAbstractTableModel::headerData(section, o, role);
}

void TaskTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kTaskColumnCount)
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
