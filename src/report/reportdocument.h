#pragma once

#include "report/weeklyreport.h"

#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace duban {

// A weekly report laid out the way a supervision office prints it: A4 portrait, red masthead with the
// issue number, text in numbered sections, then tables. Tables repeat their header row on every page
// and no row is ever cut across two pages (the layout moves a row that would straddle a page break,
// with its table's header, to the next page). Pages carry a running header and a page number.
class ReportDocument
{
public:
    explicit ReportDocument(const WeeklyReport& report);
    ~ReportDocument();
    ReportDocument(const ReportDocument&) = delete;
    ReportDocument& operator=(const ReportDocument&) = delete;

    // Lays the pages out (once) and paints them on a PDF writer or printer, whose page layout it sets
    // to A4 portrait without margins (a QPrinter must be in full-page mode). Returns the pages painted.
    int print(QPagedPaintDevice* device);
    int pageCount(); // after layout
    // How many times the layout was checked and mended after the planned breaks (a handful; each pass
    // lays the whole document out again, so tests and the benchmark watch it).
    int layoutPasses() const;
    // One self-contained HTML file (the chart inline as PNG).
    QString html() const;
    // The laid-out document (page size set), for tests and previews.
    QTextDocument* document();

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

bool writeReportPdf(const WeeklyReport& report, const QString& path, QString* error, int* pages = nullptr);
bool writeReportHtml(const WeeklyReport& report, const QString& path, QString* error);

} // namespace duban
