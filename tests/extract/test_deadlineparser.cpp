#include "extract/deadlineparser.h"
#include "qtprint.h"

#include <gtest/gtest.h>

using namespace duban;

namespace {
QDate parse(const char* text, int year = 2022, bool schedule = false)
{
    return DeadlineParser::find(QString::fromUtf8(text), year, schedule).date;
}
} // namespace

// Positions where no date can begin are passed over before the pattern runs: dates right after such
// characters, and next to numbers that are no dates, are still found.
TEST(DeadlineParser, DatesBesideNumbersAndWordsThatStartNone)
{
    EXPECT_EQ(parse("新增500家企业，2023年6月底前完成"), QDate(2023, 6, 30));
    EXPECT_EQ(parse("达到85%，于12月底前完成"), QDate(2022, 12, 31));
    EXPECT_EQ(parse("到位资金3亿元，到2025年"), QDate(2025, 12, 31));
    EXPECT_EQ(parse("上级要求下达后，下半年完成"), QDate(2022, 12, 31));
    EXPECT_EQ(parse("第一批名单第三季度公布"), QDate(2022, 9, 30));
    EXPECT_EQ(parse("本地企业本年底前完成"), QDate(2022, 12, 31));
    EXPECT_EQ(parse("力度加大，力争2024年底前建成"), QDate(2024, 12, 31));
    EXPECT_EQ(parse("截止到2023年3月底"), QDate(2023, 3, 31));
    EXPECT_EQ(parse("截至09月底", 2022, true), QDate(2022, 9, 30));
    EXPECT_EQ(parse("12345件，13月"), QDate());
}

TEST(DeadlineParser, MonthEndForms)
{
    EXPECT_EQ(parse("2022年9月底"), QDate(2022, 9, 30));
    EXPECT_EQ(parse("2021年4月底前编制本部门清单"), QDate(2021, 4, 30));
    EXPECT_EQ(parse("2022年 12月底"), QDate(2022, 12, 31)); // stray space from a table cell
    EXPECT_EQ(parse("力争 9 月底前实现 5G 独立组网商用", 2020), QDate(2020, 9, 30));
    EXPECT_EQ(parse("2020 年 2 月底前", 2020), QDate(2020, 2, 29)); // leap year
}

TEST(DeadlineParser, YearEndForms)
{
    EXPECT_EQ(parse("2022 年年底实现全市高速公路服务区充电桩全覆盖"), QDate(2022, 12, 31));
    EXPECT_EQ(parse("2023年年底以前，形成标准统一的体系"), QDate(2023, 12, 31));
    EXPECT_EQ(parse("年底前，实现市县中心城区 5G 网络全覆盖", 2020), QDate(2020, 12, 31));
    EXPECT_EQ(parse("到2025年，农村生活污水治理率达到45%"), QDate(2025, 12, 31));
    EXPECT_EQ(parse("力争到2030年全市人均预期寿命提高"), QDate(2030, 12, 31));
    EXPECT_EQ(parse("2020年末完成"), QDate(2020, 12, 31));
}

TEST(DeadlineParser, QuartersAndHalves)
{
    EXPECT_EQ(parse("第三季度完成验收", 2022), QDate(2022, 9, 30));
    EXPECT_EQ(parse("2023年第一季度"), QDate(2023, 3, 31));
    EXPECT_EQ(parse("2020年6月份调研，8月份递交可研报告，下半年实施", 2020, true), QDate(2020, 12, 31));
    EXPECT_EQ(parse("2023年上半年前"), QDate(2023, 6, 30));
}

// Official writing drops the 第 of a quarter as often as it keeps it; the year is the directive's
// unless the text names one.
TEST(DeadlineParser, QuartersWithoutDi)
{
    EXPECT_EQ(parse("2025年三季度末前完成", 2024), QDate(2025, 9, 30));
    EXPECT_EQ(parse("三季度完成招标", 2026), QDate(2026, 9, 30));
    EXPECT_EQ(parse("力争一季度实现“开门红”", 2026), QDate(2026, 3, 31));
    EXPECT_EQ(parse("到四季度底全部建成", 2023), QDate(2023, 12, 31));
    EXPECT_EQ(parse("2024年第二季度末"), QDate(2024, 6, 30));
    EXPECT_EQ(parse("前三季度地区生产总值增长6%", 2022), QDate(2022, 9, 30));
    // Recurring and start points stay what they were.
    EXPECT_EQ(parse("每季度报送一次", 2022), QDate());
    EXPECT_EQ(parse("二季度以来持续回升", 2022), QDate());
}

