#include "extract/ofdlayout.h"

#include <algorithm>
#include <cmath>

namespace duban {

QList<double> ofdNumbers(QStringView list, qsizetype limit)
{
    QList<double> out;
    const auto tokens = list.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < tokens.size() && out.size() < limit; ++i) {
        bool ok = false;
        if (tokens[i] == u"g") {
            if (i + 2 >= tokens.size())
                break;
            const qlonglong n = tokens[i + 1].toLongLong(&ok);
            bool okValue = false;
            const double v = tokens[i + 2].toDouble(&okValue);
            if (!ok || !okValue || n < 0 || !std::isfinite(v))
                break;
            for (qlonglong k = 0; k < n && out.size() < limit; ++k)
                out.append(v);
            i += 2;
            continue;
        }
        const double v = tokens[i].toDouble(&ok);
        if (!ok || !std::isfinite(v))
            break;
        out.append(v);
    }
    return out;
}

QStringList ofdLines(QList<OfdGlyph> glyphs)
{
    std::stable_sort(glyphs.begin(), glyphs.end(),
                     [](const OfdGlyph& a, const OfdGlyph& b) { return a.y < b.y; });
    QStringList out;
    qsizetype start = 0;
    while (start < glyphs.size()) {
        // A line: every glyph whose baseline is close to the first one's.
        // The smaller font decides: a small byline right under a large title is a line of its own.
        const double base = glyphs[start].y;
        qsizetype end = start + 1;
        while (end < glyphs.size() &&
               glyphs[end].y - base <= std::max(0.3, 0.4 * std::min(glyphs[start].size, glyphs[end].size)))
            ++end;
        std::stable_sort(glyphs.begin() + start, glyphs.begin() + end,
                         [](const OfdGlyph& a, const OfdGlyph& b) { return a.x < b.x; });
        QString line;
        for (qsizetype i = start; i < end; ++i) {
            const OfdGlyph& g = glyphs[i];
            if (i > start) {
                const OfdGlyph& prev = glyphs[i - 1];
                const double gap = g.x - (prev.x + prev.advance);
                if (gap > 0.8 * std::max(g.size, prev.size) && !line.endsWith(u' '))
                    line += u' ';
            }
            line += g.text;
        }
        out.append(line.trimmed());
        start = end;
    }
    return out;
}

} // namespace duban
