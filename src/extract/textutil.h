#pragma once

#include <QString>
#include <cstddef>

namespace duban {

// QChar::isSpace without its out-of-line Unicode lookup for every Chinese character: the same set
// (ASCII 9–13 and 32, U+0085, and the Unicode separators Zs/Zl/Zp), tested by value.
inline bool isSpaceChar(QChar ch)
{
    const char16_t c = ch.unicode();
    if (c < 0x80)
        return c == 0x20 || (c >= 0x09 && c <= 0x0d);
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
           c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

// Whether `c` is one of a few characters: a plain loop, cheaper than QString::contains for each character
// of a text.
template <std::size_t N> inline bool isOneOf(QChar c, const char16_t (&set)[N])
{
    for (std::size_t i = 0; i + 1 < N; ++i) {
        if (c.unicode() == set[i])
            return true;
    }
    return false;
}

// The text with all white space taken out. Chinese needs no spaces, and exports scatter them inside
// names and dates (市大数 据局, 2022年 12月底). Text without spaces comes back shared, not copied.
inline QString compactText(const QString& s)
{
    qsizetype first = 0;
    while (first < s.size() && !isSpaceChar(s[first]))
        ++first;
    if (first == s.size())
        return s;
    QString out;
    out.reserve(s.size());
    out.append(QStringView(s).left(first));
    for (qsizetype i = first + 1; i < s.size(); ++i) {
        if (!isSpaceChar(s[i]))
            out.append(s[i]);
    }
    return out;
}

// Whether the text without its white space would be longer than `limit` characters (no copy made).
inline bool compactLongerThan(QStringView s, qsizetype limit)
{
    if (s.size() <= limit)
        return false;
    qsizetype n = 0;
    for (QChar c : s) {
        if (!isSpaceChar(c) && ++n > limit)
            return true;
    }
    return false;
}

} // namespace duban