TEST(DeadlineParser, FullDatesAndRanges)
{
    EXPECT_EQ(parse("截止日期 2020 年 12 月 31 日。", 2020), QDate(2020, 12, 31));
    EXPECT_EQ(parse("自 2020 年 1 月 1 日起至 2022 年 12 月 31 日止，减按 50% 计征"), QDate(2022, 12, 31));
    const auto f = DeadlineParser::find(QStringLiteral("2020年6月开展工作，11月汇交成果报告"), 2020, true);
    EXPECT_EQ(f.date, QDate(2020, 11, 30));
    ASSERT_EQ(f.others.size(), 1);
    EXPECT_EQ(f.others[0], QDate(2020, 6, 30));
}

TEST(DeadlineParser, DaysWithoutYearUseEarlierYearOrBase)
{
    EXPECT_EQ(parse("10月1日前发放到位", 2020), QDate(2020, 10, 1));
    EXPECT_EQ(parse("2021 年 12 月底前建设平台，3 月底前完成招标", 2020), QDate(2021, 12, 31));
    EXPECT_EQ(parse("5月份组织公开出让", 2020, true), QDate(2020, 5, 31));
}

TEST(DeadlineParser, NotDeadlines)
{
    EXPECT_FALSE(parse("把发展餐饮业作为2020年市政府的一项重点工程", 2020).isValid());
    EXPECT_FALSE(parse("在2020年基础上增加5%以上").isValid());
    EXPECT_FALSE(parse("比2020年下降12%以上").isValid());
    EXPECT_FALSE(parse("每年年底对培育企业进行考核").isValid());
    EXPECT_FALSE(parse("对无条件共享数据应于1个工作日内进行审核").isValid());
    EXPECT_FALSE(parse("5月份组织公开出让", 2020, false).isValid()); // needs schedule context
    EXPECT_FALSE(parse("2020年度工作").isValid());
    EXPECT_FALSE(parse("长期坚持").isValid());
    EXPECT_TRUE(DeadlineParser::isOpenEnded(QStringLiteral("长期坚持")));
    EXPECT_TRUE(DeadlineParser::isOpenEnded(QStringLiteral("持续推进")));
}

// A year that opens a sentence or a clause says when its work is done; one inside a phrase, one
// before the directive's year, or one followed by a comma (2020年，全市…, a review) does not.
TEST(DeadlineParser, YearOpeningASentence)
{
    EXPECT_EQ(parse("落实租金减免政策。2022年对服务业小微企业减免6个月租金", 2022), QDate(2022, 12, 31));
    EXPECT_EQ(parse("给予补贴支持，2022年原则上应给予50%的补贴", 2022), QDate(2022, 12, 31));
    EXPECT_EQ(parse("2023年完成全部改造任务", 2022), QDate(2023, 12, 31));
    EXPECT_FALSE(parse("按照规定，2019年出台的办法继续执行", 2022).isValid());
    EXPECT_FALSE(parse("依据2022年的标准执行", 2022).isValid());
    EXPECT_FALSE(parse("2022年，全市完成投资300亿元", 2023).isValid());
}

TEST(DeadlineParser, ConjoinedYearsKeepTheMarker)
{
    const auto f = DeadlineParser::find(
        QStringLiteral("到2022年和2030年，全面无烟法规保护的人口比例分别达到30%和80%"), 2020);
    EXPECT_EQ(f.date, QDate(2030, 12, 31));
    EXPECT_EQ(f.others, QList<QDate>{QDate(2022, 12, 31)});
}

TEST(DeadlineParser, RelativeYears)
{
    EXPECT_EQ(parse("年内完成改造", 2021), QDate(2021, 12, 31));
    EXPECT_EQ(parse("今年底前全面推开", 2021), QDate(2021, 12, 31));
    EXPECT_EQ(parse("明年6月底前建成", 2021), QDate(2022, 6, 30));
    EXPECT_EQ(parse("9月下旬前完成", 2021), QDate(2021, 9, 30));
    EXPECT_EQ(parse("9月中旬前完成", 2021), QDate(2021, 9, 20));
    EXPECT_EQ(parse("2019年6月底前，研究建立指标体系"), QDate(2019, 6, 30));
    EXPECT_EQ(parse("2025年前基本建成"), QDate(2025, 12, 31));
}

