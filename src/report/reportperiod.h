#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace duban {

// The days a report covers: an ISO week (Monday to Sunday, e.g. 2022-W40) or any date range.
struct ReportPeriod
{
    QDate from, to;               // inclusive
    int isoYear = 0, isoWeek = 0; // both 0 for a date range

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool isWeek() const { return isoWeek > 0; }
    int days() const { return int(from.daysTo(to)) + 1; }
    // Stored with the issue number: "2022-W40", or "2022-10-01~2022-10-07".
    QString key() const;
    // For the report's text: "2022年第40周（10月3日至10月9日）" / "2022年10月1日至10月7日".
    QString label() const;
    // The period of the same length just before this one (last week for a week).
    ReportPeriod previous() const;

    static ReportPeriod weekOf(const QDate& day);
    // "2022-W40", "2022W40", "2022-w5"; a clear Chinese message when the text is no ISO week.
    static std::optional<ReportPeriod> parseWeek(const QString& text, QString* error);
    static std::optional<ReportPeriod> range(const QDate& from, const QDate& to, QString* error);
};

QString chineseDate(const QDate& d);     // 2022年10月7日
QString chineseMonthDay(const QDate& d); // 10月7日

} // namespace duban
