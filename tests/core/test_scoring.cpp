// The 考评 arithmetic on its own: working days, the replay of a task's recorded changes to a day, the rule
// as stored, and ranks shared by equal scores. Expected values worked out by hand in the comments.
#include "core/scoring.h"

#include <gtest/gtest.h>

using namespace duban;

TEST(Scoring, WorkingDaysSkipWeekends)
{
    // 2024-03-01 is a Friday.
    EXPECT_EQ(workingDaysAfter(QDate(2024, 3, 1), QDate(2024, 3, 1)), 0);
    EXPECT_EQ(workingDaysAfter(QDate(2024, 3, 1), QDate(2024, 3, 3)), 0);   // Sat, Sun
    EXPECT_EQ(workingDaysAfter(QDate(2024, 3, 1), QDate(2024, 3, 4)), 1);   // Mon
    EXPECT_EQ(workingDaysAfter(QDate(2024, 3, 1), QDate(2024, 3, 8)), 5);   // Mon..Fri
    EXPECT_EQ(workingDaysAfter(QDate(2024, 3, 1), QDate(2024, 3, 31)), 20); // 4 weeks, Mon 4th to Fri 29th
    EXPECT_EQ(workingDaysAfter(QDate(2024, 3, 28), QDate(2024, 4, 10)), 9);
    EXPECT_EQ(workingDaysAfter(QDate(2024, 3, 8), QDate(2024, 3, 1)), 0);
}

TEST(Scoring, ReplaysStatusAndDeadlineToADay)
{
    ScoreTaskInput t;
    t.created = QDate(2024, 2, 1);
    t.status = Status::InProgress;
    t.deadline = QDate(2024, 4, 20);
    t.statusChanges = {{QDate(2024, 3, 5), QStringLiteral("not_started"), QStringLiteral("done")},
                       {QDate(2024, 3, 9), QStringLiteral("done"), QStringLiteral("in_progress")}};
    t.deadlineChanges = {{QDate(2024, 3, 18), QStringLiteral("2024-03-20"), QStringLiteral("2024-04-20")}};
    EXPECT_EQ(statusOn(t, QDate(2024, 3, 4)), Status::NotStarted); // before the first change: its old value
    EXPECT_EQ(statusOn(t, QDate(2024, 3, 5)), Status::Done);       // a change counts for its own day
    EXPECT_EQ(doneOn(t, QDate(2024, 3, 8)), QDate(2024, 3, 5));
    EXPECT_FALSE(doneOn(t, QDate(2024, 3, 9)).isValid());
    EXPECT_EQ(statusOn(t, QDate(2024, 5, 1)), Status::InProgress);
    EXPECT_EQ(deadlineOn(t, QDate(2024, 3, 17)), QDate(2024, 3, 20));
    EXPECT_EQ(deadlineOn(t, QDate(2024, 3, 18)), QDate(2024, 4, 20));
    // 按原定时间 only once the approval is on record.
    t.originalDeadline = QDate(2024, 3, 20);
    t.events = {{QStringLiteral("extend_approve"), 0, QDate(2024, 3, 18), 0}};
    EXPECT_EQ(judgedDeadline(t, QDate(2024, 3, 31)), QDate(2024, 3, 20));
}

TEST(Scoring, RuleReadsBackAndKeepsDefaultsForWhatIsMissing)
{
    ScoreRule r;
    r.onTimeWeight = 50;
    r.chaseDeduction = {1, 2, 5};
    r.signWorkingDays = 2;
    r.includeCoUnits = true;
    EXPECT_EQ(ScoreRule::fromJson(r.toJson()), r);
    const ScoreRule partial = ScoreRule::fromJson(
        QJsonObject{{QStringLiteral("sign_weight"), 30}, {QStringLiteral("report_weight"), -4}});
    EXPECT_DOUBLE_EQ(partial.signWeight, 30);
    EXPECT_DOUBLE_EQ(partial.reportWeight, 20); // negative refused: the default stays
    EXPECT_DOUBLE_EQ(partial.onTimeWeight, 60);
}

// 甲: 4 due, 3 on time → 60 × 0.75 = 45; 签收 nothing to judge → 20; reports 2 of 4 → 10; 75 − 1 overdue
// task 5 days (2 + 0.5) = 72.5. 乙 the same figures: same score, same rank. 丙: 0 + 20 + 0 − 3 通报 × 2 = 14.
TEST(Scoring, EqualScoresShareARank)
{
    UnitFigures a{1, QStringLiteral("甲")};
    a.tasks = 4;
    a.due = 4;
    a.doneOnTime = 3;
    a.overdue = 1;
    a.overdueDays = 5;
    a.reported = 2;
    UnitFigures b = a;
    b.unitId = 2;
    b.name = QStringLiteral("乙");
    UnitFigures c{3, QStringLiteral("丙")};
    c.tasks = 1;
    c.due = 1;
    c.chases = {0, 0, 3};
    const QList<UnitScore> s = scoreUnits({c, b, a}, ScoreRule{});
    ASSERT_EQ(s.size(), 3);
    EXPECT_DOUBLE_EQ(s[0].score, 72.5);
    EXPECT_EQ(s[0].rank, 1);
    EXPECT_EQ(s[1].rank, 1);
    EXPECT_EQ(s[2].figures.name, QStringLiteral("丙"));
    EXPECT_DOUBLE_EQ(s[2].score, 14);
    EXPECT_EQ(s[2].rank, 3);
    const QList<UnitScore> back = scoresFromJson(scoresToJson(s));
    ASSERT_EQ(back.size(), 3);
    EXPECT_EQ(back[2].figures.chases, c.chases);
    EXPECT_DOUBLE_EQ(back[0].onTimeRate, 0.75);
    EXPECT_EQ(scoresToJson(back), scoresToJson(s));
}
