#pragma once

#include <QImage>
#include <QList>
#include <QRect>

namespace duban {

// The regions of a scanned page in reading order. A page set in two columns (a gazette, a bulletin) has
// a white gutter down its middle that no line crosses; read as one block, Tesseract would join the left
// and the right line of each row into one. Rows that do cross it (a title, a full-width table) stay whole.
// A page without such a gutter is one region, the whole page.
QList<QRect> readingRegions(const QImage& page);

} // namespace duban
