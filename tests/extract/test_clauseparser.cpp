#include "extract/clauseparser.h"
#include "qtprint.h"

#include <gtest/gtest.h>

using namespace duban;

namespace {
ClauseUnits parsed(const char* content)
{
    auto r = ClauseParser::parse(QString::fromUtf8(content));
    EXPECT_TRUE(r.has_value()) << content;
    return r.value_or(ClauseUnits{});
}
QStringList L(std::initializer_list<const char*> xs)
{
    QStringList out;
    for (auto x : xs)
        out.append(QString::fromUtf8(x));
    return out;
}
} // namespace

TEST(ClauseParser, ResponsibleUnitsLabel)
{
    const auto c = parsed("责任单位：市发展改革委、市财政局、市税务局");
    EXPECT_EQ(c.units, L({"市发展改革委", "市财政局", "市税务局"}));
    EXPECT_EQ(c.leads, L({"市发展改革委"}));
    EXPECT_EQ(c.co, L({"市财政局", "市税务局"}));
}

TEST(ClauseParser, HalfWidthColonAndSpaces)
{
    const auto c = parsed("责任单位:市卫健体委、市公安局、市\n民政局、市市场监督管理局");
    EXPECT_EQ(c.units, L({"市卫健体委", "市公安局", "市民政局", "市市场监督管理局"}));
}

TEST(ClauseParser, LeadThenResponsible)
{
    const auto c = parsed("牵头单位：市商务局。责任单位：市大数  "
                          "据局、市财政局，各县区人民政府、城乡一体化示范区、开发区、高新区管委会");
    EXPECT_EQ(c.leads, L({"市商务局"}));
    EXPECT_EQ(c.co,
              L({"市大数据局", "市财政局", "各县区人民政府", "城乡一体化示范区", "开发区", "高新区管委会"}));
}

TEST(ClauseParser, TwoLeadsInLabel)
{
    const auto c = parsed("牵头单位：市商务局、市汽车行业协会。责任单位：市城管局、市住建局");
    EXPECT_EQ(c.leads, L({"市商务局", "市汽车行业协会"}));
    EXPECT_EQ(c.co, L({"市城管局", "市住建局"}));
}

TEST(ClauseParser, LeadAndCooperate)
{
    const auto c = parsed("市交通运输局、市发展改革委牵头，市工业和信息化局、市公安局配合");
    EXPECT_EQ(c.leads, L({"市交通运输局", "市发展改革委"}));
    EXPECT_EQ(c.co, L({"市工业和信息化局", "市公安局"}));
}

TEST(ClauseParser, LeadAndResponsibleByDivision)
{
    const auto c = parsed("市卫健体委牵头，市教育局、市民政局按职责分工负责");
    EXPECT_EQ(c.leads, L({"市卫健体委"}));
    EXPECT_EQ(c.co, L({"市教育局", "市民政局"}));
    const auto d = parsed("责任单位：市政务服务和大数据管理局牵头，市直有关部门按职责分工负责");
    EXPECT_EQ(d.leads, L({"市政务服务和大数据管理局"}));
    EXPECT_EQ(d.co, L({"市直有关部门"}));
}

TEST(ClauseParser, ResponsibleAndCooperatingLabels)
{
    const auto c = parsed("责任单位：市文广旅局，配合单位：市财政局、市公安局");
    EXPECT_EQ(c.leads, L({"市文广旅局"}));
    EXPECT_EQ(c.co, L({"市财政局", "市公安局"}));
}

TEST(ClauseParser, LeadOnly)
{
    const auto c = parsed("市自然资源和规划局牵头");
    EXPECT_EQ(c.units, L({"市自然资源和规划局"}));
    EXPECT_EQ(c.leads, L({"市自然资源和规划局"}));
    EXPECT_TRUE(c.co.isEmpty());
}

TEST(ClauseParser, ListEndingInResponsibleKeepsCollectivesWhole)
{
    const auto c = parsed(
        "市爱卫办、卫健体委，各县区政府，市城乡一体化示范区、经济开发区、高新技术产业开发区管委会负责");
    EXPECT_EQ(c.units, L({"市爱卫办", "卫健体委", "各县区政府", "市城乡一体化示范区", "经济开发区",
                          "高新技术产业开发区管委会"}));
    EXPECT_EQ(c.leads, L({"市爱卫办"}));
    const auto d = parsed("市金融工作局牵头，市财政局、各县区人民政府（管委会）配合");
    EXPECT_EQ(d.co, L({"市财政局", "各县区人民政府（管委会）"}));
}

