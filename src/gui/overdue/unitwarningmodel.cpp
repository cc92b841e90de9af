#include "gui/overdue/unitwarningmodel.h"

#include "palette/warningpalette.h"

#include <QBrush>

namespace duban {

void UnitWarningModel::setUnits(QList<StoreAccess::UnitWarningInfo> units)
{
    beginResetModel();
    m_units = std::move(units);
    endResetModel();
}

int UnitWarningModel::rowOfName(const QString& name) const
{
    for (int i = 0; i < m_units.size(); ++i)
        if (m_units[i].name == name)
            return i;
    return -1;
}

int UnitWarningModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int UnitWarningModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitWarningModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Rank:
        return tr("排名");
    case Name:
        return tr("单位");
    case Total:
        return tr("任务");
    case Overdue:
        return tr("逾期");
    case DueSoon:
        return tr("临期");
    case Done:
        return tr("已办结");
    case Completion:
        return tr("完成率");
    case BehindPace:
        return tr("欠进度");
    }
    return {};
}

QVariant UnitWarningModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoreAccess::UnitWarningInfo& u = m_units.at(index.row());
    const WarningPalette& pal = WarningPalette::current();
    const int values[ColumnCount] = {index.row() + 1,     0,           u.total, u.overdue, u.dueSoon, u.done,
                                     u.completionPercent, u.behindPace};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return u.name;
        if (index.column() == Completion)
            return QStringLiteral("%1%").arg(u.completionPercent);
        return values[index.column()];
    case ValueRole:
        return index.column() == Name ? QVariant(u.name) : QVariant(values[index.column()]);
    case NameRole:
        return u.name;
    case Qt::ToolTipRole:
        return tr("%1：任务 %2 项，逾期 %3，临期 %4，已办结 %5，欠进度 %6（单击查看任务）")
            .arg(u.name)
            .arg(u.total)
            .arg(u.overdue)
            .arg(u.dueSoon)
            .arg(u.done)
            .arg(u.behindPace);
    case Qt::TextAlignmentRole:
        return index.column() == Name ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                      : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Overdue && u.overdue > 0)
            return QBrush(pal.overdue.darker(130));
        if (index.column() == BehindPace && u.behindPace > 0)
            return QBrush(pal.behindPace.darker(130));
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Overdue && u.overdue > 0)
            return QBrush(pal.tint(DueState::Overdue));
        if (index.column() == DueSoon && u.dueSoon > 0)
            return QBrush(pal.tint(DueState::DueSoon));
        return {};
    }
    return {};
}

} // namespace duban
