#include "gui/workflow/timelinemodel.h"

#include "palette/warningpalette.h"

namespace duban {

TimelineModel::TimelineModel(QObject* parent) : QAbstractTableModel(parent) {}

void TimelineModel::setEvents(const QList<TaskEvent>& events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

QString TimelineModel::stepText(const TaskEvent& e)
{
    switch (e.kind) {
    case EventKind::Chase:
        return tr("%1（%2）%3")
            .arg(eventKindLabel(e.kind), WarningPalette::current().chaseName(e.level), e.noticeNo);
    case EventKind::ExtendRequest:
    case EventKind::ExtendApprove:
        return tr("%1：延至 %2").arg(eventKindLabel(e.kind), e.deadline.toString(Qt::ISODate));
    default:
        return eventKindLabel(e.kind);
    }
}

int TimelineModel::rowCount(const QModelIndex& p) const
{
    return p.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex& p) const
{
    return p.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& i, int role) const
{
    if (!checkIndex(i, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskEvent& e = m_events.at(i.row());
    if (role == Qt::BackgroundRole && e.kind == EventKind::Chase)
        return WarningPalette::current().chaseTint(e.level);
    if (role == Qt::UserRole)
        return e.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (i.column()) {
    case Date:
        return e.onDate.toString(Qt::ISODate);
    case Step:
        return stepText(e);
    case Unit:
        return e.unit;
    case Note:
        return e.text;
    case By:
        return e.by;
    }
    return {};
}

QVariant TimelineModel::headerData(int s, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(s, o, role);
    switch (s) {
    case Date:
        return tr("日期");
    case Step:
        return tr("步骤");
    case Unit:
        return tr("单位");
    case Note:
        return tr("说明");
    case By:
        return tr("记录人");
    }
    return {};
}

} // namespace duban