TEST(ClauseParser, StandingNoteIsNotAUnit)
{
    const auto c = parsed(
        "责任单位：市工业和信息化局、市发展改革委，各县（区）政府，以下均需各地政府（管委会）落实，不再列出");
    EXPECT_EQ(c.units, L({"市工业和信息化局", "市发展改革委", "各县（区）政府"}));
    EXPECT_EQ(c.inherited, L({"各地政府（管委会）"}));
    const auto d =
        parsed("市政务服务和大数据管理局牵头，市商务局等相关部门按职责分工负责，各县区人民政府负责落实。"
               "以下事项均需各县区人民政府，市城乡一体化示范区、经济开发区管委会落实，不再列出");
    EXPECT_EQ(d.co, L({"市商务局等相关部门", "各县区人民政府"}));
    EXPECT_EQ(d.inherited, L({"各县区人民政府", "市城乡一体化示范区", "经济开发区管委会"}));
}

TEST(ClauseParser, DeadlineInsideClause)
{
    const auto c = parsed("责任单位：市财政局；完成时限：2022年底");
    EXPECT_EQ(c.deadlineText, QStringLiteral("2022年底"));
    EXPECT_EQ(c.units, L({"市财政局"}));
}

TEST(ClauseParser, NotClauses)
{
    for (const char* s : {"市大数据中心", "含技工院校", "豫政〔2021〕25号", "一", "JGJ39", "以下简称“双清单”",
                          "各地要切实加强组织领导，负责", "2020年底前完成负责"}) {
        EXPECT_FALSE(ClauseParser::parse(QString::fromUtf8(s)).has_value()) << s;
    }
}

TEST(ClauseParser, TableCellNeedsNoMarker)
{
    const auto c = ClauseParser::parseCell(QStringLiteral("市政务服务和大数据管理局"));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->leads, L({"市政务服务和大数据管理局"}));
    const auto d = ClauseParser::parseCell(
        QStringLiteral("市政务服务和大数据管理局牵头,市直各部门、各县区人民政府负责"));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->leads, L({"市政务服务和大数据管理局"}));
    EXPECT_EQ(d->co, L({"市直各部门", "各县区人民政府"}));
}

TEST(ClauseParser, LeadMarkedInBracketsAndPeopleLabels)
{
    const auto c = parsed("责任单位：市财政局、市发展改革委（牵头）、市税务局；责任领导：张三");
    EXPECT_EQ(c.leads, L({"市发展改革委"}));
    EXPECT_EQ(c.co, L({"市财政局", "市税务局"}));
}

TEST(ClauseParser, ConjoinedUnitsSplitOnlyWhenBothHalvesAreUnits)
{
    EXPECT_EQ(ClauseParser::splitUnits(QStringLiteral("市卫健体委和县区人民政府负责")),
              L({"市卫健体委", "县区人民政府"}));
    EXPECT_EQ(ClauseParser::splitUnits(QStringLiteral("市住房和城乡建设局、市发展和改革委员会")),
              L({"市住房和城乡建设局", "市发展和改革委员会"}));
}

TEST(ClauseParser, DivisionOfDutiesWording)
{
    const auto c = parsed("市发改委、市园林中心、市卫健体委等相关部门按职责分工分别负责");
    EXPECT_EQ(c.units, L({"市发改委", "市园林中心", "市卫健体委等相关部门"}));
}

TEST(ClauseParser, GuideParticipateAndResponsibleRoles)
{
    const auto c = parsed("生态环境部牵头，国家发展改革委、工业和信息化部参与");
    EXPECT_EQ(c.leads, L({"生态环境部"}));
    EXPECT_EQ(c.co, L({"国家发展改革委", "工业和信息化部"}));
    EXPECT_EQ(c.roles, L({"lead", "participate", "participate"}));
    const auto d = parsed("自然资源部、工业和信息化部指导");
    EXPECT_EQ(d.units, L({"自然资源部", "工业和信息化部"}));
    EXPECT_EQ(d.leads, L({"自然资源部"}));
    EXPECT_EQ(d.roles, L({"guide", "guide"}));
    const auto e = parsed("生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出");
    EXPECT_EQ(e.units, L({"生态环境部", "试点城市政府"}));
    EXPECT_EQ(e.roles, L({"guide", "responsible"}));
    EXPECT_EQ(e.inherited, L({"试点城市政府"}));
    const auto f = parsed("商务部指导，供销合作总社参与");
    EXPECT_EQ(f.units, L({"商务部", "供销合作总社"}));
}

