#include "extract/structure.h"
#include "extract/tableparser.h"
#include "extract/textstream.h"
#include "extract/textutil.h"
#include "qtprint.h"

#include <gtest/gtest.h>

using namespace duban;

TEST(TextUtil, SpaceTestAgreesWithQtForEveryCharacter)
{
    for (char32_t u = 0; u <= 0xFFFF; ++u) {
        const QChar c{char16_t(u)};
        ASSERT_EQ(isSpaceChar(c), c.isSpace()) << "U+" << std::hex << unsigned(u);
    }
}

TEST(TextUtil, CompactTextAndItsLength)
{
    EXPECT_EQ(compactText(QStringLiteral("市大数 据局\u3000 2022年\t12月")),
              QStringLiteral("市大数据局2022年12月"));
    EXPECT_EQ(compactText(QStringLiteral("无空格")), QStringLiteral("无空格"));
    EXPECT_EQ(compactText(QStringLiteral(" ")), QString());
    EXPECT_FALSE(compactLongerThan(u"一 二 三", 3));
    EXPECT_TRUE(compactLongerThan(u"一 二 三四", 3));
    EXPECT_FALSE(compactLongerThan(u"", 0));
    EXPECT_TRUE(isOneOf(QChar(u'；'), u"，；"));
    EXPECT_FALSE(isOneOf(QChar(u'。'), u"，；"));
}

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

// Numbering is read by hand, not by regular expressions: the bounds of each style and what follows it.
TEST(Structure, HeadingNumberingBounds)
{
    int n = 0;
    EXPECT_EQ(headingLevel(QStringLiteral("1234.建立台账"), &n), 3);
    EXPECT_EQ(n, 5);
    EXPECT_EQ(headingLevel(QStringLiteral("12345.建立台账")), 0); // five digits: a number, not an item
    EXPECT_EQ(headingLevel(QStringLiteral("3 、 加强督查"), &n), 3);
    EXPECT_EQ(n, 4); // the spaces after the mark belong to the numbering
    EXPECT_EQ(headingLevel(QStringLiteral("3\u3000、加强督查")), 0); // only ASCII white space
    EXPECT_EQ(headingLevel(QStringLiteral("十一、加强领导"), &n), 1);
    EXPECT_EQ(n, 3);
    EXPECT_EQ(headingLevel(QStringLiteral("一二三四、")), 0);
    EXPECT_EQ(headingLevel(QStringLiteral("一是加强领导")), 0);
    EXPECT_EQ(headingLevel(QStringLiteral("(十二)做好保障"), &n), 2);
    EXPECT_EQ(n, 4);
    EXPECT_EQ(headingLevel(QStringLiteral("（十二三四）")), 0);
    EXPECT_EQ(headingLevel(QStringLiteral("（12） 各县区"), &n), 4);
    EXPECT_EQ(n, 5);
    EXPECT_EQ(headingLevel(QStringLiteral("（12345）")), 0);
    EXPECT_EQ(headingLevel(QStringLiteral("（1）"), &n), 4);
    EXPECT_EQ(headingLevel(QStringLiteral("第三部分 保障措施"), &n), 1);
    EXPECT_EQ(n, 5);
    EXPECT_EQ(headingLevel(QStringLiteral("第十二章"), &n), 1);
    EXPECT_EQ(n, 4);
    EXPECT_EQ(headingLevel(QStringLiteral("第二篇")), 1);
    EXPECT_EQ(headingLevel(QStringLiteral("第一百零一条 本办法"), &n), 2);
    EXPECT_EQ(n, 7);
    EXPECT_EQ(headingLevel(QStringLiteral("第一二三四五六条")), 0); // six numerals
    EXPECT_EQ(headingLevel(QStringLiteral("第一批试点")), 0);
    EXPECT_EQ(headingLevel(QStringLiteral("⑳最后一项"), &n), 5);
    EXPECT_EQ(n, 1);
    EXPECT_EQ(headingLevel(QStringLiteral("１．全角数字")), 0);
    EXPECT_EQ(headingLevel(QString()), 0);
}

