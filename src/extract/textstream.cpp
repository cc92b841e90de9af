#include "extract/textstream.h"

#include "extract/textutil.h"

#include <algorithm>

namespace duban {

TextStream::TextStream(const QStringList& cleanedLines, const QList<bool>& skip)
{
    m_posOfLine.fill(-1, cleanedLines.size());
    qsizetype total = 0;
    for (const QString& l : cleanedLines)
        total += l.size();
    m_text.reserve(total);
    for (int i = 0; i < cleanedLines.size(); ++i) {
        const QString& l = cleanedLines[i];
        if (l.isEmpty() || (i < skip.size() && skip[i]))
            continue;
        m_posOfLine[i] = int(m_text.size());
        m_starts.append(int(m_text.size()));
        m_lines.append(i);
        m_text.append(l);
    }
}

int TextStream::lineAt(int pos) const
{
    if (m_starts.isEmpty())
        return 0;
    auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), pos);
    const auto idx = std::max<qsizetype>(0, (it - m_starts.cbegin()) - 1);
    return m_lines[idx];
}

int TextStream::posOfLine(int line) const
{
    return line >= 0 && line < m_posOfLine.size() ? m_posOfLine[line] : -1;
}

int TextStream::endOfLine(int line) const
{
    const int start = posOfLine(line);
    if (start < 0)
        return -1;
    auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), start);
    return it == m_starts.cend() ? int(m_text.size()) : *it;
}

QString TextStream::cleanLine(const QString& raw)
{
    qsizetype b = 0, e = raw.size();
    // Tabs separate table cells: a leading tab is an empty first cell, not blank space.
    auto isBlank = [](QChar c) {
        return (isSpaceChar(c) && c != u'\t') || c == QChar(0x3000) || c == QChar(0xFEFF);
    };
    while (b < e && isBlank(raw[b]))
        ++b;
    while (e > b && isBlank(raw[e - 1]))
        --e;
    // Markdown export: "## 标题", "- 目录项".
    qsizetype h = b;
    while (h < e && raw[h] == u'#')
        ++h;
    if (h > b && h < e && raw[h] == u' ')
        b = h + 1;
    else if (h == e && h > b)
        return {};
    if (e - b >= 2 && (raw[b] == u'-' || raw[b] == u'*') && raw[b + 1] == u' ')
        b += 2;
    while (b < e && isBlank(raw[b]))
        ++b;
    return raw.mid(b, e - b);
}

} // namespace duban
