#pragma once

#include "core/duestate.h"
#include "core/workflow.h"
#include "report/reportperiod.h"
#include "store/repository.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace duban {

// What a weekly supervision report (督查周报) covers and how it is headed.
struct ReportOptions
{
    QString title;  // empty: 督查周报; also the series its issue numbers count in
    QString office; // the issuing office, e.g. 市政府督查室
    ReportPeriod period;
    QDate asOf;                 // invalid: the period's last day, or today while the period runs
    QDate issued;               // the date printed under the title; invalid: today
    QList<qint64> directiveIds; // empty: every directive
    QStringList units;          // empty: every unit; else tasks these units lead or share
    QString requirements;       // 工作要求, written by the office before printing
    DueRules rules;
    bool scoring = false; // an optional 考评 section: the units ranked for the period under scoreRule
    ScoreRule scoreRule;
    bool byOriginalDeadline = false; // judge extended tasks by their original deadline (按原定时间)
    QColor overdueColor = QColor(0xc6, 0x28, 0x28), behindColor = QColor(0xef, 0x8f, 0x00),
           onTrackColor = QColor(0x3f, 0x8f, 0x4f), doneColor = QColor(0x4a, 0x6f, 0xa5);
    QString chaseNames[kChaseLevels]; // the palette's names of the 催办 levels; empty = the default
    QString chaseName(int level) const;
};

// Live tasks in scope, sorted into the categories 督查通报 report on, on one day.
struct ReportFigures
{
    int total = 0, done = 0, inProgress = 0, notStarted = 0, suspended = 0;
    int overdue = 0, dueSoon = 0;          // open tasks past / within rules.dueSoonDays of their deadline
    int ahead = 0, onPace = 0, behind = 0; // open, not overdue, by 序时进度
    int noDeadline = 0;                    // open, not overdue, without a deadline to pace against
    double completionRate() const { return total > 0 ? 100.0 * done / total : 0.0; }
};

struct ReportUnitLine
{
    QString unit; // lead unit
    int tasks = 0, done = 0, inProgress = 0, overdue = 0, behind = 0;
    QList<qint64> laggingIds; // overdue or behind pace, overdue first
    double completionRate() const { return tasks > 0 ? 100.0 * done / tasks : 0.0; }
};

struct ReportTaskLine
{
    qint64 id = 0;
    QString title;
    QString leadUnits; // joined with 、
    QDate deadline;
    QString deadlineText;
    int daysOverdue = 0;
    int percent = 0;
    Status status = Status::NotStarted;
    QDate noteDate; // latest progress note up to the as-of day
    QString note;
    QDate doneOn; // tasks completed in the period
};

struct ReportNote
{
    QDate date;
    qint64 taskId = 0;
    QString title;
    QString unit;
    QString text;
    int percent = -1;
};

struct WeeklyReport
{
    ReportOptions options; // resolved: title, asOf and issued filled in
    int number = 0;        // 第N期
    ReportFigures current;
    ReportFigures previous; // on the same weekday of the previous period, statuses from the audit trail
    int completedInPeriod = 0;
    QList<ReportUnitLine> units;   // every lead unit in scope, most overdue first
    QList<ReportUnitLine> lagging; // units with overdue or behind-pace tasks
    QList<ReportTaskLine> overdue; // longest overdue first
    QList<ReportTaskLine> dueNext; // open, due soon on asOf (the dueSoon figure's tasks, the same rule)
    QDate dueNextTo;
    QList<ReportTaskLine> completed; // set to done within the period
    QList<ReportNote> notes;         // progress notes dated within the period
    QList<UnitScore> scores;         // options.scoring: the 考评 ranking as of asOf (units in scope)
};

QString defaultReportTitle(); // 督查周报

// Reads the report's data. number: 0 peeks the store's next issue number without recording it;
// issue = true records the issue (re-issuing a period keeps its number).
std::optional<WeeklyReport> buildWeeklyReport(Repository& repo, const ReportOptions& options, bool issue,
                                              const QString& by, StoreError* error);

} // namespace duban