TEST(Structure, DirectiveLevelFromIssuerOrDocNumber)
{
    auto level = [](const char* title, const char* number = "") {
        DirectiveInfo d;
        d.title = QString::fromUtf8(title);
        d.docNumber = QString::fromUtf8(number);
        return directiveLevel(d);
    };
    EXPECT_EQ(level("国务院办公厅关于推广第二批支持创新相关改革举措的通知"), QStringLiteral("国家"));
    EXPECT_EQ(level("国务院关于做好当前和今后一个时期促进就业工作的若干意见"), QStringLiteral("国家"));
    EXPECT_EQ(level("人力资源社会保障部办公厅关于做好技能培训工作的通知"), QStringLiteral("国家"));
    EXPECT_EQ(level("关于做好技能培训工作的通知", "国办发〔2018〕128号"), QStringLiteral("国家"));
    EXPECT_EQ(level("山东省人民政府办公厅关于印发某某工作方案的通知"), QStringLiteral("省"));
    EXPECT_EQ(level("中共某某省委办公厅关于某某的意见"), QStringLiteral("省"));
    EXPECT_EQ(level("关于某某的实施意见", "豫政办〔2019〕12号"), QStringLiteral("省"));
    EXPECT_EQ(level("关于某某的实施意见", "桂政发〔2020〕3号"), QStringLiteral("自治区"));
    EXPECT_EQ(level("关于某某的实施意见", "沪府办〔2024〕5号"), QStringLiteral("市"));
    EXPECT_EQ(level("广西壮族自治区人民政府关于某某的通知"), QStringLiteral("自治区"));
    EXPECT_EQ(level("驻马店市人民政府办公室关于印发测试工作方案的通知"), QStringLiteral("市"));
    EXPECT_EQ(level("上海市发展和改革委员会关于某某的通知"), QStringLiteral("市"));
    EXPECT_EQ(level("某某县人民政府关于某某的通知"), QStringLiteral("县"));
    EXPECT_EQ(level("某某区人民政府办公室关于某某的通知"), QStringLiteral("区"));
    // Neither the title nor the 文号 names a level: none (a city's 驻政办, 穗府办 say no province).
    EXPECT_EQ(level("关于某某的实施意见", "驻政办〔2020〕46号"), QString());
    EXPECT_EQ(level("关于某某的实施意见"), QString());
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

TEST(Structure, NumberingOfAnyDepthAndLength)
{
    int n = 0;
    EXPECT_EQ(headingLevel(QStringLiteral("125.建立台账"), &n), 3);
    EXPECT_EQ(n, 4);
    EXPECT_EQ(headingLevel(QStringLiteral("9999、完善制度"), &n), 3);
    EXPECT_EQ(n, 5);
    EXPECT_EQ(headingLevel(QStringLiteral("（125）加强监管")), 4);
    EXPECT_EQ(headingLevel(QStringLiteral("第一章 总则")), 1);
    EXPECT_EQ(headingLevel(QStringLiteral("第十二条 各地要")), 2);
    EXPECT_EQ(headingLevel(QStringLiteral("2019.6月")), 0);
    QString label, title;
    headingTexts(QStringLiteral("125.建立台账。各地要建立台账"), 4, &label, &title);
    EXPECT_EQ(title, QStringLiteral("建立台账"));
}

TEST(Structure, DocNumbersOfEveryIssuer)
{
    const QString want = QStringLiteral("国办发〔2018〕128号");
    for (const char* s :
         {"国办发〔2018〕128号", "国办发[2018]128号", "国办发（2018）128号", "国办发【2018】128号",
          "国办发 〔 2018 〕 128 号", "（国办发〔2018〕128号）", "发文字号：国办发〔2018〕128号"})
        EXPECT_EQ(normaliseDocNumber(QString::fromUtf8(s)), want) << s;
    EXPECT_EQ(normaliseDocNumber(QStringLiteral("豫政办字〔2019〕5号")),
              QStringLiteral("豫政办字〔2019〕5号"));
    EXPECT_EQ(normaliseDocNumber(QStringLiteral("国发〔2018〕38号")), QStringLiteral("国发〔2018〕38号"));
}

TEST(Structure, DatesInChineseNumerals)
{
    EXPECT_EQ(dateOfLine(QStringLiteral("二〇一八年十二月二十九日")), QDate(2018, 12, 29));
    EXPECT_EQ(dateOfLine(QStringLiteral("（二〇二〇年一月十日）")), QDate(2020, 1, 10));
    EXPECT_EQ(dateOfLine(QStringLiteral("二○一九年三月三十一日")).isValid(), false); // ○ is not 〇
    EXPECT_EQ(dateOfLine(QStringLiteral("2018年12月23日")), QDate(2018, 12, 23));
    EXPECT_FALSE(dateOfLine(QStringLiteral("2018年12月23日召开会议")).isValid());
}

TEST(Structure, CitedDocNumberIsNoHeader)
{
    // A 文号 in a table cell or citation has no directive title above it.
    const QStringList lines = {QStringLiteral("落实文件"),
                               QStringLiteral("《关于推动城市基础设施维护的行动方案》"),
                               QStringLiteral("（嘉府发〔2023〕22号）"), QStringLiteral("区水务局")};
    const auto ds = findDirectives(lines);
    ASSERT_EQ(ds.size(), 1); // the title above ends in 方案
    const QStringList cell = {QStringLiteral("区水务局、各街镇"), QStringLiteral("（嘉府发〔2023〕22号）")};
    EXPECT_TRUE(findDirectives(cell).isEmpty());
    EXPECT_TRUE(isDirectiveTitle(QStringLiteral("国务院办公厅关于印发“无废城市”建设试点工作方案的通知")));
    EXPECT_FALSE(isDirectiveTitle(QStringLiteral("区水务局、各街镇")));
}

TEST(TableParser, OneCellPerLineRebuiltFromHeaderAndNumbers)
{
    // As a web copy flattens a table: every cell on its own line, a category row, a gap in the numbers.
    const QStringList lines = {QStringLiteral("改革举措推广清单"),
                               QStringLiteral("序号"),
                               QStringLiteral("改革举措"),
                               QStringLiteral("主 要 内 容"),
                               QStringLiteral("指导部门"),
                               QStringLiteral("推广范围"),
                               QStringLiteral("一、知识产权保护方面（共2项）"),
                               QStringLiteral("1"),
                               QStringLiteral("三合一审判"),
                               QStringLiteral("整合审判资源。"),
                               QStringLiteral("最高人民法院、国家知识产权局"),
                               QStringLiteral("全国"),
                               QStringLiteral("2"),
                               QStringLiteral("专利保险"),
                               QStringLiteral("开发保险产品。"),
                               QStringLiteral("国家知识产权局、中国银保监会"),
                               QStringLiteral("全国"),
                               QStringLiteral("二、管理体制创新方面（共1项）"),
                               QStringLiteral("7"),
                               QStringLiteral("高校自主评审"),
                               QStringLiteral("下放评审权。"),
                               QStringLiteral("教育部、人力资源社会保障部"),
                               QStringLiteral("8个改革试验区域"),
                               QStringLiteral("各地区要认真落实。")};
    const auto tables = findTables(lines);
    ASSERT_EQ(tables.size(), 1);
    const Table& t = tables[0];
    ASSERT_EQ(t.rows.size(), 3);
    EXPECT_EQ(t.rows[0].firstLine, 7);
    EXPECT_EQ(t.rows[0].task, QStringLiteral("三合一审判"));
    EXPECT_EQ(t.rows[0].goal, QStringLiteral("整合审判资源。"));
    EXPECT_EQ(t.rows[0].units, QStringLiteral("最高人民法院、国家知识产权局"));
    EXPECT_EQ(t.rows[2].number, QStringLiteral("7"));
    EXPECT_EQ(t.rows[2].category, QStringLiteral("二、管理体制创新方面（共1项）"));
    EXPECT_EQ(t.rows[2].units, QStringLiteral("教育部、人力资源社会保障部"));
    EXPECT_FALSE(t.lines.contains(23)); // the prose after the table is not part of it
}

TEST(TableParser, OneCellPerLineRowWithMergedLeadingCell)
{
    const QStringList lines = {QStringLiteral("序号"),
                               QStringLiteral("任务名称"),
                               QStringLiteral("任务内容"),
                               QStringLiteral("牵头部门"),
                               QStringLiteral("配合部门"),
                               QStringLiteral("时间节点"),
                               QStringLiteral("1"),
                               QStringLiteral("加强组织领导"),
                               QStringLiteral("召开动员大会。"),
                               QStringLiteral("区政府办公室"),
                               QStringLiteral("各成员单位"),
                               QStringLiteral("2019年3月"),
                               QStringLiteral("2"),
                               QStringLiteral("纳入考核。"),
                               QStringLiteral("区委组织部"),
                               QStringLiteral("区绿化市容局"),
                               QStringLiteral("2019年")};
    const auto tables = findTables(lines);
    ASSERT_EQ(tables.size(), 1);
    ASSERT_EQ(tables[0].rows.size(), 2);
    const TableRow& r = tables[0].rows[1];
    EXPECT_EQ(r.goal, QStringLiteral("纳入考核。"));
    EXPECT_EQ(r.units, QStringLiteral("区委组织部"));
    EXPECT_EQ(r.coUnits, QStringLiteral("区绿化市容局"));
    EXPECT_EQ(r.deadline, QStringLiteral("2019年"));
    EXPECT_TRUE(r.unitsLead); // headed 牵头部门
}

// One cell per line, rows numbered （一）（二） anew under each category row (一 or a dash, then its
// title), a task cell printed once over two unnumbered sub-rows, and — for an empty cell.
TEST(TableParser, OneCellPerLineCategoriesBracketedNumbersAndSubRows)
{
    const QStringList lines = {QStringLiteral("附件"),
                               QStringLiteral("测试工作任务分工表"),
                               QStringLiteral("序号"),
                               QStringLiteral("工作任务"),
                               QStringLiteral("主要工作内容"),
                               QStringLiteral("牵头单位"),
                               QStringLiteral("配合单位"),
                               QStringLiteral("—"),
                               QStringLiteral("健全工作机制"),
                               QStringLiteral("（一）"),
                               QStringLiteral("建立联席会议"),
                               QStringLiteral("每季度召开一次联席会议，通报工作进展。"),
                               QStringLiteral("区甲局"),
                               QStringLiteral("区乙局、区丙委"),
                               QStringLiteral("（二）"),
                               QStringLiteral("完善台账管理"),
                               QStringLiteral("建立问题台账，实行销号管理。"),
                               QStringLiteral("区乙局"),
                               QStringLiteral("——"),
                               QStringLiteral("开展季度抽查，通报抽查结果。"),
                               QStringLiteral("区丙委"),
                               QStringLiteral("区甲局"),
                               QStringLiteral("二"),
                               QStringLiteral("强化监督考核"),
                               QStringLiteral("（一）"),
                               QStringLiteral("纳入年度考核"),
                               QStringLiteral("将工作情况纳入年度绩效考核。"),
                               QStringLiteral("区丁办"),
                               QStringLiteral("——"),
                               QStringLiteral("本方案自印发之日起施行。")};
    const auto tables = findTables(lines);
    ASSERT_EQ(tables.size(), 1);
    const auto& rows = tables[0].rows;
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0].category, QStringLiteral("健全工作机制"));
    EXPECT_EQ(rows[0].task, QStringLiteral("建立联席会议"));
    EXPECT_EQ(rows[0].units, QStringLiteral("区甲局"));
    EXPECT_EQ(rows[0].coUnits, QStringLiteral("区乙局、区丙委"));
    // The two sub-rows of （二）: the task cell repeated, a dash read as no unit.
    EXPECT_EQ(rows[1].task, QStringLiteral("完善台账管理"));
    EXPECT_EQ(rows[1].goal, QStringLiteral("建立问题台账，实行销号管理。"));
    EXPECT_EQ(rows[1].units, QStringLiteral("区乙局"));
    EXPECT_EQ(rows[1].coUnits, QString());
    EXPECT_EQ(rows[1].firstLine, 14);
    EXPECT_EQ(rows[2].task, QStringLiteral("完善台账管理"));
    EXPECT_EQ(rows[2].goal, QStringLiteral("开展季度抽查，通报抽查结果。"));
    EXPECT_EQ(rows[2].units, QStringLiteral("区丙委"));
    EXPECT_EQ(rows[2].coUnits, QStringLiteral("区甲局"));
    EXPECT_EQ(rows[2].firstLine, 19);
    EXPECT_EQ(rows[2].lastLine, 21);
    // Numbered （一） again under the second category.
    EXPECT_EQ(rows[3].category, QStringLiteral("强化监督考核"));
    EXPECT_EQ(rows[3].task, QStringLiteral("纳入年度考核"));
    EXPECT_EQ(rows[3].units, QStringLiteral("区丁办"));
    EXPECT_FALSE(tables[0].lines.contains(29)); // the prose after the table
}

