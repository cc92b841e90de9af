#include "gui/kanban/kanbanmodel.h"

#include "core/clock.h"
#include "gui/edit/taskeditor.h"
#include "gui/load/backgroundload.h"
#include "gui/storeaccess.h"
#include "gui/tasks/taskcell.h"
#include "palette/warningpalette.h"

#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSet>
#include <algorithm>
#include <utility>

namespace duban {

QString KanbanModel::mimeType()
{
    return QStringLiteral("application/x-duban-task-ids");
}

KanbanModel::KanbanModel(QObject* parent) : QAbstractListModel(parent)
{
    m_query.sortColumn = TaskColumn::Deadline;
    m_laneTitles = QStringList{QString()};
    m_offsets.fill(0, kColumns + 1);
}

KanbanModel::~KanbanModel() = default;

void KanbanModel::setStore(Repository* repo, TaskEditor* editor, bool load)
{
    beginResetModel(); // nothing may point into the old store's cards
    m_cards.clear();
    m_rowOfId.clear();
    m_laneTitles = QStringList{QString()};
    m_offsets.fill(0, kColumns + 1);
    m_repo = repo;
    m_editor = editor;
    m_source = repo ? StoreAccess::taskSource(*repo) : nullptr;
    m_loading = false;
    if (m_loader)
        m_loader->cancel(); // nothing read from the old store lands
    endResetModel();
    if (load)
        reload();
}

bool KanbanModel::setQuery(const TaskQuery& q)
{
    TaskQuery k = q;
    k.status.reset();
    k.sortColumn = TaskColumn::Deadline; // cards in a column: nearest deadline first
    k.sortOrder = Qt::AscendingOrder;
    if (k == m_query)
        return false;
    m_query = k;
    reload();
    return true;
}

void KanbanModel::setLanes(KanbanLanes lanes)
{
    if (lanes == m_lanes)
        return;
    m_lanes = lanes;
    // The same tasks in other lanes: the cards held, placed again (show() sorts them into their cells).
    QList<TaskRecord> rows;
    rows.reserve(m_cards.size());
    for (Card& c : m_cards)
        rows << std::move(static_cast<TaskRecord&>(c));
    show(std::move(rows));
}

KanbanModel::Read KanbanModel::read(Repository& repo, TaskSource& source, const TaskQuery& q)
{
    Read r;
    r.rows = source.page(q, 0, -1);
    if (q.directiveId)
        for (const auto& [id, title] : StoreAccess::directives(repo))
            if (id == q.directiveId)
                r.directiveTitle = title;
    return r;
}

void KanbanModel::reload()
{
    auto land = [this](Read r) {
        m_loading = false;
        m_directiveTitle = std::move(r.directiveTitle);
        show(std::move(r.rows));
        if (!m_refreshAfterLoad.isEmpty()) // that read may have begun before another desk's write
            refreshTasks(std::exchange(m_refreshAfterLoad, {}));
    };
    if (!m_repo) {
        land({});
        return;
    }
    if (!m_loader) {
        land(read(*m_repo, *m_source, m_query));
        return;
    }
    m_loading = true;
    const TaskQuery q = m_query;
    const StoreAccess::TaskReadRules rules = StoreAccess::TaskReadRules::current();
    m_loader->start<Read>(
        m_repo, [q, rules](Repository& repo) { return read(repo, *StoreAccess::taskSource(repo, rules), q); },
        land);
}

void KanbanModel::show(QList<TaskRecord> rows)
{
    beginResetModel();
    m_cards.clear();
    m_laneTitles.clear();
    m_rowOfId.clear();

    // Lanes: biggest first, then by name.
    QHash<QString, int> laneSizes;
    QStringList keys;
    keys.reserve(rows.size());
    for (const TaskRecord& r : rows) {
        keys << laneKey(r);
        ++laneSizes[keys.last()];
    }
    m_laneTitles = laneSizes.keys();
    std::sort(m_laneTitles.begin(), m_laneTitles.end(), [&](const QString& a, const QString& b) {
        const int na = laneSizes.value(a), nb = laneSizes.value(b);
        return na != nb ? na > nb : a.localeAwareCompare(b) < 0;
    });
    if (m_laneTitles.isEmpty())
        m_laneTitles << QString(); // an empty board still has its columns
    QHash<QString, int> laneIndex;
    for (int i = 0; i < m_laneTitles.size(); ++i)
        laneIndex.insert(m_laneTitles.at(i), i);

    const QDate today = Clock::today();
    const DueRules& rules = WarningPalette::current().rules;
    m_cards.resize(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        Card& c = m_cards[i];
        static_cast<TaskRecord&>(c) = std::move(rows[i]);
        c.derive(today, rules);
        c.lane = laneIndex.value(keys.at(i));
    }
    placeInCells();
    ++m_generation;
    endResetModel();
}

QString KanbanModel::laneKey(const TaskRecord& r) const
{
    // Tasks with several lead units sit in the first one's lane.
    switch (m_lanes) {
    case KanbanLanes::None:
        return QString();
    case KanbanLanes::LeadUnit:
        return r.leadUnits.isEmpty() ? tr("（未定牵头单位）") : r.leadUnits.first();
    case KanbanLanes::Directive:
        return r.directive.isEmpty() ? tr("（未注明文件）") : r.directive;
    }
    return QString();
}

bool KanbanModel::before(const Card& a, const Card& b)
{
    // The store's order for the board's query (deadline ascending, none last, then id): a card read again
    // on its own lands where the whole board's query would have put it.
    const int ca = a.lane * kColumns + int(a.status), cb = b.lane * kColumns + int(b.status);
    if (ca != cb)
        return ca < cb;
    if (a.deadline.isValid() != b.deadline.isValid())
        return a.deadline.isValid();
    if (a.deadline != b.deadline)
        return a.deadline < b.deadline;
    return a.id < b.id;
}

void KanbanModel::placeInCells()
{
    std::sort(m_cards.begin(), m_cards.end(), before);
    m_offsets.fill(0, m_laneTitles.size() * kColumns + 1);
    for (const Card& c : std::as_const(m_cards))
        ++m_offsets[c.lane * kColumns + int(c.status) + 1];
    for (int c = 1; c < m_offsets.size(); ++c)
        m_offsets[c] += m_offsets[c - 1];
    m_rowOfId.clear();
    m_rowOfId.reserve(m_cards.size());
    for (int i = 0; i < m_cards.size(); ++i)
        m_rowOfId.insert(m_cards.at(i).id, i);
}

void KanbanModel::refreshTasks(const QList<qint64>& ids)
{
    if (ids.isEmpty() || ids.size() > kMaxRefreshed || !m_repo) {
        reload();
        return;
    }
    if (m_loading) {
        m_refreshAfterLoad << ids;
        return;
    }
    TaskQuery q = m_query;
    q.ids = ids;
    if (!m_loader) {
        merge(ids, m_source->page(q, 0, -1));
        return;
    }
    const StoreAccess::TaskReadRules rules = StoreAccess::TaskReadRules::current();
    m_loader->add<QList<TaskRecord>>(
        m_repo, [q, rules](Repository& repo) { return StoreAccess::taskSource(repo, rules)->page(q, 0, -1); },
        [this, ids, q](QList<TaskRecord> rows) {
            TaskQuery shown = m_query;
            shown.ids = ids;
            if (m_loading)
                m_refreshAfterLoad << ids; // the board is being read again: after that lands
            else if (shown == q)           // read under the filter the board still shows
                merge(ids, rows);
        });
}

void KanbanModel::merge(const QList<qint64>& ids, const QList<TaskRecord>& rows)
{
    QHash<qint64, const TaskRecord*> now;
    for (const TaskRecord& r : rows)
        now.insert(r.id, &r);
    QHash<QString, int> laneIndex;
    for (int i = 0; i < m_laneTitles.size(); ++i)
        laneIndex.insert(m_laneTitles.at(i), i);
    for (const TaskRecord& r : rows) {
        if (!laneIndex.contains(laneKey(r))) {
            // A lane the board does not have: group the cards held, with these, again (one reset).
            QList<TaskRecord> all;
            for (Card& c : m_cards)
                if (!ids.contains(c.id))
                    all << std::move(static_cast<TaskRecord&>(c));
            all << rows;
            show(std::move(all));
            return;
        }
    }
    const QDate today = Clock::today();
    const DueRules& rules = WarningPalette::current().rules;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const int row = rowOfId(id);
        const TaskRecord* r = now.value(id);
        if (!r) {
            if (row >= 0)
                removeCard(row); // it left the board's filter, or the store
            continue;
        }
        Card c;
        static_cast<TaskRecord&>(c) = *r;
        c.derive(today, rules);
        c.lane = laneIndex.value(laneKey(*r));
        if (row >= 0)
            moveCard(row, std::move(c)); // a move, not a removal: the selection goes with it
        else
            insertCard(std::move(c));
    }
    // A lane whose last card left: the cards held are grouped again (one reset), so the board shows the
    // lanes a whole read would, not an empty row.
    for (int l = 0; l < laneCount(); ++l) {
        if (laneTotal(l) == 0 && !(laneCount() == 1 && m_laneTitles.at(0).isEmpty())) {
            QList<TaskRecord> all;
            for (Card& c : m_cards)
                all << std::move(static_cast<TaskRecord&>(c));
            show(std::move(all));
            return;
        }
    }
}

