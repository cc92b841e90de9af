#pragma once

#include <QStyledItemDelegate>

namespace duban {

// Paints one kanban card from KanbanModel's roles: a due-state stripe and tint (WarningPalette), the
// title on up to two lines (elided), then the lead unit and the deadline or days overdue.
class KanbanDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static int cardHeight(const QFontMetrics& fm); // every card has this height: the view never measures
    static constexpr int kStripeWidth = 5;
    // The colour the card's stripe is painted in (the palette's strong colour for its due state).
    static QColor stripeColor(const QModelIndex& index, const QPalette& palette);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace duban