// A task cell printed once over five sub-rows: more cells than the look-ahead for the next 序号 reaches,
// so the table must not end after the first sub-row.
TEST(TableParser, OneCellPerLineManySubRowsUnderOneTaskCell)
{
    QStringList lines = {QStringLiteral("序号"),         QStringLiteral("工作任务"),
                         QStringLiteral("主要工作内容"), QStringLiteral("牵头单位"),
                         QStringLiteral("配合单位"),     QStringLiteral("（一）"),
                         QStringLiteral("加强源头监管")};
    for (int i = 1; i <= 5; ++i)
        lines << QStringLiteral("落实第%1项监管措施。").arg(i) << QStringLiteral("区甲局")
              << QStringLiteral("区乙局、区丙委");
    lines << QStringLiteral("（二）") << QStringLiteral("加强运输监管")
          << QStringLiteral("加强运输市场监管。") << QStringLiteral("区丁办") << QStringLiteral("——")
          << QStringLiteral("本方案自印发之日起施行。");
    const auto tables = findTables(lines);
    ASSERT_EQ(tables.size(), 1);
    const auto& rows = tables[0].rows;
    ASSERT_EQ(rows.size(), 6);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(rows[i].task, QStringLiteral("加强源头监管"));
        EXPECT_EQ(rows[i].goal, QStringLiteral("落实第%1项监管措施。").arg(i + 1));
        EXPECT_EQ(rows[i].units, QStringLiteral("区甲局"));
    }
    EXPECT_EQ(rows[5].task, QStringLiteral("加强运输监管"));
    EXPECT_EQ(rows[5].units, QStringLiteral("区丁办"));
}

