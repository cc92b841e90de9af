#include "extract/targetfinder.h"

#include "extract/textutil.h"

#include <QRegularExpression>
#include <algorithm>

namespace duban {

namespace {

// A number with what it counts or measures: 85%, 500万元, 10家, 1万名, 0.01毫米.
const QRegularExpression& quantityRe()
{
    static const QRegularExpression re(QStringLiteral(
        "\\d+(?:\\.\\d+)?\\s*(?:%|％|‰|个百分点|个工作日|个|家|座|所|处|人次|场次|万人|万名|万元|亿元|万户|"
        "万亩|"
        "万吨|万平方米|万千瓦|万|亿|吨|平方公里|平方千米|平方米|公顷|公里|千米|毫米|亩|天|岁|次|项|条|户|台|"
        "辆|卡时|年一遇|"
        "千瓦|兆瓦|MW|kW|元|张|套|名|人|批|篇|部|支|场|期|种|类|倍|/日|/10万|"
        // Compute, storage and bandwidth, written in Latin letters (5000P = 5000 PFlops).
        "[EP]FLOPS|[EP]Flops|EB|PB|TB|[GMT]bps|GW|TWh|kWh|P(?![A-Za-z]))"));
    return re;
}

// Words that set an amount (达到85%, 压缩至3个工作日, 下降15%).
const QRegularExpression& verbRe()
{
    static const QRegularExpression re(QStringLiteral("达到|达|不低于|不少于|不超过|超过|低于|高于|下降|降低|"
                                                      "降至|提高|提升|增加|增长|减少|削减|压缩|控制在|稳定在|"
                                                      "保持在|力争|创建|建成|建设|培训|培育|培养|配套|遴选|"
                                                      "选拔|引进|扶持|资助|设立|筹建|新增|新建|累计|发放|"
                                                      "覆盖|实现|完成|以上|以下|以内|内"));
    return re;
}

// Targets without a number: 实现全覆盖, 零增长, 全部利用, 实现“一村两名大学生村官”目标.
const QRegularExpression& qualitativeRe()
{
    static const QRegularExpression re(QStringLiteral("(实现|达到|做到|力争|完成).{0,40}(全覆盖|全部覆盖|"
                                                      "零增长|零发生|零排放|清零|全部利用|全量利用|目标)"));
    return re;
}

// A service time promised in words: 实现企业开办“半日办结”, 助力企业“一日开办”, 压缩至3个工作日办结.
const QRegularExpression& serviceTimeRe()
{
    static const QRegularExpression re(QStringLiteral("(实现|助力|做到|确保|力争|压缩).{0,30}(半日|半天|["
                                                      "一二两三四五六七\\d]{1,2}(?:个工作日|日|天|小时))内?"
                                                      "(?:办结|开办|办成|办完|办毕)"));
    return re;
}

// The same promise as a phrase of its own in a list (一窗发放2个环节，1日内办结，全流程0费用): nothing but
// the time and the word for done, so a term the applicant must keep (五日内办理变更手续) stays out.
const QRegularExpression& bareServiceTimeRe()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:全程|全流程|当场|当日)?(?:半日|半天|[一二两三四五六七\\d]{1,2}"
                       "(?:个工作日|日|天|小时))内?(?:办结|办成|办完|办毕)$"));
    return re;
}

// The endings qualitativeRe() needs, looked for before running it.
bool mayBeQualitative(const QString& c)
{
    return c.contains(QStringLiteral("覆盖")) || c.contains(u'零') || c.contains(QStringLiteral("利用")) ||
           c.contains(QStringLiteral("目标"));
}

} // namespace

QStringList findTargets(const QString& text)
{
    static const QRegularExpression leadingTime(QStringLiteral(
        "^(?:力争|争取)?(?:到|至|截至)?\\s*(?:19|20)\\d{2}\\s*年(?:年?底|末)?(?:前|以前)?\\s*[，,]?\\s*"));
    static const QRegularExpression onlyDate(QStringLiteral("^[\\d\\s年月日底前以至到和、]+$"));
    static const QRegularExpression year(QStringLiteral("(?:19|20)\\d{2}\\s*年"));
    QStringList out;
    for (qsizetype from = 0; from < text.size();) {
        qsizetype to = from;
        while (to < text.size() && !isOneOf(text[to], u"，。；;！？\n"))
            ++to;
        const QStringView piece = QStringView(text).mid(from, to - from).trimmed();
        from = to + 1;
        if (piece.size() < 4 || piece.size() > 100)
            continue;
        QString c = piece.toString();
        // A number that counts or measures something (10家, 200名, 65.9公里, 85%) makes a target; a year
        // (2020年) or a bare time span (3个月内, 分2年) does not. Without a digit only a target in words can.
        static const QRegularExpression span(
            QStringLiteral("\\d+(?:\\.\\d+)?\\s*(?:个月|个工作日|天|日|年|周|小时|次)"));
        const bool digit =
            std::any_of(c.cbegin(), c.cend(), [](QChar ch) { return ch >= u'0' && ch <= u'9'; });
        const bool target = (digit && (quantityRe().match(QString(c).remove(year).remove(span)).hasMatch() ||
                                       (quantityRe().match(c).hasMatch() && verbRe().match(c).hasMatch()))) ||
                            (mayBeQualitative(c) && qualitativeRe().match(c).hasMatch()) ||
                            (c.contains(u'办') && (serviceTimeRe().match(c).hasMatch() ||
                                                   bareServiceTimeRe().match(c).hasMatch()));
        if (!target)
            continue;
        c.remove(leadingTime);
        if (c.size() < 4 || onlyDate.match(c).hasMatch() || out.contains(c))
            continue;
        out.append(c);
    }
    return out;
}

} // namespace duban