// A span anchored to the directive itself (印发之日起30日内) counts from its date; a bare span of days or
// months is a payment term or a service time and sets none.
TEST(DeadlineParser, SpansCountedFromTheDirective)
{
    const QDate issued(2018, 11, 16);
    const auto at = [&](const char* text) {
        return DeadlineParser::find(QString::fromUtf8(text), 2018, false, issued).date;
    };
    EXPECT_EQ(at("各省级人民政府要在本意见印发之日起30日内，制定出台具体实施办法"), QDate(2018, 12, 16));
    EXPECT_EQ(at("自本通知下发之日起三十日内完成自查"), QDate(2018, 12, 16));
    EXPECT_EQ(at("本方案印发之日起3个月内建立台账"), QDate(2019, 2, 16));
    EXPECT_EQ(at("自通知发布之日起十五个工作日内报送"), QDate(2018, 12, 7));
    EXPECT_EQ(at("土地出让合同签订后1个月内缴纳"), QDate());
    EXPECT_EQ(at("压缩住房公积金贷款发放时间至1个月以内"), QDate());
    // Without the directive's date such a span sets no date.
    EXPECT_FALSE(DeadlineParser::find(QStringLiteral("本意见印发之日起30日内"), 2018, false).date.isValid());
    // Spans counted from another event, and terms for paying, are not the work's deadline.
    EXPECT_EQ(at("余款可在成交之日起一年内缴清"), QDate());
    EXPECT_EQ(at("剩余尾款在一年内交清"), QDate());
    EXPECT_EQ(at("项目竣工验收后两年内免收租金"), QDate());
    EXPECT_EQ(at("力争三年内市本级住宅土地供应量增加20%以上"), QDate(2021, 11, 16));
}

// 年初部署、年中指导、年末检查 are the steps of a yearly round; a 年底前 on its own is this year's end.
TEST(DeadlineParser, StepsOfAYearlyRound)
{
    EXPECT_FALSE(parse("强化前期自查、年中指导、年末检查", 2024).isValid());
    EXPECT_FALSE(parse("年初部署，年底考核", 2024).isValid());
    EXPECT_EQ(parse("年中完成方案编制，年底前全面建成", 2024), QDate(2024, 12, 31));
    EXPECT_EQ(parse("年底完成验收", 2024), QDate(2024, 12, 31));
}

TEST(DeadlineParser, RecurringOngoingStartAndSpans)
{
    const QDate issued(2018, 12, 29);
    const auto r = DeadlineParser::find(QStringLiteral("每年6月底前报送进展情况"), 2018, false, issued);
    EXPECT_EQ(r.date, QDate(2019, 6, 30)); // the next one after the directive
    EXPECT_EQ(r.kind, QStringLiteral("recurring"));
    const auto o = DeadlineParser::find(QStringLiteral("长期坚持"), 2018, true, issued);
    EXPECT_FALSE(o.date.isValid());
    EXPECT_EQ(o.kind, QStringLiteral("ongoing"));
    EXPECT_EQ(DeadlineParser::find(QStringLiteral("常态化推进"), 2018, true).kind, QStringLiteral("ongoing"));
    const auto s = DeadlineParser::find(QStringLiteral("2022年起实施"), 2021, false);
    EXPECT_FALSE(s.date.isValid());
    EXPECT_EQ(s.kind, QStringLiteral("start"));
    EXPECT_EQ(DeadlineParser::find(QStringLiteral("5年内重点引进100名"), 2012, false, QDate(2012, 3, 1)).date,
              QDate(2017, 3, 1));
    // Without the directive's date a span sets no date.
    EXPECT_FALSE(DeadlineParser::find(QStringLiteral("5年内重点引进100名"), 2012, false).date.isValid());
    EXPECT_FALSE(DeadlineParser::find(QStringLiteral("三年内"), 2012, false).date.isValid());
}

TEST(DeadlineParser, SpanThatQualifiesWhoIsCoveredSetsNoDate)
{
    // "graduates within 2 years of leaving school" says who may apply, not when the work is due.
    const QDate issued(2026, 6, 24);
    for (const char* text :
         {"对正常运营1年以上的离校2年内高校毕业生，给予最高1万元一次性创业补贴",
          "对毕业5年内的高校毕业生给予贷款", "对成立3年内的企业给予奖励", "对注册两年内的科技型企业"})
        EXPECT_FALSE(DeadlineParser::find(QString::fromUtf8(text), 2026, false, issued).date.isValid())
            << text;
    // A span that does qualify the work still counts, after one that only qualifies people.
    EXPECT_EQ(DeadlineParser::find(QStringLiteral("对毕业5年内的高校毕业生，力争3年内实现全覆盖"), 2026,
                                   false, issued)
                  .date,
              QDate(2029, 6, 24));
}
