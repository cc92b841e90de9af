#include "store/searchchars.h"

namespace duban::store {

QByteArray searchChars(const char* utf8, qsizetype size)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(size * 2);
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if ((c & 0xC0) == 0x80) {
            out.append(char(c)); // a continuation byte stays with its character
            continue;
        }
        if (!out.isEmpty())
            out.append(' ');
        if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            out.append(char(c));
        } else {
            // Two hex digits after x: never the token of a single character, nor the retired mark xr.
            out.append('x');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xF]);
        }
    }
    return out;
}

QString searchMatch(const QStringList& terms, bool includeRetired)
{
    QStringList phrases;
    for (const QString& term : terms) {
        const QByteArray utf8 = term.toUtf8();
        // No quote can appear inside: '"' is written x22.
        phrases.append(u'"' + QString::fromUtf8(searchChars(utf8.constData(), utf8.size())) + u'"');
    }
    const QString all = phrases.join(QStringLiteral(" AND "));
    return includeRetired ? all : u'(' + all + QStringLiteral(") NOT xr");
}

} // namespace duban::store
