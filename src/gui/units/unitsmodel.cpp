#include "gui/units/unitsmodel.h"

#include "gui/edit/taskeditor.h"
#include "gui/load/backgroundload.h"
#include "gui/widgets/everyrowchanged.h"

#include <QBrush>
#include <QColor>
#include <algorithm>

namespace duban {

QString unitKindLabel(UnitKind k)
{
    switch (k) {
    case UnitKind::Department:
        return UnitsModel::tr("部门");
    case UnitKind::County:
        return UnitsModel::tr("县区");
    case UnitKind::Collective:
        return UnitsModel::tr("统称");
    }
    return {};
}

void UnitsModel::setRepository(Repository* repo)
{
    m_repo = repo;
    reload();
}

void UnitsModel::reload()
{
    if (!m_repo || !m_loader) {
        if (m_loader)
            m_loader->cancel();
        show(m_repo ? StoreAccess::units(*m_repo) : QList<StoreAccess::UnitInfo>());
        return;
    }
    m_loader->start<QList<StoreAccess::UnitInfo>>(
        m_repo, [](Repository& repo) { return StoreAccess::units(repo); },
        [this](QList<StoreAccess::UnitInfo> units) { show(std::move(units)); });
}

void UnitsModel::show(QList<StoreAccess::UnitInfo> units)
{
    const bool same = !units.isEmpty() && units.size() == m_units.size() &&
                      std::equal(units.cbegin(), units.cend(), m_units.cbegin(),
                                 [](const auto& a, const auto& b) { return a.id == b.id; });
    if (same) { // an edit changed counts or aliases: the table keeps its selection and sort
        m_units = std::move(units);
        everyRowChanged(*this);
        return;
    }
    beginResetModel();
    m_units = std::move(units);
    endResetModel();
}

int UnitsModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_units.size(); ++i)
        if (m_units.at(i).id == id)
            return i;
    return -1;
}

int UnitsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int UnitsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoreAccess::UnitInfo& u = m_units.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return u.needsReview ? tr("%1（待确认）").arg(u.name) : u.name;
        case Kind:
            return unitKindLabel(u.kind);
        case Aliases:
            return u.aliases.join(QStringLiteral("、"));
        case Tasks:
            return u.taskCount; // a number, so the proxy sorts it numerically
        }
        return {};
    case Qt::EditRole:
        return index.column() == Name ? QVariant(u.name) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == Name && u.needsReview)
            return tr("导入时遇到的未知单位，请核对名称，或合并到已有单位");
        if (index.column() == Aliases)
            return u.aliases.join(u'\n');
        return {};
    case Qt::BackgroundRole:
        return u.needsReview && index.column() == Name ? QVariant(QBrush(QColor(0xff, 0xf3, 0xcd)))
                                                       : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Tasks ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole:
        return u.id;
    }
    return {};
}

bool UnitsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Name || !m_repo || !m_editor)
        return false;
    const QString name = value.toString().trimmed();
    StoreAccess::UnitInfo& u = m_units[index.row()];
    if (name.isEmpty() || name == u.name)
        return false;
    const qint64 id = u.id;
    // The editor's changed() reloads the views, this model too: nothing of `u` is used after.
    return m_editor->renameUnit(id, name);
}

QVariant UnitsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Name:
        return tr("单位名称");
    case Kind:
        return tr("类别");
    case Aliases:
        return tr("别名");
    case Tasks:
        return tr("任务数");
    }
    return {};
}

Qt::ItemFlags UnitsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Name)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace duban
