// 考评 from the store: a March 2024 fixture of three units whose figures and scores were computed by hand
// (below each test), replayed from the audit trail, progress log and events as of 2024-03-31 — with
// changes recorded after that day that must not move the ranking — and a published run that reproduces.
#include "pinnedclock.h"
#include "storetest.h"

#include <QSqlError>

using namespace duban;
using namespace duban::test;

namespace {

const QString kA = QStringLiteral("市财政局");
const QString kB = QStringLiteral("市商务局");
const QString kC = QStringLiteral("市教育局");

QDate day(int month, int d)
{
    return QDate(2024, month, d);
}

struct ScoreFixture
{
    QTemporaryDir dir;
    PinnedClock clock{day(1, 10)};
    std::unique_ptr<Repository> repo;
    qint64 t[9] = {};
    qint64 a = 0, b = 0, c = 0;

    ScoreFixture()
    {
        repo = openOk(dir.filePath(QStringLiteral("score.sqlite")));
        // T5 (B): imported 01-10, due 02-15, done 02-14: finished before March, not assessed.
        t[5] = importOne(QStringLiteral("推进五号工作"), {kB}, {}, day(2, 15));
        at(day(2, 14));
        status(5, Status::Done);
        at(day(2, 20));
        t[1] = importOne(QStringLiteral("推进一号工作"), {kA}, {}, day(3, 15));
        t[2] = importOne(QStringLiteral("推进二号工作"), {kA}, {}, day(3, 20));
        t[3] = importOne(QStringLiteral("推进三号工作"), {kB}, {kA}, day(3, 10));
        t[4] = importOne(QStringLiteral("推进四号工作"), {kB}, {}, day(3, 25));
        t[7] = importOne(QStringLiteral("推进七号工作"), {kC}, {}, day(3, 31));
        t[8] = importOne(QStringLiteral("推进八号工作"), {kC}, {}, day(3, 20));
        a = *repo->findUnit(kA);
        b = *repo->findUnit(kB);
        c = *repo->findUnit(kC);

        event(1, QStringLiteral("assign"), a, day(3, 1)); // Friday
        event(1, QStringLiteral("sign"), a, day(3, 4));   // Monday: 1 working day
        event(3, QStringLiteral("assign"), b, day(3, 1));
        event(3, QStringLiteral("assign"), a, day(3, 1)); // the co unit never signs
        event(3, QStringLiteral("sign"), b, day(3, 8));   // 5 working days: late
        at(day(3, 5));
        status(2, Status::InProgress);
        note(1, day(3, 5));
        NewTask t6;
        t6.title = QStringLiteral("推进六号工作");
        t6.leadUnits = {kC};
        t[6] = repo->createTask(t6, QStringLiteral("测试"));
        EXPECT_GT(t[6], 0);
        at(day(3, 10));
        status(1, Status::Done);
        at(day(3, 12));
        note(2, day(3, 12));
        event(3, QStringLiteral("chase"), b, day(3, 12), 1);
        at(day(3, 15));
        StoreError e;
        EXPECT_TRUE(repo->cancelTask(t[8], QStringLiteral("合并到其他任务"), QStringLiteral("测试"), &e))
            << e.message.toStdString();
        at(day(3, 18)); // 延期 approved: 03-20 → 04-20, the original kept for 按原定时间
        EXPECT_TRUE(
            repo->applyEdit({t[2], TaskField::Deadline, day(4, 20)}, QStringLiteral("测试")).isValid());
        raw().exec(
            QStringLiteral("UPDATE tasks SET original_deadline = '2024-03-20' WHERE id = %1").arg(t[2]));
        event(2, QStringLiteral("extend_approve"), 0, day(3, 18));
        event(2, QStringLiteral("chase"), a, day(3, 19), 2);
        at(day(3, 20));
        note(6, day(3, 20));
        at(day(3, 25));
        event(3, QStringLiteral("chase"), b, day(3, 25), 3);
        at(day(3, 26));
        note(2, day(3, 26));
        at(day(3, 27));
        note(4, day(3, 27));
        at(day(3, 28));
        status(4, Status::Done);                           // three days after its deadline
        event(6, QStringLiteral("assign"), c, day(3, 28)); // Thursday: still time to sign on 03-31
        at(day(3, 29));
        status(7, Status::Done);

        // Recorded after 03-31: a ranking as of that day must not see these.
        at(day(4, 2));
        status(7, Status::InProgress);
        at(day(4, 3));
        note(6, day(3, 30)); // dated in March, written in April
        at(day(4, 5));
        status(3, Status::Done);
        at(day(4, 10));
    }

