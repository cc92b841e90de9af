// Task lists computed in SQL: derived due state at boundary dates, pace, filters, sorting, paging,
// Chinese search (an index of characters on SQLite, pg_trgm and character pairs on PostgreSQL), per-unit
// counts. tests/store/test_store_search.cpp checks every term length against the substrings themselves.
#include "core/clock.h"
#include "pinnedclock.h"
#include "storetest.h"

using namespace duban;
using namespace duban::test;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

class StoreQueries : public ::testing::Test
{
protected:
    void SetUp() override
    {
        repo = openOk(db.location());
        ASSERT_TRUE(repo);
        const auto add = [&](const QString& title, const QString& lead, const QDate& deadline,
                             const QStringList& co = {}) {
            TaskDraft t = draft(title, {lead}, co, deadline);
            drafts.append(t);
        };
        add(s(u"昨天到期的任务"), s(u"市财政局"), today.addDays(-1));
        add(s(u"今天到期的任务"), s(u"市商务局"), today);
        add(s(u"七天后到期的任务"), s(u"市商务局"), today.addDays(7), {s(u"市财政局")});
        add(s(u"八天后到期的任务"), s(u"市审计局"), today.addDays(8));
        add(s(u"没有期限的任务"), s(u"市审计局"), QDate());
        add(s(u"已办结的逾期任务"), s(u"市审计局"), today.addDays(-30));
        add(s(u"暂缓的逾期任务"), s(u"市审计局"), today.addDays(-30));
        drafts[0].text = s(u"推进老旧小区改造提升，完成管网更新。");
        drafts[3].text = s(u"开展城乡环境卫生综合整治。");
        ImportResult r;
        StoreError e;
        ASSERT_TRUE(repo->applyImport(batchOf(drafts, QStringLiteral("q")), false, &r, &e))
            << e.message.toStdString();
        ids = r.taskIds;
        ASSERT_FALSE(repo->applyEdit({ids[5], TaskField::Status, int(Status::Done)}, s(u"王五")).isNull());
        ASSERT_FALSE(
            repo->applyEdit({ids[6], TaskField::Status, int(Status::Suspended)}, s(u"王五")).isNull());
    }

    QStringList titles(const TaskFilter& f, const TaskSort& sort = {}, int offset = 0, int limit = -1)
    {
        QStringList out;
        for (const TaskRecord& t : repo->tasks(f, sort, offset, limit))
            out.append(t.title);
        return out;
    }

    const QDate today{2023, 6, 15};
    PinnedClock clock{today}; // before SetUp, released after TearDown
    TestDatabase db;
    std::unique_ptr<Repository> repo;
    QList<TaskDraft> drafts;
    QList<qint64> ids;
};

} // namespace

TEST_F(StoreQueries, DueStateAtBoundaryDates)
{
    const QList<DueState> expected{DueState::Overdue,  DueState::DueSoon,    DueState::DueSoon,
                                   DueState::OnTrack,  DueState::NoDeadline, DueState::Done,
                                   DueState::Suspended};
    QHash<qint64, DueState> got;
    for (const TaskRecord& t : repo->tasks({}))
        got.insert(t.id, t.due);
    for (int i = 0; i < ids.size(); ++i)
        EXPECT_EQ(got.value(ids[i]), expected[i]) << drafts[i].title.toStdString();

    // The SQL date ranges agree with the derived state, row for row.
    for (DueState d : {DueState::Overdue, DueState::DueSoon, DueState::OnTrack, DueState::NoDeadline,
                       DueState::Done, DueState::Suspended}) {
        TaskFilter f;
        f.due = d;
        const auto rows = repo->tasks(f);
        EXPECT_EQ(rows.size(), int(expected.count(d))) << dueStateKey(d).toStdString();
        for (const TaskRecord& t : rows)
            EXPECT_EQ(t.due, d);
    }
    const WarningFigures c = repo->warningFigures({}, {});
    EXPECT_EQ(c.total, 7);
    EXPECT_EQ(c.overdue, 1);
    EXPECT_EQ(c.dueSoon, 2);
    EXPECT_EQ(c.onTrack(), 1);
    EXPECT_EQ(c.noDeadline, 1);
    EXPECT_EQ(c.done, 1);
    EXPECT_EQ(c.suspended, 1);
}

