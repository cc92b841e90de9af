#pragma once

#include "palette/warningpalette.h"
#include "report/ganttdata.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>

class QPainter;

namespace duban {

// Zoom steps of the chart; each is a pixels-per-day scale with its own two-tier time header.
enum class GanttZoom { Day, Week, Month, Quarter, Year };
inline constexpr GanttZoom kGanttZooms[] = {GanttZoom::Day, GanttZoom::Week, GanttZoom::Month,
                                            GanttZoom::Quarter, GanttZoom::Year};
double ganttPixelsPerDay(GanttZoom z);
QString ganttZoomLabel(GanttZoom z); // 日 / 周 / 月 / 季 / 年

// Due-state colours are the warning palette's (palette/warningpalette.h) so chart, table and paper agree;
// the rest are the chart's own neutral colours.
struct GanttColors
{
    WarningPalette states =
        WarningPalette::defaults(); // its strong colours: overdue, due soon, on track, done
    QColor noDeadline{0x3b, 0x82, 0xf6};
    QColor suspended{0x9c, 0xa3, 0xaf};
    QColor group{0x33, 0x41, 0x55};
    QColor groupBackground{0xf1, 0xf5, 0xf9};
    QColor grid{0xe2, 0xe8, 0xf0};
    QColor weekend{0xf8, 0xfa, 0xfc};
    QColor today{0x25, 0x63, 0xeb};
    QColor header{0xf8, 0xfa, 0xfc};
    QColor text{0x1e, 0x29, 0x3b};
    QColor muted{0x64, 0x74, 0x8b};
    QColor selection{0xdb, 0xea, 0xfe};
    QColor forState(DueState s) const; // the palette's, else suspended or noDeadline
};

// One painted row: a group summary (task == nullptr) or a task of that group.
struct GanttRow
{
    const GanttGroup* group = nullptr;
    const GanttTask* task = nullptr;
    bool selected = false;
};
// Every group followed by all of its tasks.
QList<GanttRow> ganttRows(const GanttData& data);

// Paints Gantt rows over a date range onto any QPainter: the screen view, print pages and PNG export all
// go through here, so what is on paper is what is on screen. Chart coordinates: x = 0 at from(), one day
// is pixelsPerDay() wide; row r spans y = r * rowHeight() .. (r + 1) * rowHeight(). Callers translate
// and clip; paint calls touch only the rows and x range they are given.
class GanttRenderer
{
    Q_DECLARE_TR_FUNCTIONS(duban::GanttRenderer)
public:
    GanttRenderer();

    void setRows(const QList<GanttRow>& rows) { m_rows = rows; }
    const QList<GanttRow>& rows() const { return m_rows; }
    int rowCount() const { return int(m_rows.size()); }
    void setSelected(int row, bool selected);

    void setRange(const QDate& from, const QDate& to); // inclusive
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    void setPixelsPerDay(double ppd) { m_ppd = ppd; }
    double pixelsPerDay() const { return m_ppd; }
    void setFont(const QFont& f);
    QFont font() const { return m_font; }
    int rowHeight() const { return m_rowHeight; }
    int headerHeight() const { return 2 * m_tierHeight; }
    void setColors(const GanttColors& c) { m_colors = c; }
    const GanttColors& colors() const { return m_colors; }
    void setToday(const QDate& d) { m_today = d; }
    QDate today() const { return m_today; }

    double width() const; // of the whole range
    double xOf(const QDate& d) const;
    QDate dateAt(double x) const;
    QDate scaleUnitStart(const QDate& d) const; // first day of d's unit on the lower tier of the time scale
    int rowAt(double y) const;                  // -1 outside

    QRectF barRect(int row) const;      // chart coordinates; empty when the row draws no bar
    QRectF progressRect(int row) const; // the part filled by percent done
    QColor barColor(int row) const;
    QString toolTip(int row) const;

    void paintHeader(QPainter& p, double x0, double x1) const; // y 0 .. headerHeight()
    void paintBody(QPainter& p, double x0, double x1, int firstRow, int lastRow) const;
    // The row labels beside the chart (paper and images; on screen the tree shows them).
    void paintLabelHeader(QPainter& p, double width) const;
    void paintLabels(QPainter& p, double width, int firstRow, int lastRow) const;

private:
    enum class Unit { Day, Week, Month, Quarter, HalfYear, Year };
    struct Tiers
    {
        Unit top, bottom;
    };
    Tiers tiers() const;
    // Month, quarter, half year and year: runs of 1, 3, 6 and 12 months from January; 0 for day and week.
    static int monthsIn(Unit u);
    static QDate unitStart(const QDate& d, Unit u);
    static QDate nextUnit(const QDate& d, Unit u);
    static QString unitLabel(const QDate& d, Unit u, bool top);
    void paintTier(QPainter& p, Unit u, bool top, double y, double x0, double x1) const;
    void paintTask(QPainter& p, const GanttTask& t, double y, double x0, double x1) const;
    void paintGroup(QPainter& p, const GanttGroup& g, double y) const;
    struct LabelColumns
    {
        double unit, deadline; // left edges; the title runs from 0 to unit
    };
    LabelColumns labelColumns(double width) const;

    QList<GanttRow> m_rows;
    QDate m_from, m_to, m_today;
    double m_ppd = 3;
    QFont m_font, m_bold, m_small;
    int m_rowHeight = 24, m_tierHeight = 20;
    double m_smallHeight = 10;
    GanttColors m_colors;
};

} // namespace duban
