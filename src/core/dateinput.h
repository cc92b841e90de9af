#pragma once

#include <QDate>
#include <QString>

namespace duban {

// A date as people type it: 2024-06-30, 2024/6/30, 2024.6.30, 20240630, 2024年6月30日 (spaces allowed).
// Returns an invalid date for anything else, including impossible days (2024-02-30): a date field must
// never store a date the user did not type.
QDate parseTypedDate(const QString& text);

} // namespace duban