TEST(ClauseParser, WorkingWithAndAssisting)
{
    const auto c = parsed("省发展改革委会同省财政厅、省自然资源厅负责");
    EXPECT_EQ(c.leads, L({"省发展改革委"}));
    EXPECT_EQ(c.co, L({"省财政厅", "省自然资源厅"}));
    EXPECT_EQ(c.roles, L({"responsible", "co", "co"}));
    const auto d = parsed("县人社局负责，县财政局协助，县税务局协同");
    EXPECT_EQ(d.units, L({"县人社局", "县财政局", "县税务局"}));
    EXPECT_EQ(d.roles, L({"responsible", "co", "co"}));
}

TEST(ClauseParser, CollectivePhrasesStayWhole)
{
    const auto c = parsed("牵头单位：市金融办，配合单位：市发展改革委、市人力资源和社会保障局，各区、县级市");
    EXPECT_EQ(c.units, L({"市金融办", "市发展改革委", "市人力资源和社会保障局", "各区、县级市"}));
    EXPECT_EQ(ClauseParser::splitUnits(QStringLiteral("各省、自治区、直辖市人民政府，国务院有关部门")),
              L({"各省、自治区、直辖市人民政府", "国务院有关部门"}));
    EXPECT_EQ(ClauseParser::splitUnits(QStringLiteral("各县（市、区）人民政府、各乡镇（街道）")),
              L({"各县（市、区）人民政府", "各乡镇（街道）"}));
    // A named unit after a collective one is a unit of its own.
    EXPECT_EQ(ClauseParser::splitUnits(QStringLiteral("各县区人民政府、城乡一体化示范区")),
              L({"各县区人民政府", "城乡一体化示范区"}));
}

// 应急 is a field of work in 应急部 / 区应急局, not the "shall" that marks a sentence.
TEST(ClauseParser, EmergencyManagementUnits)
{
    EXPECT_TRUE(ClauseParser::looksLikeUnit(QStringLiteral("应急部")));
    EXPECT_TRUE(ClauseParser::looksLikeUnit(QStringLiteral("区应急局")));
    EXPECT_FALSE(ClauseParser::looksLikeUnit(QStringLiteral("各地应加强管理")));
    const auto c = parsed("体育总局、公安部、应急部负责");
    EXPECT_EQ(c.units, L({"体育总局", "公安部", "应急部"}));
}

TEST(ClauseParser, NamesJoinedByAndThatAreOneOrgan)
{
    EXPECT_EQ(ClauseParser::splitUnits(QStringLiteral("商务部、文化和旅游部、国管局")),
              L({"商务部", "文化和旅游部", "国管局"}));
    EXPECT_EQ(ClauseParser::splitUnits(QStringLiteral("市场监管总局等和各有关省级人民政府")),
              L({"市场监管总局等", "各有关省级人民政府"}));
    // People's organisations (妇联, 工商联, 残联) end an organ's name as 局 or 委 do; 街镇 are units too.
    EXPECT_EQ(ClauseParser::splitUnits(QStringLiteral("共青团中央、全国妇联等和各省级人民政府")),
              L({"共青团中央", "全国妇联等", "各省级人民政府"}));
    EXPECT_EQ(ClauseParser::splitUnits(QStringLiteral("区城管执法局和属地街镇")),
              L({"区城管执法局", "属地街镇"}));
    EXPECT_EQ(ClauseParser::splitUnits(QStringLiteral("县残联和各乡镇")), L({"县残联", "各乡镇"}));
    EXPECT_EQ(ClauseParser::splitUnits(QStringLiteral("市工商联、市科学技术协会")),
              L({"市工商联", "市科学技术协会"}));
}

TEST(ClauseParser, LabelsOfEveryIssuer)
{
    const auto a = parsed("负责部门：税务总局");
    EXPECT_EQ(a.units, L({"税务总局"}));
    const auto b = parsed("负责部门：民航局，适用范围：陕西自贸试验区");
    EXPECT_EQ(b.units, L({"民航局"}));
    const auto c = parsed("牵头责任单位：区财政局、区税务局");
    EXPECT_EQ(c.leads, L({"区财政局", "区税务局"}));
    const auto d = parsed("牵头单位：省商务厅；配合单位：省公安厅、省交通运输厅");
    EXPECT_EQ(d.leads, L({"省商务厅"}));
    EXPECT_EQ(d.co, L({"省公安厅", "省交通运输厅"}));
    EXPECT_EQ(d.roles, L({"lead", "co", "co"}));
    const auto e = parsed("指导部门：科技部、教育部");
    EXPECT_EQ(e.roles, L({"guide", "guide"}));
}

