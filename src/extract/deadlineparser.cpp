#include "extract/deadlineparser.h"

#include "extract/textutil.h"

#include <QRegularExpression>
#include <algorithm>

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
    // Matched at one position at a time (\\G: PCRE2's JIT does not take an anchor given at match time).
    // The lookahead lets most positions fail at once: dates begin with a digit or one of these words.
    static const QRegularExpression re(QStringLiteral(
        "\\G(?=[\\d到至截力于年上下第今明当本一二三四])"
        "(?<prefix>力争到|力争在|截至|截止到|截止日期|截止时间|截止|到|至|于)?"
        "(?:(?<y>(?:19|20)\\d{2})年|(?<rel>今年|明年|当年|本年))?"
        "(?:(?<yearEnd>年底|年末|年内|底|末|内)"
        "|(?<half>上半年|下半年)"
        "|第?(?<q>[一二三四1-4])季度(?:末|底)?"
        "|(?<m>1[0-2]|0?[1-9])月份?(?:(?<d>3[01]|[12]\\d|0?[1-9])日)?(?<mEnd>底|末|上旬|中旬|下旬)?)?"
        "(?<suffix>前|以前|之前|止|完成)?"));
    return re;
}

// Whether a date of two characters or more can begin at `pos`: the pattern above, read by hand, so that
// the many 年, 上, 下 … that begin none are passed over without running it (it matches empty there).
bool mayStartDate(const QString& t, qsizetype pos)
{
    auto at = [&](qsizetype i) { return i < t.size() ? t[i] : QChar(); };
    auto digit = [](QChar ch) { return ch >= u'0' && ch <= u'9'; };
    const QChar c = t[pos];
    const QChar next = at(pos + 1);
    if (digit(c)) {
        // A year (19xx年, 20xx年) or a month (1月 … 12月, 01月 …).
        const bool year = (c == u'1' && next == u'9') || (c == u'2' && next == u'0');
        if (year && digit(at(pos + 2)) && digit(at(pos + 3)) && at(pos + 4) == u'年')
            return true;
        return next == u'月' || (digit(next) && at(pos + 2) == u'月') ||
               (next == u'季' && at(pos + 2) == u'度');
    }
    switch (c.unicode()) {
    case u'到':
    case u'至':
    case u'于':
        // A one-character prefix: something of the date has to follow it.
        return digit(next) || isOneOf(next, u"今明当本年底末内上下第一二三四前以之止完");
    case u'力':
        return next == u'争';
    case u'截':
        return next == u'至' || next == u'止';
    case u'年':
        return next == u'底' || next == u'末' || next == u'内';
    case u'上':
    case u'下':
        return next == u'半';
    case u'第':
        return isOneOf(next, u"一二三四1234");
    case u'一':
    case u'二':
    case u'三':
    case u'四':
        // 三季度 / 一季度末: official writing drops the 第 of a quarter as often as it keeps it.
        return next == u'季' && at(pos + 2) == u'度';
    case u'今':
    case u'明':
    case u'当':
    case u'本':
        return next == u'年';
    default:
        return false;
    }
}

QDate monthEnd(int y, int m)
{
    const QDate first(y, m, 1);
    return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
}

} // namespace

bool DeadlineParser::isOpenEnded(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("长期|持续|常态化|经常性|逐年|每年|每季度|每月|定期"));
    return re.match(text).hasMatch();
}

namespace {

// 5, 十, 十五, 三十, 二十五, 两: the counts spans are written with.
int numberValue(const QString& s)
{
    if (s.isEmpty())
        return 0;
    if (s.front().isDigit())
        return s.toInt();
    const auto digit = [](QChar c) { return c == u'两' ? 2 : chineseDigit(c); };
    const qsizetype ten = s.indexOf(u'十');
    if (ten < 0)
        return s.size() == 1 ? digit(s.front()) : 0;
    const int tens = ten == 0 ? 1 : (ten == 1 ? digit(s.front()) : -1);
    const int units = ten + 1 < s.size() ? digit(s[ten + 1]) : 0;
    if (tens <= 0 || units < 0 || ten + 2 < s.size())
        return 0;
    return tens * 10 + units;
}

QDate addWorkingDays(QDate d, int n)
{
    while (n > 0) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5)
            --n;
    }
    return d;
}

