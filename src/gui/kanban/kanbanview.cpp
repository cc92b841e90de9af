#include "gui/kanban/kanbanview.h"

#include "gui/kanban/kanbandelegate.h"
#include "gui/kanban/kanbanmodel.h"

#include <QAction>
#include <QCursor>
#include <QDrag>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>

namespace duban {

KanbanView::KanbanView(QWidget* parent) : QAbstractItemView(parent)
{
    setItemDelegate(new KanbanDelegate(this));
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectItems);
    setEditTriggers(NoEditTriggers);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(false);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    setMouseTracking(false);

    auto make = [this](const QString& text, const QList<QKeySequence>& keys, const char* name) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only while the board has focus
        addAction(a);
        return a;
    };
    m_open = make(tr("在任务列表中打开"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                  "actionKanbanOpen");
    connect(m_open, &QAction::triggered, this, [this] {
        if (m_model && currentIndex().isValid())
            emit openRequested(m_model->idAt(currentIndex().row()));
    });
    m_movePrev = make(tr("移到上一状态列"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left)},
                      "actionKanbanMovePrev");
    connect(m_movePrev, &QAction::triggered, this, [this] { moveSelection(-1); });
    m_moveNext = make(tr("移到下一状态列"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right)},
                      "actionKanbanMoveNext");
    connect(m_moveNext, &QAction::triggered, this, [this] { moveSelection(1); });
    auto* sep = new QAction(this);
    sep->setSeparator(true);
    addAction(sep);
    for (Status s : kAllStatuses) {
        auto* a = new QAction(tr("移到“%1”").arg(statusLabel(s)), this);
        connect(a, &QAction::triggered, this, [this, s] {
            QHash<qint64, Status> targets;
            for (qint64 id : selectedIds())
                targets.insert(id, s);
            if (m_model && !targets.isEmpty())
                m_model->moveTasks(targets);
        });
        addAction(a);
    }
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& i) {
        if (m_model && i.isValid())
            emit openRequested(m_model->idAt(i.row()));
    });
}

void KanbanView::setModel(QAbstractItemModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    QAbstractItemView::setModel(model);
    m_model = qobject_cast<KanbanModel*>(model);
    if (m_model) {
        // Connected after the selection model's own reset handling, so the kept selection survives.
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &KanbanView::rememberSelection);
        connect(m_model, &QAbstractItemModel::modelReset, this, &KanbanView::restoreSelection);
        // Cards read again one by one (another desk's write) move between cells without a reset.
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &KanbanView::relayout);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &KanbanView::relayout);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, &KanbanView::relayout);
    }
    relayout();
}

QModelIndex KanbanView::rowIndex(int row) const
{
    return m_model ? m_model->index(row, 0) : QModelIndex();
}

QList<qint64> KanbanView::selectedIds() const
{
    QList<qint64> ids;
    if (!m_model || !selectionModel())
        return ids;
    for (const QModelIndex& i : selectionModel()->selectedIndexes())
        ids << m_model->idAt(i.row());
    return ids;
}

void KanbanView::rememberSelection()
{
    m_keptIds = selectedIds();
    m_keptCurrent = currentIndex().isValid() ? m_model->idAt(currentIndex().row()) : 0;
}

void KanbanView::restoreSelection()
{
    relayout();
    QItemSelection sel;
    for (qint64 id : std::as_const(m_keptIds)) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            sel.select(rowIndex(row), rowIndex(row));
    }
    selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
    const int cur = m_model->rowOfId(m_keptCurrent);
    if (cur >= 0) {
        selectionModel()->setCurrentIndex(rowIndex(cur), QItemSelectionModel::NoUpdate);
        scrollTo(rowIndex(cur));
    }
    m_keptIds.clear();
    m_keptCurrent = 0;
}

