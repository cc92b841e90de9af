#include "gui/widgets/percentdelegate.h"

#include "core/duestate.h"
#include "gui/tasks/tasktablemodel.h"

#include <QPainter>

namespace duban {

void PercentDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const int percent = std::clamp(index.data(TaskTableModel::PercentRole).toInt(), 0, 100);
    const auto due = DueState(index.data(TaskTableModel::DueStateRole).toInt());
    const QRect r = option.rect.adjusted(4, option.rect.height() - 5, -4, -2);
    painter->save();
    painter->fillRect(r, QColor(0xe5, 0xe7, 0xeb));
    QColor fill(0x16, 0xa3, 0x4a);
    if (due == DueState::Overdue)
        fill = QColor(0xdc, 0x26, 0x26);
    else if (due == DueState::DueSoon)
        fill = QColor(0xd9, 0x77, 0x06);
    painter->fillRect(QRect(r.left(), r.top(), r.width() * percent / 100, r.height()), fill);
    painter->restore();
}

} // namespace duban
