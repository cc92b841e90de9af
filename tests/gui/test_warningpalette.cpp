// WarningPalette: the defaults, a round trip through a settings file, bad values, presets.
#include "palette/warningpalette.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace duban;

TEST(WarningPalette, Defaults)
{
    const WarningPalette p = WarningPalette::defaults();
    EXPECT_EQ(p.rules.dueSoonDays, 7);
    EXPECT_EQ(p.rules.paceTolerance, 5);
    EXPECT_EQ(p.overdue, QColor(0xdc, 0x26, 0x26));
    EXPECT_EQ(p.dueSoon, QColor(0xea, 0xb3, 0x08));
    EXPECT_EQ(p.onTrack, QColor(0x16, 0xa3, 0x4a));
    EXPECT_EQ(p.strong(DueState::Overdue), p.overdue);
    EXPECT_FALSE(p.strong(DueState::NoDeadline).isValid());
    EXPECT_FALSE(p.tint(DueState::Done).isValid());
    // 18% of (220, 38, 38) into white: 255 - 35*18/100 = 249, 255 - 217*18/100 = 216.
    EXPECT_EQ(p.tint(DueState::Overdue), QColor(249, 216, 216));
    EXPECT_EQ(p.paceColor(Pace::Behind), p.behindPace);
    EXPECT_FALSE(p.paceColor(Pace::NotApplicable).isValid());
    EXPECT_EQ(p.presetKey(), QStringLiteral("default"));
}

TEST(WarningPalette, EmptySettingsGiveDefaults)
{
    QTemporaryDir dir;
    QSettings s(dir.filePath(QStringLiteral("w.ini")), QSettings::IniFormat);
    EXPECT_EQ(WarningPalette::load(s), WarningPalette::defaults());
}

TEST(WarningPalette, RoundTripThroughSettingsFile)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("w.ini"));
    WarningPalette p = WarningPalette::defaults();
    p.rules.dueSoonDays = 10;
    p.rules.paceTolerance = 8;
    p.overdue = QColor(0x99, 0x00, 0x11);
    p.dueSoon = QColor(0x00, 0x44, 0xcc);
    p.behindPace = QColor(0xff, 0xee, 0x00);
    {
        QSettings s(file, QSettings::IniFormat);
        p.save(s);
    }
    QSettings s(file, QSettings::IniFormat);
    EXPECT_EQ(s.value(QStringLiteral("warnings/dueSoonDays")).toInt(), 10);
    EXPECT_EQ(s.value(QStringLiteral("warnings/overdue")).toString(), QStringLiteral("#990011"));
    const WarningPalette back = WarningPalette::load(s);
    EXPECT_EQ(back, p);
    EXPECT_EQ(back.dueSoon, QColor(0x00, 0x44, 0xcc));
    EXPECT_TRUE(back.presetKey().isEmpty()); // customised
}

TEST(WarningPalette, BadValuesKeepDefaults)
{
    QTemporaryDir dir;
    QSettings s(dir.filePath(QStringLiteral("w.ini")), QSettings::IniFormat);
    s.setValue(QStringLiteral("warnings/dueSoonDays"), QStringLiteral("soon"));
    s.setValue(QStringLiteral("warnings/paceTolerance"), -4);
    s.setValue(QStringLiteral("warnings/overdue"), QStringLiteral("not a colour"));
    s.setValue(QStringLiteral("warnings/onTrack"), QStringLiteral("#123456"));
    const WarningPalette p = WarningPalette::load(s);
    EXPECT_EQ(p.rules.dueSoonDays, 7);
    EXPECT_EQ(p.rules.paceTolerance, 5);
    EXPECT_EQ(p.overdue, WarningPalette::defaults().overdue);
    EXPECT_EQ(p.onTrack, QColor(0x12, 0x34, 0x56));
}

