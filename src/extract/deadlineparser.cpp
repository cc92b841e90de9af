#include "extract/deadlineparser.h"

#include "extract/textutil.h"

#include <QRegularExpression>

namespace duban {

namespace {

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (c.isDigit())
        return c.digitValue();
    return int(digits.indexOf(c));
}

const QRegularExpression& datePattern()
{
    // prefix? year? (period)? suffix?  — at least a year or a period must be present (checked in code).
    // The lookahead lets most positions fail at once: dates begin with a digit or one of these words.
    static const QRegularExpression re(QStringLiteral(
        "(?=[\\d到至截力于年上下第])"
        "(?<prefix>力争到|力争在|截至|截止到|截止日期|截止时间|截止|到|至|于)?"
        "(?:(?<y>(?:19|20)\\d{2})年)?"
        "(?:(?<yearEnd>年底|年末|底|末)"
        "|(?<half>上半年|下半年)"
        "|第(?<q>[一二三四1-4])季度"
        "|(?<m>1[0-2]|0?[1-9])月份?(?:(?<d>3[01]|[12]\\d|0?[1-9])日)?(?<mEnd>底|末|上旬|中旬|下旬)?)?"
        "(?<suffix>前|以前|之前|止|完成)?"));
    return re;
}

QDate monthEnd(int y, int m)
{
    const QDate first(y, m, 1);
    return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
}

} // namespace

bool DeadlineParser::isOpenEnded(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("长期|持续|常态化|经常性|逐年|每年"));
    return re.match(text).hasMatch();
}

DeadlineFind DeadlineParser::find(const QString& raw, int baseYear, bool scheduleContext)
{
    const QString text = compactText(raw);
    DeadlineFind out;
    QList<QPair<QDate, QString>> found;
    int lastYear = 0;
    bool lastAcceptedByPrefix = false;
    int lastEnd = -1;
    auto it = datePattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength() < 2)
            continue;
        const QString y = m.captured(u"y"), yearEnd = m.captured(u"yearEnd"), half = m.captured(u"half"),
                      q = m.captured(u"q"), mo = m.captured(u"m"), d = m.captured(u"d"),
                      mEnd = m.captured(u"mEnd"), prefix = m.captured(u"prefix"),
                      suffix = m.captured(u"suffix");
        const bool hasPeriod = !yearEnd.isEmpty() || !half.isEmpty() || !q.isEmpty() || !mo.isEmpty();
        if (y.isEmpty() && !hasPeriod)
            continue;
        // A bare 底 only means year end right after a year (2022年底); 年底 alone is fine.
        if (y.isEmpty() && (yearEnd == QStringLiteral("底") || yearEnd == QStringLiteral("末")))
            continue;
        const int start = int(m.capturedStart());
        const QChar before = start > 0 ? text.at(start - 1) : QChar();
        const int end = int(m.capturedEnd());
        const QString after = text.mid(end, 2);
        // Recurring (每年年底), start points (…起, …以来) and baselines (…基础上, 比…) are not deadlines.
        const QStringView before2 = QStringView(text).mid(std::max(0, start - 2), std::min(2, start));
        if (before == u'每' || before2 == u"每年" || before2 == u"每月" || before == u'比' ||
            before == u'从' || before == u'自' || after.startsWith(u'起') ||
            after.startsWith(QStringLiteral("以来")) || after.startsWith(QStringLiteral("基础")) ||
            after.startsWith(QStringLiteral("同期")) || after.startsWith(QStringLiteral("度")))
            continue;
        // A year glued to a longer number is not a year (e.g. 12020年).
        if (start > 0 && before.isDigit())
            continue;
        const int year = !y.isEmpty() ? y.toInt() : (lastYear ? lastYear : baseYear);
        if (!y.isEmpty())
            lastYear = year;
        if (year <= 0)
            continue;
        // "到2022年和2030年": a year joined to an accepted one shares its marker.
        const bool joined = lastAcceptedByPrefix && start - lastEnd <= 1 && start > 0 &&
                            QStringLiteral("和、及与").contains(before);
        const bool marked = !prefix.isEmpty() || !suffix.isEmpty() || !yearEnd.isEmpty() || !mEnd.isEmpty() ||
                            !q.isEmpty() || joined;
        QDate date;
        if (!yearEnd.isEmpty()) {
            date = QDate(year, 12, 31);
        } else if (!half.isEmpty()) {
            if (!(marked || scheduleContext || !y.isEmpty()))
                continue;
            date = half.startsWith(u'上') ? QDate(year, 6, 30) : QDate(year, 12, 31);
        } else if (!q.isEmpty()) {
            const int quarter = chineseDigit(q.at(0));
            date = monthEnd(year, quarter * 3);
        } else if (!mo.isEmpty()) {
            const int month = mo.toInt();
            const bool fullDate = !d.isEmpty() && !y.isEmpty();
            if (!(marked || scheduleContext || fullDate))
                continue;
            if (!d.isEmpty())
                date = QDate(year, month, d.toInt());
            else if (mEnd == QStringLiteral("上旬"))
                date = QDate(year, month, 10);
            else if (mEnd == QStringLiteral("中旬"))
                date = QDate(year, month, 20);
            else
                date = monthEnd(year, month);
        } else {
            if (!(marked || scheduleContext))
                continue;
            date = QDate(year, 12, 31);
        }
        if (!date.isValid())
            continue;
        lastAcceptedByPrefix = !prefix.isEmpty() || joined;
        lastEnd = end;
        found.append({date, m.captured(0)});
    }
    if (found.isEmpty())
        return out;
    int best = 0;
    for (int i = 1; i < found.size(); ++i) {
        if (found[i].first > found[best].first)
            best = i;
    }
    out.date = found[best].first;
    out.text = found[best].second;
    for (int i = 0; i < found.size(); ++i) {
        if (i != best && found[i].first != out.date && !out.others.contains(found[i].first))
            out.others.append(found[i].first);
    }
    return out;
}

} // namespace duban
