#pragma once

#include "report/ganttrenderer.h"

#include <QImage>
#include <optional>

class QPagedPaintDevice;

namespace duban {

// How a chart wider or taller than the paper is laid out.
enum class GanttPrintMode {
    Pages,     // the chosen scale; as many pages across and down as needed, labels and scale on each
    FitHeight, // every row on the page's height; pages across for the dates
    FitPage    // everything on one page
};
QString ganttPrintModeKey(GanttPrintMode m); // pages / height / page
std::optional<GanttPrintMode> ganttPrintModeFromKey(const QString& key);
QString ganttPrintModeLabel(GanttPrintMode m);

struct GanttPrintOptions
{
    QDate from, to; // inclusive; invalid = the rows' extent
    GanttPrintMode mode = GanttPrintMode::Pages;
    double pixelsPerDay = ganttPixelsPerDay(GanttZoom::Month); // scale for Pages and FitHeight
    QString title;
    QDate today;
    GanttColors colors;
    QFont font = defaultFont(); // pixel-sized: 1 px = 1/96 inch on paper
    static QFont defaultFont(); // WenQuanYi Micro Hei: exact text in PDFs (see docs/toolchain.md)
};

// The date range every row's bar fits in (open-ended tasks: a quarter after their start), padded.
void ganttExtent(const QList<GanttRow>& rows, QDate* from, QDate* to);

// Paints the rows onto a printer or PDF writer, starting new pages as needed. Returns the number of
// pages, 0 on failure (error says why, in Chinese).
int printGantt(QPagedPaintDevice& device, const QList<GanttRow>& rows, const GanttPrintOptions& options,
               QString* error = nullptr);
// Writes a PDF (A4 landscape) through QPdfWriter.
int writeGanttPdf(const QString& path, const QList<GanttRow>& rows, const GanttPrintOptions& options,
                  QString* error = nullptr);
// The whole chart with its row labels as one image (PNG export), scaled down if it would be huge.
QImage renderGanttImage(const QList<GanttRow>& rows, const GanttPrintOptions& options);

} // namespace duban
