#include "gui/widgets/datedelegate.h"

#include "gui/widgets/datefield.h"

namespace duban {

QWidget* DateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* edit = new DateField(parent);
    edit->setObjectName(QStringLiteral("dateEditor"));
    edit->setEmptyAllowed(true);
    edit->setPlaceholderText(tr("无"));
    return edit;
}

void DateDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* edit = static_cast<DateField*>(editor);
    edit->setDate(index.data(Qt::EditRole).toDate());
    edit->selectAll(); // typing replaces the date, as in any cell
}

void DateDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* edit = static_cast<DateField*>(editor);
    edit->commit();
    if (!edit->isAcceptable())
        return; // text that is not a date never becomes one; the cell keeps its date
    if (edit->date() != index.data(Qt::EditRole).toDate())
        model->setData(index, edit->date(), Qt::EditRole);
}

} // namespace duban
