#pragma once

#include "store/repository.h"

#include <QDate>
#include <QList>
#include <QString>

namespace duban {

// One line of an office's Excel ledger (台账).
struct LedgerRow
{
    qint64 id = 0;
    QString directive; // 文件
    QString docNumber; // 文号
    QString title;     // 重点任务
    QString goal;      // 工作目标
    QString leadUnits;
    QString coUnits;
    QString deadline;   // 完成时限: the date, or the printed phrase when there is none
    QDate deadlineDate; // the same as a date (written as a date cell in .xlsx); invalid when none
    QString status;
    int percent = 0;  // 进度
    QString progress; // latest progress note with its date and percent
    QString updated;
};

QStringList ledgerHeader();
// The filtered task list as ledger rows, in the order the filter's sort gives.
QList<LedgerRow> ledgerRows(Repository& repo, const TaskFilter& filter, StoreError* error = nullptr);
// UTF-8 with a byte-order mark, so that Excel opens Chinese correctly; RFC 4180 quoting.
bool writeLedgerCsv(const QList<LedgerRow>& rows, const QString& path, QString* error);
// .xlsx through libxlsxwriter: frozen header row, column widths, wrapped text.
bool writeLedgerXlsx(const QList<LedgerRow>& rows, const QString& path, QString* error);

} // namespace duban
