#pragma once

#include "core/workflow.h"

#include <QAbstractTableModel>
#include <QColor>

namespace duban {

// A task's 督办 steps, oldest first, for the timeline in the detail panel: date, step, unit, note and who
// recorded it. A 催办 row is tinted by its level (提醒 蓝 / 催办 黄 / 通报 红 by default).
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Step, Unit, Note, By, ColumnCount };
    explicit TimelineModel(QObject* parent = nullptr);
    void setEvents(const QList<TaskEvent>& events);
    const QList<TaskEvent>& events() const { return m_events; }
    // What a step's row says besides its note: the level and notice, the deadline asked or granted.
    static QString stepText(const TaskEvent& e);

    int rowCount(const QModelIndex& p = {}) const override;
    int columnCount(const QModelIndex& p = {}) const override;
    QVariant data(const QModelIndex& i, int role = Qt::DisplayRole) const override;
    QVariant headerData(int s, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<TaskEvent> m_events;
};

} // namespace duban