// 本意见印发之日起30日内 / 自通知下发之日起15个工作日内 / 发布之日起3个月内: counted from the directive's
// date. Only spans anchored to the directive itself: a bare 1个月内 is a payment term or a service time.
QDate sinceIssue(const QString& text, const QDate& issued, QString* phrase)
{
    static const QRegularExpression re(QStringLiteral(
        "(?:印发|发布|下发|出台|公布|施行|实施)之日起(?<n>\\d{1,3}|[一二两三四五六七八九十]{1,3})"
        "(?<unit>个工作日|工作日|日|天|周|个月|月|年)(?:内|之内|以内)"));
    if (!issued.isValid())
        return {};
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    const int n = numberValue(m.captured(u"n"));
    const QString unit = m.captured(u"unit");
    if (n <= 0 || n > 366)
        return {};
    *phrase = m.captured(0);
    if (unit.endsWith(QStringLiteral("工作日")))
        return addWorkingDays(issued, n);
    if (unit == QStringLiteral("日") || unit == QStringLiteral("天"))
        return issued.addDays(n);
    if (unit == QStringLiteral("周"))
        return issued.addDays(7 * qint64(n));
    if (unit == QStringLiteral("年"))
        return n <= 20 ? issued.addYears(n) : QDate();
    return n <= 120 ? issued.addMonths(n) : QDate();
}

// 离校2年内高校毕业生 / 成立3年内的企业: the span says who is covered, counted from an event of theirs,
// not when the work is due.
bool qualifiesWhoIsCovered(const QString& text, const QRegularExpressionMatch& m)
{
    static const QRegularExpression eventBefore(
        QStringLiteral("(?:离校|毕业|成立|注册|设立|创办|入驻|落户|引进|开业|投产|上市|认定|获批)$"));
    const int start = int(m.capturedStart());
    if (eventBefore.match(text.left(start)).hasMatch())
        return true;
    return text.mid(m.capturedEnd(), 1) == QStringLiteral("的");
}

// 成交之日起一年内缴清 / 签订合同后一个月内 / 余款在一年内交清: counted from another event, or a term for
// paying, not when the work is due.
bool countsFromAnotherEvent(const QString& text, const QRegularExpressionMatch& m)
{
    static const QRegularExpression anchorBefore(
        QStringLiteral("(?:之日起|之日|起|后)(?:[^，。；,;]{0,4})$"));
    static const QRegularExpression payment(
        QStringLiteral("^(?:缴清|交清|付清|还清|结清|缴纳|缴付|支付|偿还|分期)"));
    const int start = int(m.capturedStart());
    const QString before = text.mid(std::max(0, start - 12), std::min(12, start));
    return anchorBefore.match(before).hasMatch() || payment.match(text.mid(m.capturedEnd(), 4)).hasMatch();
}

// 5年内 / 三年内 / 两年内: counted from the directive's date, when it is printed.
QDate withinYears(const QString& text, const QDate& issued, QString* phrase)
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\d年])(\\d{1,2}|[一二两三四五六七八九十]{1,2})年(?:内|之内|时间)"));
    if (!issued.isValid())
        return {};
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (qualifiesWhoIsCovered(text, m) || countsFromAnotherEvent(text, m))
            continue;
        const int n = numberValue(m.captured(1));
        if (n <= 0 || n > 20)
            return {};
        *phrase = m.captured(0);
        return issued.addYears(n);
    }
    return {};
}

} // namespace

