#include "report/reportperiod.h"

#include "core/translate.h"

#include <QRegularExpression>

namespace duban {

namespace {

QString tr(const char* s)
{
    return translateIn({"Report", "duban::ReportPeriod", "duban::ReportDocument::Impl", "duban"}, s);
}

QDate mondayOfWeek1(int isoYear)
{
    const QDate jan4(isoYear, 1, 4); // week 1 is the week holding 4 January
    return jan4.addDays(1 - jan4.dayOfWeek());
}

int weeksIn(int isoYear)
{
    return QDate(isoYear, 12, 28).weekNumber(); // 28 December always lies in the year's last week
}

} // namespace

QString chineseDate(const QDate& d)
{
    return tr("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString chineseMonthDay(const QDate& d)
{
    return tr("%1月%2日").arg(d.month()).arg(d.day());
}

QString ReportPeriod::key() const
{
    if (isWeek())
        return QStringLiteral("%1-W%2").arg(isoYear).arg(isoWeek, 2, 10, QLatin1Char('0'));
    return from.toString(Qt::ISODate) + u'~' + to.toString(Qt::ISODate);
}

QString ReportPeriod::label() const
{
    const QString end = from.year() == to.year() ? chineseMonthDay(to) : chineseDate(to);
    if (isWeek())
        return tr("%1年第%2周（%3至%4）").arg(isoYear).arg(isoWeek).arg(chineseMonthDay(from), end);
    return tr("%1至%2").arg(chineseDate(from), end);
}

ReportPeriod ReportPeriod::previous() const
{
    if (isWeek())
        return weekOf(from.addDays(-7));
    ReportPeriod p;
    p.to = from.addDays(-1);
    p.from = p.to.addDays(1 - days());
    return p;
}

ReportPeriod ReportPeriod::weekOf(const QDate& day)
{
    ReportPeriod p;
    p.from = day.addDays(1 - day.dayOfWeek());
    p.to = p.from.addDays(6);
    p.isoWeek = day.weekNumber(&p.isoYear);
    return p;
}

std::optional<ReportPeriod> ReportPeriod::parseWeek(const QString& text, QString* error)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})-?[Ww](\\d{1,2})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        if (error)
            *error = tr("“%1”不是有效的周次，请写成 2022-W40 这样的格式（年份-W周次）").arg(text);
        return std::nullopt;
    }
    const int year = m.captured(1).toInt(), week = m.captured(2).toInt();
    if (year < 1900 || week < 1 || week > weeksIn(year)) {
        if (error)
            *error = tr("%1年没有第%2周（该年共%3周）").arg(year).arg(week).arg(weeksIn(year));
        return std::nullopt;
    }
    return weekOf(mondayOfWeek1(year).addDays(7 * (week - 1)));
}

std::optional<ReportPeriod> ReportPeriod::range(const QDate& from, const QDate& to, QString* error)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        if (error)
            *error = tr("报告期间无效：起始日期须早于或等于截止日期");
        return std::nullopt;
    }
    ReportPeriod p;
    p.from = from;
    p.to = to;
    return p;
}

} // namespace duban
