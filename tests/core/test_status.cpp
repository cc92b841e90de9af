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

TEST(Status, OneRuleForStatusAndPercent)
{
    using duban::followStatusRule;
    using duban::Status;
    EXPECT_EQ(followStatusRule(Status::NotStarted, 40).status, Status::InProgress);
    EXPECT_EQ(followStatusRule(Status::NotStarted, 0).status, Status::NotStarted);
    EXPECT_EQ(followStatusRule(Status::Done, 0).percent, 100);
    EXPECT_EQ(followStatusRule(Status::Suspended, 30).status, Status::Suspended);
    EXPECT_EQ(followStatusRule(Status::InProgress, 100).status, Status::InProgress); // done is a decision
}