TEST_F(StoreQueries, OverdueListsLeadUnitsAndFollowsAsOf)
{
    auto rows = repo->overdue(today);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].title, s(u"昨天到期的任务"));
    EXPECT_EQ(rows[0].leadUnits, QStringList{s(u"市财政局")});
    EXPECT_EQ(rows[0].daysOverdue, 1);

    rows = repo->overdue(today.addDays(8)); // deadlines up to today+7 have passed, today+8 is due today
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[2].title, s(u"七天后到期的任务"));
    EXPECT_EQ(rows[2].coUnits, QStringList{s(u"市财政局")});
    EXPECT_EQ(rows[0].daysOverdue, 9);

    rows = repo->overdue(today, 0); // plus those due today
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1].due, DueState::DueSoon);

    TaskFilter f;
    f.due = DueState::DueSoon;
    f.dueSoonDays = 8;
    EXPECT_EQ(repo->countTasks(f), 3);
}

TEST_F(StoreQueries, PaceAgainstTimeElapsed)
{
    // Directive dated 2022-03-01; give the task a year to 2024-03-01 so that today is ~62% through.
    const qint64 id = ids[3];
    ASSERT_FALSE(repo->applyEdit({id, TaskField::Deadline, QDate(2024, 3, 1)}, s(u"王五")).isNull());
    const int expectedNow = expectedPercent(QDate(2022, 3, 1), QDate(2024, 3, 1), today);
    ASSERT_GT(expectedNow, 50);
    EXPECT_EQ(repo->task(id)->record.pace, Pace::Behind);
    repo->applyEdit({id, TaskField::Percent, expectedNow}, s(u"王五"));
    EXPECT_EQ(repo->task(id)->record.pace, Pace::OnPace);
    repo->applyEdit({id, TaskField::Percent, 100}, s(u"王五"));
    EXPECT_EQ(repo->task(id)->record.pace, Pace::Ahead);
}

TEST_F(StoreQueries, FiltersSortingAndPaging)
{
    TaskFilter byUnit;
    byUnit.unit = s(u"财政局"); // an alias; lead or co
    EXPECT_EQ(titles(byUnit), (QStringList{s(u"昨天到期的任务"), s(u"七天后到期的任务")}));

    TaskFilter byStatus;
    byStatus.status = Status::Done;
    EXPECT_EQ(titles(byStatus), QStringList{s(u"已办结的逾期任务")});

    TaskFilter range;
    range.deadlineFrom = today;
    range.deadlineTo = today.addDays(7);
    EXPECT_EQ(repo->countTasks(range), 2);

    TaskFilter unknown;
    unknown.unit = s(u"不存在的单位");
    EXPECT_EQ(repo->countTasks(unknown), 0);

    // Deadline ascending, no deadline last; then paging through the same order.
    const QStringList all = titles({});
    ASSERT_EQ(all.size(), 7);
    EXPECT_EQ(all.last(), s(u"没有期限的任务"));
    EXPECT_EQ(titles({}, {}, 2, 3), all.mid(2, 3));
    EXPECT_EQ(titles({}, {}, 6, 10), all.mid(6));

    const QStringList byLeadDesc = titles({}, {TaskSortKey::LeadUnits, Qt::DescendingOrder});
    EXPECT_EQ(byLeadDesc.first(), s(u"昨天到期的任务")); // 市财政局: 财 U+8D22 sorts after 商 and 审
    EXPECT_EQ(byLeadDesc.last(), s(u"今天到期的任务")); // 市商务局 lowest; ties by id in the same direction
    const QStringList byDue = titles({}, {TaskSortKey::DueState, Qt::AscendingOrder});
    EXPECT_EQ(byDue.first(), s(u"昨天到期的任务"));
    EXPECT_EQ(byDue.last(), s(u"暂缓的逾期任务"));
}

TEST_F(StoreQueries, NamedTasksAmongThoseTheFilterSelects)
{
    // What a view reads again after another desk's write: only the tasks named, and of those only the
    // ones its own filter still selects (a task that left the filter is missing: it leaves the view).
    TaskFilter named;
    named.ids = {ids[2], ids[0], ids[4]};
    EXPECT_EQ(titles(named),
              (QStringList{s(u"昨天到期的任务"), s(u"七天后到期的任务"), s(u"没有期限的任务")}));
    EXPECT_EQ(repo->countTasks(named), 3);
    named.unit = s(u"市商务局");
    EXPECT_EQ(titles(named), QStringList{s(u"七天后到期的任务")});
    TaskFilter searched;
    searched.search = s(u"改造");
    searched.ids = {ids[3]};
    EXPECT_EQ(repo->countTasks(searched), 0); // the search alone would count 1
    searched.ids = {ids[0]};
    EXPECT_EQ(repo->countTasks(searched), 1);
}

