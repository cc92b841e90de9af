#pragma once

#include <QDate>
#include <QStyledItemDelegate>

namespace duban {

// Edits a QDate cell with a calendar popup. The earliest date reads "无" and stands for no deadline,
// because a QDateEdit has no empty state of its own.
class DateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static QDate noDate() { return {2000, 1, 1}; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace duban
