// Import: one transaction per file, same content adds nothing, a changed directive is diffed and applied
// only when confirmed, unit names resolved through aliases, hostile text stored as text.
#include "storetest.h"

#include <QSet>
#include <algorithm>

using namespace duban;
using namespace duban::test;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

std::optional<TaskDetails> byTitle(Repository& repo, const QString& title, bool retired = false)
{
    TaskFilter f;
    f.includeRetired = retired;
    for (const TaskRecord& t : repo.tasks(f)) {
        if (t.title == title)
            return repo.task(t.id);
    }
    return std::nullopt;
}

} // namespace

TEST(StoreImport, StoresTasksUnitsAndDirective)
{
    TestDatabase db;
    auto repo = openOk(db.location());
    TaskDraft a = draft(s(u"完善公共卫生设施"), {s(u"市卫健委")}, {s(u"市财政局"), s(u"各县区政府")},
                        QDate(2022, 12, 31));
    a.targets = QStringList{s(u"覆盖率达到95%")};
    a.section = QStringList{s(u"二、重点任务"), s(u"（一）完善设施")};
    ImportResult r;
    StoreError e;
    ASSERT_TRUE(repo->applyImport(batchOf({a}, QStringLiteral("v1")), false, &r, &e))
        << e.message.toStdString();
    ASSERT_EQ(r.added, 1);
    const auto t = repo->task(r.taskIds.first());
    ASSERT_TRUE(t);
    EXPECT_EQ(t->record.title, s(u"完善公共卫生设施"));
    EXPECT_EQ(t->record.leadUnits, QStringList{s(u"市卫生健康体育委员会")}); // alias resolved
    EXPECT_EQ(t->record.coUnits.size(), 2);
    EXPECT_EQ(t->units.first().printedName, s(u"市卫健委"));
    EXPECT_EQ(t->record.deadline, QDate(2022, 12, 31));
    EXPECT_EQ(t->record.startDate, QDate(2022, 3, 1)); // pace counts from the directive's date
    EXPECT_EQ(t->record.targets, a.targets);
    EXPECT_EQ(t->record.section, a.section);
    EXPECT_EQ(t->directive.docNumber, s(u"驻政办〔2022〕1号"));
    EXPECT_EQ(t->directive.importedBy, s(u"测试员"));
    ASSERT_EQ(t->audit.size(), 1);
    EXPECT_EQ(t->audit.first().action, QStringLiteral("import"));
}

// More tasks than one INSERT statement holds and than one flush of new tasks: every task keeps its own units,
// lead first, and its audit row; ids are the ones the result reports.
TEST(StoreImport, LargeImportWritesRowsInBatchesWithTheirUnits)
{
    TestDatabase db;
    auto repo = openOk(db.location());
    QList<TaskDraft> drafts;
    for (int i = 0; i < 4500; ++i)
        drafts.append(draft(QStringLiteral("第%1项任务").arg(i + 1),
                            {i % 2 ? s(u"市财政局") : s(u"市审计局")},
                            i % 3 ? QStringList{} : QStringList{s(u"市商务局")}));
    ImportResult r;
    StoreError e;
    ASSERT_TRUE(repo->applyImport(batchOf(drafts, QStringLiteral("large")), false, &r, &e))
        << e.message.toStdString();
    EXPECT_EQ(r.added, 4500);
    EXPECT_EQ(QSet<qint64>(r.taskIds.begin(), r.taskIds.end()).size(), 4500);
    EXPECT_EQ(repo->countTasks({}), 4500);
    for (int i : {0, 1, 374, 375, 1999, 2000, 2001, 4499}) {
        const auto t = repo->task(r.taskIds[i]);
        ASSERT_TRUE(t) << i;
        EXPECT_EQ(t->record.title, QStringLiteral("第%1项任务").arg(i + 1));
        EXPECT_EQ(t->record.leadUnits, QStringList{i % 2 ? s(u"市财政局") : s(u"市审计局")}) << i;
        EXPECT_EQ(t->record.coUnits.size(), i % 3 ? 0 : 1) << i;
        ASSERT_EQ(t->audit.size(), 1);
        EXPECT_EQ(t->audit.first().action, QStringLiteral("import"));
    }
    TaskFilter f;
    f.unit = s(u"市商务局");
    EXPECT_EQ(repo->countTasks(f), 1500);
    const qint64 highest = *std::max_element(r.taskIds.begin(), r.taskIds.end());
    // The next import gets a new id after them (SQLite's max(id) and the server's sequence).
    ASSERT_TRUE(repo->applyImport(batchOf({draft(s(u"之后的任务"), {s(u"市财政局")}, {}, {},
                                                 directive(s(u"另一份通知"), s(u"驻政办〔2022〕2号")))},
                                          QStringLiteral("next")),
                                  false, &r, &e))
        << e.message.toStdString();
    EXPECT_GT(r.taskIds.first(), highest);
}

