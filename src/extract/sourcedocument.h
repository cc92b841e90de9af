#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace duban {

// Where a line recognised from a scan sits on its page image (box as fractions of the image), and how
// sure Tesseract was of it (0..100).
struct LineGeometry
{
    int page = -1; // 0-based index into pageImages
    QRectF box;
    float confidence = -1;
};

// A document as text, one entry per line, with a way back to where each line came from.
// For .txt/.md a line is the file's own line (line i is lines[i-1]). For .docx a line is a paragraph
// or a table row (cells joined by tabs); for .pdf a line is a line of text on a page.
struct SourceDocument
{
    QString path;   // as given by the user (or "粘贴文本" for pasted text)
    QString format; // "txt", "docx", "pdf", "paste"
    QStringList lines;
    QStringList locations; // empty for txt; else parallel to lines: "第2段", "表1第3行", "第4页"

    // Scans and photos (read by OCR): per line, parallel to lines; the deskewed pages, scaled for display.
    QList<LineGeometry> geometry;
    QList<QImage> pageImages;
    QString note; // what the reader did that the user should know (a garbled text layer recognised instead)

    QString locationOf(int line) const; // 1-based line -> readable location
    bool recognised() const { return !geometry.isEmpty(); }
};

} // namespace duban
