#pragma once

#include <QStringList>

namespace duban::cli {

// `feedback export --db PATH (--unit U --out FILE.xlsx | --all --dir DIR)` and
// `feedback import --db PATH FILE.xlsx --by NAME [--yes]`: the unit feedback sheet (单位反馈表).
int runFeedback(const QStringList& args);

} // namespace duban::cli
