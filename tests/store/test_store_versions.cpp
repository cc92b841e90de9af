// No lost update (issue 13): every task row carries a version every write bumps; an edit or undo made on
// an older version is refused with who changed the task and when. Runs on SQLite and, as pg.*, on a server.
#include "core/clock.h"
#include "storetest.h"

using namespace duban;
using namespace duban::test;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

class StoreVersions : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.error().isEmpty()) << db.error().toStdString();
        desk1 = openOk(db.location());
        ASSERT_TRUE(desk1);
        ImportResult r;
        ASSERT_TRUE(
            desk1->applyImport(batchOf({draft(s(u"推进项目建设"), {s(u"市发改委")}, {}, QDate(2023, 3, 31))},
                                       QStringLiteral("v")),
                               false, &r));
        id = r.taskIds[0];
        desk2 = openOk(db.location());
        ASSERT_TRUE(desk2);
    }
    int version(Repository& repo) { return repo.task(id)->record.version; }

    TestDatabase db;
    std::unique_ptr<Repository> desk1, desk2;
    qint64 id = 0;
};

TEST_F(StoreVersions, EveryWriteBumpsTheVersion)
{
    EXPECT_EQ(version(*desk1), 1);
    ASSERT_FALSE(desk1->applyEdit({id, TaskField::Title, s(u"推进重点项目建设")}, s(u"张三")).isNull());
    const int edited = version(*desk1); // the field and its updated_at: each UPDATE counts
    EXPECT_GT(edited, 1);
    ASSERT_GT(desk1->addProgress(id, {QDate(2023, 1, 5), s(u"已开工"), 30, s(u"李四"), {}}), 0);
    EXPECT_GT(version(*desk1), edited);
    const int before = desk1->taskVersion(id);
    // A write that bypasses Duban (a script, psql) bumps it too.
    RawDb raw(db.location());
    ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE tasks SET percent = 40 WHERE id = %1").arg(id)));
    EXPECT_EQ(desk2->taskVersion(id), before + 1);
}

TEST_F(StoreVersions, TwoDesksRaceOneWinsTheOtherIsTold)
{
    const int seen = version(*desk1);
    ASSERT_EQ(version(*desk2), seen);
    StoreError e;
    EXPECT_FALSE(
        desk1->applyEdit({id, TaskField::Title, s(u"第一张桌子的标题"), seen}, s(u"张三"), &e).isNull())
        << e.message.toStdString();
    // The second desk edited what it saw before the first desk's write: refused, nothing written.
    e = {};
    EXPECT_TRUE(
        desk2->applyEdit({id, TaskField::Title, s(u"第二张桌子的标题"), seen}, s(u"李四"), &e).isNull());
    EXPECT_EQ(e.kind, StoreError::Conflict);
    EXPECT_TRUE(e.message.contains(s(u"张三"))) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(Clock::today().toString(Qt::ISODate))) << e.message.toStdString();
    EXPECT_EQ(desk2->task(id)->record.title, s(u"第一张桌子的标题"));
    // On the version it now sees, the second desk's edit goes in.
    e = {};
    EXPECT_FALSE(
        desk2->applyEdit({id, TaskField::Title, s(u"第二张桌子的标题"), version(*desk2)}, s(u"李四"), &e)
            .isNull())
        << e.message.toStdString();
    EXPECT_EQ(desk1->task(id)->record.title, s(u"第二张桌子的标题"));
}

TEST_F(StoreVersions, UndoOnAnOldVersionIsRefused)
{
    ASSERT_FALSE(desk1->applyEdit({id, TaskField::Percent, 20}, s(u"张三")).isNull());
    const int after = desk1->taskVersion(id);
    ASSERT_FALSE(desk2->applyEdit({id, TaskField::Title, s(u"别处改的标题")}, s(u"李四")).isNull());
    // The percent is still what desk 1 wrote, but the task moved on: desk 1's undo is refused.
    StoreError e;
    EXPECT_FALSE(
        desk1->applyEditsIfUnchanged({{id, TaskField::Percent, 0, after}}, {20}, s(u"张三"), nullptr, &e));
    EXPECT_EQ(e.kind, StoreError::Conflict);
    EXPECT_TRUE(e.message.contains(s(u"李四"))) << e.message.toStdString();
    EXPECT_EQ(desk1->fieldValue(id, TaskField::Percent).toInt(), 20);
}

TEST_F(StoreVersions, TheAuditTrailNamesTheDatabaseUser)
{
    ASSERT_FALSE(desk1->applyEdit({id, TaskField::Percent, 20}, s(u"张三")).isNull());
    RawDb raw(db.location());
    const QString user =
        raw.value(QStringLiteral("SELECT db_user FROM audit_log WHERE action = 'edit' ORDER BY id DESC"))
            .toString();
    // A server knows who logged in (the harness logs in as postgres); one desk's file has no users.
    EXPECT_EQ(user, onServer() ? QStringLiteral("postgres") : QString());
    if (onServer()) {
        // Not even raw SQL can write another user's name there.
        ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO audit_log (task_id, at, \"by\", action, db_user) "
                                            "VALUES (1, '2023-01-01', 'x', 'edit', 'someone_else')")));
        EXPECT_EQ(raw.value(QStringLiteral("SELECT db_user FROM audit_log ORDER BY id DESC")).toString(),
                  QStringLiteral("postgres"));
    }
}

} // namespace
