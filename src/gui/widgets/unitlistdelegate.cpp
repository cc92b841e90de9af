#include "gui/widgets/unitlistdelegate.h"

#include <QCompleter>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>

namespace duban {

namespace {
// Completes only the last unit of the list: "市财政局、市发" offers 市发展和改革委员会 and keeps the rest.
class LastUnitCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QStringList splitPath(const QString& path) const override
    {
        const int cut = lastSeparator(path);
        return {path.mid(cut + 1).trimmed()};
    }
    QString pathFromIndex(const QModelIndex& index) const override
    {
        const auto* edit = qobject_cast<const QLineEdit*>(widget());
        const QString text = edit ? edit->text() : QString();
        return text.left(lastSeparator(text) + 1) + index.data().toString();
    }

private:
    static int lastSeparator(const QString& s)
    {
        static const QRegularExpression sep(QStringLiteral("[、，,；;]"));
        return int(s.lastIndexOf(sep));
    }
};
} // namespace

QWidget* UnitListDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    QWidget* w = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* edit = qobject_cast<QLineEdit*>(w); edit && !m_names.isEmpty()) {
        auto* completer = new LastUnitCompleter(new QStringListModel(m_names, edit), edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
        edit->setPlaceholderText(tr("用顿号“、”分隔多个单位"));
    }
    return w;
}

} // namespace duban