void KanbanModel::moveCard(int row, Card card)
{
    // Where it goes among the others (the list stays sorted without it).
    int target = row;
    const auto first = m_cards.cbegin();
    if (row > 0 && before(card, m_cards.at(row - 1)))
        target = int(std::lower_bound(first, first + row, card, before) - first);
    else if (row + 1 < m_cards.size() && before(m_cards.at(row + 1), card))
        target = int(std::lower_bound(first + row + 1, m_cards.cend(), card, before) - first) - 1;
    const int fromCell = m_cards.at(row).lane * kColumns + int(m_cards.at(row).status);
    const int toCell = card.lane * kColumns + int(card.status);
    if (target != row)
        beginMoveRows({}, row, row, {}, target < row ? target : target + 1);
    m_cards[row] = std::move(card);
    if (target != row)
        m_cards.move(row, target);
    for (int i = fromCell + 1; i < m_offsets.size(); ++i)
        --m_offsets[i];
    for (int i = toCell + 1; i < m_offsets.size(); ++i)
        ++m_offsets[i];
    for (int i = std::min(row, target); i <= std::max(row, target); ++i)
        m_rowOfId[m_cards.at(i).id] = i;
    if (target != row)
        endMoveRows();
    emit dataChanged(index(target), index(target));
}

void KanbanModel::removeCard(int row)
{
    const Card& c = m_cards.at(row);
    const int cell = c.lane * kColumns + int(c.status);
    beginRemoveRows({}, row, row);
    m_rowOfId.remove(c.id);
    m_cards.removeAt(row);
    for (int i = cell + 1; i < m_offsets.size(); ++i)
        --m_offsets[i];
    for (int i = row; i < m_cards.size(); ++i)
        m_rowOfId[m_cards.at(i).id] = i;
    endRemoveRows();
}

