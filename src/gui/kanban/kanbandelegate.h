#pragma once

#include <QHash>
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

private:
    // A card's text as laid out for a width: wrapping and eliding cost more than painting, and a
    // scrolled board paints the same cards again and again.
    struct Lines
    {
        QString title, lead, due;
        int width = 0;
        bool overdue = false;
        QString line1, line2, leadElided;
        int dueWidth = 0;
    };
    const Lines& linesFor(const QModelIndex& index, const QStyleOptionViewItem& option, int width) const;
    mutable QHash<qint64, Lines> m_lines;
};

} // namespace duban
