#include "extract/structure.h"

#include "extract/textutil.h"

#include <QRegularExpression>

namespace duban {

namespace {

const QRegularExpression& docNumberLineRe()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:(?:发文字号|文号)[：:]?)?[（(【\\[]?([\\x{4e00}-\\x{9fa5}]{1,12})\\s*[〔\\[［【(（{｛]\\s*"
        "((?:19|20)\\d{2})\\s*[〕\\]］】)）}｝]\\s*第?\\s*(\\d{1,4})\\s*号[）)】\\]]?$"));
    return re;
}

const QRegularExpression& dateLineRe()
{
    static const QRegularExpression re(QStringLiteral(
        "^[（(]?\\s*(?:(?<y>(?:19|20)\\d{2})\\s*年\\s*(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*日"
        "|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\\s*[）)]?"
        "$"));
    return re;
}

// 一 … 九十九 written in Chinese (十二, 二十九, 三十一), or digits.
int smallNumber(const QString& s)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    auto digit = [&](QChar c) { return c == u'零' ? 0 : int(digits.indexOf(c)); };
    if (s.isEmpty())
        return -1;
    if (s.front().isDigit())
        return s.toInt();
    const qsizetype ten = s.indexOf(u'十');
    if (ten < 0)
        return s.size() == 1 ? digit(s.front()) : -1;
    const int tens = ten == 0 ? 1 : digit(s.front());
    const int units = ten + 1 < s.size() ? digit(s[ten + 1]) : 0;
    return tens < 0 || units < 0 ? -1 : tens * 10 + units;
}

} // namespace

bool isDirectiveTitle(const QString& t)
{
    static const QRegularExpression kind(QStringLiteral(
        "(通知|意见|方案|办法|决定|规划|计划|要点|清单|措施|细则|批复|函|报告|规定|条例|纲要|公告|通告|"
        "命令|令|决议|指引|指南|规则|标准|安排|预案|实施方案|行动方案)[》」”\"]?$"));
    return !t.isEmpty() && t.size() <= 120 && kind.match(t).hasMatch();
}

namespace {

bool isIssuerStart(const QString& t)
{
    static const QRegularExpression re(QStringLiteral(
        "^(中共)?[\\x{4e00}-\\x{9fa5}]{2,24}?(人民政府|办公室|办公厅|委员会|人民法院|管理委员会)"));
    return re.match(t).hasMatch();
}

} // namespace

namespace {

// Reads a heading's numbering by hand (it is asked of every line): the styles 一、 / （一） / 1. / （1） /
// ① / 第一章 / 第一条, each a run of numerals of bounded length between fixed marks.
class NumberingReader
{
public:
    explicit NumberingReader(const QString& s) : m_s(s) {}
    QChar at(qsizetype i) const { return i < m_s.size() ? m_s[i] : QChar(); }
    // Length of the run of characters from `from` that `in` accepts.
    template <typename Pred> qsizetype run(qsizetype from, Pred in) const
    {
        qsizetype i = from;
        while (i < m_s.size() && in(m_s[i]))
            ++i;
        return i - from;
    }
    // Position after ASCII white space from `from` (what \s matches in these patterns).
    qsizetype spaces(qsizetype from) const
    {
        return from + run(from, [](QChar c) { return c == u' ' || (c >= u'\t' && c <= u'\r'); });
    }

private:
    const QString& m_s;
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
bool isChineseNumeral(QChar c)
{
    return isOneOf(c, u"一二三四五六七八九十");
}
bool isChapterNumeral(QChar c)
{
    return isAsciiDigit(c) || isOneOf(c, u"一二三四五六七八九十百零〇");
}

} // namespace

int headingLevel(const QString& line, int* numberLength)
{
    if (line.isEmpty())
        return 0;
    const NumberingReader r(line);
    const QChar c = line.front();
    int level = 0;
    qsizetype end = 0;
    if (isAsciiDigit(c)) {
        // 1. / 12、 / 125 . — but not 1.5 (a decimal number).
        const qsizetype n = r.run(0, isAsciiDigit);
        const qsizetype p = r.spaces(n);
        if (n <= 4 && isOneOf(r.at(p), u".．、") && !isAsciiDigit(r.at(p + 1)))
            level = 3, end = r.spaces(p + 1);
    } else if (c == u'（' || c == u'(') {
        const qsizetype cn = r.run(1, isChineseNumeral);
        const qsizetype dn = r.run(1, isAsciiDigit);
        if (cn >= 1 && cn <= 3 && isOneOf(r.at(1 + cn), u"）)"))
            level = 2, end = 2 + cn;
        else if (dn >= 1 && dn <= 4 && isOneOf(r.at(1 + dn), u"）)"))
            level = 4, end = r.spaces(2 + dn);
    } else if (c >= u'①' && c <= u'⑳') {
        level = 5, end = 1;
    } else if (c == u'第') {
        // 第一章 / 第一部分 / 第一篇 stand where 一、 does, 第一条 where （一） does.
        const qsizetype n = r.run(1, isChapterNumeral);
        const QStringView rest = QStringView(line).mid(1 + n);
        if (n >= 1 && n <= 5) {
            if (rest.startsWith(u'章') || rest.startsWith(u'篇'))
                level = 1, end = r.spaces(2 + n);
            else if (rest.startsWith(u"部分"))
                level = 1, end = r.spaces(3 + n);
            else if (rest.startsWith(u'条'))
                level = 2, end = r.spaces(2 + n);
        }
    } else if (isChineseNumeral(c)) {
        const qsizetype n = r.run(0, isChineseNumeral);
        if (n <= 3 && isOneOf(r.at(n), u"、.．"))
            level = 1, end = n + 1;
    }
    if (level && numberLength)
        *numberLength = int(end);
    return level;
}

void headingTexts(const QString& text, int numberLength, QString* label, QString* title)
{
    // The heading's own words end at the first full stop (or semicolon/colon) — capped for run-on items.
    int end = 0;
    const int cap = std::min<int>(int(text.size()), numberLength + 60);
    while (end < cap && !isOneOf(text[end], u"。；：:;"))
        ++end;
    const QString head = compactText(text.left(end));
    if (label)
        *label = head;
    if (title) {
        int n = 0;
        headingLevel(head, &n);
        *title = head.mid(n);
    }
}

QDate dateOfLine(const QString& line)
{
    if (compactLongerThan(line, 20) || !line.contains(u'日'))
        return {};
    const QString t = compactText(line);
    const auto m = dateLineRe().match(t);
    if (!m.hasMatch())
        return {};
    if (!m.captured(u"y").isEmpty())
        return QDate(m.captured(u"y").toInt(), m.captured(u"m").toInt(), m.captured(u"d").toInt());
    // 二〇一八年十二月二十九日
    static const QRegularExpression cn(QStringLiteral(
        "([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"));
    const auto c = cn.match(t);
    if (!c.hasMatch())
        return {};
    int year = 0;
    for (QChar ch : c.captured(1))
        year = year * 10 + std::max(0, smallNumber(QString(ch == u'零' ? QChar(u'〇') : ch)));
    return QDate(year, smallNumber(c.captured(2)), smallNumber(c.captured(3)));
}

namespace {

// The level an issuer's name gives: the level word just before its 人民政府 / 党委 / 办公厅, or the first
// level a department's name starts with (上海市发展和改革委员会 → 市).
QString levelOfIssuer(const QString& issuer)
{
    static const QRegularExpression national(QStringLiteral(
        "^(国务院|国家|全国|中共中央|中央|中华人民共和国)|^[\\x{4e00}-\\x{9fa5}]{1,12}部(办公厅)?$"));
    if (national.match(issuer).hasMatch())
        return QStringLiteral("国家");
    static const QRegularExpression government(QStringLiteral(
        "(自治区|自治州|自治县|[省市州盟县区旗])(?:人民政府|政府|党委|委员会|委|办公厅|办公室)"));
    const auto g = government.match(issuer);
    QString level = g.hasMatch() ? g.captured(1) : QString();
    if (level.isEmpty()) {
        static const QRegularExpression place(
            QStringLiteral("^[\\x{4e00}-\\x{9fa5}]{1,8}?(自治区|[省市州盟县区旗])"));
        const auto p = place.match(issuer);
        if (p.hasMatch())
            level = p.captured(1);
    }
    if (level == QStringLiteral("自治州"))
        return QStringLiteral("州");
    if (level == QStringLiteral("自治县"))
        return QStringLiteral("县");
    return level;
}

} // namespace

QString directiveLevel(const DirectiveInfo& d)
{
    const QString title = compactText(d.title);
    qsizetype end = -1;
    for (const QString& w : {QStringLiteral("关于"), QStringLiteral("转发"), QStringLiteral("印发")}) {
        const qsizetype at = title.indexOf(w);
        if (at > 0 && (end < 0 || at < end))
            end = at;
    }
    if (end > 0) {
        const QString level = levelOfIssuer(title.left(end));
        if (!level.isEmpty())
            return level;
    }
    // The 文号's issuer code: 国发 / 国办发 / 国函 are the State Council's; a province prints its
    // one-character name before 政/府 (豫政办, 鲁政发, 粤府函); the four municipalities are 市 for their own
    // bodies.
    const qsizetype bracket = d.docNumber.indexOf(u'〔');
    if (bracket <= 0)
        return {};
    const QString code = d.docNumber.left(bracket);
    static const QRegularExpression stateCouncil(QStringLiteral("^国(发|办发|函|办函|办明电|发明电)$"));
    if (stateCouncil.match(code).hasMatch())
        return QStringLiteral("国家");
    static const QRegularExpression provincial(
        QStringLiteral("^(.)(政|府)(发|办发|办|文|办字|函|办函|字|办明电)?$"));
    const auto m = provincial.match(code);
    if (!m.hasMatch())
        return {};
    static const QString municipalities = QStringLiteral("京津沪渝");
    static const QString provinces = QStringLiteral("冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川黔云陕甘青");
    static const QString regions = QStringLiteral("蒙桂藏宁新");
    const QChar c = m.captured(1).front();
    if (municipalities.contains(c))
        return QStringLiteral("市");
    if (provinces.contains(c))
        return QStringLiteral("省");
    if (regions.contains(c))
        return QStringLiteral("自治区");
    return {};
}

QString normaliseDocNumber(const QString& s)
{
    const auto m = docNumberLineRe().match(compactText(s));
    if (!m.hasMatch())
        return compactText(s);
    return m.captured(1) + u'〔' + m.captured(2) + u'〕' + m.captured(3) + u'号';
}

QList<int> findSpeechStarts(const QStringList& lines)
{
    static const QRegularExpression re(
        QStringLiteral("^(——|—)?.{0,30}在.{2,40}(会议|大会|座谈会|推进会|动员会)上的(讲话|报告)"));
    QList<int> out;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].size() >= 80)
            continue;
        const QString c = compactText(lines[i]);
        if (c.contains(QStringLiteral("上的")) && re.match(c).hasMatch())
            out.append(i);
    }
    return out;
}

