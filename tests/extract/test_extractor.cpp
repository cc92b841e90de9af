#include "extract/documentreader.h"
#include "extract/extractor.h"
#include "qtprint.h"

#include <gtest/gtest.h>

using namespace duban;

namespace {

ExtractionResult run(const QString& text)
{
    SourceDocument doc;
    doc.path = QStringLiteral("test.txt");
    doc.format = QStringLiteral("txt");
    doc.lines = text.split(u'\n');
    Extractor ex;
    ex.setFallbackYear(2020);
    return ex.extract(doc);
}

const QString kHeader = QStringLiteral(
    "驻马店市人民政府办公室\n关于印发测试工作方案的通知\n驻政办〔2021〕9号\n各县区人民政府：\n");

} // namespace

TEST(Extractor, DirectiveAndInlineClause)
{
    const auto r =
        run(kHeader + QStringLiteral("一、主要任务\n"
                                     "（一）推进政务服务标准化。编制发布行政许可事项清单，2021年4月底前完成。"
                                     "（责任单位：市政务服务和大数据管理局、市直有关部门）\n"
                                     "2021年3月1日\n"));
    ASSERT_EQ(r.directives.size(), 1);
    EXPECT_EQ(r.directives[0].title, QStringLiteral("驻马店市人民政府办公室关于印发测试工作方案的通知"));
    EXPECT_EQ(r.directives[0].date, QDate(2021, 3, 1));
    ASSERT_EQ(r.tasks.size(), 1);
    const auto& t = r.tasks[0];
    EXPECT_EQ(t.lineStart, 6);
    EXPECT_EQ(t.lineEnd, 6);
    EXPECT_EQ(t.title, QStringLiteral("推进政务服务标准化"));
    EXPECT_EQ(t.section,
              (QStringList{QStringLiteral("一、主要任务"), QStringLiteral("（一）推进政务服务标准化")}));
    EXPECT_EQ(t.leadUnits, QStringList{QStringLiteral("市政务服务和大数据管理局")});
    EXPECT_EQ(t.coUnits, QStringList{QStringLiteral("市直有关部门")});
    EXPECT_EQ(t.deadline, QDate(2021, 4, 30));
    EXPECT_EQ(t.directive.docNumber, QStringLiteral("驻政办〔2021〕9号"));
    EXPECT_EQ(t.unitsCanonical.first(), QStringLiteral("市政务服务和大数据管理局"));
}

// 发展改革委 printed bare is the issuing government's own: the national one in a State Council notice,
// the province's in a provincial one, the city's in a city's.
TEST(Extractor, BareAliasResolvedAtTheDirectivesLevel)
{
    const QString body =
        QStringLiteral("一、重点任务\n（一）完善价格形成机制。建立健全价格监测体系，2021年底前完成。"
                       "（发展改革委牵头，财政厅、市场监管局配合）\n");
    const auto national =
        run(QStringLiteral("国务院办公厅关于完善价格机制的通知\n国办发〔2021〕7号\n") + body);
    ASSERT_EQ(national.tasks.size(), 1);
    EXPECT_EQ(national.tasks[0].unitsCanonical.first(), QStringLiteral("国家发展和改革委员会"));
    const auto provincial =
        run(QStringLiteral("某某省人民政府办公厅关于完善价格机制的通知\n某政办〔2021〕7号\n") + body);
    ASSERT_EQ(provincial.tasks.size(), 1);
    EXPECT_EQ(provincial.tasks[0].unitsCanonical,
              (QStringList{QStringLiteral("省发展和改革委员会"), QStringLiteral("省财政厅"),
                           QStringLiteral("省市场监督管理局")}));
    const auto city = run(kHeader + body);
    ASSERT_EQ(city.tasks.size(), 1);
    EXPECT_EQ(city.tasks[0].unitsCanonical.first(), QStringLiteral("市发展和改革委员会"));
}

