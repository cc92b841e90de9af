#pragma once

#include <QString>

namespace duban {

// The text with all white space taken out. Chinese needs no spaces, and exports scatter them inside
// names and dates (市大数 据局, 2022年 12月底).
inline QString compactText(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

} // namespace duban
