#include "gui/overdue/warningtaskmodel.h"

#include "core/clock.h"
#include "gui/load/backgroundload.h"
#include "gui/storeaccess.h"
#include "gui/widgets/everyrowchanged.h"
#include "gui/workflow/signflag.h"
#include "palette/warningpalette.h"

#include <QBrush>
#include <QFont>

namespace duban {

WarningTaskModel::WarningTaskModel(QObject* parent) : QAbstractItemModel(parent), m_asOf(Clock::today())
{
    m_rules = WarningPalette::current().rules;
}

void WarningTaskModel::setRepository(Repository* repo)
{
    m_repo = repo;
    reload();
}

void WarningTaskModel::setGroups(const QList<DueState>& groups)
{
    if (groups == m_states)
        return;
    m_states = groups;
    reload();
}

void WarningTaskModel::setAsOf(const QDate& asOf, const DueRules& rules)
{
    m_asOf = asOf.isValid() ? asOf : Clock::today();
    m_rules = rules;
    reload();
}

void WarningTaskModel::setPaceFilter(std::optional<duban::Pace> pace)
{
    if (pace == m_pace)
        return;
    m_pace = pace;
    reload();
}

void WarningTaskModel::configure(Repository* repo, const QDate& asOf, const DueRules& rules)
{
    m_repo = repo;
    m_asOf = asOf.isValid() ? asOf : Clock::today();
    m_rules = rules;
    reload();
}

WarningTaskModel::Loaded WarningTaskModel::read(Repository& repo, const Read& what)
{
    Loaded l;
    l.lateSigns = StoreAccess::lateSignsWithin(repo, what.asOf, what.signWorkingDays);
    for (DueState s : what.states) {
        Group g{s, 0, {}};
        g.total = StoreAccess::countWarningTasks(repo, s, what.asOf, what.rules, what.pace);
        // The first page comes with the reset: expanding a group then inserts nothing while views
        // are still handling modelReset.
        if (g.total > 0)
            g.tasks = StoreAccess::warningTasks(repo, s, what.asOf, what.rules, 0, what.pageSize, what.pace);
        l.groups << g;
    }
    return l;
}

void WarningTaskModel::reload()
{
    load(false);
}

void WarningTaskModel::refresh()
{
    load(!m_loading); // a reload on its way may have read before the write: this one resets
}

bool WarningTaskModel::holdsSameRows(const Loaded& l) const
{
    if (l.groups.size() != m_groups.size())
        return false;
    for (qsizetype g = 0; g < l.groups.size(); ++g) {
        const Group &a = l.groups.at(g), &b = m_groups.at(g);
        if (a.state != b.state || a.total != b.total || a.tasks.size() != b.tasks.size())
            return false;
        for (qsizetype t = 0; t < a.tasks.size(); ++t)
            if (a.tasks.at(t).id != b.tasks.at(t).id)
                return false;
    }
    return true;
}

void WarningTaskModel::load(bool inPlace)
{
    const quint64 generation = ++m_generation;
    m_fetching = false;
    int pageSize = m_pageSize;
    if (inPlace) // what the view shows, fetched pages too
        for (const Group& g : std::as_const(m_groups))
            pageSize = std::max(pageSize, int(g.tasks.size()));
    const Read what{m_states, m_asOf, m_rules, m_pace, pageSize, WarningPalette::current().signWorkingDays};
    auto land = [this, inPlace](Loaded l) {
        m_loading = false;
        if (inPlace && !m_groups.isEmpty() && holdsSameRows(l)) {
            m_groups = std::move(l.groups);
            m_lateSigns = std::move(l.lateSigns);
            everyRowChanged(*this);
            return;
        }
        beginResetModel();
        m_groups = std::move(l.groups);
        m_lateSigns = std::move(l.lateSigns);
        endResetModel();
    };
    if (!m_repo) {
        if (m_loader)
            m_loader->cancel();
        Loaded none;
        for (DueState s : m_states)
            none.groups << Group{s, 0, {}};
        land(std::move(none));
        return;
    }
    if (!m_loader) {
        land(read(*m_repo, what));
        return;
    }
    m_loading = !inPlace; // the rows shown stay valid meanwhile
    m_loader->start<Loaded>(
        m_repo, [what](Repository& repo) { return read(repo, what); },
        [this, generation, land](Loaded l) {
            if (generation == m_generation)
                land(std::move(l));
        });
}

int WarningTaskModel::groupRow(DueState s) const
{
    for (int i = 0; i < m_groups.size(); ++i)
        if (m_groups[i].state == s)
            return i;
    return -1;
}

int WarningTaskModel::groupTotal(DueState s) const
{
    const int r = groupRow(s);
    return r < 0 ? 0 : m_groups[r].total;
}

const TaskRecord* WarningTaskModel::taskAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Group& g = m_groups.at(int(index.internalId()) - 1);
    return index.row() < g.tasks.size() ? &g.tasks.at(index.row()) : nullptr;
}

