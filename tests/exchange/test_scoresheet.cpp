// The 考评 ranking as .xlsx, read back with the extract layer's reader: title, header, numbers as numbers
// (rates as fractions in percent cells), "—" for a rate with nothing to judge, and the rule on sheet 2.
#include "exchange/scoresheet.h"
#include "extract/xlsxreader.h"
#include "qtprint.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace duban;

TEST(ScoreSheet, XlsxReadsBack)
{
    // 甲: 3 due, 2 on time → 60 × 2/3 = 40; 签收 1 of 2 → 10; reports 3 of 3 → 20; 70 − 2 × 1 − 0.1 × 4 =
    // 67.6. 乙: nothing due or assigned (full weights), reports 0 of 1 → 80.
    UnitFigures a{7, QStringLiteral("市财政局")};
    a.tasks = 3;
    a.due = 3;
    a.doneOnTime = 2;
    a.overdue = 1;
    a.overdueDays = 4;
    a.assigned = 2;
    a.signedOnTime = 1;
    a.reported = 3;
    a.reports = 5;
    UnitFigures b{9, QStringLiteral("市商务局")};
    b.tasks = 1;
    const QList<UnitScore> scores = scoreUnits({a, b}, ScoreRule{});
    ASSERT_EQ(scores.size(), 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("考评.xlsx"));
    QString error;
    const ScorePeriod period{QDate(2024, 3, 1), QDate(2024, 3, 31), QDate(2024, 4, 1)};
    ASSERT_TRUE(writeScoreXlsx(scores, period, ScoreRule{}, path, &error)) << error.toStdString();

    QList<XlsxSheet> sheets;
    ASSERT_TRUE(readXlsx(path, &sheets, &error)) << error.toStdString();
    ASSERT_EQ(sheets.size(), 2);
    const XlsxSheet& s = sheets[0];
    EXPECT_EQ(s.name, QStringLiteral("考评排名"));
    EXPECT_EQ(s.cell(1, 1).text, QStringLiteral("考评结果：2024-03-01 至 2024-03-31（截至 2024-04-01）"));
    EXPECT_EQ(s.cell(2, 1).text, QStringLiteral("名次"));
    EXPECT_EQ(s.cell(2, 19).text, QStringLiteral("总分"));
    // Row 3: 乙 first (80), row 4: 甲 (67.6).
    EXPECT_EQ(s.cell(3, 2).text, QStringLiteral("市商务局"));
    EXPECT_DOUBLE_EQ(s.cell(3, 19).number, 80);
    EXPECT_EQ(s.cell(3, 6).text, QStringLiteral("—"));
    EXPECT_EQ(s.cell(4, 1).number, 2);
    EXPECT_EQ(s.cell(4, 2).text, QStringLiteral("市财政局"));
    EXPECT_TRUE(s.cell(4, 6).isNumber);
    EXPECT_DOUBLE_EQ(s.cell(4, 6).number, 0.6667); // 66.67 %
    EXPECT_DOUBLE_EQ(s.cell(4, 11).number, 0.5);
    EXPECT_DOUBLE_EQ(s.cell(4, 8).number, 4);
    EXPECT_DOUBLE_EQ(s.cell(4, 13).number, 5);
    EXPECT_DOUBLE_EQ(s.cell(4, 17).number, 70);
    EXPECT_DOUBLE_EQ(s.cell(4, 18).number, 2.4);
    EXPECT_DOUBLE_EQ(s.cell(4, 19).number, 67.6);
    EXPECT_EQ(sheets[1].name, QStringLiteral("评分规则"));
    EXPECT_DOUBLE_EQ(sheets[1].cell(2, 2).number, 60);
    EXPECT_DOUBLE_EQ(sheets[1].cell(10, 2).number, 3);
}
