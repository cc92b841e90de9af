#pragma once

#include <QStringList>

namespace duban::cli {

// `report --db PATH (--week 2022-W40 | --from D --to D) [--as-of D] [--unit U]... [--directive ID]...
//  [--office NAME] [--title T] [--requirements FILE] [--date D] (--pdf FILE | --html FILE)`: the weekly
// supervision report (督查周报). Needs a QGuiApplication (fonts); main() makes one for this command.
int runReport(const QStringList& args);

} // namespace duban::cli
