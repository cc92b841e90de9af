#include "extract/targetfinder.h"
#include "qtprint.h"

#include <gtest/gtest.h>

using namespace duban;

TEST(TargetFinder, FindsMeasurableClauses)
{
    const auto t = findTargets(QStringLiteral(
        "推动群众习惯养成，到2025年，居民生活垃圾分类知晓率达到98%以上，城市建成区内所有街道开展示范。"
        "到2025年创建10家以上绿色工厂（园区）、2个绿色供应链管理企业。"));
    ASSERT_EQ(t.size(), 2);
    EXPECT_EQ(t[0], QStringLiteral("居民生活垃圾分类知晓率达到98%以上"));
    EXPECT_EQ(t[1], QStringLiteral("创建10家以上绿色工厂（园区）、2个绿色供应链管理企业"));
}

TEST(TargetFinder, IgnoresNarrativeNumbers)
{
    EXPECT_TRUE(findTargets(QStringLiteral("深入贯彻党的十九大精神，2022年9月底前建立机制。")).isEmpty());
    EXPECT_TRUE(findTargets(QStringLiteral("依据《驻马店市山体保护条例》等法律法规要求。")).isEmpty());
}

TEST(TargetFinder, EveryFormOfTarget)
{
    const auto has = [](const char* text, const char* want) {
        const QStringList t = findTargets(QString::fromUtf8(text));
        return t.contains(QString::fromUtf8(want));
    };
    EXPECT_TRUE(has("到2020年，秸秆综合利用率达到85%以上。", "秸秆综合利用率达到85%以上"));
    EXPECT_TRUE(has("每年安排资金不少于500万元。", "每年安排资金不少于500万元"));
    EXPECT_TRUE(has("全年新增10家规上企业。", "全年新增10家规上企业"));
    EXPECT_TRUE(has("能耗总量控制在1000万吨标准煤以内。", "能耗总量控制在1000万吨标准煤以内"));
    EXPECT_TRUE(has("单位GDP能耗下降15%。", "单位GDP能耗下降15%"));
    EXPECT_TRUE(has("累计培训2000人次。", "累计培训2000人次"));
    EXPECT_TRUE(has("年底前实现行政村全覆盖。", "年底前实现行政村全覆盖"));
    EXPECT_TRUE(has("选拔100名正职后备人才、200名副职后备人才，培养100名优秀企业家。",
                    "选拔100名正职后备人才、200名副职后备人才"));
    EXPECT_TRUE(has("实施农村公路安防工程65.9公里。", "实施农村公路安防工程65.9公里"));
    // A time span alone is no target.
    EXPECT_TRUE(findTargets(QStringLiteral("分2年给予政府安家补助，按季度发放。")).isEmpty());
}

TEST(TargetFinder, ComputingAndDataUnitsInLatinLetters)
{
    // Compute and bandwidth targets are written with Latin units (P = PFlops, EFLOPS, PB, Gbps).
    EXPECT_EQ(findTargets(QStringLiteral("到2027年调度算力规模超5000P，探索建设算力超市。")),
              QStringList{QStringLiteral("调度算力规模超5000P")});
    EXPECT_EQ(findTargets(QStringLiteral("全省智能算力达到20EFLOPS以上。")),
              QStringList{QStringLiteral("全省智能算力达到20EFLOPS以上")});
    EXPECT_EQ(findTargets(QStringLiteral("骨干网出口带宽达到100Gbps。")),
              QStringList{QStringLiteral("骨干网出口带宽达到100Gbps")});
    // A technology generation is not an amount.
    EXPECT_TRUE(findTargets(QStringLiteral("加快推进5G应用，推动AI+软件开发。")).isEmpty());
}

TEST(TargetFinder, ServiceTimesPromisedInWords)
{
    EXPECT_EQ(findTargets(QStringLiteral("推行企业登记全程网办，实现企业开办“半日办结”。")),
              QStringList{QStringLiteral("实现企业开办“半日办结”")});
    EXPECT_EQ(findTargets(QStringLiteral("优化开办流程，助力企业“一日开办”。")),
              QStringList{QStringLiteral("助力企业“一日开办”")});
    // The promise as one phrase of a list, even inside a gloss in brackets.
    EXPECT_TRUE(findTargets(QStringLiteral(
                                "提供一站式开办服务（一表申请、一窗发放2个环节，1日内办结，全流程0费用）。"))
                    .contains(QStringLiteral("1日内办结")));
    EXPECT_EQ(findTargets(QStringLiteral("材料齐全的，3个工作日内办结。")),
              QStringList{QStringLiteral("3个工作日内办结")});
    // A time limit the applicant must keep is not a promise of the office.
    EXPECT_TRUE(findTargets(QStringLiteral("申请人应在五日内办理变更手续。")).isEmpty());
    EXPECT_TRUE(findTargets(QStringLiteral("逾期的，申请人应于5日内办结退款。")).isEmpty());
}
