#include "gui/tasks/tasktablemodel.h"

#include "core/clock.h"
#include "gui/tasks/taskcell.h"
#include "gui/workflow/signflag.h"
#include "palette/warningpalette.h"

#include <QColor>
#include <algorithm>
#include <utility>

namespace duban {

TaskTableModel::TaskTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TaskTableModel::setSource(TaskSource* source, TaskReader* reader)
{
    m_source = source;
    m_reader = source ? reader : nullptr;
    if (m_reader) {
        // Nothing of the old store stays on screen while the new one is read.
        beginResetModel();
        clearRows();
        m_count = 0;
        m_lateSigns.clear();
        endResetModel();
        requestReset();
        return;
    }
    ++m_generation; // whatever a reader still had on its way is dropped
    m_resetPending = false;
    beginResetModel();
    clearRows();
    m_count = m_source ? m_source->count(m_query) : 0;
    readLateSigns();
    endResetModel();
    emit loaded();
}

void TaskTableModel::setQuery(const TaskQuery& q)
{
    m_query = q;
    if (m_reader) {
        requestReset();
        return;
    }
    beginResetModel();
    clearRows();
    m_count = m_source ? m_source->count(m_query) : 0;
    readLateSigns();
    endResetModel();
    emit loaded();
}

void TaskTableModel::clearRows()
{
    m_pages.clear();
    m_lru.clear();
    m_pending.clear();
}

void TaskTableModel::readLateSigns()
{
    m_lateSigns = m_source ? m_source->lateSigns() : QHash<qint64, QList<LateSign>>();
}

void TaskTableModel::requestReset()
{
    const quint64 generation = ++m_generation;
    m_pending.clear(); // pages of the older query are not wanted any more
    m_resetPending = true;
    TaskRead r;
    r.query = m_query;
    r.count = true;
    r.lateSigns = true;
    r.pages = {0}; // the first screen comes with the count
    r.pageSize = kPageSize;
    r.supersedes = true;
    m_reader->read(r, [this, generation](TaskReadResult result) {
        if (generation == m_generation)
            landReset(std::move(result));
    });
}

void TaskTableModel::landReset(TaskReadResult result)
{
    m_resetPending = false;
    beginResetModel();
    clearRows();
    m_count = result.count;
    m_lateSigns = std::move(result.lateSigns);
    for (auto it = result.pages.begin(); it != result.pages.end(); ++it)
        keep(it.key(), std::move(it.value()));
    endResetModel();
    const QList<std::function<void()>> waiting = std::exchange(m_afterReset, {});
    for (const auto& f : waiting)
        f();
    emit loaded();
}

void TaskTableModel::refresh()
{
    if (m_reader) {
        if (m_resetPending) { // its read may have begun before the edit: read again
            requestReset();
            return;
        }
        const quint64 generation = m_generation;
        TaskRead r;
        r.query = m_query;
        r.count = true;
        r.lateSigns = true;
        r.pages = m_lru.isEmpty() ? QList<int>{0} : m_lru;
        r.pageSize = kPageSize;
        r.supersedes = true;
        m_reader->read(r, [this, generation](TaskReadResult result) {
            if (generation != m_generation)
                return;
            if (result.count != m_count) { // rows came or went: a reset keeps views honest
                landReset(std::move(result));
                return;
            }
            m_lateSigns = std::move(result.lateSigns);
            for (auto it = result.pages.begin(); it != result.pages.end(); ++it)
                keep(it.key(), std::move(it.value()));
            if (m_count > 0)
                emit dataChanged(index(0, 0), index(m_count - 1, kTableColumnCount - 1));
        });
        return;
    }
    const int newCount = m_source ? m_source->count(m_query) : 0;
    if (newCount != m_count) {
        // Rows came or went (an edit moved a task out of the filter): a reset keeps views honest.
        setQuery(m_query);
        return;
    }
    clearRows();
    readLateSigns();
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, kTableColumnCount - 1));
}

QList<TaskRecord>& TaskTableModel::keep(int page, QList<TaskRecord> rows) const
{
    // The table's warning is for today under the palette's rules, whatever the source derived.
    const QDate today = Clock::today();
    for (TaskRecord& r : rows)
        r.derive(today, WarningPalette::current().rules);
    if (m_pages.contains(page)) {
        m_lru.removeOne(page);
    } else if (m_lru.size() >= kCachedPages) {
        // Evict before inserting: QHash may move entries on erase, which would leave an iterator on
        // another page.
        m_pages.remove(m_lru.takeFirst());
    }
    ++m_fetches;
    m_lru.append(page);
    return *m_pages.insert(page, std::move(rows));
}

