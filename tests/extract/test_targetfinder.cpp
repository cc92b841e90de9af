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
