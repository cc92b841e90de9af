// Issue 13 item 8: a server connection that drops (here: its backend terminated, as an administrator or a
// server restart would) fails the action in progress with a message naming the lost connection, leaves
// nothing half-written, and the next action reconnects, the live feed included. Server only (pg.*).
#include "store/changefeed.h"
#include "storetest.h"

#include <QSignalSpy>

using namespace duban;
using namespace duban::test;

namespace {

class StoreFailures : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!onServer())
            GTEST_SKIP() << "needs DUBAN_TEST_PG (the pg.* ctest entries)";
        ASSERT_TRUE(db.error().isEmpty()) << db.error().toStdString();
        repo = openOk(db.location());
        ASSERT_TRUE(repo);
        ImportResult r;
        ASSERT_TRUE(repo->applyImport(batchOf({draft(QStringLiteral("推进项目建设"),
                                                     {QStringLiteral("市发改委")}, {}, QDate(2023, 3, 31))},
                                              QStringLiteral("v")),
                                      false, &r));
        id = r.taskIds[0];
    }
    // Ends every other connection to the test database: the repository's.
    void dropOthers(RawDb& raw)
    {
        ASSERT_TRUE(
            raw.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    "WHERE datname = current_database() AND pid <> pg_backend_pid()")));
    }
    QString title(RawDb& raw)
    {
        return raw.value(QStringLiteral("SELECT title FROM tasks WHERE id = %1").arg(id)).toString();
    }

    TestDatabase db;
    std::unique_ptr<Repository> repo;
    qint64 id = 0;
};

TEST_F(StoreFailures, AnEditOnADroppedConnectionIsToldAndTheNextOneReconnects)
{
    RawDb raw(db.location());
    dropOthers(raw);
    StoreError e;
    EXPECT_TRUE(repo->applyEdit({id, TaskField::Title, QStringLiteral("推进重点项目建设")},
                                QStringLiteral("张三"), &e)
                    .isNull());
    EXPECT_EQ(e.kind, StoreError::Unreachable);
    EXPECT_TRUE(e.message.contains(QStringLiteral("连接已中断"))) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("没有保存任何改动"))) << e.message.toStdString();
    EXPECT_EQ(title(raw), QStringLiteral("推进项目建设"));

    e = {};
    EXPECT_FALSE(repo->applyEdit({id, TaskField::Title, QStringLiteral("推进重点项目建设")},
                                 QStringLiteral("张三"), &e)
                     .isNull())
        << e.message.toStdString();
    EXPECT_EQ(title(raw), QStringLiteral("推进重点项目建设"));
}

TEST_F(StoreFailures, AReadOnADroppedConnectionReconnectsOnTheNextOne)
{
    RawDb raw(db.location());
    dropOthers(raw);
    StoreError e;
    EXPECT_FALSE(repo->task(id, &e));
    EXPECT_EQ(e.kind, StoreError::Unreachable);
    e = {};
    const auto t = repo->task(id, &e);
    ASSERT_TRUE(t) << e.message.toStdString();
    EXPECT_EQ(t->record.title, QStringLiteral("推进项目建设"));
}

// The connection ends between two statements of one edit (the title written, the percent's audit row
// next): the server rolls the transaction back, and the edit does not go on over a new connection.
TEST_F(StoreFailures, ADropInTheMiddleOfAnEditWritesNothing)
{
    RawDb raw(db.location());
    ASSERT_TRUE(raw.exec(QStringLiteral(
        "CREATE FUNCTION test_drop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NEW.field = 'percent' THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF; "
        "RETURN NEW; END $$")));
    ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TRIGGER test_drop BEFORE INSERT ON audit_log FOR EACH ROW "
                                        "EXECUTE FUNCTION test_drop()")));
    StoreError e;
    EXPECT_FALSE(repo->applyEdits(
        {{id, TaskField::Title, QStringLiteral("推进重点项目建设")}, {id, TaskField::Percent, 50}},
        QStringLiteral("张三"), nullptr, &e));
    EXPECT_EQ(e.kind, StoreError::Unreachable) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("连接已中断"))) << e.message.toStdString();
    EXPECT_EQ(title(raw), QStringLiteral("推进项目建设"));
    EXPECT_EQ(raw.value(QStringLiteral("SELECT percent FROM tasks WHERE id = %1").arg(id)).toInt(), 0);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'edit'")).toInt(), 0);

    ASSERT_TRUE(raw.exec(QStringLiteral("DROP TRIGGER test_drop ON audit_log")));
    e = {};
    EXPECT_TRUE(repo->applyEdits(
        {{id, TaskField::Title, QStringLiteral("推进重点项目建设")}, {id, TaskField::Percent, 50}},
        QStringLiteral("张三"), nullptr, &e))
        << e.message.toStdString();
    EXPECT_EQ(title(raw), QStringLiteral("推进重点项目建设"));
}

TEST_F(StoreFailures, TheLiveFeedListensAgainAfterTheReconnect)
{
    ChangeFeed* feed = repo->changeFeed();
    RawDb raw(db.location());
    dropOthers(raw);
    repo->applyEdit({id, TaskField::Percent, 10}, QStringLiteral("张三")); // fails: the connection is gone
    QSignalSpy spy(feed, &ChangeFeed::tasksChanged);
    ASSERT_FALSE(
        repo->applyEdit({id, TaskField::Percent, 20}, QStringLiteral("张三")).isNull()); // reconnects
    // What others wrote while the connection was down was never announced: the views read everything once.
    ASSERT_TRUE(spy.wait(1000));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_TRUE(spy.at(0).at(0).value<QList<qint64>>().isEmpty());
    EXPECT_TRUE(spy.at(0).at(1).toBool());
    spy.clear();
    auto other = openOk(db.location());
    ASSERT_FALSE(other->applyEdit({id, TaskField::Percent, 30}, QStringLiteral("李四")).isNull());
    ASSERT_TRUE(spy.wait(1000));
    EXPECT_EQ(spy.at(0).at(0).value<QList<qint64>>(), QList<qint64>{id});
}

// A desk that only watches (a leader's open overdue view) makes no statement of its own that could find the
// connection gone: the feed's watch does, reconnects, and the desk follows the others again.
TEST_F(StoreFailures, AWatchingDeskNoticesTheDropAndFollowsAgain)
{
    ChangeFeed* feed = repo->changeFeed();
    feed->setWatchInterval(200);
    RawDb raw(db.location());
    dropOthers(raw);
    auto other = openOk(db.location());
    ASSERT_FALSE(other->applyEdit({id, TaskField::Percent, 30}, QStringLiteral("李四")).isNull());
    QSignalSpy spy(feed, &ChangeFeed::tasksChanged);
    ASSERT_TRUE(spy.wait(3000)) << "the drop went unnoticed";
    ASSERT_EQ(spy.count(), 1);
    EXPECT_TRUE(spy.at(0).at(0).value<QList<qint64>>().isEmpty()); // the missed edit: one full reload
    spy.clear();
    ASSERT_FALSE(other->applyEdit({id, TaskField::Percent, 40}, QStringLiteral("李四")).isNull());
    ASSERT_TRUE(spy.wait(1000));
    EXPECT_EQ(spy.at(0).at(0).value<QList<qint64>>(), QList<qint64>{id});
    EXPECT_EQ(spy.count(), 1);
}

} // namespace
