// Per-unit summaries read the figures each task_units row carries (migration 0010), kept by triggers and
// written by the importer itself. Whatever changes a task — the store, raw SQL, a delete, an import, a
// revision — the summaries must equal the same figures worked out from scratch from the task records.
// Also: imported rows round-trip intact (COPY on PostgreSQL escapes what it must).
#include "core/clock.h"
#include "store/migrator.h"
#include "store/sqldialect.h"
#include "storetest.h"

#include <QMap>

using namespace duban;
using namespace duban::test;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

// UnitSummary's figures as one comparable row.
QList<int> figures(const UnitSummary& u)
{
    return {u.total, u.notStarted, u.inProgress, u.done, u.suspended, u.overdue, u.dueSoon, u.behindPace};
}

std::string show(const QMap<QString, QList<int>>& m)
{
    QString out;
    for (auto it = m.begin(); it != m.end(); ++it) {
        QStringList n;
        for (int v : it.value())
            n << QString::number(v);
        out += it.key() + u':' + n.join(u',') + u' ';
    }
    return out.toStdString();
}

class StoreSummaries : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Clock::pin(QDateTime(today, QTime(9, 0)));
        repo = openOk(db.location());
        ASSERT_TRUE(repo);
        const QList<TaskDraft> drafts{
            draft(s(u"规范财政资金管理"), {s(u"市财政局")}, {}, today.addDays(-3)),
            draft(s(u"扩大对外贸易"), {s(u"市商务局")}, {s(u"市财政局")}, today.addDays(5)),
            draft(s(u"优化营商环境"), {s(u"市商务局")}, {s(u"市审计局"), s(u"市财政局")}, today.addDays(200)),
            draft(s(u"开展审计整改"), {s(u"市审计局")}, {}, today.addDays(30)),
            draft(s(u"建立长效机制"), {s(u"市审计局")}, {s(u"市商务局")}, QDate()),
            draft(s(u"推进项目建设"), {s(u"市财政局")}, {s(u"市审计局")}, today.addDays(90)),
        };
        ImportResult r;
        StoreError e;
        ASSERT_TRUE(repo->applyImport(batchOf(drafts, QStringLiteral("summaries")), false, &r, &e))
            << e.message.toStdString();
        ids = r.taskIds;
        // Four days kept from here on (migration 0012): every later check reads figures the triggers moved.
        expectSameFigures("after the first import");
    }
    void TearDown() override { Clock::release(); }

    // From scratch: each live task's figures, counted once for each of its units.
    QMap<QString, QList<int>> fromScratch(const DueRules& rules)
    {
        QMap<QString, QList<int>> out;
        for (const TaskRecord& t : repo->tasks({})) {
            const QDate deadline =
                rules.byOriginalDeadline && t.originalDeadline.isValid() ? t.originalDeadline : t.deadline;
            const bool open = t.status == Status::NotStarted || t.status == Status::InProgress;
            const QList<int> one{1,
                                 t.status == Status::NotStarted,
                                 t.status == Status::InProgress,
                                 t.status == Status::Done,
                                 t.status == Status::Suspended,
                                 open && deadline.isValid() && deadline < today,
                                 open && deadline.isValid() && deadline >= today &&
                                     deadline <= today.addDays(rules.dueSoonDays),
                                 pace(t.status, t.percent, t.startDate, deadline, today, rules) ==
                                     Pace::Behind};
            for (const QString& unit : t.leadUnits + t.coUnits) {
                QList<int>& sum = out[unit];
                sum.resize(one.size());
                for (int i = 0; i < one.size(); ++i)
                    sum[i] += one[i];
            }
        }
        return out;
    }
    QMap<QString, QList<int>> stored(const DueRules& rules)
    {
        QMap<QString, QList<int>> out;
        StoreError e;
        for (const UnitSummary& u : repo->unitSummaries(today, rules, &e))
            out.insert(u.name, figures(u));
        EXPECT_FALSE(e.isError()) << e.message.toStdString();
        return out;
    }
    void expectSameFigures(const char* when)
    {
        for (const bool original : {false, true}) {
            for (const int soon : {7, 40}) {
                DueRules rules;
                rules.byOriginalDeadline = original;
                rules.dueSoonDays = soon;
                const auto want = fromScratch(rules), got = stored(rules);
                EXPECT_EQ(got, want) << when << (original ? " (按原定时间)" : "") << " window " << soon
                                     << "\n stored:       " << show(got) << "\n from scratch: " << show(want);
            }
        }
    }
    QString unitOf(qint64 task) { return repo->task(task)->record.leadUnits.value(0); }

    const QDate today{2023, 6, 15};
    TestDatabase db;
    std::unique_ptr<Repository> repo;
    QList<qint64> ids;
};

} // namespace