void KanbanView::relayout()
{
    const QFontMetrics fm = fontMetrics();
    m_headerH = fm.height() + 18;
    m_cardH = KanbanDelegate::cardHeight(fm);
    const bool lanes = m_model && m_model->lanes() != KanbanLanes::None;
    m_laneH = lanes ? fm.height() + 14 : 0;
    const int minW = fm.horizontalAdvance(QStringLiteral("中")) * 14 + 2 * kGap;
    m_colW = std::max(minW, viewport()->width() / KanbanModel::kColumns);
    const int step = m_cardH + kGap;
    m_laneTop.clear();
    int y = 0;
    const int lanesN = m_model ? m_model->laneCount() : 0;
    for (int l = 0; l < lanesN; ++l) {
        m_laneTop << y;
        int most = 0;
        for (int c = 0; c < KanbanModel::kColumns; ++c)
            most = std::max(most, m_model->cellCount(l, c));
        y += m_laneH + kGap + std::max(1, most) * step;
    }
    m_laneTop << y;
    m_contentH = y + kGap;
    updateGeometries();
    viewport()->update();
}

int KanbanView::cellTop(int lane) const
{
    return m_laneTop.value(lane) + m_laneH + kGap;
}

QRect KanbanView::contentRect(int row) const
{
    const int lane = m_model->laneOf(row), c = m_model->columnOf(row);
    const int k = row - m_model->cellFirst(lane, c);
    return {c * m_colW + kGap, cellTop(lane) + k * (m_cardH + kGap), m_colW - 2 * kGap, m_cardH};
}

QRect KanbanView::visualRect(const QModelIndex& index) const
{
    if (!m_model || !index.isValid() || index.model() != m_model || index.row() >= m_model->rowCount())
        return {};
    return contentRect(index.row()).translated(-horizontalOffset(), m_headerH - verticalOffset());
}

int KanbanView::columnAt(int x) const
{
    const int bx = x + horizontalOffset();
    if (bx < 0 || m_colW <= 0)
        return -1;
    const int c = bx / m_colW;
    return c < KanbanModel::kColumns ? c : -1;
}

QRect KanbanView::columnRect(int column) const
{
    return {column * m_colW - horizontalOffset(), 0, m_colW, viewport()->height()};
}

QModelIndex KanbanView::indexAt(const QPoint& point) const
{
    if (!m_model || point.y() < m_headerH)
        return {};
    const int c = columnAt(point.x());
    if (c < 0)
        return {};
    const int bx = point.x() + horizontalOffset() - c * m_colW;
    const int by = point.y() - m_headerH + verticalOffset();
    if (bx < kGap || bx >= m_colW - kGap)
        return {};
    const int lane = int(std::upper_bound(m_laneTop.cbegin(), m_laneTop.cend(), by) - m_laneTop.cbegin()) - 1;
    if (lane < 0 || lane >= m_model->laneCount())
        return {};
    const int local = by - cellTop(lane), step = m_cardH + kGap;
    if (local < 0 || local % step >= m_cardH || local / step >= m_model->cellCount(lane, c))
        return {};
    return rowIndex(m_model->cellFirst(lane, c) + local / step);
}

// Calls f(row) for the cards whose cell slots meet a viewport rectangle: arithmetic per cell, so the
// cost follows what is on screen, not the number of cards.
template <typename F> void KanbanView::forEachRowIn(const QRect& viewportRect, F f) const
{
    if (!m_model || m_model->rowCount() == 0 || m_colW <= 0)
        return;
    const QRect b = viewportRect.translated(horizontalOffset(), verticalOffset() - m_headerH);
    const int step = m_cardH + kGap;
    const int c0 = std::max(0, b.left() / m_colW),
              c1 = std::min(KanbanModel::kColumns - 1, b.right() / m_colW);
    int lane = std::max(
        0, int(std::upper_bound(m_laneTop.cbegin(), m_laneTop.cend(), b.top()) - m_laneTop.cbegin()) - 1);
    for (; lane < m_model->laneCount() && m_laneTop.at(lane) <= b.bottom(); ++lane) {
        const int top = cellTop(lane);
        if (b.bottom() < top)
            continue;
        for (int c = c0; c <= c1; ++c) {
            const int n = m_model->cellCount(lane, c);
            const int from = std::max(0, (b.top() - top) / step);
            const int to = std::min(n - 1, (b.bottom() - top) / step);
            for (int k = from; k <= to; ++k)
                f(m_model->cellFirst(lane, c) + k);
        }
    }
}

