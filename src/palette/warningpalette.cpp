#include "palette/warningpalette.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>
#include <QSettings>
#include <algorithm>
#include <iterator>

namespace duban {

namespace {

const auto kGroup = QStringLiteral("warnings");

WarningPalette& cached()
{
    static WarningPalette p = [] {
        QSettings s;
        return WarningPalette::load(s);
    }();
    return p;
}

// 18% of the colour into white: legible black text on it, still clearly the colour.
QColor mixIntoWhite(const QColor& c)
{
    if (!c.isValid())
        return {};
    auto mix = [](int v) { return 255 - (255 - v) * 18 / 100; };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
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
    p.chaseColors[0] = QColor(0x25, 0x63, 0xeb);
    p.chaseColors[1] = QColor(0xea, 0xb3, 0x08);
    p.chaseColors[2] = QColor(0xdc, 0x26, 0x26);
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
    p.save(s);
}

void WarningPalette::reloadCurrent()
{
    QSettings s;
    cached() = load(s);
}

WarningPalette WarningPalette::load(QSettings& s)
{
    WarningPalette d = defaults();
    s.beginGroup(kGroup);
    auto number = [&](const char* key, int& v, int lo, int hi) {
        bool ok = false;
        const int n = s.value(QLatin1String(key)).toInt(&ok);
        if (ok && n >= lo && n <= hi)
            v = n;
    };
    number("dueSoonDays", d.rules.dueSoonDays, 0, 365);
    number("paceTolerance", d.rules.paceTolerance, 0, 100);
    number("signWorkingDays", d.signWorkingDays, 0, 60);
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
    for (int l = 0; l < kChaseLevels; ++l) {
        d.chaseNames[l] = s.value(QStringLiteral("chaseName%1").arg(l + 1)).toString().trimmed();
        const QColor c(s.value(QStringLiteral("chaseColor%1").arg(l + 1)).toString());
        if (c.isValid())
            d.chaseColors[l] = c;
    }
    s.endGroup();
    return d;
}

void WarningPalette::save(QSettings& s) const
{
    s.beginGroup(kGroup);
    s.setValue(QStringLiteral("dueSoonDays"), rules.dueSoonDays);
    s.setValue(QStringLiteral("paceTolerance"), rules.paceTolerance);
    s.setValue(QStringLiteral("overdue"), overdue.name());
    s.setValue(QStringLiteral("dueSoon"), dueSoon.name());
    s.setValue(QStringLiteral("onTrack"), onTrack.name());
    s.setValue(QStringLiteral("behindPace"), behindPace.name());
    s.setValue(QStringLiteral("done"), done.name());
    s.setValue(QStringLiteral("signWorkingDays"), signWorkingDays);
    for (int l = 0; l < kChaseLevels; ++l) {
        s.setValue(QStringLiteral("chaseName%1").arg(l + 1), chaseNames[l].trimmed());
        s.setValue(QStringLiteral("chaseColor%1").arg(l + 1), chaseColors[l].name());
    }
    s.endGroup();
}

QList<WarningPalette::Preset> WarningPalette::presets()
{
    const WarningPalette base = defaults();
    WarningPalette threeDays = base;
    threeDays.rules.dueSoonDays = 3;
    // Due soon in blue so that yellow can mean "behind pace" (序时进度滞后) alone.
    WarningPalette blue = base;
    blue.dueSoon = QColor(0x25, 0x63, 0xeb);
    blue.behindPace = QColor(0xea, 0xb3, 0x08);
    // Green, yellow, orange, red: each step one stage closer to (or past) the deadline.
    WarningPalette ladder = base;
    ladder.rules.dueSoonDays = 14;
    ladder.onTrack = QColor(0x16, 0xa3, 0x4a);
    ladder.dueSoon = QColor(0xfa, 0xcc, 0x15);
    ladder.behindPace = QColor(0xf9, 0x73, 0x16);
    ladder.overdue = QColor(0xb9, 0x1c, 0x1c);
    return {
        {QStringLiteral("default"),
         QCoreApplication::translate("WarningPalette", "默认：逾期红、临期黄（7 天内）、正常绿"), base},
        {QStringLiteral("three_days"), QCoreApplication::translate("WarningPalette", "3 天内黄色、逾期红色"),
         threeDays},
        {QStringLiteral("blue_soon"),
         QCoreApplication::translate("WarningPalette", "临近截止蓝色、欠进度黄色、逾期红色"), blue},
        {QStringLiteral("ladder"),
         QCoreApplication::translate("WarningPalette",
                                     "四色阶梯：正常绿、临期黄（14 天内）、欠进度橙、逾期深红"),
         ladder},
    };
}

QString WarningPalette::presetKey() const
{
    // Presets are due-state schemes: the 催办 levels and the 签收 window do not make a palette custom.
    for (Preset& p : presets()) {
        p.palette.keepChaseAndSign(*this);
        if (p.palette == *this)
            return p.key;
    }
    return {};
}

void WarningPalette::keepChaseAndSign(const WarningPalette& from)
{
    for (int l = 0; l < kChaseLevels; ++l) {
        chaseNames[l] = from.chaseNames[l];
        chaseColors[l] = from.chaseColors[l];
    }
    signWorkingDays = from.signWorkingDays;
}

QString WarningPalette::chaseName(int level) const
{
    if (level < 1 || level > kChaseLevels)
        return {};
    const QString& n = chaseNames[level - 1];
    return n.trimmed().isEmpty() ? chaseLevelLabel(level) : n.trimmed();
}

QStringList WarningPalette::chaseNameList() const
{
    QStringList out;
    for (int l = 1; l <= kChaseLevels; ++l)
        out << chaseName(l);
    return out;
}

QColor WarningPalette::chaseColor(int level) const
{
    return level >= 1 && level <= kChaseLevels ? chaseColors[level - 1] : QColor();
}

QIcon WarningPalette::chaseIcon(int level, int size) const
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(chaseColor(level));
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return QIcon(pm);
}

QColor WarningPalette::chaseTint(int level) const
{
    return mixIntoWhite(chaseColor(level));
}

QColor WarningPalette::strong(DueState s) const
{
    switch (s) {
    case DueState::Overdue:
        return overdue;
    case DueState::DueSoon:
        return dueSoon;
    case DueState::OnTrack:
        return onTrack;
    case DueState::Done:
        return done;
    default:
        return {};
    }
}

QColor WarningPalette::tint(DueState s) const
{
    if (s == DueState::Done)
        return {};
    return mixIntoWhite(strong(s));
}

QColor WarningPalette::paceColor(Pace p) const
{
    switch (p) {
    case Pace::Behind:
        return behindPace;
    case Pace::OnPace:
    case Pace::Ahead:
        return onTrack;
    case Pace::NotApplicable:
        break;
    }
    return {};
}

bool WarningPalette::operator==(const WarningPalette& o) const
{
    return rules.dueSoonDays == o.rules.dueSoonDays && rules.paceTolerance == o.rules.paceTolerance &&
           overdue == o.overdue && dueSoon == o.dueSoon && onTrack == o.onTrack &&
           behindPace == o.behindPace && done == o.done && signWorkingDays == o.signWorkingDays &&
           std::equal(std::begin(chaseNames), std::end(chaseNames), std::begin(o.chaseNames)) &&
           std::equal(std::begin(chaseColors), std::end(chaseColors), std::begin(o.chaseColors));
}

} // namespace duban