TEST_F(StoreSummaries, AnImportCarriesEachTasksFigures)
{
    expectSameFigures("after the import");
    const auto got = stored({});
    ASSERT_TRUE(got.contains(s(u"市财政局")));
    EXPECT_EQ(got[s(u"市财政局")][0], 4);
    EXPECT_EQ(got[s(u"市财政局")][5], 1); // 规范财政资金管理, 3 days late
    EXPECT_EQ(got[s(u"市财政局")][6], 1); // 扩大对外贸易, due in 5 days
}

TEST_F(StoreSummaries, EditsThroughTheStoreMoveTheFigures)
{
    const QString by = s(u"王五");
    ASSERT_FALSE(repo->applyEdit({ids[0], TaskField::Status, int(Status::Done)}, by).isNull());
    ASSERT_FALSE(repo->applyEdit({ids[1], TaskField::Status, int(Status::InProgress)}, by).isNull());
    ASSERT_FALSE(repo->applyEdit({ids[2], TaskField::Percent, 60}, by).isNull());
    ASSERT_FALSE(repo->applyEdit({ids[3], TaskField::Deadline, today.addDays(-1)}, by).isNull());
    ASSERT_FALSE(repo->applyEdit({ids[4], TaskField::Deadline, today.addDays(7)}, by).isNull()); // 7-day edge
    ASSERT_FALSE(
        repo->applyEdit({ids[2], TaskField::Deadline, today.addDays(40)}, by).isNull()); // 40-day edge
    ASSERT_FALSE(repo->applyEdit({ids[5], TaskField::StartDate, QDate(2023, 6, 1)}, by).isNull());
    expectSameFigures("after edits of status, percent, deadline and start");
    // A unit added to a task (its link inserted by the store) brings the task's figures with it.
    ASSERT_FALSE(repo->applyEdit({ids[0], TaskField::CoUnits, QStringList{s(u"市商务局")}}, by).isNull());
    ASSERT_FALSE(repo->applyEdit({ids[3], TaskField::LeadUnits, QStringList{s(u"市商务局")}}, by).isNull());
    expectSameFigures("after changes of units");
    ASSERT_TRUE(repo->cancelTask(ids[1], s(u"重复交办"), by));
    expectSameFigures("after a cancel");
    ASSERT_TRUE(repo->restoreTask(ids[1], by));
    expectSameFigures("after the cancel was undone");
}

TEST_F(StoreSummaries, RawSqlEditsOfTheTaskMoveTheFiguresToo)
{
    RawDb raw(db.location());
    ASSERT_TRUE(raw.db().isOpen());
    ASSERT_TRUE(raw.exec(
        QStringLiteral("UPDATE tasks SET status = 'in_progress', percent = 10 WHERE id = %1").arg(ids[2])));
    ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE tasks SET status = 'suspended' WHERE id = %1").arg(ids[3])));
    ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE tasks SET deadline = '2023-06-10', original_deadline = "
                                        "'2023-06-01' WHERE id = %1")
                             .arg(ids[1])));
    ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE tasks SET start_date = NULL WHERE id = %1").arg(ids[5])));
    ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE tasks SET retired_at = '2023-06-15T09:00:00+08:00' "
                                        "WHERE id = %1")
                             .arg(ids[4])));
    expectSameFigures("after raw UPDATEs");
    // Judged by the original deadline, ids[1] is 14 days late instead of 5.
    DueRules original;
    original.byOriginalDeadline = true;
    EXPECT_EQ(stored(original), fromScratch(original));
    ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE tasks SET deadline = NULL WHERE id = %1").arg(ids[0])));
    ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE tasks SET retired_at = NULL WHERE id = %1").arg(ids[4])));
    expectSameFigures("after a deadline was cleared and a task came back");
    // A link inserted by hand, without figures, takes its task's.
    ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO task_units (task_id, unit_id, role) "
                                        "SELECT %1, unit_id, 'co' FROM task_units WHERE task_id = %2")
                             .arg(ids[3])
                             .arg(ids[0])));
    expectSameFigures("after a raw INSERT of a link");
}

