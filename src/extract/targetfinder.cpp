#include "extract/targetfinder.h"

#include <QRegularExpression>

namespace duban {

QStringList findTargets(const QString& text)
{
    static const QRegularExpression quantity(
        QStringLiteral("\\d+(?:\\.\\d+)?\\s*(?:%|％|个百分点|个工作日|个|家|座|所|处|人次|万人|万元|亿元|万|"
                       "亿|吨|平方公里|平方千米|公里|"
                       "千米|天|岁|次|项|条|户|台|辆|千瓦|兆瓦|MW|kW|元|张|套|名|人|/日|/10万)"));
    static const QRegularExpression verb(
        QStringLiteral("达到|达|不低于|不少于|不超过|超过|低于|高于|下降|降低|降至|提高|提升|增加|增长|减少|"
                       "削减|压缩|控制在|稳定在|"
                       "保持在|力争|创建|建成|建设|培训|培育|配套|遴选|发放|覆盖|实现|以上|以下|以内|内"));
    static const QRegularExpression leadingTime(QStringLiteral(
        "^(?:力争|争取)?(?:到|至|截至)?\\s*(?:19|20)\\d{2}\\s*年(?:年?底|末)?(?:前|以前)?\\s*[，,]?\\s*"));
    static const QRegularExpression onlyDate(QStringLiteral("^[\\d\\s年月日底前以至到和、]+$"));
    QStringList out;
    const QStringList clauses =
        text.split(QRegularExpression(QStringLiteral("[，。；;！？\\n]")), Qt::SkipEmptyParts);
    for (QString c : clauses) {
        c = c.trimmed();
        if (c.size() < 4 || c.size() > 80)
            continue;
        if (!quantity.match(c).hasMatch() || !verb.match(c).hasMatch())
            continue;
        c.remove(leadingTime);
        if (c.size() < 4 || onlyDate.match(c).hasMatch() || out.contains(c))
            continue;
        out.append(c);
    }
    return out;
}

} // namespace duban