TEST(StoreImport, SameContentTwiceAddsNothing)
{
    TestDatabase db;
    auto repo = openOk(db.location());
    const ImportBatch b =
        batchOf({draft(s(u"推进数据共享"), {s(u"市大数据局")}), draft(s(u"建设政务云"), {s(u"市工信局")})},
                QStringLiteral("same"));
    ASSERT_TRUE(repo->applyImport(b, false));
    const int tasks = repo->countTasks({}), units = repo->units().size();
    EXPECT_EQ(repo->planImport(b).kind, ImportPlan::Kind::AlreadyImported);
    ImportResult r;
    ASSERT_TRUE(repo->applyImport(b, false, &r));
    EXPECT_TRUE(r.alreadyImported);
    EXPECT_EQ(r.added, 0);
    EXPECT_EQ(repo->countTasks({}), tasks);
    EXPECT_EQ(repo->units().size(), units);
    EXPECT_EQ(repo->directives().size(), 1);
}

TEST(StoreImport, UnknownUnitBecomesUnitToReviewOnce)
{
    TestDatabase db;
    auto repo = openOk(db.location());
    const QString unknown = s(u"市未来产业促进中心");
    ImportBatch b = batchOf(
        {draft(s(u"培育未来产业"), {unknown}), draft(s(u"建设产业园区"), {s(u"市 未来产业促进 中心")})},
        QStringLiteral("u"));
    const ImportPlan plan = repo->planImport(b);
    EXPECT_EQ(plan.unknownUnits, QStringList{unknown});
    ImportResult r;
    ASSERT_TRUE(repo->applyImport(b, false, &r));
    EXPECT_EQ(r.newUnits, QStringList{unknown}); // the spaced spelling resolved to the same new unit
    int found = 0;
    for (const UnitRecord& u : repo->units()) {
        if (u.name == unknown) {
            ++found;
            EXPECT_TRUE(u.needsReview);
            EXPECT_EQ(u.taskCount, 2);
        }
    }
    EXPECT_EQ(found, 1);
}

TEST(StoreImport, AliasesFromTheDirectoryAndSpacing)
{
    TestDatabase db;
    auto repo = openOk(db.location());
    ImportResult r;
    ASSERT_TRUE(repo->applyImport(
        batchOf({draft(s(u"统筹推进改革"), {s(u"市发改委")}, {s(u"市大数 据局")})}, QStringLiteral("a")),
        false, &r));
    const auto t = repo->task(r.taskIds.first());
    ASSERT_TRUE(t);
    EXPECT_EQ(t->record.leadUnits, QStringList{s(u"市发展和改革委员会")});
    EXPECT_EQ(t->record.coUnits, QStringList{s(u"市政务服务和大数据管理局")});
    EXPECT_TRUE(r.newUnits.isEmpty());
}

TEST(StoreImport, TwoAliasesOfOneUnitAreOneUnitAndLeadWins)
{
    // （市城市管理局牵头，市城管局、市财政局配合）: 市城管局 is an alias of the lead.
    TestDatabase db;
    auto repo = openOk(db.location());
    TaskDraft a = draft(s(u"整治市容环境"), {s(u"市城市管理局")}, {s(u"市城管局"), s(u"市财政局")});
    // A reviewer typed an alias of a co unit already on the task into the co list.
    TaskDraft b = draft(s(u"改造老旧管网"), {s(u"市财政局")}, {s(u"市城管局"), s(u"城市管理局")});
    ImportResult r;
    StoreError e;
    ASSERT_TRUE(repo->applyImport(batchOf({a, b}, QStringLiteral("aliases")), false, &r, &e))
        << e.message.toStdString();
    ASSERT_EQ(r.added, 2);
    const auto ta = repo->task(r.taskIds[0]);
    ASSERT_TRUE(ta);
    EXPECT_EQ(ta->record.leadUnits, QStringList{s(u"市城市管理局")});
    EXPECT_EQ(ta->record.coUnits, QStringList{s(u"市财政局")});
    EXPECT_EQ(ta->units.size(), 2);
    const auto tb = repo->task(r.taskIds[1]);
    ASSERT_TRUE(tb);
    EXPECT_EQ(tb->record.coUnits, QStringList{s(u"市城市管理局")});
    // A new version with the same tasks plans no change: the stored units compare equal to the draft's.
    const ImportPlan again = repo->planImport(batchOf({a, b}, QStringLiteral("aliases, v2")));
    ASSERT_EQ(again.changes.size(), 2);
    EXPECT_EQ(again.changes[0], ImportPlan::Change::Unchanged);
    EXPECT_EQ(again.changes[1], ImportPlan::Change::Unchanged);
}

