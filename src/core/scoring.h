#pragma once

// 考评: the figures a period gives each unit and the office's rule that turns them into a score and a
// ranking. Pure: the store hands over what the audit trail, the progress log and the events say, this
// replays them for an as-of day, so the same inputs and rule always give the same ranking.
#include "core/status.h"
#include "core/workflow.h" // kChaseLevels, workingDaysAfter

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <array>

namespace duban {

// The office's rule. Rates earn their weight in points (a rate with nothing to judge earns it in full:
// a unit with no task due cannot have been late); deductions are per task, per day, per chaser.
struct ScoreRule
{
    double onTimeWeight = 60;         // × on-time completion rate (按原定时间)
    double signWeight = 20;           // × 签收 on-time rate
    double reportWeight = 20;         // × share of the unit's tasks with a progress report in the period
    double overdueTaskDeduction = 2;  // per task overdue (open past its deadline, or done late)
    double overdueDayDeduction = 0.1; // per day overdue, summed over those tasks
    std::array<double, kChaseLevels> chaseDeduction{0.5, 1, 2}; // per 催办 received, by level
    int signWorkingDays = 3;     // 签收 on time: within this many working days (Mon–Fri) of 交办
    bool includeCoUnits = false; // false: a task counts for its lead units (牵头) only

    QJsonObject toJson() const;
    // Missing or invalid members keep the defaults, so a rule saved by an older version still reads.
    static ScoreRule fromJson(const QJsonObject& o);
    bool operator==(const ScoreRule&) const = default;
};

// --- what the store gives for each task (everything recorded up to now; the replay cuts at the as-of day)

struct DatedValue
{
    QDate on; // the day the change was recorded (audit `at`, local date)
    QString oldValue, newValue;
};

struct ScoreEvent
{
    QString kind;      // task_events.kind: assign, sign, chase, extend_approve, …
    qint64 unitId = 0; // 0 = the task as a whole (every unit it counts for)
    QDate on;
    int level = 0; // chase
};

struct ScoreTaskInput
{
    qint64 id = 0;
    QList<qint64> leadUnits, coUnits;
    QDate created; // local date
    QDate retired; // invalid = live (cancelled or dropped by a revision on that day otherwise)
    Status status = Status::NotStarted; // now
    QDate deadline;                     // now
    QDate originalDeadline;             // before the first approved 延期; invalid = never extended
    QList<DatedValue> statusChanges;    // oldest first; values are statusKey()s
    QList<DatedValue> deadlineChanges;  // oldest first; values are ISO dates or empty
    QList<QDate> reports;               // progress notes' dates (on_date)
    QList<ScoreEvent> events;           // oldest first
};

struct ScoreUnit
{
    qint64 id = 0;
    QString name;
};

struct ScorePeriod
{
    QDate from, to; // inclusive
    QDate asOf;     // the day the state is replayed to; invalid = to
    QDate effectiveAsOf() const { return asOf.isValid() ? asOf : to; }
};

// One unit's figures for a period, as of a day. Definitions (also in docs/scoring.md):
//   tasks        the unit's tasks that existed on the as-of day, were not cancelled or retired by then and
//                were not already done before the period began
//   due          those whose judged deadline (原定时间: the original deadline when an approved 延期 moved it,
//                else the deadline as of the day) falls in the period, not after the as-of day
//   doneOnTime   of those, the ones done (status as of the day) on or before the judged deadline
//   overdue      tasks open on the as-of day past their deadline as of the day, plus tasks done in the
//                period after it; overdueDays sums the days (to the as-of day, or to the day done)
//   assigned     交办 in the period whose 签收 window has closed or that were signed; signedOnTime within
//                the rule's working days
//   reported     tasks with a progress note dated in the period; reports counts the notes
//   chases       催办 received in the period, by level
struct UnitFigures
{
    qint64 unitId = 0;
    QString name;
    int tasks = 0, due = 0, doneOnTime = 0, overdue = 0, overdueDays = 0;
    int assigned = 0, signedOnTime = 0, reported = 0, reports = 0;
    std::array<int, kChaseLevels> chases{0, 0, 0};
    int chaseTotal() const { return chases[0] + chases[1] + chases[2]; }
};

struct UnitScore
{
    UnitFigures figures;
    double onTimeRate = 1, signRate = 1, reportRate = 1; // 0..1
    double points = 0;                                   // before deductions
    double deductions = 0;                               // positive
    double score = 0; // points - deductions, not below 0, rounded to 2 decimals
    int rank = 0;     // 1 = best; equal scores share a rank (1, 1, 3)
};

// Working days: core/workflow.h workingDaysAfter (the 签收 clock the workflow flags by).

// The task's status / deadline at the end of `day`, replayed from its recorded changes.
Status statusOn(const ScoreTaskInput& t, const QDate& day);
QDate deadlineOn(const ScoreTaskInput& t, const QDate& day);
// The day the task last became done, if it is done at the end of `day`; invalid otherwise.
QDate doneOn(const ScoreTaskInput& t, const QDate& day);
// 原定时间 as of `day`: the original deadline once an approved 延期 recorded by then moved it.
QDate judgedDeadline(const ScoreTaskInput& t, const QDate& day);

QList<UnitFigures> unitFigures(const QList<ScoreTaskInput>& tasks, const QList<ScoreUnit>& units,
                               const ScorePeriod& period, const ScoreRule& rule);
// Best first (score, then name); units without a task in the period are left out.
QList<UnitScore> scoreUnits(const QList<UnitFigures>& figures, const ScoreRule& rule);

QJsonObject scoresToJson(const QList<UnitScore>& scores);
QList<UnitScore> scoresFromJson(const QJsonObject& o);

} // namespace duban