void KanbanView::scrollTo(const QModelIndex& index, ScrollHint hint)
{
    const QRect r = visualRect(index);
    if (!r.isValid())
        return;
    const QRect area = viewport()->rect().adjusted(0, m_headerH, 0, 0);
    QScrollBar* v = verticalScrollBar();
    QScrollBar* h = horizontalScrollBar();
    if (hint == PositionAtCenter)
        v->setValue(v->value() + r.center().y() - area.center().y());
    else if (hint == PositionAtTop || r.top() < area.top())
        v->setValue(v->value() + r.top() - area.top() - kGap);
    else if (hint == PositionAtBottom || r.bottom() > area.bottom())
        v->setValue(v->value() + r.bottom() - area.bottom() + kGap);
    if (r.left() < area.left())
        h->setValue(h->value() + r.left() - area.left() - kGap);
    else if (r.right() > area.right())
        h->setValue(h->value() + r.right() - area.right() + kGap);
}

QModelIndex KanbanView::moveCursor(CursorAction action, Qt::KeyboardModifiers)
{
    if (!m_model || m_model->rowCount() == 0)
        return {};
    const QModelIndex cur = currentIndex();
    if (!cur.isValid())
        return rowIndex(0);
    const int row = cur.row(), lane = m_model->laneOf(row), c = m_model->columnOf(row);
    const int k = row - m_model->cellFirst(lane, c);
    auto up = [this](int r) {
        const int l = m_model->laneOf(r), col = m_model->columnOf(r);
        if (r > m_model->cellFirst(l, col))
            return r - 1;
        for (int p = l - 1; p >= 0; --p)
            if (const int n = m_model->cellCount(p, col))
                return m_model->cellFirst(p, col) + n - 1;
        return r;
    };
    auto down = [this](int r) {
        const int l = m_model->laneOf(r), col = m_model->columnOf(r);
        if (r + 1 < m_model->cellFirst(l, col) + m_model->cellCount(l, col))
            return r + 1;
        for (int q = l + 1; q < m_model->laneCount(); ++q)
            if (m_model->cellCount(q, col))
                return m_model->cellFirst(q, col);
        return r;
    };
    auto sideways = [&](int d) {
        for (int cc = c + d; cc >= 0 && cc < KanbanModel::kColumns; cc += d)
            if (const int n = m_model->cellCount(lane, cc))
                return rowIndex(m_model->cellFirst(lane, cc) + std::min(k, n - 1));
        return cur;
    };
    const int page = std::max(1, (viewport()->height() - m_headerH) / (m_cardH + kGap));
    int r = row;
    switch (action) {
    case MoveUp:
        return rowIndex(up(row));
    case MoveDown:
        return rowIndex(down(row));
    case MoveLeft:
        return sideways(-1);
    case MoveRight:
        return sideways(1);
    case MovePageUp:
        for (int i = 0; i < page; ++i)
            r = up(r);
        return rowIndex(r);
    case MovePageDown:
        for (int i = 0; i < page; ++i)
            r = down(r);
        return rowIndex(r);
    case MoveHome:
        for (int l = 0; l < m_model->laneCount(); ++l)
            if (m_model->cellCount(l, c))
                return rowIndex(m_model->cellFirst(l, c));
        return cur;
    case MoveEnd:
        for (int l = m_model->laneCount() - 1; l >= 0; --l)
            if (const int n = m_model->cellCount(l, c))
                return rowIndex(m_model->cellFirst(l, c) + n - 1);
        return cur;
    case MoveNext:
        return rowIndex(std::min(row + 1, m_model->rowCount() - 1));
    case MovePrevious:
        return rowIndex(std::max(row - 1, 0));
    }
    return cur;
}

int KanbanView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

int KanbanView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

void KanbanView::setSelection(const QRect& rect, QItemSelectionModel::SelectionFlags command)
{
    QItemSelection sel;
    const QRect r = rect.normalized();
    forEachRowIn(r, [&](int row) {
        if (visualRect(rowIndex(row)).intersects(r))
            sel.select(rowIndex(row), rowIndex(row));
    });
    selectionModel()->select(sel, command);
}

QRegion KanbanView::visualRegionForSelection(const QItemSelection& selection) const
{
    QRegion region;
    const QRect vp = viewport()->rect();
    for (const QItemSelectionRange& range : selection)
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const QRect r = visualRect(rowIndex(row));
            if (r.intersects(vp))
                region += r;
        }
    return region;
}