TEST(StoreImport, FailureLeavesNothingBehind)
{
    TestDatabase db;
    const QString path = db.location();
    auto repo = openOk(path);
    {
        // A trigger that fails the third insert, as a full disk or a bug would.
        RawDb raw(path);
        if (onServer()) {
            ASSERT_TRUE(raw.exec(QStringLiteral(
                "CREATE FUNCTION fail_third() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "IF NEW.title = '第三项' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$")));
            ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TRIGGER fail_third BEFORE INSERT ON tasks "
                                                "FOR EACH ROW EXECUTE FUNCTION fail_third()")));
        } else {
            ASSERT_TRUE(
                raw.exec(QStringLiteral("CREATE TRIGGER fail_third BEFORE INSERT ON tasks "
                                        "WHEN new.title = '第三项' BEGIN SELECT RAISE(ABORT, 'boom'); END")));
        }
    }
    const int units = repo->units().size();
    StoreError e;
    EXPECT_FALSE(repo->applyImport(
        batchOf({draft(s(u"第一项"), {s(u"市新设机构甲")}), draft(s(u"第二项"), {s(u"市财政局")}),
                 draft(s(u"第三项"), {s(u"市财政局")})},
                QStringLiteral("f")),
        false, nullptr, &e));
    // The message names the task it stopped at and keeps the driver's text to the log.
    EXPECT_TRUE(e.message.contains(s(u"第三项"))) << e.message.toStdString();
    EXPECT_FALSE(e.message.contains(QStringLiteral("boom"))) << e.message.toStdString();
    EXPECT_EQ(repo->countTasks({}), 0);
    EXPECT_EQ(repo->directives().size(), 0);
    EXPECT_EQ(repo->units().size(), units); // the unknown unit was not kept either
    RawDb raw(path);
    EXPECT_EQ(raw.count(QStringLiteral("audit_log")), 0);
}

