#pragma once

#include "core/status.h"

#include <QDate>
#include <QString>

namespace duban {

// Traffic-light state of a task on a given day. Derived, never stored.
enum class DueState { NoDeadline, OnTrack, DueSoon, Overdue, Done, Suspended };

// 序时进度: percent done against the share of the task's time already elapsed.
enum class Pace { NotApplicable, Behind, OnPace, Ahead };

struct DueRules
{
    int dueSoonDays = 7;   // a deadline within this many days (inclusive) is "due soon"
    int paceTolerance = 5; // percentage points either side of the time share that count as on pace
    // 按原定时间: a task extended by an approved 延期 is judged by the deadline it had before (offices
    // assess by it); false judges by the current one. A view's or report's choice, never a saved setting.
    bool byOriginalDeadline = false;
};

DueState dueState(Status status, const QDate& deadline, const QDate& asOf, const DueRules& rules = {});
int daysOverdue(const QDate& deadline, const QDate& asOf); // 0 when not overdue

// Expected percent done on asOf for a task running from start to deadline (0..100), or -1 when undefined.
int expectedPercent(const QDate& start, const QDate& deadline, const QDate& asOf);
Pace pace(Status status, int percent, const QDate& start, const QDate& deadline, const QDate& asOf,
          const DueRules& rules = {});

QString dueStateKey(DueState s);
QString dueStateLabel(DueState s);
QString paceKey(Pace p);
QString paceLabel(Pace p);

} // namespace duban