void TaskTableModel::fetch(int page) const
{
    if (m_resetPending || m_pending.contains(page))
        return; // the reset brings its own first page; later pages are asked for when it has landed
    m_pending.insert(page);
    // The view asking for a row is what starts its page's read: data() is const, the read is not.
    auto* self = const_cast<TaskTableModel*>(this);
    const quint64 generation = m_generation;
    TaskRead r;
    r.query = m_query;
    r.pages = {page};
    r.pageSize = kPageSize;
    m_asking = true;
    m_reader->read(r, [self, generation, page](TaskReadResult result) {
        if (generation != self->m_generation || !self->m_pending.remove(page))
            return;
        self->keep(page, result.pages.value(page));
        const int first = page * kPageSize, last = std::min(self->m_count, first + kPageSize) - 1;
        // Landed inside data() (an inline reader): the view is reading these rows right now.
        if (!self->m_asking && last >= first)
            emit self->dataChanged(self->index(first, 0), self->index(last, kTableColumnCount - 1));
    });
    m_asking = false;
}

const QList<TaskRecord>& TaskTableModel::pageFor(int row) const
{
    static const QList<TaskRecord> kNone;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (!m_reader)
            return keep(page, m_source->page(m_query, page * kPageSize, kPageSize));
        fetch(page);
        it = m_pages.find(page); // an inline reader has landed it already
        return it == m_pages.end() ? kNone : *it;
    }
    if (m_lru.last() != page) {
        m_lru.removeOne(page);
        m_lru.append(page);
    }
    return *it;
}

void TaskTableModel::findRow(qint64 id, std::function<void(int)> found)
{
    if (const int row = rowOfId(id); row >= 0 || !m_source) {
        found(row);
        return;
    }
    constexpr int kLookPages = 20; // the first pages of the filtered list: SQL-paged, cheap
    if (!m_reader) {
        const int scan = std::min(m_count, kLookPages * kPageSize);
        for (int r = 0; r < scan; ++r)
            if (idAt(r) == id) {
                found(r);
                return;
            }
        found(-1);
        return;
    }
    if (m_resetPending) {
        m_afterReset.append([this, id, found] { findRow(id, found); });
        return;
    }
    const quint64 generation = m_generation;
    TaskRead r;
    r.query = m_query;
    r.findId = id;
    r.findPages = kLookPages;
    r.pageSize = kPageSize;
    m_reader->read(r, [this, generation, id, found](TaskReadResult result) {
        if (generation != m_generation) { // another query since: look again under it
            findRow(id, found);
            return;
        }
        if (result.foundPage < 0) {
            found(-1);
            return;
        }
        m_pending.remove(result.foundPage);
        keep(result.foundPage, result.pages.value(result.foundPage));
        const int first = result.foundPage * kPageSize, last = std::min(m_count, first + kPageSize) - 1;
        if (last >= first)
            emit dataChanged(index(first, 0), index(last, kTableColumnCount - 1));
        found(rowOfId(id));
    });
}

QList<TaskRecord> TaskTableModel::rowsNow(const QList<int>& rows)
{
    QList<TaskRecord> out;
    for (int row : rows) {
        if (!m_source || row < 0 || row >= m_count)
            continue;
        const int page = row / kPageSize;
        if (!m_pages.contains(page)) {
            m_pending.remove(page); // what is on its way is dropped: these rows are as new
            keep(page, m_source->page(m_query, page * kPageSize, kPageSize));
        }
        const QList<TaskRecord>& p = m_pages.value(page);
        if (row % kPageSize < p.size())
            out << p.at(row % kPageSize);
    }
    return out;
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
            if (it->at(i).id == id) {
                // A page read after the store gained rows may hold one past the count shown.
                const int row = it.key() * kPageSize + i;
                return row < m_count ? row : -1;
            }
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
    if (m_reader) {
        m_query = q;
        requestReset();
        return;
    }
    beginResetModel();
    m_query = q;
    clearRows();
    endResetModel();
}

} // namespace duban
