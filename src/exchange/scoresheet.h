#pragma once

#include "core/scoring.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace duban {

// A 考评 ranking as .xlsx (libxlsxwriter): a title row with the period and as-of day, the ranking with
// numbers as numbers (rates as percent cells), and a second sheet with the rule it was scored by.
// chaseNames: the office's names of the 催办 levels (预警设置), else 提醒 / 催办 / 通报.
bool writeScoreXlsx(const QList<UnitScore>& scores, const ScorePeriod& period, const ScoreRule& rule,
                    const QString& path, QString* error, const QStringList& chaseNames = {});

} // namespace duban
