#pragma once

#include "core/duestate.h"

#include <QColor>

namespace duban {

// When a task counts as due soon or behind pace, and the colours every view paints due states in.
// Offices colour warnings differently, so these are settings (QSettings group "warnings") with the
// red / yellow / green default; the table, kanban, Gantt and overdue views all read them here.
struct WarningPalette
{
    DueRules rules;   // dueSoonDays (default 7) and the pace tolerance
    QColor overdue;   // strong colours: bars, card stripes, chart series
    QColor dueSoon;
    QColor onTrack;
    QColor behindPace;
    QColor done;

    static WarningPalette defaults();
    static const WarningPalette& current(); // loaded from QSettings on first use
    static void setCurrent(const WarningPalette& p); // saves to QSettings

    QColor strong(DueState s) const;                // invalid colour: no state colour
    QColor tint(DueState s) const;                  // light version for cell and card backgrounds
    bool operator==(const WarningPalette&) const;
};

} // namespace duban
