#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace duban {

// A word as poppler's text layer gives it (Page::textList()), in points from the page's top left.
struct LayoutWord
{
    QString text;
    QRectF box;
    bool spaceAfter = false;
};

struct LayoutPage
{
    QSizeF size;
    QList<LayoutWord> words;
};

// A line of reading-order text; a table row has its cells joined by tabs (what the table parser reads),
// its wrapped cell lines merged into the cell.
struct LayoutLine
{
    int page = 0; // 0-based
    QString text;
    QRectF box;
};

// Puts the words of a PDF back into reading order: lines by baseline, two-column pages column by column,
// tables rebuilt into rows from the cells' positions, running headers, footers and page numbers dropped.
QList<LayoutLine> layoutPdfText(const QList<LayoutPage>& pages);

// "— 3 —", "第 3 页 共 9 页", "3/9": what a page number printed in a header or footer looks like.
bool isPageNumberLine(const QString& text);

// Text layers whose fonts lack a ToUnicode map give private-use code points, control characters or
// unrelated ideographs; true when a page's text looks like that rather than like Chinese prose.
bool looksGarbled(const QString& text);

} // namespace duban
