#pragma once

#include "report/weeklyreport.h"

#include <QImage>
#include <QList>
#include <QStringList>

namespace duban {

// What the weekly report says, in reading order, before any layout: ReportDocument turns these blocks
// into pages and HTML.
struct ReportTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> widths;   // percent of the text width, one per column
    QList<bool> centred; // per column; the others are left-aligned
};

struct ReportBlock
{
    enum Kind { Masthead, Number, Byline, Headline, Heading, SubHeading, Paragraph, Table, Chart, Signature };
    Kind kind = Paragraph;
    QString text;
    QString second; // Byline: the date (text is the office); Signature: the date
    ReportTable table;
};

QList<ReportBlock> reportBlocks(const WeeklyReport& report);

// Stacked bars per lead unit (done, on track, behind pace, overdue), painted with QPainter.
// size in layout pixels (96 per inch); scale multiplies the image's resolution for print.
QImage unitChart(const WeeklyReport& report, const QSize& size, qreal scale);
int unitChartUnits(const WeeklyReport& report); // bars drawn: 0 means no chart

QString reportFontFamily(); // WenQuanYi Micro Hei: embeds and extracts exactly in PDFs

} // namespace duban