    qint64 importOne(const QString& title, const QStringList& lead, const QStringList& co, const QDate& due)
    {
        ImportResult r;
        StoreError e;
        // A directive each: the same one again would be a revision of it.
        const DirectiveInfo dir = directive(QStringLiteral("关于") + title + QStringLiteral("的通知"),
                                            QStringLiteral("驻政办〔2024〕%1号").arg(++m_directives));
        EXPECT_TRUE(repo->applyImport(batchOf({draft(title, lead, co, due, dir)}, title), false, &r, &e))
            << e.message.toStdString();
        return r.taskIds.value(0);
    }
    void at(const QDate& d) { clock.moveTo(QDateTime(d, QTime(10, 0))); }
    void status(int n, Status s)
    {
        StoreError e;
        EXPECT_TRUE(repo->applyEdit({t[n], TaskField::Status, int(s)}, QStringLiteral("测试"), &e).isValid())
            << e.message.toStdString();
    }
    void note(int n, const QDate& on)
    {
        ProgressInput p;
        p.date = on;
        p.text = QStringLiteral("进展情况");
        p.author = QStringLiteral("联络员");
        StoreError e;
        EXPECT_GT(repo->addProgress(t[n], p, nullptr, &e), 0) << e.message.toStdString();
    }
    RawDb& raw()
    {
        if (!m_raw)
            m_raw = std::make_unique<RawDb>(dir.filePath(QStringLiteral("score.sqlite")));
        return *m_raw;
    }
    // Written as the workflow records them: the day it counts for, recorded that same morning.
    void event(int n, const QString& kind, qint64 unit, const QDate& on, int level = 0)
    {
        QSqlQuery q(raw().db());
        q.prepare(QStringLiteral("INSERT INTO task_events (task_id, kind, unit_id, on_date, at, by, level) "
                                 "VALUES (?, ?, ?, ?, ?, '测试', ?)"));
        q.addBindValue(t[n]);
        q.addBindValue(kind);
        q.addBindValue(unit > 0 ? QVariant(unit) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(on.toString(Qt::ISODate));
        q.addBindValue(on.toString(Qt::ISODate) + QStringLiteral("T09:00:00+08:00"));
        q.addBindValue(level > 0 ? QVariant(level) : QVariant(QMetaType(QMetaType::Int)));
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }

    const UnitScore* find(const QList<UnitScore>& scores, qint64 unit)
    {
        for (const UnitScore& s : scores)
            if (s.figures.unitId == unit)
                return &s;
        return nullptr;
    }

private:
    std::unique_ptr<RawDb> m_raw;
    int m_directives = 0;
};

const ScorePeriod kMarch{day(3, 1), day(3, 31), day(3, 31)};

} // namespace

// By hand, default rule (60 × on-time rate + 20 × 签收 rate + 20 × report rate − 2 per overdue task −
// 0.1 per overdue day − 0.5 / 1 / 2 per 提醒 / 催办 / 通报), lead units only:
//   A: T1 due 03-15 done 03-10 on time; T2 judged by its original 03-20, open → due 2, on time 1 (50 %);
//      T2's deadline is 04-20 as of 03-31 → not overdue; 签收 T1 1 working day → 1/1; reports T1 03-05,
//      T2 03-12 and 03-26 → 2 of 2 tasks, 3 notes; one 催办 (level 2).
//      60 × 0.5 + 20 + 20 = 70, − 1 = 69.
//   B: T3 due 03-10 open → overdue 21 days; T4 due 03-25 done 03-28 → overdue 3 days; due 2, on time 0;
//      签收 T3 on 03-08, 5 working days after 03-01 → 0/1; reports T4 only → 1 of 2; 提醒 + 通报.
//      20 × 0.5 = 10, − (2 × 2 + 0.1 × 24 + 0.5 + 2 = 8.9) = 1.1.
//   C: T6 no deadline, 交办 03-28 not judged yet (1 working day by 03-31); T7 due 03-31 done 03-29 (its
//      reopening on 04-02 is after the day); T8 cancelled 03-15; T6's note of 03-20 counts, the one
//      written on 04-03 does not → due 1 on time 1, 签收 nothing to judge, reports 1 of 2.
//      60 + 20 + 10 = 90.
TEST(StoreScoring, FiguresAndScoresAsComputedByHand)
{
    ScoreFixture f;
    StoreError e;
    const QList<UnitScore> scores = f.repo->computeScores(kMarch, ScoreRule{}, &e);
    ASSERT_FALSE(e.isError()) << e.message.toStdString();
    ASSERT_EQ(scores.size(), 3);

    const UnitScore* a = f.find(scores, f.a);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->figures.tasks, 2);
    EXPECT_EQ(a->figures.due, 2);
    EXPECT_EQ(a->figures.doneOnTime, 1);
    EXPECT_EQ(a->figures.overdue, 0);
    EXPECT_EQ(a->figures.overdueDays, 0);
    EXPECT_EQ(a->figures.assigned, 1);
    EXPECT_EQ(a->figures.signedOnTime, 1);
    EXPECT_EQ(a->figures.reported, 2);
    EXPECT_EQ(a->figures.reports, 3);
    EXPECT_EQ(a->figures.chases, (std::array<int, 3>{0, 1, 0}));
    EXPECT_DOUBLE_EQ(a->points, 70);
    EXPECT_DOUBLE_EQ(a->deductions, 1);
    EXPECT_DOUBLE_EQ(a->score, 69);

