#pragma once

#include "gui/overdue/warningaccess.h"

#include <QAbstractTableModel>

namespace duban {

// Per-unit warning figures on the view's as-of date, ranked by overdue tasks: a few hundred rows at
// most (one per unit with live tasks), read whole by the page (off the GUI thread) and handed in.
class UnitWarningModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, Name, Total, Overdue, DueSoon, Done, Completion, BehindPace, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1, ValueRole };

    explicit UnitWarningModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}
    void setUnits(QList<StoreAccess::UnitWarningInfo> units);
    const QList<StoreAccess::UnitWarningInfo>& units() const { return m_units; }
    int rowOfName(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<StoreAccess::UnitWarningInfo> m_units;
};

} // namespace duban
