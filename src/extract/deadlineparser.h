#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace duban {

struct DeadlineFind
{
    QString text;        // the phrase that set the deadline, spaces removed
    QDate date;          // end of the period it names; invalid when none
    QList<QDate> others; // further dates the text sets (milestones)
    QString kind; // "recurring" (每年6月底前: the next one), "ongoing" (长期坚持), "start" (2022年起), or ""
};

// Reads completion-time phrases: 2022年9月底前 → 2022-09-30, 到2025年 → 2025-12-31, 年底前, 第三季度,
// 下半年, 10月1日前, 年内, 今年底, 明年6月, X月上旬/中旬/下旬… Years left out are taken from an earlier year
// in the same text, else baseYear. In schedule context (a 完成时限 cell, a 时间计划 line) every month counts
// as a date; in running text a date needs a marker (到/截至/前/底/止/年底) so that 在2020年基础上 or
// 作为2020年…工程 are not deadlines.
class DeadlineParser
{
public:
    // `issued` (the directive's date, when printed) anchors 5年内 and the next 每年…前.
    static DeadlineFind find(const QString& text, int baseYear, bool scheduleContext = false,
                             const QDate& issued = QDate());
    // Open-ended phrases (长期坚持, 持续推进) that mean "no deadline" in a 完成时限 cell.
    static bool isOpenEnded(const QString& text);
};

} // namespace duban
