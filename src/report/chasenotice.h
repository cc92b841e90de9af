#pragma once

// The numbered notice a 催办 sends to a unit (催办单; 督办通知单 at the 通报 level): the office's red header,
// the notice number, the unit's open tasks with their deadlines (the original one beside an extended
// one), percent and days overdue, and the date the unit must reply by. PDF and print; sending it is
// recorded as one chase event per listed task under the notice's number (Repository::recordEvents).
#include "store/repository.h"

#include <QDate>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace duban {

struct ChaseNotice
{
    QString office;   // 市政府督查室; empty prints 督查室
    QString noticeNo; // 督办〔2026〕7号 (Repository::chaseNoticeNumber)
    int level = 2;    // 1 提醒, 2 催办, 3 通报
    qint64 unitId = 0;
    QString unit;
    QDate issued;  // invalid: today
    QDate replyBy; // the unit answers by this day
    QString note;  // the office's own words, above the table
    QList<TaskRecord> tasks;
};

// The unit's open tasks (lead or co) on asOf, overdue first (most days first), then behind pace, then by
// deadline: what a notice lists unless the office picks otherwise.
QList<TaskRecord> chaseCandidates(Repository& repo, const QString& unit, const QDate& asOf,
                                  const DueRules& rules, StoreError* error = nullptr);
// A new notice for the unit: the next number of the issue year, the candidates, a reply date
// replyDays calendar days after issue.
ChaseNotice draftChaseNotice(Repository& repo, qint64 unitId, int level, const QDate& issued,
                             const DueRules& rules, int replyDays = 3, StoreError* error = nullptr);
// The input that records the notice as sent (kind chase, unit, level, number, issue day).
EventInput chaseNoticeEvent(const ChaseNotice& n);

QString chaseNoticeHtml(const ChaseNotice& n);
// A4 portrait, paged by the text layout; returns the pages painted (0 on failure).
int printChaseNotice(const ChaseNotice& n, QPagedPaintDevice* device);
bool writeChaseNoticePdf(const ChaseNotice& n, const QString& path, QString* error, int* pages = nullptr);

} // namespace duban
