#pragma once

#include <QStringList>

namespace duban::cli {

// `export --db PATH (--xlsx FILE | --csv FILE) [--unit U] [--status S] [--search Q]`: the ledger (台账).
int runExport(const QStringList& args);

} // namespace duban::cli