    const UnitScore* b = f.find(scores, f.b);
    ASSERT_TRUE(b);
    EXPECT_EQ(b->figures.tasks, 2);
    EXPECT_EQ(b->figures.due, 2);
    EXPECT_EQ(b->figures.doneOnTime, 0);
    EXPECT_EQ(b->figures.overdue, 2);
    EXPECT_EQ(b->figures.overdueDays, 24);
    EXPECT_EQ(b->figures.assigned, 1);
    EXPECT_EQ(b->figures.signedOnTime, 0);
    EXPECT_EQ(b->figures.reported, 1);
    EXPECT_EQ(b->figures.chases, (std::array<int, 3>{1, 0, 1}));
    EXPECT_DOUBLE_EQ(b->points, 10);
    EXPECT_DOUBLE_EQ(b->deductions, 8.9);
    EXPECT_DOUBLE_EQ(b->score, 1.1);

    const UnitScore* c = f.find(scores, f.c);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->figures.tasks, 2);
    EXPECT_EQ(c->figures.due, 1);
    EXPECT_EQ(c->figures.doneOnTime, 1);
    EXPECT_EQ(c->figures.assigned, 0);
    EXPECT_EQ(c->figures.reported, 1);
    EXPECT_EQ(c->figures.reports, 1);
    EXPECT_DOUBLE_EQ(c->score, 90);

    EXPECT_EQ(scores[0].figures.unitId, f.c);
    EXPECT_EQ(scores[0].rank, 1);
    EXPECT_EQ(scores[1].figures.unitId, f.a);
    EXPECT_EQ(scores[1].rank, 2);
    EXPECT_EQ(scores[2].figures.unitId, f.b);
    EXPECT_EQ(scores[2].rank, 3);
}

// By hand, with co units counted: A also answers for T3 (co): due 3, on time 1; overdue 1 (21 days);
// 签收 2 judged (T3's window closed unsigned: 20 working days), 1 on time; reports 2 of 3.
// 60 / 3 + 20 × 0.5 + 20 × 2 / 3 = 43.33; − (2 + 2.1 + 1 = 5.1) = 38.23.
TEST(StoreScoring, CoUnitsCountWhenTheRuleSaysSo)
{
    ScoreFixture f;
    ScoreRule rule;
    rule.includeCoUnits = true;
    const QList<UnitScore> scores = f.repo->computeScores(kMarch, rule);
    const UnitScore* a = f.find(scores, f.a);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->figures.tasks, 3);
    EXPECT_EQ(a->figures.due, 3);
    EXPECT_EQ(a->figures.overdue, 1);
    EXPECT_EQ(a->figures.overdueDays, 21);
    EXPECT_EQ(a->figures.assigned, 2);
    EXPECT_EQ(a->figures.signedOnTime, 1);
    EXPECT_EQ(a->figures.reported, 2);
    EXPECT_DOUBLE_EQ(a->points, 43.33);
    EXPECT_DOUBLE_EQ(a->deductions, 5.1);
    EXPECT_DOUBLE_EQ(a->score, 38.23);
}