// Group rows carry internalId 0; a task row carries its group's row + 1.
QModelIndex WarningTaskModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= kColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return {};
    return row < m_groups[parent.row()].tasks.size() ? createIndex(row, column, quintptr(parent.row() + 1))
                                                     : QModelIndex();
}

QModelIndex WarningTaskModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int WarningTaskModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].tasks.size());
}

int WarningTaskModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() && parent.internalId() != 0 ? 0 : kColumnCount;
}

bool WarningTaskModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return !m_groups.isEmpty();
    return parent.internalId() == 0 && parent.column() == 0 && m_groups[parent.row()].total > 0;
}

bool WarningTaskModel::canFetchMore(const QModelIndex& parent) const
{
    if (m_fetching || m_loading || !m_repo || !parent.isValid() || parent.internalId() != 0 ||
        parent.column() != 0)
        return false;
    const Group& g = m_groups[parent.row()];
    return g.tasks.size() < g.total;
}

void WarningTaskModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int group = parent.row();
    const Group& g = m_groups[group];
    const DueState state = g.state;
    const QDate asOf = m_asOf;
    const DueRules rules = m_rules;
    const int offset = int(g.tasks.size()), size = m_pageSize;
    const std::optional<duban::Pace> pace = m_pace;
    std::function<QList<TaskRecord>(Repository&)> work = [state, asOf, rules, offset, size,
                                                          pace](Repository& repo) {
        return StoreAccess::warningTasks(repo, state, asOf, rules, offset, size, pace);
    };
    if (!m_loader) {
        insertPage(group, work(*m_repo));
        return;
    }
    // Views and testers may ask for more while these rows are read: not until they are in.
    m_fetching = true;
    const quint64 generation = m_generation;
    m_loader->add<QList<TaskRecord>>(m_repo, std::move(work),
                                     [this, generation, group](QList<TaskRecord> page) {
                                         if (generation != m_generation)
                                             return; // reloaded since: these rows belong to another read
                                         insertPage(group, std::move(page));
                                     });
}

void WarningTaskModel::insertPage(int group, QList<TaskRecord> page)
{
    m_fetching = false;
    Group& g = m_groups[group];
    if (page.isEmpty()) {
        g.total = int(g.tasks.size()); // the database changed underneath: stop asking
        return;
    }
    // Views and testers may ask for more while they hear about these rows: not until they are in.
    m_fetching = true;
    beginInsertRows(index(group, 0), int(g.tasks.size()), int(g.tasks.size() + page.size() - 1));
    g.tasks += page;
    endInsertRows();
    m_fetching = false;
}

Qt::ItemFlags WarningTaskModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable |
           (index.internalId() != 0 ? Qt::ItemNeverHasChildren : Qt::NoItemFlags);
}

QVariant WarningTaskModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < kColumnCount)
        return taskColumnTitle(kColumns[section]);
    return QAbstractItemModel::headerData(section, o, role);
}

QVariant WarningTaskModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return groupData(m_groups.at(index.row()), index.column(), role);
    const TaskRecord* t = taskAt(index);
    if (!t)
        return {};
    switch (role) {
    case IdRole:
        return t->id;
    case DueStateRole:
        return int(t->due);
    case PaceRole:
        return int(t->pace);
    case IsGroupRole:
        return false;
    case SignLateRole:
        return m_lateSigns.contains(t->id);
    default:
        if (kColumns[index.column()] == TaskColumn::Status) {
            const QVariant flag = signLateCell(m_lateSigns, t->id, role);
            if (flag.isValid())
                return flag;
        }
        return taskCell(*t, kColumns[index.column()], role);
    }
}

QVariant WarningTaskModel::groupData(const Group& g, int column, int role) const
{
    const WarningPalette& pal = WarningPalette::current();
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0) {
            QString label = dueStateLabel(g.state);
            if (g.state == DueState::DueSoon)
                label = tr("临期（%1 天内到期）").arg(m_rules.dueSoonDays);
            return tr("%1　%2 项").arg(label).arg(g.total);
        }
        return {};
    case Qt::DecorationRole:
        return column == 0 ? QVariant(pal.strong(g.state)) : QVariant();
    case Qt::BackgroundRole: {
        const QColor c = pal.tint(g.state);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case DueStateRole:
        return int(g.state);
    case IsGroupRole:
        return true;
    case IdRole:
        return 0;
    }
    return {};
}

} // namespace duban