void KanbanView::updateGeometries()
{
    const int boardW = KanbanModel::kColumns * m_colW;
    QScrollBar* h = horizontalScrollBar();
    h->setRange(0, std::max(0, boardW - viewport()->width()));
    h->setPageStep(viewport()->width());
    h->setSingleStep(20);
    const int areaH = std::max(0, viewport()->height() - m_headerH);
    QScrollBar* v = verticalScrollBar();
    v->setRange(0, std::max(0, m_contentH - areaH));
    v->setPageStep(areaH);
    v->setSingleStep((m_cardH + kGap) / 2);
    QAbstractItemView::updateGeometries();
}

void KanbanView::scrollContentsBy(int, int)
{
    viewport()->update(); // the headers stay put: repaint rather than scroll pixels
}

void KanbanView::resizeEvent(QResizeEvent* event)
{
    QAbstractItemView::resizeEvent(event);
    relayout();
}

void KanbanView::paintEvent(QPaintEvent* event)
{
    QPainter p(viewport());
    const QRect area = event->rect();
    const QPalette& pal = palette();
    const int hOff = horizontalOffset(), vOff = verticalOffset();
    const int boardW = KanbanModel::kColumns * m_colW;
    p.fillRect(area, pal.color(QPalette::Base));
    for (int c = 0; c < KanbanModel::kColumns; ++c)
        p.fillRect(
            QRect(c * m_colW - hOff + kGap / 2, m_headerH, m_colW - kGap, viewport()->height() - m_headerH),
            pal.color(QPalette::Window));

    const bool empty = !m_model || m_model->rowCount() == 0;
    if (m_laneH > 0 && !empty) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        for (int l = 0; l < m_model->laneCount(); ++l) {
            const QRect band(-hOff, m_laneTop.at(l) - vOff + m_headerH, boardW, m_laneH);
            if (band.bottom() < area.top() || band.top() > area.bottom())
                continue;
            p.fillRect(band, pal.color(QPalette::Button));
            p.setPen(pal.color(QPalette::Mid));
            p.drawLine(band.bottomLeft(), band.bottomRight());
            p.setPen(pal.color(QPalette::ButtonText));
            const QRect label(std::max(band.left(), 0) + kGap * 2, band.top(), viewport()->width() - kGap * 4,
                              m_laneH);
            const QString text = tr("%1（%2 项）").arg(m_model->laneTitle(l)).arg(m_model->laneTotal(l));
            p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(text, Qt::ElideMiddle, label.width()));
        }
        p.setFont(font());
    }

    QStyleOptionViewItem base;
    initViewItemOption(&base);
    const QModelIndex cur = currentIndex();
    forEachRowIn(area, [&](int row) {
        const QModelIndex i = rowIndex(row);
        QStyleOptionViewItem opt = base;
        opt.rect = visualRect(i);
        if (selectionModel()->isSelected(i))
            opt.state |= QStyle::State_Selected;
        if (i == cur && hasFocus())
            opt.state |= QStyle::State_HasFocus;
        itemDelegate()->paint(&p, opt, i);
    });

    if (empty) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect().adjusted(0, m_headerH, 0, 0), Qt::AlignCenter,
                   tr("没有符合筛选条件的任务"));
    }

    // Column headers on top of everything: status and how many cards the column holds.
    const QRect header(0, 0, viewport()->width(), m_headerH);
    p.fillRect(header, pal.color(QPalette::Base));
    QFont bold = font();
    bold.setBold(true);
    for (int c = 0; c < KanbanModel::kColumns; ++c) {
        const QRect cell(c * m_colW - hOff + kGap / 2, 4, m_colW - kGap, m_headerH - 4);
        p.fillRect(cell, pal.color(QPalette::Button));
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(cell.bottomLeft(), cell.bottomRight());
        p.setPen(pal.color(QPalette::ButtonText));
        p.setFont(bold);
        const QString label = statusLabel(Status(c));
        const QRect text = cell.adjusted(kGap * 2, 0, -kGap * 2, 0);
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, label);
        p.setFont(font());
        p.drawText(text, Qt::AlignRight | Qt::AlignVCenter,
                   tr("%1 项").arg(m_model ? m_model->columnTotal(c) : 0));
    }

    if (m_dropColumn >= 0) {
        QColor fill = pal.color(QPalette::Highlight);
        fill.setAlpha(40);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(columnRect(m_dropColumn)).adjusted(kGap / 2 + 1, 1, -kGap / 2 - 1, -1), 4,
                          4);
    }
}