QList<DirectiveSpan> findDirectives(const QStringList& lines)
{
    QList<DirectiveSpan> out;
    for (int i = 0; i < lines.size(); ++i) {
        if (compactLongerThan(lines[i], 24) || !lines[i].contains(u'号'))
            continue;
        const QString c = compactText(lines[i]);
        const auto m = docNumberLineRe().match(c);
        if (!m.hasMatch())
            continue;
        DirectiveSpan d;
        d.numberLine = i;
        d.firstLine = i;
        d.info.docNumber = normaliseDocNumber(c);
        d.info.year = m.captured(2).toInt();
        // Walk up over the title: at most four lines, stopping at prose, dates, contents entries.
        QStringList title;
        for (int j = i - 1, taken = 0; j >= 0 && taken < 4; --j) {
            const QString t = compactText(lines[j]);
            if (t.isEmpty())
                continue;
            if (dateLineRe().match(t).hasMatch()) {
                if (title.isEmpty())
                    continue; // （2020年4月16日） printed between title and 文号
                break;
            }
            static const QRegularExpression stop(QStringLiteral("[。！？；：:]$|/\\d+$|^\\d+$"));
            if (t.size() > 70 || stop.match(t).hasMatch() || headingLevel(t) > 0)
                break;
            title.prepend(t);
            d.firstLine = j;
            ++taken;
            if (isIssuerStart(t))
                break;
        }
        d.info.title = title.join(QString());
        // A 文号 cited in a table cell or a list of sources is not a directive's header: a header has the
        // directive's title above it.
        if (!isDirectiveTitle(d.info.title))
            continue;
        d.info.lineStart = d.firstLine + 1;
        if (!out.isEmpty() && out.last().numberLine >= d.firstLine)
            continue;
        out.append(d);
    }
    // Dates: the first date line inside each directive.
    for (int k = 0; k < out.size(); ++k) {
        const int end = k + 1 < out.size() ? out[k + 1].firstLine : int(lines.size());
        for (int j = out[k].firstLine; j < end; ++j) {
            if (compactLongerThan(lines[j], 20))
                continue;
            const QDate date = dateOfLine(lines[j]);
            if (date.isValid()) {
                out[k].info.date = date;
                break;
            }
        }
    }
    return out;
}

} // namespace duban
