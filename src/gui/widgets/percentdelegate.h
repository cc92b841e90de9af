#pragma once

#include <QStyledItemDelegate>

namespace duban {

// Draws a task's percent done as a thin bar under the number, coloured by its due state.
class PercentDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace duban
