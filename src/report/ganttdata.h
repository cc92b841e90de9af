#pragma once

#include "core/duestate.h"
#include "core/status.h"
#include "store/taskrecord.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace duban {

class Repository;
struct DirectiveRecord;
struct StoreError;

// One bar of the Gantt chart: a live task and the day its bar begins.
struct GanttTask : TaskRecord
{
    QDate start; // the task's own start date, else its directive's date; never after the deadline

    bool isMilestone() const { return deadline.isValid() && start == deadline; }
    bool isOpenEnded() const { return !deadline.isValid(); }
    QDate end() const { return deadline.isValid() ? deadline : start; } // last day with a known date
};

// A group row: the tasks of one directive or one lead unit, with the summary bar over them.
struct GanttGroup
{
    QString label;
    QString detail; // the directive's document number, empty for units
    QList<GanttTask> tasks;
    QDate start, end;       // earliest start, latest end over the tasks
    bool openEnded = false; // some task has no deadline
    int percent = 0;        // mean of the tasks' percent
    int overdue = 0;        // tasks overdue
};

enum class GanttGrouping { Directive, LeadUnit };

struct GanttData
{
    QList<GanttGroup> groups;
    QDate first, last; // extent of every bar (open-ended ones count with their start)
    int taskCount() const;
};

// A task as the chart draws it: start falls back to the directive's date and is clamped to the deadline.
GanttTask ganttTask(const TaskRecord& item, const QDate& directiveDate);
// Groups tasks (a task with several lead units appears under each; none: under “未定牵头单位”).
// Directive groups follow directiveOrder (ids); unit groups are sorted by name. Tasks in a group run by
// start, then deadline.
GanttData groupGanttTasks(const QList<GanttTask>& tasks, GanttGrouping grouping,
                          const QList<DirectiveRecord>& directives);
// Every live task in the store, due states on asOf under rules.
GanttData loadGanttData(Repository& repo, GanttGrouping grouping, const QDate& asOf, const DueRules& rules,
                        StoreError* error = nullptr);

// The chart after another desk changed `ids`: those tasks read again (with the directives, for their
// groups and start dates), every other task kept from `held`; grouped as loadGanttData would.
GanttData refreshGanttData(Repository& repo, const GanttData& held, const QList<qint64>& ids,
                           GanttGrouping grouping, const QDate& asOf, const DueRules& rules,
                           StoreError* error = nullptr);

} // namespace duban
