#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace duban {

// Edits a "A、B、C" unit list in a line edit that completes the unit being typed from known names.
class UnitListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit UnitListDelegate(QObject* parent = nullptr) : QStyledItemDelegate(parent) {}
    void setUnitNames(const QStringList& names) { m_names = names; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;

private:
    QStringList m_names;
};

} // namespace duban
