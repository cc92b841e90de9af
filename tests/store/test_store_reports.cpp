// What the reports read from the store: status edits and progress notes within a period (inclusive
// days, open ends), and issue numbers (第N期) per series that a period keeps.
#include "core/clock.h"
#include "pinnedclock.h"
#include "storetest.h"

using namespace duban;
using namespace duban::test;

namespace {

struct Fixture
{
    TestDatabase db;
    std::unique_ptr<Repository> repo;
    qint64 a = 0, b = 0;

    Fixture()
    {
        repo = openOk(db.location());
        ImportResult r;
        EXPECT_TRUE(
            repo->applyImport(batchOf({draft(QStringLiteral("推进甲项工作"), {QStringLiteral("市财政局")}),
                                       draft(QStringLiteral("推进乙项工作"), {QStringLiteral("市商务局")})},
                                      QStringLiteral("reports")),
                              false, &r));
        a = r.taskIds.value(0);
        b = r.taskIds.value(1);
    }
    void statusOn(qint64 id, const QDate& day, Status s)
    {
        clock.moveTo(QDateTime(day, QTime(23, 30)));
        EXPECT_TRUE(repo->applyEdit({id, TaskField::Status, int(s)}, QStringLiteral("测试")).isValid());
    }
    void noteOn(qint64 id, const QDate& day)
    {
        ProgressInput p;
        p.date = day;
        p.text = QStringLiteral("进展") + day.toString(Qt::ISODate);
        p.author = QStringLiteral("测试");
        EXPECT_GT(repo->addProgress(id, p), 0);
    }
    PinnedClock clock{QDate(2022, 1, 1)};
};

} // namespace

TEST(StoreReports, StatusChangesWithinInclusiveDays)
{
    Fixture f;
    f.statusOn(f.a, QDate(2022, 10, 2), Status::InProgress); // Sunday before the week
    f.statusOn(f.a, QDate(2022, 10, 3), Status::Done);       // Monday, first day
    f.statusOn(f.b, QDate(2022, 10, 9), Status::Done);       // Sunday, last day, 23:30
    f.statusOn(f.b, QDate(2022, 10, 10), Status::InProgress);
    const auto week = f.repo->statusChanges(QDate(2022, 10, 3), QDate(2022, 10, 9));
    ASSERT_EQ(week.size(), 2);
    EXPECT_EQ(week[0].taskId, f.a);
    EXPECT_EQ(week[0].oldValue, QStringLiteral("in_progress"));
    EXPECT_EQ(week[0].newValue, QStringLiteral("done"));
    EXPECT_EQ(week[1].taskId, f.b);
    EXPECT_EQ(week[1].at.date(), QDate(2022, 10, 9));
    EXPECT_EQ(f.repo->statusChanges(QDate(2022, 10, 4), {}).size(), 2); // open end
    EXPECT_EQ(f.repo->statusChanges({}, QDate(2022, 10, 2)).size(), 1);
    EXPECT_EQ(f.repo->statusChanges({}, {}).size(), 4);
}

TEST(StoreReports, ProgressBetweenDates)
{
    Fixture f;
    f.noteOn(f.a, QDate(2022, 10, 2));
    f.noteOn(f.b, QDate(2022, 10, 3));
    f.noteOn(f.a, QDate(2022, 10, 9));
    f.noteOn(f.a, QDate(2022, 10, 10));
    const auto week = f.repo->progressBetween(QDate(2022, 10, 3), QDate(2022, 10, 9));
    ASSERT_EQ(week.size(), 2);
    EXPECT_EQ(week[0].date, QDate(2022, 10, 3)); // oldest first
    EXPECT_EQ(week[0].taskId, f.b);
    EXPECT_EQ(week[1].text, QStringLiteral("进展2022-10-09"));
    EXPECT_EQ(f.repo->progressBetween({}, QDate(2022, 10, 9)).size(), 3);
}

TEST(StoreReports, IssueNumbersPerSeriesKeptPerPeriod)
{
    Fixture f;
    const QString weekly = QStringLiteral("督查周报");
    EXPECT_EQ(f.repo->reportNumber(weekly, QStringLiteral("2022-W40")), 1);
    EXPECT_EQ(f.repo->reportNumber(weekly, QStringLiteral("2022-W40")), 1); // a peek records nothing
    EXPECT_EQ(f.repo->issueReport(weekly, QStringLiteral("2022-W40"), QStringLiteral("测试")), 1);
    EXPECT_EQ(f.repo->issueReport(weekly, QStringLiteral("2022-W41"), QStringLiteral("测试")), 2);
    EXPECT_EQ(f.repo->issueReport(weekly, QStringLiteral("2022-W40"), QStringLiteral("测试")), 1);
    EXPECT_EQ(f.repo->reportNumber(weekly, QStringLiteral("2022-W42")), 3);
    EXPECT_EQ(f.repo->issueReport(QStringLiteral("专项通报"), QStringLiteral("2022-W41"), {}), 1);
    StoreError e;
    EXPECT_EQ(f.repo->issueReport(QString(), QStringLiteral("2022-W41"), {}, &e), 0);
    EXPECT_EQ(e.kind, StoreError::BadInput);

    // A read-only connection peeks but does not issue.
    const QString path = f.repo->path();
    f.repo.reset();
    OpenOptions ro;
    ro.readOnly = true;
    auto reader = openOk(path, ro);
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->reportNumber(weekly, QStringLiteral("2022-W41")), 2);
    e = {};
    EXPECT_EQ(reader->issueReport(weekly, QStringLiteral("2022-W43"), {}, &e), 0);
    EXPECT_EQ(e.kind, StoreError::ReadOnly);
    EXPECT_EQ(RawDb(path).count(QStringLiteral("issued_reports")), 3);
}