TEST_F(StoreSummaries, DeletesLeaveNoFigures)
{
    RawDb raw(db.location());
    ASSERT_TRUE(raw.db().isOpen());
    ASSERT_TRUE(raw.exec(QStringLiteral("DELETE FROM task_units WHERE task_id = %1").arg(ids[1])));
    ASSERT_TRUE(raw.exec(QStringLiteral("DELETE FROM task_events WHERE task_id = %1").arg(ids[5])));
    ASSERT_TRUE(raw.exec(QStringLiteral("DELETE FROM tasks WHERE id = %1").arg(ids[5])))
        << raw.db().lastError().text().toStdString();
    expectSameFigures("after raw DELETEs");
    ASSERT_TRUE(repo->canDeleteTask(ids[0]));
    ASSERT_TRUE(repo->deleteTask(ids[0], s(u"王五")));
    expectSameFigures("after a delete through the store");
    EXPECT_EQ(stored({})[s(u"市财政局")][0], 0 + 1); // only 优化营商环境 is left of its four
}

TEST_F(StoreSummaries, LaterImportsAndRevisionsKeepTheFigures)
{
    ASSERT_FALSE(repo->applyEdit({ids[2], TaskField::Status, int(Status::InProgress)}, s(u"王五")).isNull());
    ASSERT_FALSE(repo->applyEdit({ids[2], TaskField::Percent, 35}, s(u"王五")).isNull());
    // Another directive: new tasks, one of them by an unknown unit.
    const DirectiveInfo other = directive(s(u"关于加强审计监督的通知"), s(u"驻政办〔2023〕7号"));
    ASSERT_TRUE(repo->applyImport(
        batchOf({draft(s(u"加强审计监督"), {s(u"市审计局")}, {}, today, other),
                 draft(s(u"新设机构任务"), {s(u"市新设中心")}, {s(u"市财政局")}, today.addDays(6), other)},
                QStringLiteral("second")),
        false));
    expectSameFigures("after a second import");
    // A revision of the first directive: one task gone (retired), one with new units, the in-progress
    // task's links rewritten with its own figures (not a new task's), one new task.
    QList<TaskDraft> revised{
        draft(s(u"规范财政资金管理"), {s(u"市财政局")}, {}, today.addDays(-3)),
        draft(s(u"扩大对外贸易"), {s(u"市商务局")}, {s(u"市财政局")}, today.addDays(5)),
        draft(s(u"优化营商环境"), {s(u"市审计局")}, {s(u"市商务局")}, today.addDays(200)),
        draft(s(u"开展审计整改"), {s(u"市审计局")}, {}, today.addDays(30)),
        draft(s(u"建立长效机制"), {s(u"市审计局")}, {s(u"市商务局")}, QDate()),
        draft(s(u"新增一项任务"), {s(u"市商务局")}, {}, today.addDays(1)),
    };
    ImportResult r;
    StoreError e;
    ASSERT_TRUE(repo->applyImport(batchOf(revised, QStringLiteral("revised")), true, &r, &e))
        << e.message.toStdString();
    EXPECT_EQ(r.retired, 1);
    EXPECT_EQ(r.added, 1);
    EXPECT_EQ(repo->task(ids[2])->record.percent, 35);
    expectSameFigures("after a revision");
}

TEST_F(StoreSummaries, ImportedRowsRoundTripIntact)
{
    // What COPY's text format escapes (tab, newline, carriage return, backslash) and what it spells
    // specially (\N is NULL), beside an empty text and a missing deadline.
    TaskDraft odd = draft(s(u"制表\t换行\n回车\r反斜杠\\N与\\t"), {s(u"市统计局")}, {}, QDate(),
                          directive(s(u"关于统计工作的通知"), s(u"驻政办〔2023〕9号")));
    odd.text = s(u"第一行\n第二行\t\\\\双反斜杠，“引号”'单引号'");
    odd.section = {s(u"二、\t重点任务"), QString()};
    odd.targets = {s(u"目标\\一"), s(u"目标\n二")};
    odd.deadlineText = QString();
    odd.lineStart = 7;
    odd.lineEnd = 9;
    ImportResult r;
    StoreError e;
    ASSERT_TRUE(repo->applyImport(batchOf({odd}, QStringLiteral("odd")), false, &r, &e))
        << e.message.toStdString();
    const auto t = repo->task(r.taskIds.value(0));
    ASSERT_TRUE(t);
    EXPECT_EQ(t->record.title, odd.title);
    EXPECT_EQ(t->record.text, odd.text);
    EXPECT_EQ(t->record.section, odd.section);
    EXPECT_EQ(t->record.targets, odd.targets);
    EXPECT_EQ(t->record.deadlineText, QString());
    EXPECT_FALSE(t->record.deadline.isValid());
    EXPECT_EQ(t->record.lineStart, 7);
    EXPECT_EQ(t->record.lineEnd, 9);
    EXPECT_EQ(t->record.leadUnits, QStringList{s(u"市统计局")});
    ASSERT_EQ(t->units.size(), 1);
    EXPECT_EQ(t->units[0].printedName, s(u"市统计局"));
    ASSERT_FALSE(t->audit.isEmpty());
    EXPECT_EQ(t->audit.last().action, QStringLiteral("import"));
    EXPECT_EQ(t->audit.last().newValue, odd.title);
    RawDb raw(db.location());
    EXPECT_TRUE(
        raw.value(QStringLiteral("SELECT deadline FROM tasks WHERE id = %1").arg(r.taskIds[0])).isNull());
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM task_units WHERE fig_state IS NULL")).toInt(),
              0);
    expectSameFigures("after an import of odd text");
}