// By hand, as of 04-10 for the same period: T7 reopened on 04-02 → C's one task due (03-31) is not done:
// on time 0 of 1, and it is overdue 10 days; T6's 交办 of 03-28 is now 9 working days unsigned → 0 of 1;
// T6's note written on 04-03 (dated 03-30) now counts, still 1 task of 2 reported.
// C: 0 + 0 + 20 × 0.5 = 10, − (2 + 0.1 × 10 = 3) = 7.
// B: T3 was done on 04-05, after the period, so it is neither open nor done late in it: overdue T4 only.
TEST(StoreScoring, ALaterDaySeesLaterRecords)
{
    ScoreFixture f;
    const QList<UnitScore> scores = f.repo->computeScores({day(3, 1), day(3, 31), day(4, 10)}, ScoreRule{});
    const UnitScore* c = f.find(scores, f.c);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->figures.due, 1);
    EXPECT_EQ(c->figures.doneOnTime, 0);
    EXPECT_EQ(c->figures.overdue, 1);
    EXPECT_EQ(c->figures.overdueDays, 10);
    EXPECT_EQ(c->figures.assigned, 1);
    EXPECT_EQ(c->figures.signedOnTime, 0);
    EXPECT_EQ(c->figures.reported, 1);
    EXPECT_EQ(c->figures.reports, 2);
    EXPECT_DOUBLE_EQ(c->score, 7);
    const UnitScore* b = f.find(scores, f.b);
    ASSERT_TRUE(b);
    EXPECT_EQ(b->figures.overdue, 1);
    EXPECT_EQ(b->figures.overdueDays, 3);
}

TEST(StoreScoring, APublishedRankingReadsBackAndReproduces)
{
    ScoreFixture f;
    ScoreRule rule;
    rule.overdueDayDeduction = 0.5;
    ScoreRun run;
    StoreError e;
    const qint64 id = f.repo->publishScores(kMarch, rule, QStringLiteral("督查室"), &run, &e);
    ASSERT_GT(id, 0) << e.message.toStdString();
    // B with 0.5 per overdue day: 10 − (4 + 12 + 2.5) = 0 (not below zero).
    const auto stored = f.repo->scoreRun(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->period.asOf, day(3, 31));
    EXPECT_EQ(stored->rule, rule);
    EXPECT_EQ(stored->by, QStringLiteral("督查室"));
    ASSERT_EQ(stored->scores.size(), 3);
    EXPECT_DOUBLE_EQ(stored->scores[2].score, 0);
    EXPECT_EQ(stored->scores[2].figures.name, kB);

    // Later edits change today's figures, not March's: recomputing the stored run gives the stored result.
    f.at(day(4, 20));
    f.status(2, Status::Done);
    const QList<UnitScore> again = f.repo->computeScores(stored->period, stored->rule);
    EXPECT_EQ(scoresToJson(again), scoresToJson(stored->scores));
    EXPECT_EQ(f.repo->scoreRuns().size(), 1);
}

TEST(StoreScoring, RefusesAnInvertedPeriod)
{
    ScoreFixture f;
    StoreError e;
    EXPECT_TRUE(f.repo->computeScores({day(3, 31), day(3, 1), {}}, ScoreRule{}, &e).isEmpty());
    EXPECT_EQ(e.kind, StoreError::BadInput);
    EXPECT_EQ(f.repo->publishScores({day(3, 31), day(3, 1), {}}, ScoreRule{}, QStringLiteral("x")), 0);
}

// Reminders read the tasks as they are now (the fixture's 04-10). Open: T2 (due 04-20), T6 (none), T7
// (03-31, reopened). On 03-22 nothing is overdue and nothing due by 03-29; on 04-15 T7 is 15 days overdue
// and T2 due in 5 days.
TEST(StoreReminders, OverdueThenDueSoonForOneUnitOrAll)
{
    ScoreFixture f;
    DueRules rules;
    rules.dueSoonDays = 7;
    const QList<TaskRecord> all = f.repo->reminders(day(3, 22), rules);
    QList<qint64> ids;
    for (const TaskRecord& t : all)
        ids.append(t.id);
    EXPECT_TRUE(ids.isEmpty());
    const QList<TaskRecord> april = f.repo->reminders(day(4, 15), rules);
    ASSERT_EQ(april.size(), 2);
    EXPECT_EQ(april[0].id, f.t[7]); // overdue since 03-31
    EXPECT_EQ(april[0].due, DueState::Overdue);
    EXPECT_EQ(april[0].daysOverdue, 15);
    EXPECT_EQ(april[1].id, f.t[2]); // due 04-20, 5 days on
    EXPECT_EQ(april[1].due, DueState::DueSoon);
    EXPECT_EQ(f.repo->reminders(day(4, 15), rules, kA).size(), 1);
    StoreError e;
    EXPECT_TRUE(f.repo->reminders(day(4, 15), rules, QStringLiteral("不存在的单位"), &e).isEmpty());
    EXPECT_EQ(e.kind, StoreError::BadInput);
}
