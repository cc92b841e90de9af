// Moving in and out (issue 13): a desk's SQLite database copied whole into another database (a server in
// the pg.* runs), and a server's written back into a complete SQLite file.
#include "storetest.h"

using namespace duban;
using namespace duban::test;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

struct Snapshot
{
    int tasks = 0, units = 0, progress = 0, audit = 0, reports = 0;
    QString title, lead, note;
    int percent = 0;
};

Snapshot snapshot(Repository& repo, qint64 id)
{
    Snapshot out;
    TaskFilter all;
    all.includeRetired = true;
    out.tasks = repo.countTasks(all);
    out.units = repo.units().size();
    const auto t = repo.task(id);
    if (t) {
        out.title = t->record.title;
        out.lead = t->record.leadUnits.join(u',');
        out.percent = t->record.percent;
        out.progress = t->progress.size();
        out.note = t->progress.isEmpty() ? QString() : t->progress.first().text;
        out.audit = t->audit.size();
    }
    out.reports = repo.reportNumber(s(u"督查周报"), QStringLiteral("2023-W10"));
    return out;
}

} // namespace

TEST(StoreCopy, ADesksDatabaseMovesInWholeAndComesBackOut)
{
    QTemporaryDir dir;
    const QString desk = dir.filePath(QStringLiteral("desk.sqlite"));
    auto source = openOk(desk);
    ASSERT_TRUE(source);
    ImportResult r;
    ASSERT_TRUE(
        source->applyImport(batchOf({draft(s(u"规范财政资金管理"), {s(u"市财政局")}, {s(u"市审计局")}),
                                     draft(s(u"扩大对外贸易"), {s(u"新设的开放办")})},
                                    QStringLiteral("copy")),
                            false, &r));
    const qint64 id = r.taskIds[0];
    ASSERT_GT(source->addProgress(id, {QDate(2023, 3, 1), s(u"已完成初稿"), 40, s(u"张三"), {}}), 0);
    ASSERT_EQ(source->issueReport(s(u"督查周报"), QStringLiteral("2023-W09"), s(u"张三")), 1);
    ASSERT_TRUE(source->findUnit(s(u"新设的开放办")));
    const Snapshot before = snapshot(*source, id);
    EXPECT_EQ(before.reports, 2); // the next free number after the one issued

    TestDatabase db;
    ASSERT_TRUE(db.error().isEmpty()) << db.error().toStdString();
    auto target = openOk(db.location());
    ASSERT_TRUE(target);
    StoreError e;
    ASSERT_TRUE(target->copyFrom(*source, &e)) << e.message.toStdString();
    const Snapshot moved = snapshot(*target, id);
    EXPECT_EQ(moved.tasks, 2);
    EXPECT_EQ(moved.units, before.units);
    EXPECT_EQ(moved.title, s(u"规范财政资金管理"));
    EXPECT_EQ(moved.lead, s(u"市财政局"));
    EXPECT_EQ(moved.percent, 40);
    EXPECT_EQ(moved.progress, 1);
    EXPECT_EQ(moved.note, s(u"已完成初稿"));
    EXPECT_EQ(moved.audit, before.audit);
    EXPECT_EQ(moved.reports, 2);
    // Search works on what came in, and new rows take ids after the copied ones.
    TaskFilter f;
    f.search = s(u"财政资金");
    EXPECT_EQ(target->countTasks(f), 1);
    NewTask n;
    n.title = s(u"电话交办的任务");
    n.leadUnits = {s(u"市财政局")};
    EXPECT_GT(target->createTask(n, s(u"李四"), &e), r.taskIds[1]) << e.message.toStdString();
    // Only into an empty database.
    e = {};
    EXPECT_FALSE(target->copyFrom(*source, &e));
    EXPECT_EQ(e.kind, StoreError::BadInput);

    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    ASSERT_TRUE(target->backup(back, &e)) << e.message.toStdString();
    auto copy = openOk(back);
    ASSERT_TRUE(copy);
    const Snapshot out = snapshot(*copy, id);
    EXPECT_EQ(out.tasks, 3);
    EXPECT_EQ(out.title, moved.title);
    EXPECT_EQ(out.note, moved.note);
    EXPECT_EQ(out.audit, moved.audit);
    EXPECT_EQ(out.reports, 2);
    EXPECT_TRUE(copy->check().isEmpty());
}
