#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace duban {

// The document's prose as one string with line breaks taken out, so that clauses, unit names and dates
// broken across lines (市大数\n据局) read whole, plus a map from every position back to its source line.
class TextStream
{
public:
    // `skip[i]` leaves line i out (table rows are read separately).
    TextStream(const QStringList& cleanedLines, const QList<bool>& skip);

    const QString& text() const { return m_text; }
    int lineAt(int pos) const;     // 0-based source line of a stream position
    int posOfLine(int line) const; // stream position where line starts; -1 when left out or empty
    int endOfLine(int line) const; // stream position just past the line's text

    // Strips what export tools add around a line: Markdown #/- markers, trailing spaces, full-width spaces.
    static QString cleanLine(const QString& raw);

private:
    QString m_text;
    QList<int> m_starts;    // stream position of each included line, ascending
    QList<int> m_lines;     // source line of each included line
    QList<int> m_posOfLine; // per source line: stream position or -1
};

} // namespace duban
