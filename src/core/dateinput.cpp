#include "core/dateinput.h"

#include <QRegularExpression>

namespace duban {

QDate parseTypedDate(const QString& text)
{
    QString t = text.trimmed();
    t.remove(QRegularExpression(QStringLiteral("\\s+")));
    // Full-width digits and separators come from Chinese input methods.
    for (QChar& c : t) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == QChar(0xFF0D) || c == QChar(0xFF0F) || c == QChar(0xFF0E))
            c = u'-';
    }
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    QRegularExpressionMatch m = compact.match(t);
    if (!m.hasMatch())
        m = separated.match(t);
    if (!m.hasMatch())
        return {};
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return d.isValid() ? d : QDate();
}

} // namespace duban
