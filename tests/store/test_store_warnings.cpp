// The overdue view's store queries: per-unit warning figures and 序时进度 (behind pace) computed in SQL,
// checked against figures worked out by hand and against duban::pace() on the same rows.
#include "core/clock.h"
#include "storetest.h"

using namespace duban;
using namespace duban::test;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

// Tasks of a directive dated 2022-03-01 (their start), looked at on 2023-06-15.
class StoreWarnings : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Clock::pin(QDateTime(today, QTime(9, 0)));
        repo = openOk(db.location());
        ASSERT_TRUE(repo);
        QList<TaskDraft> drafts{
            draft(s(u"昨天到期"), {s(u"市财政局")}, {}, today.addDays(-1)),
            draft(s(u"今天到期"), {s(u"市商务局")}, {}, today),
            draft(s(u"七天后到期"), {s(u"市商务局")}, {s(u"市财政局")}, today.addDays(7)),
            draft(s(u"八天后到期"), {s(u"市审计局")}, {}, today.addDays(8)),
            draft(s(u"没有期限"), {s(u"市审计局")}, {}, QDate()),
            draft(s(u"已办结"), {s(u"市审计局")}, {}, today.addDays(-30)),
            draft(s(u"暂缓"), {s(u"市审计局")}, {}, today.addDays(-30)),
        };
        ImportResult r;
        StoreError e;
        ASSERT_TRUE(repo->applyImport(batchOf(drafts, QStringLiteral("w")), false, &r, &e))
            << e.message.toStdString();
        ids = r.taskIds;
        ASSERT_FALSE(repo->applyEdit({ids[5], TaskField::Status, int(Status::Done)}, s(u"王五")).isNull());
        ASSERT_FALSE(
            repo->applyEdit({ids[6], TaskField::Status, int(Status::Suspended)}, s(u"王五")).isNull());
    }
    void TearDown() override { Clock::release(); }

    int behindInCpp(int tolerance)
    {
        DueRules rules;
        rules.paceTolerance = tolerance;
        int n = 0;
        for (const TaskRecord& t : repo->tasks({}))
            n += pace(t.status, t.percent, t.startDate, t.deadline, today, rules) == Pace::Behind;
        return n;
    }
    const UnitSummary* find(const QList<UnitSummary>& list, const QString& name)
    {
        for (const UnitSummary& w : list)
            if (w.name == name)
                return &w;
        return nullptr;
    }

    const QDate today{2023, 6, 15};
    TestDatabase db;
    std::unique_ptr<Repository> repo;
    QList<qint64> ids;
};

} // namespace

TEST_F(StoreWarnings, BehindPaceMatchesTheRuleAtItsBoundary)
{
    // Open tasks at 0% with deadlines today or within 8 days are all well behind (expected 98–100%);
    // the overdue one is overdue, not also behind; no deadline, done and suspended have no pace.
    EXPECT_EQ(repo->countBehindPace({}, 5), 3);
    EXPECT_EQ(behindInCpp(5), 3);
    // 2022-03-01 → 2024-03-01 is 731 days, 471 of them gone on 2023-06-15: 47100 / 731 = 64%.
    ASSERT_FALSE(repo->applyEdit({ids[3], TaskField::Deadline, QDate(2024, 3, 1)}, s(u"王五")).isNull());
    ASSERT_EQ(expectedPercent(QDate(2022, 3, 1), QDate(2024, 3, 1), today), 64);
    repo->applyEdit({ids[3], TaskField::Percent, 58}, s(u"王五")); // 58 < 64 - 5
    EXPECT_EQ(repo->countBehindPace({}, 5), 3);
    repo->applyEdit({ids[3], TaskField::Percent, 59}, s(u"王五")); // within the tolerance
    EXPECT_EQ(repo->countBehindPace({}, 5), 2);
    EXPECT_EQ(behindInCpp(5), 2);
    EXPECT_EQ(repo->countBehindPace({}, 4), 3); // 59 < 64 - 4
    EXPECT_EQ(behindInCpp(4), 3);
    // The filter applies: only the 审计局's tasks.
    TaskFilter f;
    f.unit = s(u"市审计局");
    EXPECT_EQ(repo->countBehindPace(f, 4), 1);
    // Before the start nothing is behind.
    f = {};
    f.asOf = QDate(2022, 2, 1);
    EXPECT_EQ(repo->countBehindPace(f, 5), 0);
}