TEST(WarningPalette, Presets)
{
    const QList<WarningPalette::Preset> presets = WarningPalette::presets();
    ASSERT_EQ(presets.size(), 4);
    QStringList keys;
    for (const auto& p : presets) {
        EXPECT_FALSE(p.label.isEmpty());
        EXPECT_EQ(p.palette.presetKey(), p.key); // each preset is recognised as itself, none equal another
        keys << p.key;
    }
    EXPECT_EQ(keys, (QStringList{QStringLiteral("default"), QStringLiteral("three_days"),
                                 QStringLiteral("blue_soon"), QStringLiteral("ladder")}));
    EXPECT_EQ(presets[0].palette, WarningPalette::defaults());
    // 3 天内黄色、逾期红色
    EXPECT_EQ(presets[1].palette.rules.dueSoonDays, 3);
    EXPECT_EQ(presets[1].palette.overdue, WarningPalette::defaults().overdue);
    EXPECT_EQ(presets[1].palette.dueSoon, WarningPalette::defaults().dueSoon);
    // 临近截止蓝色、欠进度黄色、逾期红色
    const WarningPalette& blue = presets[2].palette;
    EXPECT_GT(blue.dueSoon.blue(), 200);
    EXPECT_LT(blue.dueSoon.red(), 100);
    EXPECT_EQ(blue.behindPace, WarningPalette::defaults().dueSoon);
    EXPECT_EQ(blue.overdue, WarningPalette::defaults().overdue);
    // Four colours, all different.
    const WarningPalette& ladder = presets[3].palette;
    const QList<QColor> four{ladder.onTrack, ladder.dueSoon, ladder.behindPace, ladder.overdue};
    for (int i = 0; i < 4; ++i)
        for (int j = i + 1; j < 4; ++j)
            EXPECT_NE(four[i], four[j]);
}

TEST(WarningPalette, CurrentIsSavedAndReloaded)
{
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("DubanPaletteTest"));
    QCoreApplication::setApplicationName(QStringLiteral("palette"));
    QSettings().clear();
    WarningPalette::reloadCurrent();
    EXPECT_EQ(WarningPalette::current(), WarningPalette::defaults());
    WarningPalette p = WarningPalette::presets().at(2).palette;
    WarningPalette::setCurrent(p);
    EXPECT_EQ(WarningPalette::current(), p);
    EXPECT_EQ(QSettings().value(QStringLiteral("warnings/dueSoon")).toString(), p.dueSoon.name());
    WarningPalette::reloadCurrent();
    EXPECT_EQ(WarningPalette::current(), p);
    QSettings().clear();
    WarningPalette::reloadCurrent();
}

TEST(WarningPalette, ChaseLevelsDefaultBlueYellowRedAndRename)
{
    const WarningPalette p = WarningPalette::defaults();
    EXPECT_EQ(p.chaseName(1), QStringLiteral("提醒"));
    EXPECT_EQ(p.chaseName(2), QStringLiteral("催办"));
    EXPECT_EQ(p.chaseName(3), QStringLiteral("通报"));
    EXPECT_EQ(p.chaseColor(1), QColor(0x25, 0x63, 0xeb));
    EXPECT_EQ(p.chaseColor(2), QColor(0xea, 0xb3, 0x08));
    EXPECT_EQ(p.chaseColor(3), QColor(0xdc, 0x26, 0x26));
    EXPECT_TRUE(p.chaseName(0).isEmpty());
    EXPECT_FALSE(p.chaseColor(4).isValid());
    EXPECT_EQ(p.signWorkingDays, 3);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("w.ini"));
    WarningPalette q = p;
    q.chaseNames[0] = QStringLiteral("温馨提示");
    q.chaseColors[2] = QColor(0x80, 0x00, 0x80);
    q.signWorkingDays = 5;
    {
        QSettings s(file, QSettings::IniFormat);
        q.save(s);
    }
    QSettings s(file, QSettings::IniFormat);
    EXPECT_EQ(s.value(QStringLiteral("warnings/chaseName1")).toString(), QStringLiteral("温馨提示"));
    const WarningPalette back = WarningPalette::load(s);
    EXPECT_EQ(back.chaseName(1), QStringLiteral("温馨提示"));
    EXPECT_EQ(back.chaseName(2), QStringLiteral("催办")); // untouched names stay the default
    EXPECT_EQ(back.chaseColor(3), QColor(0x80, 0x00, 0x80));
    EXPECT_EQ(back.signWorkingDays, 5);
    EXPECT_EQ(back, q);
    // Renaming a level is not a colour scheme of its own: the due-state preset still shows.
    EXPECT_EQ(back.presetKey(), QStringLiteral("default"));
}
