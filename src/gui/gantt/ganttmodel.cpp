#include "gui/gantt/ganttmodel.h"

#include "gui/widgets/everyrowchanged.h"
#include "palette/warningpalette.h"

#include <QFont>

namespace duban {

namespace {
// internalId: 0 for a group row, group index + 1 for a task row.
constexpr quintptr kGroupRow = 0;
} // namespace

GanttModel::GanttModel(QObject* parent) : QAbstractItemModel(parent) {}

void GanttModel::setData(GanttData data)
{
    // The same groups holding the same tasks in the same order (another desk changed a field): the rows
    // stay, their values change, and the tree keeps its selection and scroll.
    auto sameRows = [&] {
        if (data.groups.size() != m_data.groups.size())
            return false;
        for (qsizetype g = 0; g < data.groups.size(); ++g) {
            const GanttGroup &a = data.groups.at(g), &b = m_data.groups.at(g);
            if (a.label != b.label || a.tasks.size() != b.tasks.size())
                return false;
            for (qsizetype t = 0; t < a.tasks.size(); ++t)
                if (a.tasks.at(t).id != b.tasks.at(t).id)
                    return false;
        }
        return true;
    };
    if (!m_data.groups.isEmpty() && sameRows()) {
        m_data = std::move(data);
        everyRowChanged(*this);
        return;
    }
    beginResetModel();
    m_data = std::move(data);
    endResetModel();
}

const GanttGroup* GanttModel::groupAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const qsizetype g = index.internalId() == kGroupRow ? index.row() : qsizetype(index.internalId() - 1);
    return g >= 0 && g < m_data.groups.size() ? &m_data.groups[g] : nullptr;
}

const GanttTask* GanttModel::taskAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kGroupRow)
        return nullptr;
    const GanttGroup* g = groupAt(index);
    return g && index.row() < g->tasks.size() ? &g->tasks[index.row()] : nullptr;
}

QModelIndex GanttModel::indexOf(int group, int task, int column) const
{
    if (task < 0)
        return index(group, column);
    return index(task, column, index(group, 0));
}

QModelIndex GanttModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= kColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_data.groups.size() ? createIndex(row, column, kGroupRow) : QModelIndex();
    if (parent.internalId() != kGroupRow || parent.row() >= m_data.groups.size())
        return {};
    if (row >= m_data.groups[parent.row()].tasks.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex GanttModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int GanttModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_data.groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupRow)
        return 0;
    return parent.row() < m_data.groups.size() ? int(m_data.groups[parent.row()].tasks.size()) : 0;
}

int GanttModel::columnCount(const QModelIndex&) const
{
    return kColumnCount;
}

QVariant GanttModel::data(const QModelIndex& index, int role) const
{
    const GanttGroup* g = groupAt(index);
    if (!g)
        return {};
    const GanttTask* t = taskAt(index);
    if (role == IsGroupRole)
        return t == nullptr;
    if (role == TaskIdRole)
        return t ? t->id : qint64(0);
    if (role == DueStateRole)
        return t ? QVariant(int(t->due)) : QVariant();
    const TaskColumn c = kColumns[index.column()];
    auto date = [](const QDate& d) {
        return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
    };
    if (!t) {
        switch (role) {
        case Qt::DisplayRole:
            switch (c) {
            case TaskColumn::Title:
                return tr("%1（%2 项）").arg(g->label).arg(g->tasks.size());
            case TaskColumn::Start:
                return date(g->start);
            case TaskColumn::Deadline:
                return g->openEnded ? tr("未定") : date(g->end);
            case TaskColumn::Percent:
                return QStringLiteral("%1%").arg(g->percent);
            default:
                return QString();
            }
        case Qt::ToolTipRole:
            return g->detail.isEmpty() ? g->label : QStringLiteral("%1\n%2").arg(g->label, g->detail);
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case Qt::TextAlignmentRole:
            return c == TaskColumn::Percent ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        // The bar's dates: where it starts, and 未定 for an open end like the group rows.
        if (c == TaskColumn::Start)
            return date(t->start);
        if (c == TaskColumn::Deadline && t->isOpenEnded())
            return tr("未定");
        return taskCell(*t, c, role);
    case Qt::ToolTipRole:
    case Qt::TextAlignmentRole:
        return taskCell(*t, c, role);
    case Qt::ForegroundRole:
        // No tinted cells beside the chart: an overdue deadline is written in the overdue colour.
        if (c == TaskColumn::Deadline && t->due == DueState::Overdue)
            return WarningPalette::current().overdue;
        return {};
    }
    return {};
}

QVariant GanttModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section < 0 || section >= kColumnCount)
        return {};
    // 完成 beside the bars: the share of the work done.
    if (kColumns[section] == TaskColumn::Percent)
        return tr("完成");
    return taskColumnTitle(kColumns[section]);
}

} // namespace duban
