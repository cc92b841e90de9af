#pragma once

#include "store/repository.h"

#include <QTextStream>

namespace duban::cli {

// How the store commands print task and unit lists: an aligned table for people, JSON or CSV for tools.
enum class ListFormat { Table, Json, Csv };
std::optional<ListFormat> listFormatFromKey(const QString& key);

// Pads or cuts to a terminal width (CJK characters take two columns), marking a cut with an ellipsis.
QString textCell(const QString& s, int width);

void printTasks(QTextStream& out, const QList<TaskRecord>& tasks, ListFormat format, bool showOverdueDays);
void printUnits(QTextStream& out, const QList<UnitRecord>& units, ListFormat format);

} // namespace duban::cli
