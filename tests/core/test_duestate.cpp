#include "core/duestate.h"

#include <gtest/gtest.h>

using namespace duban;

namespace {
const QDate kAsOf(2022, 10, 1);
}

TEST(DueState, OverdueIsStrictlyAfterDeadline)
{
    EXPECT_EQ(dueState(Status::InProgress, QDate(2022, 9, 30), kAsOf), DueState::Overdue);
    EXPECT_EQ(dueState(Status::InProgress, QDate(2022, 10, 1), kAsOf), DueState::DueSoon); // due today
}

TEST(DueState, DueSoonWindowIsInclusive)
{
    DueRules rules;
    rules.dueSoonDays = 7;
    EXPECT_EQ(dueState(Status::NotStarted, QDate(2022, 10, 8), kAsOf, rules), DueState::DueSoon);
    EXPECT_EQ(dueState(Status::NotStarted, QDate(2022, 10, 9), kAsOf, rules), DueState::OnTrack);
    rules.dueSoonDays = 3;
    EXPECT_EQ(dueState(Status::NotStarted, QDate(2022, 10, 5), kAsOf, rules), DueState::OnTrack);
    EXPECT_EQ(dueState(Status::NotStarted, QDate(2022, 10, 4), kAsOf, rules), DueState::DueSoon);
}

TEST(DueState, DoneAndSuspendedAreNeverOverdue)
{
    EXPECT_EQ(dueState(Status::Done, QDate(2020, 1, 1), kAsOf), DueState::Done);
    EXPECT_EQ(dueState(Status::Suspended, QDate(2020, 1, 1), kAsOf), DueState::Suspended);
}

TEST(DueState, NoDeadline)
{
    EXPECT_EQ(dueState(Status::InProgress, QDate(), kAsOf), DueState::NoDeadline);
}

TEST(DueState, DaysOverdue)
{
    EXPECT_EQ(daysOverdue(QDate(2022, 9, 30), kAsOf), 1);
    EXPECT_EQ(daysOverdue(QDate(2022, 10, 1), kAsOf), 0);
    EXPECT_EQ(daysOverdue(QDate(2022, 8, 31), kAsOf), 31);
    EXPECT_EQ(daysOverdue(QDate(), kAsOf), 0);
}

TEST(Pace, ExpectedPercentIsTimeShare)
{
    // 2022-01-01 .. 2022-12-31 spans 364 days; on 2022-07-02 182 days have passed: 50%.
    EXPECT_EQ(expectedPercent(QDate(2022, 1, 1), QDate(2022, 12, 31), QDate(2022, 7, 2)), 50);
    EXPECT_EQ(expectedPercent(QDate(2022, 1, 1), QDate(2022, 12, 31), QDate(2021, 7, 2)), 0);
    EXPECT_EQ(expectedPercent(QDate(2022, 1, 1), QDate(2022, 12, 31), QDate(2023, 7, 2)), 100);
    EXPECT_EQ(expectedPercent(QDate(), QDate(2022, 12, 31), QDate(2022, 7, 2)), -1);
}

TEST(Pace, BehindOnPaceAhead)
{
    const QDate start(2022, 1, 1), end(2022, 12, 31), mid(2022, 7, 2);
    EXPECT_EQ(pace(Status::InProgress, 20, start, end, mid), Pace::Behind);
    EXPECT_EQ(pace(Status::InProgress, 45, start, end, mid), Pace::OnPace);
    EXPECT_EQ(pace(Status::InProgress, 55, start, end, mid), Pace::OnPace);
    EXPECT_EQ(pace(Status::InProgress, 56, start, end, mid), Pace::Ahead);
    EXPECT_EQ(pace(Status::Done, 100, start, end, mid), Pace::NotApplicable);
    EXPECT_EQ(pace(Status::InProgress, 50, start, QDate(), mid), Pace::NotApplicable);
    // Overdue is overdue, not also behind pace (one figure each, as the report counts them).
    EXPECT_EQ(pace(Status::InProgress, 0, start, end, end.addDays(1)), Pace::NotApplicable);
    EXPECT_EQ(pace(Status::InProgress, 0, start, end, end), Pace::Behind);
}