TEST(Extractor, SeveralTasksInOneItemAndHardWrappedLines)
{
    // Hard-wrapped like a PDF export: clauses, unit names and dates broken across lines.
    const auto r = run(
        kHeader +
        QStringLiteral(
            "1.加快推进 5G 网络建设。2020 年 9 月\n\n底前完成专项规划编制。（市自然资源和规划局牵头）加大\n\n"
            "5G 网络建设投入力度，年底前实现全覆盖。（市工业\n\n和信息化局牵头）\n"
            "2.建立全市统一政务云平台。为全市各部门提供服务。（市政务服务和大数\n据管理局牵头）\n"));
    ASSERT_EQ(r.tasks.size(), 3);
    EXPECT_EQ(r.tasks[0].leadUnits, QStringList{QStringLiteral("市自然资源和规划局")});
    EXPECT_EQ(r.tasks[0].deadline, QDate(2020, 9, 30));
    EXPECT_EQ(r.tasks[0].lineStart, 5);
    EXPECT_EQ(r.tasks[1].leadUnits, QStringList{QStringLiteral("市工业和信息化局")});
    EXPECT_EQ(r.tasks[1].lineStart, 7);
    EXPECT_EQ(r.tasks[1].lineEnd, 11);
    EXPECT_EQ(r.tasks[1].deadline, QDate(2021, 12, 31)); // 年底前 read against the directive's year
    EXPECT_TRUE(r.tasks[1].text.startsWith(QStringLiteral("加大5G")));
    EXPECT_EQ(r.tasks[2].units, QStringList{QStringLiteral("市政务服务和大数据管理局")});
    EXPECT_EQ(r.tasks[2].title, QStringLiteral("建立全市统一政务云平台"));
}

TEST(Extractor, StandingNoteAppliesToLaterTasks)
{
    const auto r =
        run(kHeader +
            QStringLiteral(
                "（一）重点行业绿色升级工程。推进改造。（责任单位：市工业和信息化局，各县（区）政府，以下均需"
                "各地政府（管委会）落实，不再列出）\n"
                "（二）园区节能环保提升工程。推进循环化改造。（责任单位：市发展改革委、市生态环境局）\n"));
    ASSERT_EQ(r.tasks.size(), 2);
    EXPECT_TRUE(r.tasks[0].inheritedUnits.isEmpty());
    EXPECT_EQ(r.tasks[0].units,
              (QStringList{QStringLiteral("市工业和信息化局"), QStringLiteral("各县（区）政府")}));
    EXPECT_EQ(r.tasks[1].inheritedUnits, QStringList{QStringLiteral("各地政府（管委会）")});
    EXPECT_FALSE(r.tasks[1].units.contains(QStringLiteral("各地政府（管委会）")));
}

TEST(Extractor, LabelLinesWithSchedule)
{
    const auto r = run(
        kHeader + QStringLiteral(
                      "（一）资源勘查\n摸清家底，科学规划。\n\n责任单位：市自然资源和规划局、各县区政府。\n\n"
                      "时间计划：2020年6月开展工作，11月汇交成果报告。\n（二）规划编制\n启动规划编制工作。\n"
                      "责任单位：市自然资源和规划局。\n时间计划：5月份组织公开出让。\n"));
    ASSERT_EQ(r.tasks.size(), 2);
    EXPECT_EQ(r.tasks[0].lineStart, 5);
    EXPECT_EQ(r.tasks[0].lineEnd, 10);
    EXPECT_EQ(r.tasks[0].deadline, QDate(2020, 11, 30));
    EXPECT_EQ(r.tasks[0].otherDeadlines, QList<QDate>{QDate(2020, 6, 30)});
    EXPECT_EQ(r.tasks[1].deadline, QDate(2021, 5, 31)); // no year printed: the directive's (2021)
    EXPECT_EQ(r.tasks[1].title, QStringLiteral("规划编制"));
}

TEST(Extractor, TaskDivisionTable)
{
    const auto r = run(
        kHeader + QStringLiteral(
                      "附件\n重点任务分工表\n序号\t重点任务\t工作目标\t完成时限\t责任单位\t备注\n"
                      "1\t一、加强组织领导\t1.建立市级议事协调机制\t2021年9月底\t市政务服务和大数据管理局\t\n"
                      "\t\t建立协调机制，开展日常工作。\t\t\t\n"
                      "2\t\t2.明确工作职责\t长期坚持\t市直各部门、各县区人民政府负责\t\n"));
    ASSERT_EQ(r.tasks.size(), 2);
    const auto& a = r.tasks[0];
    EXPECT_EQ(a.kind, QStringLiteral("table_row"));
    EXPECT_EQ(a.lineStart, 8);
    EXPECT_EQ(a.lineEnd, 9);
    EXPECT_EQ(a.title, QStringLiteral("建立市级议事协调机制"));
    EXPECT_EQ(a.deadline, QDate(2021, 9, 30));
    EXPECT_EQ(a.section, (QStringList{QStringLiteral("重点任务分工表"), QStringLiteral("一、加强组织领导")}));
    const auto& b = r.tasks[1];
    EXPECT_FALSE(b.deadline.isValid());
    EXPECT_EQ(b.leadUnits, QStringList{QStringLiteral("市直各部门")});
    EXPECT_EQ(b.coUnits, QStringList{QStringLiteral("各县区人民政府")});
}

