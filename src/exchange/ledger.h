#pragma once

#include "store/repository.h"
#include "store/taskrecord.h"

#include <QDate>
#include <QList>
#include <QString>

namespace duban {

// One line of an office's Excel ledger (台账): the task and its latest progress note. Cells read like the
// views' columns (taskText); 完成时限 is written as a date cell in .xlsx when the task has a date.
struct LedgerRow
{
    TaskRecord record;
    QString progress; // 进展情况: latest progress note with its date and percent
};

QStringList ledgerHeader();
// The filtered task list as ledger rows, in the order the filter's sort gives.
QList<LedgerRow> ledgerRows(Repository& repo, const TaskFilter& filter, StoreError* error = nullptr);
// UTF-8 with a byte-order mark, so that Excel opens Chinese correctly; RFC 4180 quoting.
bool writeLedgerCsv(const QList<LedgerRow>& rows, const QString& path, QString* error);
// .xlsx through libxlsxwriter: frozen header row, column widths, wrapped text.
bool writeLedgerXlsx(const QList<LedgerRow>& rows, const QString& path, QString* error);

} // namespace duban