void KanbanView::keyPressEvent(QKeyEvent* event)
{
    // Also reached when the actions' shortcuts are not (e.g. the board has no window focus yet).
    const auto mods = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier);
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier) &&
        (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        moveSelection(event->key() == Qt::Key_Right ? 1 : -1);
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && mods == Qt::NoModifier) {
        m_open->trigger();
        event->accept();
        return;
    }
    QAbstractItemView::keyPressEvent(event);
}

void KanbanView::moveSelection(int delta)
{
    if (!m_model)
        return;
    QHash<qint64, Status> targets;
    for (const QModelIndex& i : selectionModel()->selectedIndexes()) {
        const int c = m_model->columnOf(i.row()) + delta;
        if (c >= 0 && c < KanbanModel::kColumns)
            targets.insert(m_model->idAt(i.row()), Status(c));
    }
    if (!targets.isEmpty())
        m_model->moveTasks(targets);
}

void KanbanView::startDrag(Qt::DropActions)
{
    const QModelIndexList indexes = selectedIndexes();
    if (indexes.isEmpty() || !m_model)
        return;
    QMimeData* mime = m_model->mimeData(indexes);
    if (!mime)
        return;
    const QModelIndex top = currentIndex().isValid() ? currentIndex() : indexes.first();
    const QRect r = visualRect(top);
    const qreal dpr = devicePixelRatioF();
    QPixmap pm(r.size() * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        QStyleOptionViewItem opt;
        initViewItemOption(&opt);
        opt.rect = QRect(QPoint(0, 0), r.size());
        opt.state |= QStyle::State_Selected;
        itemDelegate()->paint(&p, opt, top);
        if (indexes.size() > 1) {
            const QString n = QString::number(indexes.size());
            const QRect badge(r.width() - 30, 2, 28, fontMetrics().height() + 2);
            p.setRenderHint(QPainter::Antialiasing);
            p.setBrush(palette().color(QPalette::Highlight));
            p.setPen(Qt::NoPen);
            p.drawRoundedRect(badge, 8, 8);
            p.setPen(palette().color(QPalette::HighlightedText));
            p.drawText(badge, Qt::AlignCenter, n);
        }
    }
    auto* drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->setPixmap(pm);
    const QPoint hot = viewport()->mapFromGlobal(QCursor::pos()) - r.topLeft();
    drag->setHotSpot(QRect(QPoint(0, 0), r.size()).contains(hot) ? hot
                                                                 : QPoint(r.width() / 2, r.height() / 2));
    drag->exec(Qt::MoveAction, Qt::MoveAction);
}

void KanbanView::dragEnterEvent(QDragEnterEvent* event)
{
    if (!event->mimeData()->hasFormat(KanbanModel::mimeType())) {
        event->ignore();
        return;
    }
    m_dropColumn = columnAt(event->position().toPoint().x());
    event->setDropAction(Qt::MoveAction);
    event->accept();
    viewport()->update();
}

void KanbanView::dragMoveEvent(QDragMoveEvent* event)
{
    if (!event->mimeData()->hasFormat(KanbanModel::mimeType())) {
        event->ignore();
        return;
    }
    const QPoint pos = event->position().toPoint();
    const int c = columnAt(pos.x());
    if (c != m_dropColumn) {
        m_dropColumn = c;
        viewport()->update();
    }
    // Near the top or bottom edge the board scrolls, so a card can travel to any lane.
    const int edge = m_cardH / 2;
    if (pos.y() < m_headerH + edge)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - verticalScrollBar()->singleStep());
    else if (pos.y() > viewport()->height() - edge)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + verticalScrollBar()->singleStep());
    if (c < 0) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void KanbanView::dragLeaveEvent(QDragLeaveEvent* event)
{
    m_dropColumn = -1;
    viewport()->update();
    event->accept();
}

void KanbanView::dropEvent(QDropEvent* event)
{
    const int c = columnAt(event->position().toPoint().x());
    m_dropColumn = -1;
    viewport()->update();
    if (c >= 0 && m_model && m_model->dropMimeData(event->mimeData(), Qt::MoveAction, -1, c, QModelIndex())) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        return;
    }
    event->ignore();
}

} // namespace duban
