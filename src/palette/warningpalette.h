#pragma once

#include "core/duestate.h"
#include "core/workflow.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

class QSettings;

namespace duban {

// When a task counts as due soon or behind pace, and the colours every view paints due states in.
// Offices colour warnings differently, so these are settings (QSettings group "warnings") with the
// red / yellow / green default; the table, kanban, Gantt and overdue views all read them here.
struct WarningPalette
{
    DueRules rules; // dueSoonDays (default 7) and the pace tolerance
    QColor overdue; // strong colours: bars, card stripes, chart series
    QColor dueSoon;
    QColor onTrack;
    QColor behindPace;
    QColor done;
    // 催办 levels 1..kChaseLevels (提醒 / 催办 / 通报 in 蓝 / 黄 / 红 by default): an empty name is the
    // level's default, translated. The event dialog, timeline, 催办单 and reports name and colour by these.
    QString chaseNames[kChaseLevels];
    QColor chaseColors[kChaseLevels];
    // 签收 is late when not done within this many working days of 交办 (the task views flag it).
    int signWorkingDays = 3;

    static WarningPalette defaults();
    static const WarningPalette& current();          // loaded from QSettings on first use
    static void setCurrent(const WarningPalette& p); // saves to QSettings

    // Reads / writes the "warnings" group of the given settings; missing or invalid values keep the
    // defaults, so an old or hand-edited settings file still gives a usable palette.
    static WarningPalette load(QSettings& s);
    void save(QSettings& s) const;
    static void reloadCurrent(); // re-reads QSettings (another window or a test changed them)

    // Ready-made schemes offices use; the settings dialog offers them beside custom colours.
    struct Preset;
    static QList<Preset> presets();
    QString presetKey() const; // the preset this palette equals, empty when customised
    // Copies the 催办 levels and the 签收 window: a preset applied keeps the office's own.
    void keepChaseAndSign(const WarningPalette& from);

    QColor strong(DueState s) const;            // invalid colour: no state colour
    QColor tint(DueState s) const;              // light version for cell and card backgrounds
    QColor paceColor(Pace p) const;             // behindPace for Behind, onTrack otherwise, invalid for n/a
    QStringList chaseNameList() const;          // chaseName(1) … chaseName(kChaseLevels)
    QString chaseName(int level) const;         // empty outside 1..kChaseLevels
    QColor chaseColor(int level) const;         // invalid outside 1..kChaseLevels
    QColor chaseTint(int level) const;          // light version for timeline rows
    QIcon chaseIcon(int level, int size) const; // a swatch for level pickers
    bool operator==(const WarningPalette&) const;
};

struct WarningPalette::Preset
{
    QString key;   // stable id: "default", "three_days", "blue_soon", "ladder"
    QString label; // translated
    WarningPalette palette;
};

} // namespace duban
