#pragma once

#include <QString>
#include <QStringList>

namespace duban {

// A document as text, one entry per line, with a way back to where each line came from.
// For .txt/.md a line is the file's own line (line i is lines[i-1]). For .docx a line is a paragraph
// or a table row (cells joined by tabs); for .pdf a line is a line of text on a page.
struct SourceDocument
{
    QString path;   // as given by the user (or "粘贴文本" for pasted text)
    QString format; // "txt", "docx", "pdf", "paste"
    QStringList lines;
    QStringList locations; // empty for txt; else parallel to lines: "第2段", "表1第3行", "第4页"

    QString locationOf(int line) const; // 1-based line -> readable location
};

} // namespace duban
