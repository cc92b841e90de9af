#include "extract/structure.h"
#include "extract/tableparser.h"
#include "extract/textstream.h"
#include "qtprint.h"

#include <gtest/gtest.h>

using namespace duban;

TEST(Structure, HeadingLevels)
{
    int n = 0;
    EXPECT_EQ(headingLevel(QStringLiteral("二、完善公共卫生设施"), &n), 1);
    EXPECT_EQ(n, 2);
    EXPECT_EQ(headingLevel(QStringLiteral("（十三）深化卫生城镇创建。"), &n), 2);
    EXPECT_EQ(n, 4);
    EXPECT_EQ(headingLevel(QStringLiteral("12.建立柔性灵活的人才激励机制")), 3);
    EXPECT_EQ(headingLevel(QStringLiteral("1. 支持发放消费券")), 3);
    EXPECT_EQ(headingLevel(QStringLiteral("(2) 各县区")), 4);
    EXPECT_EQ(headingLevel(QStringLiteral("①将评价结果")), 5);
    EXPECT_EQ(headingLevel(QStringLiteral("1.5万元补助")), 0);
    EXPECT_EQ(headingLevel(QStringLiteral("2021 年 12 月底前")), 0);
    EXPECT_EQ(headingLevel(QStringLiteral("（市大数据局牵头）")), 0);
}

TEST(Structure, HeadingTexts)
{
    QString label, title;
    headingTexts(QStringLiteral("（三）深入开展城乡环境卫生综合整治。聚焦重点场所"), 3, &label, &title);
    EXPECT_EQ(label, QStringLiteral("（三）深入开展城乡环境卫生综合整治"));
    EXPECT_EQ(title, QStringLiteral("深入开展城乡环境卫生综合整治"));
}

TEST(Structure, DocNumbers)
{
    EXPECT_EQ(normaliseDocNumber(QStringLiteral("驻政办〔2020〕46 号")),
              QStringLiteral("驻政办〔2020〕46号"));
    EXPECT_EQ(normaliseDocNumber(QStringLiteral("驻政办[2020]46号")), QStringLiteral("驻政办〔2020〕46号"));
}

TEST(Structure, DirectiveTitleOverSeveralLines)
{
    const QStringList lines = {QStringLiteral("- 目录项 /45"),
                               QString(),
                               QStringLiteral(" 驻马店市人民政府办公室"),
                               QString(),
                               QStringLiteral("关于加快推进新型智慧城市建设的通知"),
                               QString(),
                               QStringLiteral("驻政办〔2020〕46 号"),
                               QStringLiteral("各县（区）人民政府，市直各单位："),
                               QStringLiteral("2020年7月2日")};
    QStringList cleaned;
    for (const auto& l : lines)
        cleaned.append(TextStream::cleanLine(l));
    const auto ds = findDirectives(cleaned);
    ASSERT_EQ(ds.size(), 1);
    EXPECT_EQ(ds[0].info.title, QStringLiteral("驻马店市人民政府办公室关于加快推进新型智慧城市建设的通知"));
    EXPECT_EQ(ds[0].info.docNumber, QStringLiteral("驻政办〔2020〕46号"));
    EXPECT_EQ(ds[0].info.year, 2020);
    EXPECT_EQ(ds[0].info.date, QDate(2020, 7, 2));
    EXPECT_EQ(ds[0].firstLine, 2);
}

TEST(Structure, SpeechStarts)
{
    const QStringList lines = {QStringLiteral("正文"), QStringLiteral("——在全市优化营商环境工作会议上的讲话"),
                               QStringLiteral("同志们：")};
    EXPECT_EQ(findSpeechStarts(lines), QList<int>{1});
}

TEST(TextStream, JoinsLinesAndMapsBack)
{
    const QStringList lines = {QStringLiteral("（牵头单位：市商务局。责任单位：市大数"), QString(),
                               QStringLiteral("据局、市财政局）"), QStringLiteral("表\t格")};
    TextStream s(lines, {false, false, false, true});
    EXPECT_EQ(s.text(), QStringLiteral("（牵头单位：市商务局。责任单位：市大数据局、市财政局）"));
    EXPECT_EQ(s.lineAt(0), 0);
    EXPECT_EQ(s.lineAt(int(s.text().indexOf(u'据'))), 2);
    EXPECT_EQ(s.posOfLine(1), -1);
    EXPECT_EQ(s.posOfLine(3), -1);
    EXPECT_EQ(TextStream::cleanLine(QStringLiteral("### 1. 支持发放消费券  ")),
              QStringLiteral("1. 支持发放消费券"));
    EXPECT_EQ(TextStream::cleanLine(QStringLiteral("- 驻马店市 /24")), QStringLiteral("驻马店市 /24"));
}

TEST(TableParser, RowsContinuationsMergedCategoryAndRepeatedHeader)
{
    const QStringList lines = {
        QStringLiteral("驻马店市数据共享重点任务分工表"),
        QStringLiteral("序号\t重点任务\t工作目标\t完成时限\t责任单位\t备注"),
        QStringLiteral(
            "1\t一、加强组织领导\t1.建立市级议事协调机制\t2022年9月底\t市政务服务和大数据管理局\t"),
        QStringLiteral("\t\t建立市级政务数据共享协调机制。\t\t\t"),
        QStringLiteral("2\t\t2.明确工作职责\t2022年9月底\t市直各部门、各县区人民政府负责\t"),
        QString(),
        QStringLiteral("序号\t重点任务\t工作目标\t完成时限\t责任单位\t备注"),
        QStringLiteral("3\t1.完善安全管理 制度\t落实安全责任。\t2022年 12月底\t市委网信办\t"),
        QStringLiteral("附件2"),
    };
    const auto tables = findTables(lines);
    ASSERT_EQ(tables.size(), 1);
    const auto& t = tables[0];
    EXPECT_EQ(t.title, QStringLiteral("驻马店市数据共享重点任务分工表"));
    ASSERT_EQ(t.rows.size(), 3);
    EXPECT_EQ(t.rows[0].category, QStringLiteral("一、加强组织领导"));
    EXPECT_EQ(t.rows[0].lastLine, 3);
    EXPECT_EQ(t.rows[0].goal, QStringLiteral("1.建立市级议事协调机制\n建立市级政务数据共享协调机制。"));
    EXPECT_EQ(t.rows[1].category, QStringLiteral("一、加强组织领导"));
    EXPECT_EQ(t.rows[1].units, QStringLiteral("市直各部门、各县区人民政府负责"));
    EXPECT_EQ(t.rows[2].task, QStringLiteral("1.完善安全管理 制度"));
    EXPECT_EQ(t.rows[2].deadline, QStringLiteral("2022年 12月底"));
    EXPECT_FALSE(t.lines.contains(8));
}

TEST(TableParser, SeparateLeadAndResponsibleColumns)
{
    const QStringList lines = {
        QStringLiteral("序号\t工作任务\t牵头单位\t责任单位\t完成时限"),
        QStringLiteral("1\t建立台账\t市财政局\t市审计局、各县区政府\t第三季度"),
    };
    const auto tables = findTables(lines);
    ASSERT_EQ(tables.size(), 1);
    ASSERT_EQ(tables[0].rows.size(), 1);
    EXPECT_EQ(tables[0].rows[0].units, QStringLiteral("市财政局"));
    EXPECT_EQ(tables[0].rows[0].coUnits, QStringLiteral("市审计局、各县区政府"));
    EXPECT_EQ(tables[0].rows[0].task, QStringLiteral("建立台账"));
}