// Cells that run over several lines: the task name over two short lines, the units over three, the
// last column (参考文件) over two.
TEST(TableParser, OneCellPerLineCellsSpreadOverLines)
{
    const QStringList lines = {QStringLiteral("序号"),
                               QStringLiteral("任务类型"),
                               QStringLiteral("重点内容"),
                               QStringLiteral("责任单位"),
                               QStringLiteral("参考文件"),
                               QStringLiteral("1"),
                               QStringLiteral("污水管网"),
                               QStringLiteral("建设改造"),
                               QStringLiteral("推进老旧管网改造，年内完成30公里。"),
                               QStringLiteral("区甲局、区乙局、"),
                               QStringLiteral("区丙委等相关部门，"),
                               QStringLiteral("各街镇"),
                               QStringLiteral("《某某管网改造"),
                               QStringLiteral("三年行动计划》"),
                               QStringLiteral("2"),
                               QStringLiteral("管网"),
                               QStringLiteral("运行维护"),
                               QStringLiteral("建立管网养护制度。"),
                               QStringLiteral("区甲局"),
                               QStringLiteral("《某某养护规范》"),
                               QStringLiteral("3"),
                               QStringLiteral("管网"),
                               QStringLiteral("信息化"),
                               QStringLiteral("建设管网信息平台。"),
                               QStringLiteral("区乙局"),
                               QStringLiteral("无")};
    const auto tables = findTables(lines);
    ASSERT_EQ(tables.size(), 1);
    ASSERT_EQ(tables[0].rows.size(), 3);
    const TableRow& r = tables[0].rows[0];
    EXPECT_EQ(r.task, QStringLiteral("污水管网建设改造"));
    EXPECT_EQ(r.goal, QStringLiteral("推进老旧管网改造，年内完成30公里。"));
    EXPECT_EQ(r.units, QStringLiteral("区甲局、区乙局、区丙委等相关部门，各街镇"));
    const TableRow& r2 = tables[0].rows[1];
    EXPECT_EQ(r2.task, QStringLiteral("管网运行维护"));
    EXPECT_EQ(r2.units, QStringLiteral("区甲局"));
}