// The figures of a day asked for before are read, not counted: what is kept is what the summary shows.
TEST_F(StoreSummaries, ASecondAskReadsTheKeptFigures)
{
    RawDb raw(db.location());
    ASSERT_TRUE(raw.db().isOpen());
    EXPECT_EQ(raw.count(QStringLiteral("unit_figure_days")), 4); // SetUp's two windows, both deadlines
    const int before = stored({})[s(u"市财政局")][0];
    ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE unit_figures SET total = total + 100 WHERE unit_id = "
                                        "(SELECT id FROM units WHERE name = '市财政局')")));
    EXPECT_EQ(stored({})[s(u"市财政局")][0], before + 100);
}

// Each kept day costs every link write a row: the eight asked for last are kept, an older one is counted
// again when asked for.
TEST_F(StoreSummaries, TheEightDaysAskedForLastAreKept)
{
    const QDate first = today;
    for (int i = 1; i <= 10; ++i)
        repo->unitSummaries(today.addDays(i), {});
    RawDb raw(db.location());
    EXPECT_EQ(raw.count(QStringLiteral("unit_figure_days")), 8);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM unit_figure_days WHERE as_of = %1")
                            .arg(QDate(1970, 1, 1).daysTo(first)))
                  .toInt(),
              0);
    ASSERT_FALSE(repo->applyEdit({ids[0], TaskField::Status, int(Status::Done)}, s(u"王五")).isNull());
    expectSameFigures("after the first days were dropped");
}

// A bulk import drops the kept days instead of moving each by every link; the next ask counts again.
TEST_F(StoreSummaries, ABulkImportCountsTheDayAgain)
{
    QList<TaskDraft> many;
    for (int i = 0; i < 1000; ++i)
        many.append(draft(s(u"批量任务") + QString::number(i), {i % 2 ? s(u"市财政局") : s(u"市商务局")},
                          i % 3 ? QStringList{s(u"市审计局")} : QStringList{}, today.addDays(i % 60 - 20),
                          directive(s(u"关于批量任务的通知"), s(u"驻政办〔2023〕11号"))));
    ImportResult r;
    StoreError e;
    ASSERT_TRUE(repo->applyImport(batchOf(many, QStringLiteral("many")), false, &r, &e))
        << e.message.toStdString();
    RawDb raw(db.location());
    EXPECT_EQ(raw.count(QStringLiteral("unit_figure_days")), 0);
    expectSameFigures("after a bulk import");
    EXPECT_EQ(raw.count(QStringLiteral("unit_figure_days")), 4);
}

