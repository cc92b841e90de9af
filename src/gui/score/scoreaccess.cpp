#include "gui/score/scoreaccess.h"

namespace duban::StoreAccess {

QList<UnitScore> scores(Repository& repo, const ScorePeriod& period, const ScoreRule& rule, QString* error)
{
    StoreError e;
    QList<UnitScore> out = repo.computeScores(period, rule, &e);
    if (e.isError() && error)
        *error = e.message;
    return out;
}

QList<ScoreRun> scoreRuns(Repository& repo)
{
    return repo.scoreRuns();
}

QList<TaskRecord> reminders(Repository& repo, const QDate& asOf, const DueRules& rules)
{
    return repo.reminders(asOf, rules);
}

} // namespace duban::StoreAccess
