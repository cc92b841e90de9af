#pragma once

#include <QAbstractItemView>

class QAction;

namespace duban {

class KanbanModel;

// The board: one column per status, optional swimlanes (bands across all columns), cards of a fixed
// height stacked in each cell. Cards are painted by the item delegate, only those in view; geometry
// is arithmetic on the model's cell ranges, so 5,000 cards cost no more than 50. Headers stay on top
// while the board scrolls. Dropping cards on a column, or Ctrl+Shift+Left/Right, changes their status.
class KanbanView : public QAbstractItemView
{
    Q_OBJECT
public:
    explicit KanbanView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override; // a KanbanModel
    KanbanModel* kanbanModel() const { return m_model; }

    QRect visualRect(const QModelIndex& index) const override;
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint& point) const override;
    int columnAt(int x) const;          // status column under a viewport x, -1 outside the board
    QRect columnRect(int column) const; // viewport rectangle of a column, header included
    int headerHeight() const { return m_headerH; }

    // Moves the selected cards `delta` status columns to the right (negative: left), one undo step.
    void moveSelection(int delta);
    QList<qint64> selectedIds() const;
    QAction* moveNextAction() const { return m_moveNext; }
    QAction* movePrevAction() const { return m_movePrev; }
    QAction* openAction() const { return m_open; }

signals:
    void openRequested(qint64 taskId);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex&) const override { return false; }
    void setSelection(const QRect& rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection& selection) const override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;

    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void relayout();
    QRect contentRect(int row) const; // in board coordinates (no scroll, below the header)
    int cellTop(int lane) const;      // board y of a lane's first card
    template <typename F> void forEachRowIn(const QRect& viewportRect, F f) const;
    void rememberSelection();
    void restoreSelection();
    QModelIndex rowIndex(int row) const;

    KanbanModel* m_model = nullptr;
    int m_headerH = 0, m_laneH = 0, m_cardH = 0, m_colW = 0, m_contentH = 0;
    static constexpr int kGap = 8;
    QList<int> m_laneTop; // board y of each lane band; one past the end = content height
    int m_dropColumn = -1;
    QList<qint64> m_keptIds;
    qint64 m_keptCurrent = 0;
    QAction* m_moveNext;
    QAction* m_movePrev;
    QAction* m_open;
};

} // namespace duban
