#include "gui/datedelegate.h"

#include "core/clock.h"

#include <QCalendarWidget>
#include <QDateEdit>

namespace duban {

QWidget* DateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QStringLiteral("dateEditor"));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(noDate());
    edit->setSpecialValueText(tr("无"));
    return edit;
}

void DateDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* edit = static_cast<QDateEdit*>(editor);
    const QDate d = index.data(Qt::EditRole).toDate();
    edit->setDate(d.isValid() ? d : noDate());
    if (!d.isValid())
        edit->calendarWidget()->setSelectedDate(Clock::today());
}

void DateDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    const QDate d = static_cast<QDateEdit*>(editor)->date();
    model->setData(index, d == noDate() ? QDate() : d, Qt::EditRole);
}

} // namespace duban
