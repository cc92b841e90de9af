#pragma once

#include "core/duestate.h"
#include "core/status.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace duban {

// A task as every reader sees it: the task list, the detail panel, the table, overdue, Gantt and kanban
// views, the ledger, the weekly report and duban-cli. The store's queries fill it; a view that needs more
// holds one of these beside its own extra (TaskDetails, GanttTask, LedgerRow, the kanban card), never a
// copy of its fields. due/pace/daysOverdue/daysLeft are derived for the query's as-of day and rules.
struct TaskRecord
{
    qint64 id = 0;
    QString title;
    QString text;          // the task as the directive printed it (工作目标)
    QStringList section;   // headings above it in the directive
    QString kind;          // "inline" / "table_row"
    QStringList leadUnits; // canonical names
    QStringList coUnits;
    QDate deadline;
    QString deadlineText; // the deadline as printed ("6月底前"); may stand alone without a date
    QDate startDate;
    QDate originalDeadline; // before the first approved 延期; invalid = never extended
    Status status = Status::NotStarted;
    int percent = 0;
    qint64 directiveId = 0;
    QString directive;              // title
    QString docNumber;              // 文号
    int lineStart = 0, lineEnd = 0; // source lines in the directive's text
    QStringList targets;
    QDateTime created;
    QDateTime updated;
    QDateTime retired; // invalid unless a revision dropped the task
    int version = 0;   // bumped by every write: what an edit made on this record is based on
    DueState due = DueState::NoDeadline;
    Pace pace = Pace::NotApplicable;
    int daysOverdue = 0; // > 0 when overdue
    int daysLeft = 0;    // days to the deadline when it is today or later

    // Sets due, pace, daysOverdue and daysLeft for the day and rules a view or report uses; by the
    // original deadline (rules.byOriginalDeadline) deadline becomes the original one first.
    void derive(const QDate& asOf, const DueRules& rules);
};

} // namespace duban