void KanbanModel::insertCard(Card card)
{
    const int row = int(std::lower_bound(m_cards.cbegin(), m_cards.cend(), card, before) - m_cards.cbegin());
    const int cell = card.lane * kColumns + int(card.status);
    beginInsertRows({}, row, row);
    m_cards.insert(row, std::move(card));
    for (int i = cell + 1; i < m_offsets.size(); ++i)
        ++m_offsets[i];
    for (int i = row; i < m_cards.size(); ++i)
        m_rowOfId[m_cards.at(i).id] = i;
    endInsertRows();
}

int KanbanModel::laneTotal(int lane) const
{
    if (lane < 0 || lane >= laneCount())
        return 0;
    return m_offsets.at((lane + 1) * kColumns) - m_offsets.at(lane * kColumns);
}

int KanbanModel::columnTotal(int column) const
{
    int n = 0;
    for (int l = 0; l < laneCount(); ++l)
        n += cellCount(l, column);
    return n;
}

int KanbanModel::cellCount(int lane, int column) const
{
    if (lane < 0 || lane >= laneCount() || column < 0 || column >= kColumns)
        return 0;
    const int c = lane * kColumns + column;
    return m_offsets.at(c + 1) - m_offsets.at(c);
}

int KanbanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant KanbanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Card& c = m_cards.at(index.row());
    const WarningPalette& palette = WarningPalette::current();
    switch (role) {
    case Qt::DisplayRole:
        return taskCell(c, TaskColumn::Title, role);
    case Qt::ToolTipRole:
        return tr("%1\n牵头单位：%2\n完成时限：%3（%4）\n进度：%5%")
            .arg(c.title, c.leadUnits.isEmpty() ? tr("未定") : taskText(c, TaskColumn::LeadUnits),
                 c.deadline.isValid() ? c.deadline.toString(QStringLiteral("yyyy-MM-dd")) : tr("无时限"),
                 dueStateLabel(c.due), QString::number(c.percent));
    case IdRole:
        return c.id;
    case StatusRole:
        return int(c.status);
    case DueStateRole:
        return int(c.due);
    case StripeColorRole:
        return palette.strong(c.due);
    case TintRole:
        return palette.tint(c.due);
    case LeadUnitRole:
        return taskText(c, TaskColumn::LeadUnits);
    case DeadlineRole:
        return c.deadline;
    case DueTextRole:
        if (c.due == DueState::Overdue)
            return tr("逾期 %1 天").arg(daysOverdue(c.deadline, Clock::today()));
        return c.deadline.isValid() ? c.deadline.toString(QStringLiteral("yyyy-MM-dd")) : tr("无时限");
    case LaneRole:
        return c.lane;
    case PercentRole:
        return c.percent;
    default:
        return {};
    }
}