// A read-only connection (the views' background reads) reads a kept day; one not kept it counts, and gets
// the same figures, without keeping them.
TEST_F(StoreSummaries, AReadOnlyConnectionCountsTheSameFigures)
{
    OpenOptions ro;
    ro.readOnly = true;
    auto reader = openOk(db.location(), ro);
    ASSERT_TRUE(reader);
    EXPECT_TRUE(reader->unitSummariesKept(today, {}));
    EXPECT_FALSE(reader->unitSummariesKept(today.addDays(3), {}));
    {
        RawDb raw(db.location());
        ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE unit_figures SET total = total + 100")));
        QMap<QString, QList<int>> read;
        for (const UnitSummary& u : reader->unitSummaries(today, {}))
            read.insert(u.name, figures(u));
        EXPECT_EQ(read.value(s(u"市财政局")).value(0), 104) << show(read); // the kept row, as tampered
        ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE unit_figures SET total = total - 100")));
    }
    ASSERT_FALSE(repo->applyEdit({ids[1], TaskField::Percent, 50}, s(u"王五")).isNull());
    const DueRules rules;
    const QDate day = today.addDays(3); // a day nobody kept
    QMap<QString, QList<int>> read, kept;
    for (const UnitSummary& u : reader->unitSummaries(day, rules))
        read.insert(u.name, figures(u));
    RawDb raw(db.location());
    EXPECT_EQ(raw.count(QStringLiteral("unit_figure_days")), 4);
    for (const UnitSummary& u : repo->unitSummaries(day, rules))
        kept.insert(u.name, figures(u));
    EXPECT_EQ(raw.count(QStringLiteral("unit_figure_days")), 5);
    EXPECT_FALSE(read.isEmpty());
    EXPECT_EQ(read, kept) << show(read) << "\n" << show(kept);
    EXPECT_TRUE(reader->unitSummariesKept(day, rules));
}

// On PostgreSQL the links' foreign keys are statement-level triggers (migration 0010): they still refuse
// a link to no task or no unit, take a deleted task's links along and keep a linked unit.
TEST_F(StoreSummaries, LinksKeepTheirIntegrity)
{
    RawDb raw(db.location());
    ASSERT_TRUE(raw.db().isOpen());
    if (!onServer()) {
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA foreign_keys = ON"))); // as the store's connection
    }
    const int links = raw.count(QStringLiteral("task_units"));
    const QString unit =
        raw.value(QStringLiteral("SELECT unit_id FROM task_units WHERE task_id = %1").arg(ids[0])).toString();
    EXPECT_FALSE(
        raw.exec(QStringLiteral("INSERT INTO task_units (task_id, unit_id, role) VALUES (987654, %1, 'co')")
                     .arg(unit)));
    EXPECT_FALSE(
        raw.exec(QStringLiteral("INSERT INTO task_units (task_id, unit_id, role) VALUES (%1, 987654, 'co')")
                     .arg(ids[3])));
    EXPECT_FALSE(
        raw.exec(QStringLiteral("UPDATE task_units SET task_id = 987654 WHERE task_id = %1").arg(ids[3])));
    EXPECT_FALSE(raw.exec(QStringLiteral("DELETE FROM units WHERE id = %1").arg(unit)));
    EXPECT_EQ(raw.count(QStringLiteral("task_units")), links);
    const int own =
        raw.value(QStringLiteral("SELECT count(*) FROM task_units WHERE task_id = %1").arg(ids[2])).toInt();
    ASSERT_EQ(own, 3);
    ASSERT_TRUE(raw.exec(QStringLiteral("DELETE FROM tasks WHERE id = %1").arg(ids[2])));
    EXPECT_EQ(raw.count(QStringLiteral("task_units")), links - own);
    expectSameFigures("after a task was deleted");
}

// A file from before the figures (the version before the newest): migrating fills them from the tasks.
TEST(StoreSummariesMigration, AnOlderFileGetsItsLinksFigures)
{
    if (onServer())
        GTEST_SKIP() << "a file's migration";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        RawDb raw(path);
        StoreError e;
        ASSERT_TRUE(migrations::migrate(raw.db(), SqliteDialect(), Repository::schemaVersion() - 1, path, &e))
            << e.message.toStdString();
        ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO directives (id, source_file, content_hash, "
                                            "imported_at) VALUES (1, 'o', 'h', 'now')")));
        ASSERT_TRUE(raw.exec(QStringLiteral(
            "INSERT INTO tasks (id, directive_id, title, deadline, start_date, status, percent, created_at, "
            "updated_at) VALUES (7, 1, '旧任务', '2023-06-01', '2023-01-01', 'in_progress', 20, 'now', "
            "'now')")));
        // The migrations bring the directory's units: link the first.
        ASSERT_TRUE(raw.exec(QStringLiteral(
            "INSERT INTO task_units (task_id, unit_id, role) SELECT 7, min(id), 'lead' FROM units")));
    }
    auto repo = openOk(path);
    ASSERT_TRUE(repo);
    const QList<UnitSummary> list = repo->unitSummaries(QDate(2023, 6, 15));
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].total, 1);
    EXPECT_EQ(list[0].inProgress, 1);
    EXPECT_EQ(list[0].overdue, 1);
}
