#include "gui/import/reviewmodel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QRegularExpression>
#include <QStyle>
#include <algorithm>

namespace duban {

ReviewModel::ReviewModel(const UnitDirectory& units, QObject* parent)
    : QAbstractTableModel(parent), m_units(units)
{
}

void ReviewModel::setDrafts(const QList<TaskDraft>& drafts)
{
    beginResetModel();
    m_drafts = drafts;
    m_changes.clear();
    endResetModel();
}

void ReviewModel::setChangeKinds(const QList<ChangeKind>& kinds)
{
    m_changes = kinds;
    if (!m_drafts.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<TaskDraft> ReviewModel::draftsAt(const QList<int>& rows) const
{
    QList<TaskDraft> out;
    for (int r : rows)
        if (r >= 0 && r < m_drafts.size())
            out.append(m_drafts.at(r));
    return out;
}

void ReviewModel::removeDrafts(QList<int> rows)
{
    // Highest first, so earlier indexes stay valid while removing.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int r : rows) {
        if (r < 0 || r >= m_drafts.size())
            continue;
        beginRemoveRows({}, r, r);
        m_drafts.removeAt(r);
        if (r < m_changes.size())
            m_changes.removeAt(r);
        endRemoveRows();
    }
}

QList<QPair<QString, QString>> ReviewModel::unknownUnits(int row) const
{
    QList<QPair<QString, QString>> out;
    const TaskDraft& d = m_drafts.at(row);
    for (const QString& u : d.units)
        if (!m_units.isKnown(u))
            out.append({u, m_units.suggest(u)});
    return out;
}

int ReviewModel::unknownUnitCount() const
{
    int n = 0;
    for (int r = 0; r < m_drafts.size(); ++r)
        n += unknownUnits(r).isEmpty() ? 0 : 1;
    return n;
}

int ReviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

int ReviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString changeLabel(ReviewModel::ChangeKind k)
{
    switch (k) {
    case ReviewModel::ChangeKind::New:
        return ReviewModel::tr("新增");
    case ReviewModel::ChangeKind::Changed:
        return ReviewModel::tr("变更");
    case ReviewModel::ChangeKind::Unchanged:
        return ReviewModel::tr("未变");
    }
    return {};
}

QVariant ReviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskDraft& d = m_drafts.at(index.row());
    const ChangeKind change = index.row() < m_changes.size() ? m_changes.at(index.row()) : ChangeKind::New;
    const int column = index.column();
    const bool unitColumn = column == LeadUnits || column == CoUnits;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case Title:
            return d.title;
        case LeadUnits:
            return joinUnits(d.leadUnits);
        case CoUnits:
            return joinUnits(d.coUnits);
        case Deadline:
            if (role == Qt::EditRole)
                return d.deadline;
            return d.deadline.isValid() ? d.deadline.toString(Qt::ISODate)
                                        : (d.deadlineText.isEmpty() ? tr("无") : d.deadlineText);
        case Targets:
            return d.targets.join(QStringLiteral("；"));
        case Change:
            return changeLabel(change);
        case Directive:
            return d.directive.docNumber.isEmpty() ? d.directive.title.left(24) : d.directive.docNumber;
        }
        break;
    case Qt::ToolTipRole: {
        if (unitColumn) {
            QStringList lines;
            const QStringList& list = column == LeadUnits ? d.leadUnits : d.coUnits;
            for (const QString& u : list) {
                if (m_units.isKnown(u))
                    continue;
                const QString s = m_units.suggest(u);
                lines << (s.isEmpty() ? tr("未识别的单位：%1").arg(u)
                                      : tr("未识别的单位：%1，是否为“%2”？").arg(u, s));
            }
            if (!lines.isEmpty())
                return lines.join(u'\n');
        }
        if (column == Title)
            return d.text;
        if (column == Directive)
            return d.directive.docNumber.isEmpty()
                       ? d.directive.title
                       : tr("%1（%2）").arg(d.directive.title, d.directive.docNumber);
        if (column == Deadline && !d.deadlineText.isEmpty())
            return tr("原文：%1").arg(d.deadlineText);
        return {};
    }
    case Qt::DecorationRole:
        if (unitColumn) {
            const QStringList& list = column == LeadUnits ? d.leadUnits : d.coUnits;
            for (const QString& u : list)
                if (!m_units.isKnown(u))
                    return qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::BackgroundRole:
        if (unitColumn) {
            const QStringList& list = column == LeadUnits ? d.leadUnits : d.coUnits;
            for (const QString& u : list)
                if (!m_units.isKnown(u))
                    return QBrush(QColor(0xff, 0xf3, 0xcd)); // amber: needs a look
        }
        if (column == Change && change == ChangeKind::Changed)
            return QBrush(QColor(0xdb, 0xea, 0xfe));
        return {};
    case LinesRole:
        return QVariant::fromValue(QPair<int, int>(d.lineStart, d.lineEnd));
    case UnknownUnitsRole: {
        QStringList names;
        for (const auto& p : unknownUnits(index.row()))
            names << p.first;
        return names;
    }
    case ChangeRole:
        return int(change);
    }
    return {};
}

bool ReviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    TaskDraft& d = m_drafts[index.row()];
    switch (index.column()) {
    case Title: {
        const QString t = value.toString().trimmed();
        if (t.isEmpty())
            return false;
        d.title = t;
        break;
    }
    case LeadUnits:
        d.leadUnits = splitUnits(value.toString());
        refreshUnits(d);
        break;
    case CoUnits:
        d.coUnits = splitUnits(value.toString());
        refreshUnits(d);
        break;
    case Deadline: {
        const QDate date = value.toDate();
        d.deadline = date.isValid() ? date : QDate();
        break; // deadlineText stays the source's wording (原文), whatever date the reviewer settles on
    }
    case Targets: {
        QStringList t =
            value.toString().split(QRegularExpression(QStringLiteral("[；;\\n]")), Qt::SkipEmptyParts);
        for (QString& s : t)
            s = s.trimmed();
        t.removeAll(QString());
        d.targets = t;
        break;
    }
    default:
        return false;
    }
    // Unit edits change the flag decoration of both unit columns.
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

QVariant ReviewModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (o == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Title:
        return tr("任务");
    case LeadUnits:
        return tr("牵头单位");
    case CoUnits:
        return tr("配合单位");
    case Deadline:
        return tr("完成时限");
    case Targets:
        return tr("目标");
    case Change:
        return tr("变化");
    case Directive:
        return tr("文号");
    }
    return {};
}

Qt::ItemFlags ReviewModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != Change && index.column() != Directive)
        f |= Qt::ItemIsEditable;
    return f;
}

QStringList ReviewModel::splitUnits(const QString& text)
{
    QStringList out;
    for (QString s : text.split(QRegularExpression(QStringLiteral("[、，,；;\\n]")), Qt::SkipEmptyParts)) {
        s = s.trimmed();
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    return out;
}

QString ReviewModel::joinUnits(const QStringList& units)
{
    return units.join(QStringLiteral("、"));
}

void ReviewModel::refreshUnits(TaskDraft& d) const
{
    d.units = d.leadUnits;
    for (const QString& u : d.coUnits)
        if (!d.units.contains(u))
            d.units << u;
    d.unitsCanonical.clear();
    for (const QString& u : d.units)
        d.unitsCanonical << m_units.canonical(u);
    d.inheritedUnits.erase(std::remove_if(d.inheritedUnits.begin(), d.inheritedUnits.end(),
                                          [&](const QString& u) { return !d.units.contains(u); }),
                           d.inheritedUnits.end());
}

} // namespace duban
