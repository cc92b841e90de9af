#pragma once

#include "core/duestate.h"
#include "core/scoring.h"
#include "store/repository.h"

#include <QList>
#include <QString>

namespace duban {

// The 考评 page's and the reminders' part of the GUI's door to the store (see storeaccess.h). Publishing
// a ranking is a write: TaskEditor::publishScores.
namespace StoreAccess {

QList<UnitScore> scores(Repository& repo, const ScorePeriod& period, const ScoreRule& rule, QString* error);
QList<ScoreRun> scoreRuns(Repository& repo);
// Open tasks overdue on asOf, then those due within rules.dueSoonDays (Repository::reminders).
QList<TaskRecord> reminders(Repository& repo, const QDate& asOf, const DueRules& rules);

} // namespace StoreAccess
} // namespace duban
