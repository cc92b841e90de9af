#pragma once

#include "gui/storeaccess.h"

#include <QAbstractTableModel>

namespace duban {

class BackgroundLoad;
class TaskEditor;

// The unit directory as a table: canonical name, kind, aliases, number of tasks. A few hundred rows,
// read whole from the store (off the GUI thread with a loader); the name is editable in place (rename).
class UnitsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, Aliases, Tasks, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit UnitsModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}
    void setRepository(Repository* repo);
    void setEditor(TaskEditor* editor) { m_editor = editor; }     // renames go through it
    void setLoader(BackgroundLoad* loader) { m_loader = loader; } // not owned; nullptr: reads at once
    // The same units in the same order (task counts changed): the rows change in place, else a reset.
    void reload();
    const StoreAccess::UnitInfo& unit(int row) const { return m_units.at(row); }
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    Repository* m_repo = nullptr;
    TaskEditor* m_editor = nullptr;
    BackgroundLoad* m_loader = nullptr;
    QList<StoreAccess::UnitInfo> m_units;
    void show(QList<StoreAccess::UnitInfo> units);
};

QString unitKindLabel(UnitKind k);

} // namespace duban
