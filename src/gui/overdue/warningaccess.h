#pragma once

#include "core/duestate.h"
#include "core/status.h"
#include "core/workflow.h"
#include "store/taskrecord.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace duban {

class Repository;

// The overdue view's part of the GUI's door to the store (see storeaccess.h): tasks of one traffic-light
// group on an as-of date, paged in SQL, and the per-unit warning figures.
namespace StoreAccess {

// Open tasks in `group` (Overdue, DueSoon, OnTrack, NoDeadline) on asOf, oldest deadline first; with a pace,
// only those at that 序时进度 (rules.paceTolerance).
int countWarningTasks(Repository& repo, DueState group, const QDate& asOf, const DueRules& rules,
                      std::optional<Pace> pace = {});
// Due state, pace and days are derived on asOf under rules.
QList<TaskRecord> warningTasks(Repository& repo, DueState group, const QDate& asOf, const DueRules& rules,
                               int offset, int limit, std::optional<Pace> pace = {});
int countBehindPace(Repository& repo, const QDate& asOf, const DueRules& rules);

// Late 签收 on asOf within signWorkingDays (the palette's window, taken on the GUI thread).
QHash<qint64, QList<LateSign>> lateSignsWithin(Repository& repo, const QDate& asOf, int signWorkingDays);

// The header figures, from the one query the weekly report and duban-cli use too
// (Repository::warningFigures; definitions in store/repository.h).
struct WarningCounts
{
    int overdue = 0, dueSoon = 0, onTrack = 0, noDeadline = 0, behind = 0;
};
WarningCounts warningCounts(Repository& repo, const QDate& asOf, const DueRules& rules);

struct UnitWarningInfo
{
    qint64 id = 0;
    QString name;
    int total = 0, overdue = 0, dueSoon = 0, done = 0, behindPace = 0;
    int completionPercent = 0;
};
// Ranked: most overdue first, then most due soon, then by name.
QList<UnitWarningInfo> unitWarnings(Repository& repo, const QDate& asOf, const DueRules& rules);
// Whether the day's unit figures are kept (Repository::unitSummariesKept); keepUnitFigures() counts and keeps
// them on a connection of its own that may write, in a worker (at once when loads run inline).
bool unitFiguresKept(Repository& repo, const QDate& asOf, const DueRules& rules);
void keepUnitFigures(Repository& repo, const QDate& asOf, const DueRules& rules);

} // namespace StoreAccess
} // namespace duban