TEST(ClauseParser, LeadColumnMakesEveryUnitLead)
{
    const auto c =
        ClauseParser::parseCell(QStringLiteral("区绿化市容局、区民政局"), QStringLiteral("区财政局"), true);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->leads, L({"区绿化市容局", "区民政局"}));
    EXPECT_EQ(c->co, L({"区财政局"}));
}

TEST(ClauseParser, PlaceNamesSharingTheGovernmentAfterThem)
{
    // 广州、深圳市政府 names two city governments; the units stay as printed.
    const auto c = parsed("广州、深圳市政府，横琴粤澳深度合作区执委会按职责分工负责");
    EXPECT_EQ(c.units, L({"广州", "深圳市政府", "横琴粤澳深度合作区执委会"}));
    EXPECT_EQ(c.leads, L({"广州"}));
    // Bare words before something that is not a government still make no clause.
    EXPECT_FALSE(ClauseParser::parse(QStringLiteral("算力、数据按职责分工负责")).has_value());
}

TEST(ClauseParser, CollectiveWithABracketedLevel)
{
    const auto c = parsed("责任单位：市市场监管局、市税务局，各区、县（市）政府");
    EXPECT_EQ(c.units, L({"市市场监管局", "市税务局", "各区、县（市）政府"}));
}

TEST(ClauseParser, NoteThatUnitsBeforeTheFirstCommaLead)
{
    const auto c =
        parsed("责任单位：市科技局、市数据局，市委网信办、中国移动南充分公司；第一个逗号前为牵头单位，"
               "多个牵头部门的按照职责分工负责，下同");
    EXPECT_EQ(c.leads, L({"市科技局", "市数据局"}));
    EXPECT_EQ(c.co, L({"市委网信办", "中国移动南充分公司"}));
    EXPECT_EQ(c.leadsBeforeComma, 2);
    EXPECT_TRUE(c.inherited.isEmpty());
    // Without the note the first unit alone leads, and the first group is kept for a later note's sake.
    const auto plain = parsed("责任单位：市科技局、市人社局，各县（市、区）政府");
    EXPECT_EQ(plain.leads, L({"市科技局"}));
    EXPECT_EQ(plain.firstGroup, L({"市科技局", "市人社局"}));
}

// 列第一位的为牵头单位，下同 says what an unmarked list means anyway: the note leaves the list, and a
// standing note after it still counts.
TEST(ClauseParser, NoteThatTheFirstUnitLeads)
{
    const auto c = parsed(
        "责任单位：市经信局、市发改委，各区〔县、市〕政府、开发园区管委会。列第一位的为牵头单位，下同。"
        "以下均需各区〔县、市〕政府、开发园区管委会落实，不再列出");
    EXPECT_EQ(c.units, L({"市经信局", "市发改委", "各区〔县、市〕政府", "开发园区管委会"}));
    EXPECT_EQ(c.leads, L({"市经信局"}));
    EXPECT_EQ(c.inherited, L({"各区〔县、市〕政府", "开发园区管委会"}));
    EXPECT_EQ(ClauseParser::splitUnits(
                  QStringLiteral("各区人民政府〈含开发区、长江新区、风景区管委会,下同〉、市财政局")),
              L({"各区人民政府〈含开发区、长江新区、风景区管委会,下同〉", "市财政局"}));
    const auto d = parsed("人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同");
    EXPECT_EQ(d.units, L({"人力资源社会保障部", "财政部"}));
    EXPECT_EQ(d.leads, L({"人力资源社会保障部"}));
    EXPECT_EQ(d.leadsBeforeComma, 0);
}

TEST(ClauseParser, StandingNoteNamingUnitsByShortForms)
{
    const auto c = parsed(
        "责任单位：市数据局，各县区人民政府、市各功能区管委会，以下均涉及各县区、功能区，不再重复列出");
    EXPECT_EQ(c.units, L({"市数据局", "各县区人民政府", "市各功能区管委会"}));
    EXPECT_EQ(c.inherited, L({"各县区人民政府", "市各功能区管委会"}));
}
