#pragma once

#include "gui/tasks/taskread.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <functional>

namespace duban {

// The task table's model: rowCount is the filtered total from one COUNT query, rows are fetched from
// SQL a page at a time as the view asks for them, and a few recent pages are kept. Sorting and
// filtering change the query and reset the model; nothing ever loads every task. With a TaskReader the
// count and pages are read off the GUI thread: the rows shown stay until the new ones land, and a row
// whose page is still on its way is blank (issue 13 item 6).
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, DueStateRole, StatusRole, PercentRole, SignLateRole };
    static constexpr int kPageSize = 256;
    static constexpr int kCachedPages = 12;

    explicit TaskTableModel(QObject* parent = nullptr);

    // Neither is owned; a nullptr source empties the table. With a reader every count and page is read
    // through it; the source then only serves rowsNow().
    void setSource(TaskSource* source, TaskReader* reader = nullptr);
    void setQuery(const TaskQuery& q);
    const TaskQuery& query() const { return m_query; }
    // Re-reads the current rows (after an edit) without changing the query or the row count's meaning:
    // the pages held, or the first one when none is.
    void refresh();
    bool isLoading() const { return m_resetPending; } // a new query's rows are on their way
    // The task's row under the filter (held pages, then the first pages), -1 when not there. With a
    // reader `found` runs when the read lands, after any reset on its way.
    void findRow(qint64 id, std::function<void(int row)> found);
    // These rows' records now: pages not held are read at once through the source. A bulk edit needs
    // the version of every selected row, also of those scrolled far away.
    QList<TaskRecord> rowsNow(const QList<int>& rows);

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

signals:
    void loaded(); // a reset's rows landed (with a reader; at once without)

private:
    const QList<TaskRecord>& pageFor(int row) const;
    QList<TaskRecord>& keep(int page, QList<TaskRecord> rows) const; // derived, cached, oldest evicted
    void fetch(int page) const;
    void requestReset();
    void landReset(TaskReadResult result);
    void clearRows();
    void readLateSigns();

    TaskSource* m_source = nullptr;
    TaskReader* m_reader = nullptr;
    TaskQuery m_query;
    int m_count = 0;
    mutable QHash<int, QList<TaskRecord>> m_pages;
    mutable QList<int> m_lru; // most recent last
    mutable int m_fetches = 0;
    QHash<qint64, QList<LateSign>> m_lateSigns; // the 签收 flag, read with each reset / refresh
    // With a reader: reads carry the generation they were asked in; a reset starts a new one, and what
    // lands from an older one is dropped.
    quint64 m_generation = 0;
    bool m_resetPending = false;
    mutable QSet<int> m_pending;   // pages on their way
    mutable bool m_asking = false; // inside the reader's read(): an inline reader lands right there
    QList<std::function<void()>> m_afterReset;
};

} // namespace duban