TEST(Extractor, SpeechesAndNarrativeAreNotTasks)
{
    const auto r =
        run(kHeader +
            QStringLiteral("一、工作要求\n各牵头单位要加强协调，由市公安局牵头，商务局配合，开展专项行动。\n"
                           "5.建设市大数据中心（市大数据中心）。\n"
                           "在全市优化营商环境工作会议上的讲话\n（市商务局牵头）这句话在讲话里。\n"));
    EXPECT_TRUE(r.tasks.isEmpty()) << r.tasks.size();
}

TEST(Extractor, CancelReturnsNothing)
{
    SourceDocument doc;
    doc.lines = QStringList(1000, QStringLiteral("（一）任务。（责任单位：市财政局）"));
    Extractor ex;
    int calls = 0;
    const auto r = ex.extract(doc, [&](int, int) { return ++calls < 2; });
    EXPECT_TRUE(r.tasks.isEmpty());
    EXPECT_GE(calls, 2);
}

TEST(Extractor, PastedTextWithoutDocNumber)
{
    const SourceDocument doc =
        DocumentReader::fromText(QStringLiteral("关于做好2023年防汛工作的通知\n一、压实责任。各地要在5月底前"
                                                "完成隐患排查。（市水利局牵头，市应急管理局配合）\n"));
    Extractor ex;
    const auto r = ex.extract(doc);
    ASSERT_EQ(r.tasks.size(), 1);
    EXPECT_EQ(r.tasks[0].directive.title, QStringLiteral("关于做好2023年防汛工作的通知"));
    EXPECT_EQ(r.tasks[0].deadline, QDate(2023, 5, 31));
    EXPECT_EQ(r.tasks[0].coUnits, QStringList{QStringLiteral("市应急管理局")});
}

TEST(Extractor, LabelAfterASentenceAndSquareBrackets)
{
    const auto r = run(
        kHeader +
        QStringLiteral("1.建立工作台账。各单位按月报送。责任单位：市统计局、市财政局。\n"
                       "2.开展专项督查。每季度通报一次。【牵头单位：市政府督查室；配合单位：市直各部门】\n"));
    ASSERT_EQ(r.tasks.size(), 2);
    EXPECT_EQ(r.tasks[0].title, QStringLiteral("建立工作台账"));
    EXPECT_EQ(r.tasks[0].leadUnits, QStringList{QStringLiteral("市统计局")});
    EXPECT_EQ(r.tasks[1].leadUnits, QStringList{QStringLiteral("市政府督查室")});
    EXPECT_EQ(r.tasks[1].coUnits, QStringList{QStringLiteral("市直各部门")});
}

TEST(Extractor, ClauseInPlainSquareBracketsWithAStandingNote)
{
    const auto r =
        run(kHeader +
            QStringLiteral(
                "1.便利企业开办。提供全流程服务。[责任单位：市市场监管局、市税务局，各区、县（市）政府。"
                "以下均需各区、县（市）政府落实，不再列出]\n"
                "2.提供创业支持。给予资助。（责任单位：市人力社保局）\n"));
    ASSERT_EQ(r.tasks.size(), 2);
    EXPECT_EQ(r.tasks[0].title, QStringLiteral("便利企业开办"));
    EXPECT_EQ(r.tasks[0].leadUnits, QStringList{QStringLiteral("市市场监管局")});
    EXPECT_EQ(r.tasks[1].leadUnits, QStringList{QStringLiteral("市人力社保局")});
}

