#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <vector>

namespace duban::test {

// Drops every whitespace character: references and readers disagree on line breaks and spacing, not
// on the characters a reader must get right.
inline QString withoutWhitespace(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

// Character similarity: 1 - Levenshtein distance / length of the longer text, on whitespace-free text.
inline double similarity(const QString& a0, const QString& b0)
{
    const QString a = withoutWhitespace(a0), b = withoutWhitespace(b0);
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (size_t j = 0; j < prev.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int sub = prev[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[size_t(j)] = std::min({sub, prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1});
        }
        std::swap(prev, cur);
    }
    return 1.0 - double(prev[size_t(b.size())]) / double(std::max(a.size(), b.size()));
}

// Share of the reference's characters (as a multiset) the text holds, whatever their order: for forms,
// where a writer's order of text objects is not the reading order.
inline double characterRecall(const QString& text, const QString& reference)
{
    QHash<QChar, int> have;
    for (QChar c : withoutWhitespace(text))
        ++have[c];
    const QString ref = withoutWhitespace(reference);
    qsizetype found = 0;
    for (QChar c : ref) {
        if (have.value(c) > 0) {
            --have[c];
            ++found;
        }
    }
    return ref.isEmpty() ? 1.0 : double(found) / double(ref.size());
}

} // namespace duban::test
