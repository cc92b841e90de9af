#pragma once

#include <QStringList>

namespace duban::cli {

// `gantt --db PATH (--pdf FILE | --png FILE) [--from D --to D] [--mode pages|height|page]
// [--group directive|unit] [--scale day|week|month|quarter|year] [--as-of D]`: the Gantt chart on paper.
// Needs a QGuiApplication (fonts); main() creates one for this command.
int runGantt(const QStringList& args);

} // namespace duban::cli
