// One definition per figure: the weekly report (counted in C++ over its tasks), Repository::warningFigures
// (the one query behind the 逾期预警 header) and `duban-cli overdue` give the same numbers for the same
// as-of day, and the report's 近期到期 list holds exactly the tasks of its 临期 figure.
#include "clirun.h"
#include "report/weeklyreport.h"
#include "reporttestdb.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace duban;
using namespace duban::test;

namespace {

class Figures : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("seeds.sqlite"));
        repo = seededRepository(path, &week);
        ASSERT_TRUE(repo);
        // Percents all over the range on open tasks with deadlines, so that pace splits them.
        TaskFilter open;
        open.status = Status::NotStarted;
        QList<TaskEdit> edits;
        int i = 0;
        for (const TaskRecord& t : repo->tasks(open, {TaskSortKey::Id}, 0, 60))
            if (t.deadline.isValid())
                edits.append({t.id, TaskField::Percent, (i++ * 37) % 100});
        StoreError e;
        ASSERT_TRUE(repo->applyEdits(edits, QStringLiteral("测试"), nullptr, &e)) << e.message.toStdString();
    }
    void TearDown() override { Clock::release(); }

    void compare(const QDate& asOf)
    {
        ReportOptions o;
        o.period = ReportPeriod::range(asOf.addDays(-6), asOf, nullptr).value();
        o.asOf = asOf;
        StoreError e;
        const auto r = buildWeeklyReport(*repo, o, false, {}, &e);
        ASSERT_TRUE(r) << e.message.toStdString();
        const WarningFigures f = repo->warningFigures(asOf, o.rules, &e);
        ASSERT_FALSE(e.isError()) << e.message.toStdString();
        const ReportFigures& c = r->current;
        EXPECT_EQ(c.total, f.total);
        EXPECT_EQ(c.overdue, f.overdue);
        EXPECT_EQ(c.dueSoon, f.dueSoon);
        EXPECT_EQ(c.behind, f.behind);
        EXPECT_EQ(c.ahead, f.ahead);
        EXPECT_EQ(c.onPace, f.onPace);
        EXPECT_EQ(c.done, f.done);
        EXPECT_EQ(c.suspended, f.suspended);
        // The list under 近期到期任务 is the 临期 figure's tasks, all within its window.
        EXPECT_EQ(r->dueNext.size(), c.dueSoon);
        for (const ReportTaskLine& l : r->dueNext) {
            EXPECT_GE(l.deadline, asOf);
            EXPECT_LE(l.deadline, asOf.addDays(o.rules.dueSoonDays));
        }
        // An overdue task is not also behind pace: the figures add up to the open tasks once.
        EXPECT_LE(f.overdue + f.behind + f.ahead + f.onPace + f.noDeadline + f.done + f.suspended, f.total);

        // duban-cli overdue prints the same figures.
        const CliRun cli = runCli({QStringLiteral("overdue"), QStringLiteral("--db"), path,
                                   QStringLiteral("--as-of"), asOf.toString(Qt::ISODate)});
        ASSERT_EQ(cli.code, 0) << cli.err.toStdString();
        static const QRegularExpression summary(
            QStringLiteral("逾期 (\\d+) 项，(\\d+) 天内到期 (\\d+) 项，欠进度 (\\d+) 项"));
        const auto m = summary.match(cli.out);
        ASSERT_TRUE(m.hasMatch()) << cli.out.left(400).toStdString();
        EXPECT_EQ(m.captured(1).toInt(), c.overdue);
        EXPECT_EQ(m.captured(3).toInt(), c.dueSoon);
        EXPECT_EQ(m.captured(4).toInt(), c.behind);
    }

    QTemporaryDir dir;
    QString path;
    SeedWeek week;
    std::unique_ptr<Repository> repo;
};

} // namespace

TEST_F(Figures, ReportQueryAndCliAgreeOnTheSeedWeek)
{
    compare(QDate(2022, 10, 7));
}

TEST_F(Figures, ReportQueryAndCliAgreeWhenMostTasksAreOverdue)
{
    compare(QDate(2026, 12, 1));
}
