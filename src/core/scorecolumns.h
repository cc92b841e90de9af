#pragma once

// The columns of a 考评 ranking, one definition for the screen, the weekly report, the .xlsx and the CLI.
#include "core/scoring.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace duban {

enum class ScoreColumn {
    Rank,
    Unit,
    Tasks,
    Due,
    DoneOnTime,
    OnTimeRate,
    Overdue,
    OverdueDays,
    Assigned,
    SignedOnTime,
    SignRate,
    Reported,
    Reports,
    Chase1,
    Chase2,
    Chase3,
    Points,
    Deductions,
    Score,
};
inline constexpr int kScoreColumnCount = int(ScoreColumn::Score) + 1;

// Translated; the 提醒 / 催办 / 通报 columns take the office's own level names (预警设置) where given.
QString scoreColumnLabel(ScoreColumn c, const QStringList& chaseNames = {});
QString scoreColumnKey(ScoreColumn c); // stable, for JSON: "rank", "on_time_rate", …
// A number (int or double; rates in percent) or the unit's name.
QVariant scoreValue(const UnitScore& s, ScoreColumn c);
// As shown: rates "66.67%" ("—" with nothing to judge), points with up to 2 decimals.
QString scoreText(const UnitScore& s, ScoreColumn c);
bool isRateColumn(ScoreColumn c);

} // namespace duban