TEST(StoreSearch, ShortTermsFoldLatinCaseAndKeepWildcardsLiteral)
{
    TestDatabase db;
    auto repo = openOk(db.location());
    ASSERT_TRUE(repo->applyImport(
        batchOf({draft(s(u"建设5G基站"), {s(u"市工信局")}), draft(s(u"覆盖率达到95%"), {s(u"市工信局")}),
                 draft(s(u"完成率100"), {s(u"市工信局")})},
                QStringLiteral("latin")),
        false));
    TaskFilter f;
    f.search = s(u"5g"); // SQLite folds ASCII case as its LIKE does (the index's ascii tokenizer);
                         // PostgreSQL's does not
    EXPECT_EQ(repo->countTasks(f), db.server() ? 0 : 1);
    f.search = s(u"5G");
    EXPECT_EQ(repo->countTasks(f), 1);
    f.search = s(u"%");
    EXPECT_EQ(repo->countTasks(f), 1);
    f.search = s(u"5%");
    EXPECT_EQ(repo->countTasks(f), 1);
    f.search = s(u"0_");
    EXPECT_EQ(repo->countTasks(f), 0);
    f.search = s(u"基站"); // two CJK characters: a phrase of two tokens on SQLite
    EXPECT_EQ(repo->countTasks(f), 1);
    f.search = s(u"率");
    EXPECT_EQ(repo->countTasks(f), 2);
}

TEST_F(StoreQueries, ChineseSearchWithTrigramsAndShortFallback)
{
    TaskFilter f;
    f.search = s(u"老旧小区改造"); // FTS: inside the text
    EXPECT_EQ(titles(f), QStringList{s(u"昨天到期的任务")});
    f.search = s(u"区改造提"); // a substring across word boundaries
    EXPECT_EQ(repo->countTasks(f), 1);
    f.search = s(u"环境卫生");
    EXPECT_EQ(titles(f), QStringList{s(u"八天后到期的任务")});
    f.search = s(u"暂缓的"); // in a title
    EXPECT_EQ(titles(f), QStringList{s(u"暂缓的逾期任务")});
    f.search = s(u"审计局"); // a unit's name, not in any text
    EXPECT_EQ(repo->countTasks(f), 4);
    f.search = s(u"市审计"); // three characters of a unit name
    EXPECT_EQ(repo->countTasks(f), 4);
    f.search = s(u"改造"); // two characters
    EXPECT_EQ(titles(f), QStringList{s(u"昨天到期的任务")});
    f.search = s(u"暂"); // one character
    EXPECT_EQ(repo->countTasks(f), 1);
    f.search = s(u"改造 管网更新"); // terms AND together
    EXPECT_EQ(repo->countTasks(f), 1);
    f.search = s(u"改造 环境卫生");
    EXPECT_EQ(repo->countTasks(f), 0);
    // Issue 12, defect 11: Chinese input methods type the ideographic space U+3000 between terms.
    f.search = s(u"改造\u3000管网更新");
    EXPECT_EQ(repo->countTasks(f), 1);
    f.search = s(u"\u3000改造\u3000\u3000");
    EXPECT_EQ(repo->countTasks(f), 1);
    f.search = s(u"没有这段文字");
    EXPECT_EQ(repo->countTasks(f), 0);
    // Short terms find the same tasks as long ones; a Latin letter keeps SQLite's case folding (the text
    // says 5G, people type 5g). "%" and "_" are plain characters.
    f.search = s(u"管网");
    EXPECT_EQ(titles(f), QStringList{s(u"昨天到期的任务")});

    // Edits reach the index (SQLite: through the queue its triggers fill, written before the commit).
    repo->applyEdit({ids[3], TaskField::Title, s(u"建设智慧停车系统")}, s(u"王五"));
    f.search = s(u"智慧停车");
    EXPECT_EQ(repo->countTasks(f), 1);
    f.search = s(u"八天后到期"); // the old title, only in the title
    EXPECT_EQ(repo->countTasks(f), 0);
    EXPECT_TRUE(repo->check().isEmpty());
}

TEST_F(StoreQueries, UnitSummaries)
{
    QHash<QString, UnitSummary> by;
    for (const UnitSummary& u : repo->unitSummaries())
        by.insert(u.name, u);
    const UnitSummary audit = by.value(s(u"市审计局"));
    EXPECT_EQ(audit.total, 4);
    EXPECT_EQ(audit.done, 1);
    EXPECT_EQ(audit.suspended, 1);
    EXPECT_EQ(audit.overdue, 0); // done and suspended tasks are never overdue
    const UnitSummary finance = by.value(s(u"市财政局"));
    EXPECT_EQ(finance.total, 2);
    EXPECT_EQ(finance.overdue, 1);
    EXPECT_EQ(finance.dueSoon, 1);
    EXPECT_FALSE(by.contains(s(u"市林业局"))); // units without tasks are left out
}
