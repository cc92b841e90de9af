#pragma once

#include "core/taskdraft.h"
#include "core/unitdirectory.h"

#include <QAbstractTableModel>
#include <QList>

namespace duban {

// Extracted tasks under review, before anything is stored. Editable in place: the reviewer fixes
// titles, units, deadlines and targets that extraction got wrong, then accepts or rejects.
class ReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Title,
        LeadUnits,
        CoUnits,
        Deadline,
        Targets,
        Change,
        Directive,
        ColumnCount
    }; // Directive: 文号
    // What a re-import would do to each row (set from the store's diff; New for a first import).
    enum class ChangeKind { New, Changed, Unchanged };
    enum Role { LinesRole = Qt::UserRole + 1, UnknownUnitsRole, ChangeRole };

    explicit ReviewModel(const UnitDirectory& units = UnitDirectory::builtin(), QObject* parent = nullptr);

    void setDrafts(const QList<TaskDraft>& drafts);
    void setChangeKinds(const QList<ChangeKind>& kinds); // parallel to the drafts; empty = all New
    const QList<TaskDraft>& drafts() const { return m_drafts; }
    const TaskDraft& draft(int row) const { return m_drafts.at(row); }
    QList<TaskDraft> draftsAt(const QList<int>& rows) const;
    void removeDrafts(QList<int> rows);

    // Units of a draft that the directory does not know, each with a suggestion (may be empty).
    QList<QPair<QString, QString>> unknownUnits(int row) const;
    int unknownUnitCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Unit lists are shown and edited as "A、B、C".
    static QStringList splitUnits(const QString& text);
    static QString joinUnits(const QStringList& units);

private:
    void refreshUnits(TaskDraft& d) const; // keeps units / unitsCanonical in step with lead + co
    const UnitDirectory& m_units;
    QList<TaskDraft> m_drafts;
    QList<ChangeKind> m_changes;
};

} // namespace duban