Qt::ItemFlags KanbanModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled |
           Qt::ItemNeverHasChildren;
}

QMimeData* KanbanModel::mimeData(const QModelIndexList& indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex& i : indexes)
        if (i.isValid() && i.model() == this)
            ids << idAt(i.row());
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    auto* mime = new QMimeData;
    mime->setData(mimeType(), bytes);
    return mime;
}

QList<qint64> KanbanModel::idsFrom(const QMimeData* data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    QDataStream in(data->data(mimeType()));
    in >> ids;
    return in.status() == QDataStream::Ok ? ids : QList<qint64>();
}

int KanbanModel::targetColumn(int column, const QModelIndex& parent) const
{
    if (parent.isValid() && parent.model() == this && parent.row() < m_cards.size())
        return columnOf(parent.row());
    return column >= 0 && column < kColumns ? column : -1;
}

bool KanbanModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int column,
                                  const QModelIndex& parent) const
{
    return action == Qt::MoveAction && data && data->hasFormat(mimeType()) &&
           targetColumn(column, parent) >= 0;
}

bool KanbanModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                               const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Status to = Status(targetColumn(column, parent));
    QHash<qint64, Status> targets;
    for (qint64 id : idsFrom(data))
        targets.insert(id, to);
    return !targets.isEmpty() && moveTasks(targets);
}

bool KanbanModel::moveTasks(const QHash<qint64, Status>& targets, QString* error)
{
    m_lastError.clear();
    if (!m_repo || !m_editor)
        return false;
    struct StatusChange
    {
        qint64 taskId;
        Status from, to;
        int version; // what the card shows: a move over another desk's newer write is refused
    };
    QList<StatusChange> changes;
    QString title;
    Status to = Status::NotStarted;
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        const int row = rowOfId(it.key());
        if (row < 0 || m_cards.at(row).status == it.value())
            continue;
        changes << StatusChange{it.key(), m_cards.at(row).status, it.value(), m_cards.at(row).version};
        title = m_cards.at(row).title;
        to = it.value();
    }
    if (changes.isEmpty())
        return true;
    // 暂缓 is a 督办 step with a reason (留痕), not a plain status edit: the page records it.
    QList<qint64> suspended;
    for (const StatusChange& c : std::as_const(changes))
        if (c.to == Status::Suspended)
            suspended << c.taskId;
    if (!suspended.isEmpty()) {
        std::sort(suspended.begin(), suspended.end());
        emit suspendRequested(suspended,
                              suspended.size() == 1 ? title : tr("所选 %1 项任务").arg(suspended.size()));
        changes.erase(std::remove_if(changes.begin(), changes.end(),
                                     [](const StatusChange& c) { return c.to == Status::Suspended; }),
                      changes.end());
        if (changes.isEmpty())
            return true;
    }
    // Ids in a stable order: the audit log and the undo step read the same on every run.
    std::sort(changes.begin(), changes.end(),
              [](const StatusChange& a, const StatusChange& b) { return a.taskId < b.taskId; });
    const bool oneTarget =
        std::all_of(changes.cbegin(), changes.cend(), [to](const StatusChange& c) { return c.to == to; });
    const QString text = changes.size() == 1 ? tr("看板：把“%1”移到“%2”").arg(title.left(16), statusLabel(to))
                         : oneTarget
                             ? tr("看板：把 %1 项任务移到“%2”").arg(changes.size()).arg(statusLabel(to))
                             : tr("看板：移动 %1 项任务").arg(changes.size());
    QList<TaskEdit> edits;
    for (const StatusChange& c : std::as_const(changes))
        edits.append({c.taskId, TaskField::Status, int(c.to), c.version});
    if (m_editor->setFields(edits, text, &m_lastError)) {
        // Stored: move the cards in memory rather than query every task again. Titles, units and
        // deadlines are unchanged; the store's order inside a cell does not depend on the status.
        beginResetModel();
        const QDate today = Clock::today();
        for (const StatusChange& c : std::as_const(changes)) {
            Card& card = m_cards[rowOfId(c.taskId)];
            card.status = c.to;
            card.due = dueState(c.to, card.deadline, today, WarningPalette::current().rules);
        }
        placeInCells();
        ++m_generation;
        endResetModel();
        if (m_loading)
            reload(); // what is on its way may have been read before this write
    } else {
        reload(); // rolled back: show what the store holds
    }
    if (!m_lastError.isEmpty()) {
        if (error)
            *error = m_lastError;
        emit moveFailed(m_lastError);
        return false;
    }
    return true;
}

} // namespace duban
