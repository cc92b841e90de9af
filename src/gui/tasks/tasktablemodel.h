#pragma once

#include "gui/tasks/taskquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace duban {

// The task table's model: rowCount is the filtered total from one COUNT query, rows are fetched from
// SQL a page at a time as the view asks for them, and a few recent pages are kept. Sorting and
// filtering change the query and reset the model; nothing ever loads every task.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, DueStateRole, StatusRole, PercentRole, SignLateRole };
    static constexpr int kPageSize = 256;
    static constexpr int kCachedPages = 12;

    explicit TaskTableModel(QObject* parent = nullptr);

    void setSource(TaskSource* source); // not owned; nullptr empties the table
    void setQuery(const TaskQuery& q);
    const TaskQuery& query() const { return m_query; }
    // Re-reads the current rows (after an edit) without changing the query or the row count's meaning.
    void refresh();

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // among cached rows only; -1 if not loaded
    const TaskRecord* rowAt(int row) const;
    int pagesFetched() const { return m_fetches; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    static QColor dueColor(DueState s); // background tint for a due state (invalid colour: none)

private:
    const QList<TaskRecord>& pageFor(int row) const;
    void readLateSigns();

    TaskSource* m_source = nullptr;
    TaskQuery m_query;
    int m_count = 0;
    mutable QHash<int, QList<TaskRecord>> m_pages;
    mutable QList<int> m_lru; // most recent last
    mutable int m_fetches = 0;
    QHash<qint64, QList<LateSign>> m_lateSigns; // the 签收 flag, read with each reset / refresh
};

} // namespace duban
