// Maps the overdue view's needs onto the store's repository API (src/store/repository.h).
#include "gui/overdue/warningaccess.h"

#include "gui/load/backgroundload.h"
#include "store/repository.h"

#include <QtConcurrent/QtConcurrentRun>

namespace duban::StoreAccess {

namespace {

TaskFilter groupFilter(DueState group, const QDate& asOf, const DueRules& rules, std::optional<Pace> pace)
{
    TaskFilter f;
    f.due = group;
    f.asOf = asOf;
    f.dueSoonDays = rules.dueSoonDays;
    f.pace = pace;
    f.paceTolerance = rules.paceTolerance;
    f.byOriginalDeadline = rules.byOriginalDeadline;
    return f;
}

} // namespace

int countWarningTasks(Repository& repo, DueState group, const QDate& asOf, const DueRules& rules,
                      std::optional<Pace> pace)
{
    return std::max(0, repo.countTasks(groupFilter(group, asOf, rules, pace)));
}

QList<TaskRecord> warningTasks(Repository& repo, DueState group, const QDate& asOf, const DueRules& rules,
                               int offset, int limit, std::optional<Pace> pace)
{
    QList<TaskRecord> out = repo.tasks(groupFilter(group, asOf, rules, pace), {}, offset, limit);
    // The store derives pace with the default tolerance; the view uses the configured one.
    for (TaskRecord& t : out)
        t.derive(asOf, rules);
    return out;
}

int countBehindPace(Repository& repo, const QDate& asOf, const DueRules& rules)
{
    TaskFilter f;
    f.asOf = asOf;
    f.byOriginalDeadline = rules.byOriginalDeadline;
    return std::max(0, repo.countBehindPace(f, rules.paceTolerance));
}

QHash<qint64, QList<LateSign>> lateSignsWithin(Repository& repo, const QDate& asOf, int signWorkingDays)
{
    return repo.lateSigns(asOf, signWorkingDays);
}

WarningCounts warningCounts(Repository& repo, const QDate& asOf, const DueRules& rules)
{
    const WarningFigures f = repo.warningFigures(asOf, rules);
    return {f.overdue, f.dueSoon, f.notOverdue - f.dueSoon, f.noDeadline, f.behind};
}

bool unitFiguresKept(Repository& repo, const QDate& asOf, const DueRules& rules)
{
    return repo.unitSummariesKept(asOf, rules);
}

void keepUnitFigures(Repository& repo, const QDate& asOf, const DueRules& rules)
{
    // Counting a day reads every link: on a connection of its own in a worker, not on the GUI thread.
    const auto opener = BackgroundLoad::isInline() ? nullptr : repo.writerOpener();
    if (!opener) {
        repo.unitSummaries(asOf, rules);
        return;
    }
    (void)QtConcurrent::run([opener, asOf, rules] {
        if (std::unique_ptr<Repository> own = opener(nullptr))
            own->unitSummaries(asOf, rules);
    });
}

QList<UnitWarningInfo> unitWarnings(Repository& repo, const QDate& asOf, const DueRules& rules)
{
    QList<UnitWarningInfo> out;
    for (const UnitSummary& w : repo.unitSummaries(asOf, rules))
        out << UnitWarningInfo{w.unitId,  w.name, w.total,      w.overdue,
                               w.dueSoon, w.done, w.behindPace, w.completionPercent()};
    return out;
}

} // namespace duban::StoreAccess
