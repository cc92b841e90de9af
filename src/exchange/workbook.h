#pragma once

#include <QString>
#include <xlsxwriter.h>

namespace duban {

// A new .xlsx at `path`; nullptr, with *error saying so, when the file cannot be created.
lxw_workbook* newWorkbook(const QString& path, QString* error);
// The header cells of the ledger and the score sheet: bold, wrapped and centred on light blue, ruled.
lxw_format* headerFormat(lxw_workbook* wb);

} // namespace duban