TEST(TableParser, MarkdownPipeTableAndHeaderSynonyms)
{
    const QStringList lines = {
        QStringLiteral("| 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合部门 | 进度安排 |"),
        QStringLiteral("|---|---|---|---|---|---|"),
        QStringLiteral("| 1 | 建设平台 | 建成省级平台 | 省大数据局 | 省财政厅 | 2023年底前 |"),
        QStringLiteral("| 2 | 培训人员 | 培训500人次 | 省人社厅 |  | 长期坚持 |")};
    const auto tables = findTables(lines);
    ASSERT_EQ(tables.size(), 1);
    ASSERT_EQ(tables[0].rows.size(), 2);
    EXPECT_EQ(tables[0].rows[0].task, QStringLiteral("建设平台"));
    EXPECT_EQ(tables[0].rows[0].goal, QStringLiteral("建成省级平台"));
    EXPECT_EQ(tables[0].rows[0].units, QStringLiteral("省大数据局"));
    EXPECT_EQ(tables[0].rows[0].coUnits, QStringLiteral("省财政厅"));
    EXPECT_EQ(tables[0].rows[0].deadline, QStringLiteral("2023年底前"));
    EXPECT_TRUE(tables[0].lines.contains(1)); // the rule line belongs to the table
}

// A header over two rows: 责任单位 spans 牵头单位 and 配合单位, 完成时限 spans both rows (its second-row cell
// is empty, as a .docx vertical merge or a tab copy leaves it).
TEST(TableParser, TwoRowHeaderNamesTheSpannedColumns)
{
    const QStringList lines{
        QStringLiteral("重点任务分工"),
        QStringLiteral("序号\t工作任务\t责任单位\t\t完成时限"),
        QStringLiteral("\t\t牵头单位\t配合单位\t"),
        QStringLiteral("1\t建设全县统一的数据平台\t县大数据中心\t县财政局、县发展改革局\t2024年6月底前"),
        QStringLiteral("2\t完善考核办法\t县委督查室\t\t2024年底前"),
    };
    const auto tables = findTables(lines);
    ASSERT_EQ(tables.size(), 1);
    const auto& t = tables[0];
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows[0].task, QStringLiteral("建设全县统一的数据平台"));
    EXPECT_EQ(t.rows[0].units, QStringLiteral("县大数据中心"));
    EXPECT_EQ(t.rows[0].coUnits, QStringLiteral("县财政局、县发展改革局"));
    EXPECT_TRUE(t.rows[0].unitsLead);
    EXPECT_EQ(t.rows[0].deadline, QStringLiteral("2024年6月底前"));
    EXPECT_EQ(t.rows[1].units, QStringLiteral("县委督查室"));
    EXPECT_TRUE(t.rows[1].coUnits.isEmpty());
    EXPECT_TRUE(t.lines.contains(2)); // the second header row belongs to the table, not to a task
}