TEST(StoreImport, ChangedDirectiveIsDiffedAndAppliedOnlyWhenConfirmed)
{
    TestDatabase db;
    auto repo = openOk(db.location());
    const QDate june(2022, 6, 30);
    TaskDraft keep = draft(s(u"加强组织领导"), {s(u"市财政局")}, {}, june);
    TaskDraft move = draft(s(u"推进老旧小区改造"), {s(u"市住建局")}, {}, june);
    move.text = s(u"推进老旧小区改造，完成120个小区的水电气暖改造和外立面整治，年底前全部完工。");
    TaskDraft drop = draft(s(u"开展专项督查"), {s(u"市审计局")}, {}, june);
    drop.text = s(u"开展专项督查，对资金使用情况进行审计。");
    ASSERT_TRUE(repo->applyImport(batchOf({keep, move, drop}, QStringLiteral("v1")), false));
    const qint64 movedId = byTitle(*repo, move.title)->record.id;
    const qint64 droppedId = byTitle(*repo, drop.title)->record.id;
    ProgressInput p;
    p.text = s(u"已完成摸底调查");
    p.author = s(u"李四");
    ASSERT_GT(repo->addProgress(droppedId, p), 0);

    // Version 2: same 文号; one task reworded with a later deadline, one gone, one new.
    TaskDraft moved = move;
    moved.title = s(u"推进城镇老旧小区改造");
    moved.section = QStringList{s(u"二、重点任务")};
    moved.text = s(u"推进城镇老旧小区改造，完成120个小区的水电气暖改造和外立面整治，年底前全部完工。");
    moved.deadline = QDate(2022, 12, 31);
    TaskDraft added = draft(s(u"建立长效管理机制"), {s(u"市城管局")});
    added.text = s(u"建立长效管理机制，巩固整治成果。");
    const ImportBatch v2 = batchOf({keep, moved, added}, QStringLiteral("v2"));

    const ImportPlan plan = repo->planImport(v2);
    ASSERT_EQ(plan.kind, ImportPlan::Kind::Revision);
    EXPECT_TRUE(plan.needsConfirmation());
    ASSERT_EQ(plan.changes.size(), 3);
    EXPECT_EQ(plan.changes[0], ImportPlan::Change::Unchanged);
    EXPECT_EQ(plan.changes[1], ImportPlan::Change::Changed);
    EXPECT_EQ(plan.matchedTaskIds[1], movedId); // matched by similar text, though title and section differ
    EXPECT_TRUE(plan.changedFields[1].contains(QStringLiteral("deadline")));
    EXPECT_TRUE(plan.changedFields[1].contains(QStringLiteral("title")));
    EXPECT_EQ(plan.changes[2], ImportPlan::Change::New);
    ASSERT_EQ(plan.gone.size(), 1);
    EXPECT_EQ(plan.gone.first().taskId, droppedId);
    EXPECT_EQ(plan.gone.first().progressCount, 1);

    // Not confirmed: nothing changes.
    StoreError e;
    EXPECT_FALSE(repo->applyImport(v2, false, nullptr, &e));
    EXPECT_EQ(e.kind, StoreError::BadInput);
    EXPECT_EQ(repo->countTasks({}), 3);
    EXPECT_EQ(byTitle(*repo, move.title)->record.deadline, june);

    ImportResult r;
    ASSERT_TRUE(repo->applyImport(v2, true, &r, &e)) << e.message.toStdString();
    EXPECT_EQ(r.added, 1);
    EXPECT_EQ(r.changed, 1);
    EXPECT_EQ(r.unchanged, 1);
    EXPECT_EQ(r.retired, 1);
    const auto now = repo->task(movedId);
    EXPECT_EQ(now->record.title, moved.title);
    EXPECT_EQ(now->record.deadline, QDate(2022, 12, 31));
    bool audited = false;
    for (const AuditRecord& a : now->audit)
        audited = audited ||
                  (a.action == QStringLiteral("revise") && a.field == QStringLiteral("deadline") &&
                   a.oldValue == QStringLiteral("2022-06-30") && a.newValue == QStringLiteral("2022-12-31"));
    EXPECT_TRUE(audited);

    // The dropped task is retired, not deleted: its progress stays.
    EXPECT_EQ(repo->countTasks({}), 3);
    const auto gone = repo->task(droppedId);
    ASSERT_TRUE(gone);
    EXPECT_TRUE(gone->record.retired.isValid());
    EXPECT_EQ(gone->progress.size(), 1);
    TaskFilter all;
    all.includeRetired = true;
    EXPECT_EQ(repo->countTasks(all), 4);
    EXPECT_EQ(repo->directives().size(), 1);

    // And the new version itself is now "already imported".
    EXPECT_EQ(repo->planImport(v2).kind, ImportPlan::Kind::AlreadyImported);
}

TEST(StoreImport, HostileTextIsStoredAsText)
{
    TestDatabase db;
    const QString path = db.location();
    auto repo = openOk(path);
    const QString title = QStringLiteral("'); DROP TABLE tasks;--");
    const QString unit = QStringLiteral("市财政局'; DELETE FROM units;--");
    TaskDraft t = draft(title, {unit});
    t.text = QStringLiteral("\" OR 1=1 -- 100% _done_ \\");
    ImportResult r;
    StoreError e;
    ASSERT_TRUE(repo->applyImport(batchOf({t, draft(s(u"普通任务"), {s(u"市财政局")})}, QStringLiteral("x")),
                                  false, &r, &e))
        << e.message.toStdString();
    const auto stored = repo->task(r.taskIds.first());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->record.title, title);
    EXPECT_EQ(stored->record.text, t.text);
    EXPECT_EQ(stored->record.leadUnits.first(), UnitDirectory::clean(unit));
    EXPECT_EQ(repo->countTasks({}), 2);
    EXPECT_GT(repo->units().size(), 50);

    // Through search too: FTS syntax and LIKE wildcards in the query are literal.
    TaskFilter f;
    f.search = QStringLiteral("DROP TABLE");
    EXPECT_EQ(repo->countTasks(f), 1);
    f.search = QStringLiteral("\" OR");
    EXPECT_EQ(repo->countTasks(f), 1);
    f.search = QStringLiteral("%");
    EXPECT_EQ(repo->countTasks(f), 1); // only the text holding a percent sign, not everything
    f.search = QStringLiteral("_");
    EXPECT_EQ(repo->countTasks(f), 1);
    f.unit = unit;
    f.search.clear();
    EXPECT_EQ(repo->countTasks(f), 1);
    RawDb raw(path);
    EXPECT_EQ(raw.count(QStringLiteral("tasks")), 2);
}
