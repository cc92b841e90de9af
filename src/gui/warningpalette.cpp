#include "gui/warningpalette.h"

#include <QSettings>

namespace duban {

namespace {

WarningPalette& cached()
{
    static WarningPalette p = [] {
        WarningPalette d = WarningPalette::defaults();
        QSettings s;
        s.beginGroup(QStringLiteral("warnings"));
        d.rules.dueSoonDays = s.value(QStringLiteral("dueSoonDays"), d.rules.dueSoonDays).toInt();
        d.rules.paceTolerance = s.value(QStringLiteral("paceTolerance"), d.rules.paceTolerance).toInt();
        auto color = [&](const char* key, QColor& c) {
            const QColor v(s.value(QLatin1String(key)).toString());
            if (v.isValid())
                c = v;
        };
        color("overdue", d.overdue);
        color("dueSoon", d.dueSoon);
        color("onTrack", d.onTrack);
        color("behindPace", d.behindPace);
        color("done", d.done);
        return d;
    }();
    return p;
}

} // namespace

WarningPalette WarningPalette::defaults()
{
    WarningPalette p;
    p.overdue = QColor(0xdc, 0x26, 0x26);
    p.dueSoon = QColor(0xea, 0xb3, 0x08);
    p.onTrack = QColor(0x16, 0xa3, 0x4a);
    p.behindPace = QColor(0xea, 0x58, 0x0c);
    p.done = QColor(0x64, 0x74, 0x8b);
    return p;
}

const WarningPalette& WarningPalette::current()
{
    return cached();
}

void WarningPalette::setCurrent(const WarningPalette& p)
{
    cached() = p;
    QSettings s;
    s.beginGroup(QStringLiteral("warnings"));
    s.setValue(QStringLiteral("dueSoonDays"), p.rules.dueSoonDays);
    s.setValue(QStringLiteral("paceTolerance"), p.rules.paceTolerance);
    s.setValue(QStringLiteral("overdue"), p.overdue.name());
    s.setValue(QStringLiteral("dueSoon"), p.dueSoon.name());
    s.setValue(QStringLiteral("onTrack"), p.onTrack.name());
    s.setValue(QStringLiteral("behindPace"), p.behindPace.name());
    s.setValue(QStringLiteral("done"), p.done.name());
}

QColor WarningPalette::strong(DueState s) const
{
    switch (s) {
    case DueState::Overdue: return overdue;
    case DueState::DueSoon: return dueSoon;
    case DueState::OnTrack: return onTrack;
    case DueState::Done: return done;
    default: return {};
    }
}

QColor WarningPalette::tint(DueState s) const
{
    if (s == DueState::Done)
        return {};
    const QColor c = strong(s);
    if (!c.isValid())
        return {};
    // Mix 18% of the colour into white: legible black text on it, still clearly the colour.
    auto mix = [](int v) { return 255 - (255 - v) * 18 / 100; };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

bool WarningPalette::operator==(const WarningPalette& o) const
{
    return rules.dueSoonDays == o.rules.dueSoonDays && rules.paceTolerance == o.rules.paceTolerance &&
           overdue == o.overdue && dueSoon == o.dueSoon && onTrack == o.onTrack && behindPace == o.behindPace &&
           done == o.done;
}

} // namespace duban