TEST_F(StoreWarnings, PerUnitFiguresRankedByOverdue)
{
    DueRules rules; // 7 days
    const QList<UnitSummary> list = repo->unitSummaries(today, rules);
    ASSERT_EQ(list.size(), 3);
    // 财政局: lead of 昨天到期 (overdue), co of 七天后到期 (due soon: 7 days is within the window).
    EXPECT_EQ(list[0].name, s(u"市财政局"));
    EXPECT_EQ(list[0].total, 2);
    EXPECT_EQ(list[0].overdue, 1);
    EXPECT_EQ(list[0].dueSoon, 1);
    EXPECT_EQ(list[0].done, 0);
    EXPECT_EQ(list[0].behindPace, 1); // the overdue one counts as overdue only
    // 商务局: due today (not overdue) and in 7 days; no overdue, so after 财政局, but two due soon put it
    // before 审计局.
    EXPECT_EQ(list[1].name, s(u"市商务局"));
    EXPECT_EQ(list[1].overdue, 0);
    EXPECT_EQ(list[1].dueSoon, 2);
    // 审计局: 8 days (on track), no deadline, done, suspended.
    EXPECT_EQ(list[2].name, s(u"市审计局"));
    EXPECT_EQ(list[2].total, 4);
    EXPECT_EQ(list[2].overdue, 0);
    EXPECT_EQ(list[2].dueSoon, 0);
    EXPECT_EQ(list[2].done, 1);
    EXPECT_EQ(list[2].completionPercent(), 25);
    EXPECT_EQ(list[2].behindPace, 1);

    // A window of 8 days makes the 审计局's task due soon; a day later 商务局's today-task is overdue.
    rules.dueSoonDays = 8;
    EXPECT_EQ(find(repo->unitSummaries(today, rules), s(u"市审计局"))->dueSoon, 1);
    const QList<UnitSummary> later = repo->unitSummaries(today.addDays(1), {});
    EXPECT_EQ(find(later, s(u"市商务局"))->overdue, 1);
    EXPECT_EQ(find(later, s(u"市财政局"))->overdue, 1);
}

TEST_F(StoreWarnings, PaceFilterSelectsEachPace)
{
    auto count = [&](Pace p, int tolerance = 5) {
        TaskFilter f;
        f.pace = p;
        f.paceTolerance = tolerance;
        return repo->countTasks(f);
    };
    auto inCpp = [&](Pace p) {
        int n = 0;
        for (const TaskRecord& t : repo->tasks({}))
            n += pace(t.status, t.percent, t.startDate, t.deadline, today) == p;
        return n;
    };
    // No deadline, done, suspended, overdue: no pace.
    EXPECT_EQ(count(Pace::NotApplicable), 4);
    EXPECT_EQ(count(Pace::Behind), 3);
    EXPECT_EQ(count(Pace::OnPace), 0);
    // 64% expected for 2022-03-01 → 2024-03-01 on 2023-06-15 (see above): 59..69 is on pace.
    ASSERT_FALSE(repo->applyEdit({ids[3], TaskField::Deadline, QDate(2024, 3, 1)}, s(u"王五")).isNull());
    for (const auto& [percent, expected] : {std::pair{58, Pace::Behind}, std::pair{59, Pace::OnPace},
                                            std::pair{69, Pace::OnPace}, std::pair{70, Pace::Ahead}}) {
        repo->applyEdit({ids[3], TaskField::Percent, percent}, s(u"王五"));
        EXPECT_EQ(count(expected), inCpp(expected)) << percent;
        TaskFilter f;
        f.pace = expected;
        f.unit = s(u"市审计局");
        const QList<TaskRecord> rows = repo->tasks(f);
        ASSERT_EQ(rows.size(), 1) << percent;
        EXPECT_EQ(rows.first().id, ids[3]) << percent;
    }
    EXPECT_EQ(count(Pace::Ahead), 1);
    EXPECT_EQ(count(Pace::Behind), 2);
    EXPECT_EQ(count(Pace::Ahead, 6), 0); // 70 is not above 64 + 6
    EXPECT_EQ(count(Pace::OnPace, 6), 1);
}