DeadlineFind DeadlineParser::find(const QString& raw, int baseYear, bool scheduleContext, const QDate& issued)
{
    const QString text = compactText(raw);
    DeadlineFind out;
    QList<QPair<QDate, QString>> found;
    QList<bool> recurring; // parallel to found
    bool startSeen = false;
    int lastYear = 0;
    bool lastAcceptedByPrefix = false;
    int lastEnd = -1;
    for (qsizetype pos = 0; pos < text.size();) {
        if (!mayStartDate(text, pos)) {
            ++pos;
            continue;
        }
        const auto m = datePattern().match(text, pos);
        pos = std::max(pos + 1, m.capturedEnd());
        if (m.capturedLength() < 2)
            continue;
        const QString y = m.captured(u"y"), yearEnd = m.captured(u"yearEnd"), half = m.captured(u"half"),
                      q = m.captured(u"q"), mo = m.captured(u"m"), d = m.captured(u"d"),
                      mEnd = m.captured(u"mEnd"), prefix = m.captured(u"prefix"),
                      suffix = m.captured(u"suffix"), rel = m.captured(u"rel");
        const bool hasPeriod = !yearEnd.isEmpty() || !half.isEmpty() || !q.isEmpty() || !mo.isEmpty();
        if (y.isEmpty() && !hasPeriod)
            continue;
        // A bare 底 only means year end right after a year (2022年底); 年底 alone is fine.
        if (y.isEmpty() && rel.isEmpty() &&
            (yearEnd == QStringLiteral("底") || yearEnd == QStringLiteral("末") ||
             yearEnd == QStringLiteral("内")))
            continue;
        const int start = int(m.capturedStart());
        const QChar before = start > 0 ? text.at(start - 1) : QChar();
        const int end = int(m.capturedEnd());
        const QString after = text.mid(end, 2);
        // Recurring (每年年底), start points (…起, …以来) and baselines (…基础上, 比…) are not deadlines.
        const QStringView before2 = QStringView(text).mid(std::max(0, start - 2), std::min(2, start));
        // 年初部署、年中指导、年末检查: the steps of a yearly round, not a date.
        if (y.isEmpty() && rel.isEmpty() && suffix.isEmpty() &&
            (yearEnd == QStringLiteral("年末") || yearEnd == QStringLiteral("年底"))) {
            static const QRegularExpression stop(QStringLiteral("[。；;]"));
            const qsizetype clause = text.lastIndexOf(stop, start) + 1;
            const QStringView lead = QStringView(text).mid(clause, start - clause);
            if (lead.contains(QStringLiteral("年中")) || lead.contains(QStringLiteral("年初")))
                continue;
        }
        // 5年内 / 三年内: a span, read by withinYears() below, not this year's end.
        if (yearEnd == QStringLiteral("年内") && y.isEmpty() && rel.isEmpty() &&
            (before.isDigit() || QStringLiteral("一二两三四五六七八九十").contains(before)))
            continue;
        // 每年6月底前 (a 完成时限 or marked with 前): the next such date after the directive.
        if (before2 == u"每年" && y.isEmpty() &&
            (!mo.isEmpty() || yearEnd == QStringLiteral("年底") || yearEnd == QStringLiteral("底")) &&
            (!suffix.isEmpty() || scheduleContext)) {
            const QDate from = issued.isValid() ? issued : QDate(baseYear > 0 ? baseYear : 2000, 1, 1);
            const int month = mo.isEmpty() ? 12 : mo.toInt();
            QDate next = !d.isEmpty() ? QDate(from.year(), month, d.toInt()) : monthEnd(from.year(), month);
            if (next.isValid() && next < from)
                next = next.addYears(1);
            if (next.isValid()) {
                found.append({next, m.captured(0)});
                recurring.append(true);
            }
            continue;
        }
        if (after.startsWith(u'起') && !y.isEmpty())
            startSeen = true;
        if (before == u'每' || before2 == u"每年" || before2 == u"每月" || before == u'比' ||
            before == u'从' || before == u'自' || after.startsWith(u'起') ||
            after.startsWith(QStringLiteral("以来")) || after.startsWith(QStringLiteral("基础")) ||
            after.startsWith(QStringLiteral("同期")) || after.startsWith(QStringLiteral("度")))
            continue;
        // A year glued to a longer number is not a year (e.g. 12020年).
        if (start > 0 && before.isDigit())
            continue;
        int year = !y.isEmpty() ? y.toInt() : (lastYear ? lastYear : baseYear);
        if (!rel.isEmpty())
            year = baseYear + (rel == QStringLiteral("明年") ? 1 : 0);
        if (!y.isEmpty())
            lastYear = year;
        if (year <= 0)
            continue;
        // "到2022年和2030年": a year joined to an accepted one shares its marker.
        const bool joined = lastAcceptedByPrefix && start - lastEnd <= 1 && start > 0 &&
                            QStringLiteral("和、及与").contains(before);
        const bool marked = !prefix.isEmpty() || !suffix.isEmpty() || !yearEnd.isEmpty() || !mEnd.isEmpty() ||
                            !q.isEmpty() || joined || !rel.isEmpty();
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
            // 。2022年对小微企业减免6个月租金 / ，2025年每千人口拥有…: a year that opens a sentence or a
            // clause sets when its work is done; inside one (作为2020年…工程) it need not, and a year before
            // the directive's (，2019年出台的办法规定) is history.
            const bool opensSentence = !y.isEmpty() && (start == 0 || isOneOf(before, u"。；;，,：:")) &&
                                       !after.startsWith(u'的') && !after.startsWith(u'，') &&
                                       !after.startsWith(u',') && year >= baseYear;
            if (!(marked || scheduleContext || opensSentence))
                continue;
            date = QDate(year, 12, 31);
        }
        if (!date.isValid())
            continue;
        lastAcceptedByPrefix = !prefix.isEmpty() || joined;
        lastEnd = end;
        found.append({date, m.captured(0)});
        recurring.append(false);
    }
    if (found.isEmpty()) {
        QString phrase;
        QDate within = sinceIssue(text, issued, &phrase);
        if (!within.isValid())
            within = withinYears(text, issued, &phrase);
        if (within.isValid()) {
            out.date = within;
            out.text = phrase;
        } else if (startSeen) {
            out.kind = QStringLiteral("start");
        } else if (scheduleContext && isOpenEnded(text)) {
            out.kind = QStringLiteral("ongoing");
        }
        return out;
    }
    int best = 0;
    for (int i = 1; i < found.size(); ++i) {
        if (found[i].first > found[best].first)
            best = i;
    }
    out.date = found[best].first;
    out.text = found[best].second;
    if (recurring[best])
        out.kind = QStringLiteral("recurring");
    for (int i = 0; i < found.size(); ++i) {
        if (i != best && found[i].first != out.date && !out.others.contains(found[i].first))
            out.others.append(found[i].first);
    }
    return out;
}

} // namespace duban
