#pragma once

#include "gui/tasks/taskquery.h"

#include <QAbstractListModel>
#include <QHash>
#include <memory>

namespace duban {

class BackgroundLoad;
class Repository;
class TaskEditor;

enum class KanbanLanes { None, LeadUnit, Directive };

// The kanban board's cards: the tasks the task table's filter selects, of every status, fetched in
// one SQL query (deadline order) and grouped by lane, then status column. Rows run lane by lane and,
// within a lane, column by column, so every board cell is one contiguous row range; the view lays the
// cards out from those ranges. Columns follow kAllStatuses; column c holds Status(c). With a loader the
// query runs off the GUI thread and the cards shown stay until the new ones land.
class KanbanModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,      // int(Status)
        DueStateRole,    // int(DueState), computed for Clock::today() with WarningPalette's rules
        StripeColorRole, // QColor: WarningPalette::strong(due); invalid when the state has no colour
        TintRole,        // QColor: WarningPalette::tint(due); invalid = plain card
        LeadUnitRole,    // QString: lead units joined with 、
        DeadlineRole,    // QDate
        DueTextRole,     // QString: 逾期 N 天 / the deadline / 无时限
        LaneRole,        // int lane index
        PercentRole,     // int 0..100
    };
    static constexpr int kColumns = 4;
    static QString mimeType(); // task ids, as a QDataStream of QList<qint64>

    explicit KanbanModel(QObject* parent = nullptr);
    ~KanbanModel() override;

    // Reads from `repo`, writes through `editor`; nullptr repository empties the board.
    // load = false defers the query to the next reload().
    void setStore(Repository* repo, TaskEditor* editor, bool load = true);
    void setLoader(BackgroundLoad* loader) { m_loader = loader; } // not owned; nullptr: reads at once
    // The status filter is dropped: the columns are the statuses. True when the query changed (and a
    // reload began).
    bool setQuery(const TaskQuery& q);
    const TaskQuery& query() const { return m_query; }
    void setLanes(KanbanLanes lanes); // the cards held, regrouped: no query
    KanbanLanes lanes() const { return m_lanes; }
    void reload(); // one query; resets the model when it lands
    // Another desk changed these tasks: only they are read again (with the board's filter), and each card
    // is updated where it is, moved to its new cell, added or dropped, without a reset (selection, focus
    // and scroll stay). A card that would need a lane the board lacks regroups the cards held.
    void refreshTasks(const QList<qint64>& ids);
    static constexpr int kMaxRefreshed = 500; // more ids than this: one query of the whole board instead
    bool isLoading() const { return m_loading; }
    int generation() const { return m_generation; } // counts resets
    // The title of the query's directive (its filter), read with the cards; empty when none.
    QString directiveTitle() const { return m_directiveTitle; }

    int laneCount() const { return int(m_laneTitles.size()); }
    QString laneTitle(int lane) const { return m_laneTitles.value(lane); }
    int laneTotal(int lane) const;
    int columnTotal(int column) const; // cards in a status column over all lanes
    // Rows in lane `lane`, column `column`: [cellFirst, cellFirst + cellCount).
    int cellFirst(int lane, int column) const { return m_offsets.value(lane * kColumns + column); }
    int cellCount(int lane, int column) const;
    int laneOf(int row) const { return m_cards.at(row).lane; }
    int columnOf(int row) const { return int(m_cards.at(row).status); }
    qint64 idAt(int row) const { return row >= 0 && row < m_cards.size() ? m_cards.at(row).id : 0; }
    int rowOfId(qint64 id) const { return m_rowOfId.value(id, -1); }

    // Moves tasks to other status columns as one undoable, audited step (TaskEditor::setFields).
    // Returns false, with the reason in *error, when the store refused a change.
    bool moveTasks(const QHash<qint64, Status>& targets, QString* error = nullptr);
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return {mimeType()}; }
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    // The target status is the card's under the drop (parent valid), else column: the status column
    // dropped on (0..kColumns-1).
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    static QList<qint64> idsFrom(const QMimeData* data);

signals:
    void moveFailed(const QString& error);
    // Cards dropped on 暂缓: a 督办 step that needs its reason, asked for by the page (no dialog here).
    void suspendRequested(const QList<qint64>& taskIds, const QString& title);

private:
    // A card is the task's record and where it sits on the board.
    struct Card : TaskRecord
    {
        int lane = 0;
    };
    struct Read
    {
        QList<TaskRecord> rows;
        QString directiveTitle;
    };
    static Read read(Repository& repo, TaskSource& source, const TaskQuery& q);
    void show(QList<TaskRecord> rows); // lanes, cells and the reset
    void placeInCells();               // sorts m_cards into cells, sets offsets and the id index
    QString laneKey(const TaskRecord& r) const;
    // The board's place of a card: by cell, then the store's deadline order inside it.
    static bool before(const Card& a, const Card& b);
    void merge(const QList<qint64>& ids, const QList<TaskRecord>& rows);
    void removeCard(int row);
    void moveCard(int row, Card card); // the card read again, to where it now belongs
    void insertCard(Card card);
    int targetColumn(int column, const QModelIndex& parent) const;

    Repository* m_repo = nullptr;
    TaskEditor* m_editor = nullptr;
    BackgroundLoad* m_loader = nullptr;
    bool m_loading = false;
    std::unique_ptr<TaskSource> m_source;
    TaskQuery m_query;
    KanbanLanes m_lanes = KanbanLanes::None;
    QList<Card> m_cards;
    QStringList m_laneTitles;
    QList<int> m_offsets; // laneCount * kColumns + 1 row offsets
    QHash<qint64, int> m_rowOfId;
    QString m_lastError;
    QString m_directiveTitle;
    int m_generation = 0;
    QList<qint64> m_refreshAfterLoad; // named by another desk while a whole-board read was on its way
};

} // namespace duban