TEST(Extractor, LeadRuleNoteHoldsForLaterClausesAndHexagonBrackets)
{
    const auto r =
        run(kHeader +
            QStringLiteral("1.夯实算力底座。建设算力平台。（责任单位：市科技局、市数据局，市委网信办；"
                           "第一个逗号前为牵头单位，下同）\n"
                           "2.加强人才安居保障。提供人才公寓。〔责任单位：市委组织部、市房管局，市财政局〕\n"
                           "3.营造氛围。举办活动。（市财政局牵头，市科技局、市人社局配合）\n"
                           "4.对接大模型训练场。开放模型接口。（责任单位：市科技局、市经信局）\n"));
    ASSERT_EQ(r.tasks.size(), 4);
    // No ， at all: under the note every unit listed leads.
    EXPECT_EQ(r.tasks[3].leadUnits, (QStringList{QStringLiteral("市科技局"), QStringLiteral("市经信局")}));
    EXPECT_EQ(r.tasks[0].leadUnits, (QStringList{QStringLiteral("市科技局"), QStringLiteral("市数据局")}));
    EXPECT_EQ(r.tasks[1].title, QStringLiteral("加强人才安居保障"));
    EXPECT_EQ(r.tasks[1].leadUnits, (QStringList{QStringLiteral("市委组织部"), QStringLiteral("市房管局")}));
    EXPECT_EQ(r.tasks[1].coUnits, QStringList{QStringLiteral("市财政局")});
    // A clause that marks its own lead keeps it.
    EXPECT_EQ(r.tasks[2].leadUnits, QStringList{QStringLiteral("市财政局")});
}

TEST(Extractor, SeveralClausesInOneParagraphEachCloseATask)
{
    const auto r = run(QStringLiteral(
        "国务院办公厅关于印发试点工作方案的通知\n国办发〔2018〕128号\n各省、自治区、直辖市人民政府：\n"
        "二、主要任务\n"
        "（一）强化顶层设计。建立指标体系，2019年6月底前完成。（生态环境部牵头，国家发展改革委参与）"
        "优化管理体制。（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）\n"
        "推行绿色设计，培育一批示范企业。（工业和信息化部、商务部指导）以铅酸蓄电池为重点，"
        "到2020年，基本建成回收体系。(国家发展改革委、生态环境部指导)\n"
        "二〇一八年十二月二十九日\n"));
    ASSERT_EQ(r.directives.size(), 1);
    EXPECT_EQ(r.directives[0].date, QDate(2018, 12, 29));
    ASSERT_EQ(r.tasks.size(), 4);
    EXPECT_EQ(r.tasks[0].leadUnits, QStringList{QStringLiteral("生态环境部")});
    EXPECT_EQ(r.tasks[0].deadline, QDate(2019, 6, 30));
    EXPECT_EQ(r.tasks[0].roles, (QStringList{QStringLiteral("lead"), QStringLiteral("participate")}));
    EXPECT_TRUE(r.tasks[1].text.startsWith(QStringLiteral("优化管理体制")));
    EXPECT_EQ(r.tasks[1].units, (QStringList{QStringLiteral("生态环境部"), QStringLiteral("试点城市政府")}));
    EXPECT_TRUE(r.tasks[2].text.startsWith(QStringLiteral("推行绿色设计")));
    EXPECT_EQ(r.tasks[2].inheritedUnits, QStringList{QStringLiteral("试点城市政府")});
    EXPECT_TRUE(r.tasks[3].text.startsWith(QStringLiteral("以铅酸蓄电池为重点")));
    EXPECT_EQ(r.tasks[3].deadline, QDate(2020, 12, 31));
    EXPECT_EQ(r.tasks[3].leadUnits, QStringList{QStringLiteral("国家发展改革委")});
}

TEST(Extractor, WebCopyWithoutDocNumberCitingOthers)
{
    // The title is the first line; a 文号 further down is cited, not this directive's header.
    const auto r = run(QStringLiteral("关于推进海绵城市建设的实施方案\n一、重点任务\n"
                                      "1.强化规划管控。落实达标要求。（责任单位：区建设管理委）\n"
                                      "附件\n落实文件\n《关于推动本区城市基础设施维护的行动方案》\n"
                                      "（嘉府发〔2023〕22号）\n"));
    ASSERT_GE(r.tasks.size(), 1);
    EXPECT_EQ(r.tasks[0].units, QStringList{QStringLiteral("区建设管理委")});
    EXPECT_EQ(r.tasks[0].directive.title, QStringLiteral("关于推进海绵城市建设的实施方案"));
}
