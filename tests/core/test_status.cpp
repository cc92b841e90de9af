#include "core/status.h"

#include <gtest/gtest.h>

using namespace duban;

TEST(Status, KeysRoundTrip)
{
    for (Status s : kAllStatuses)
        EXPECT_EQ(statusFromKey(statusKey(s)), s);
}

TEST(Status, AcceptsChineseLabels)
{
    EXPECT_EQ(statusFromKey(QStringLiteral("办结")), Status::Done);
    EXPECT_EQ(statusFromKey(QStringLiteral("进行中")), Status::InProgress);
    EXPECT_EQ(statusFromKey(QStringLiteral(" 暂缓 ")), Status::Suspended);
    EXPECT_FALSE(statusFromKey(QStringLiteral("finished")).has_value());
}
