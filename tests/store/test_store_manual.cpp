// Tasks by hand: create, cancel (撤销, with a reason, history kept), restore, delete only when nothing was
// recorded; every step audited, on a real SQLite file.
#include "storetest.h"

using namespace duban;
using namespace duban::test;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

QStringList actions(Repository& repo, qint64 id)
{
    QStringList out;
    for (const AuditRecord& a : repo.audit(id))
        out.prepend(a.action); // oldest first
    return out;
}

} // namespace

TEST(StoreManualTasks, CreateCancelRestoreDelete)
{
    TestDatabase db;
    const QString path = db.location();
    auto repo = openOk(path);
    NewTask t;
    t.title = s(u"电话交办：排查燃气管道隐患");
    t.leadUnits = {s(u"市城管局")};
    t.coUnits = {s(u"市城市管理局"), s(u"市应急局")}; // an alias of the lead is the lead
    t.deadline = QDate(2022, 11, 30);
    StoreError e;
    const qint64 id = repo->createTask(t, s(u"王五"), &e);
    ASSERT_GT(id, 0) << e.message.toStdString();
    auto back = repo->task(id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->record.leadUnits, QStringList{s(u"市城市管理局")});
    EXPECT_EQ(back->record.coUnits.size(), 1);
    EXPECT_EQ(back->record.deadline, QDate(2022, 11, 30));
    EXPECT_EQ(back->directive.title, s(u"手工录入的任务"));
    EXPECT_EQ(repo->countTasks({}), 1);
    EXPECT_EQ(actions(*repo, id), QStringList{QStringLiteral("create")});

    // A second one goes to the same 手工录入 directive.
    NewTask t2;
    t2.title = s(u"补充任务");
    const qint64 id2 = repo->createTask(t2, s(u"王五"), &e);
    ASSERT_GT(id2, 0);
    EXPECT_EQ(repo->directives().size(), 1);

    EXPECT_EQ(repo->createTask(NewTask{}, s(u"王五"), &e), 0);
    EXPECT_EQ(e.kind, StoreError::BadInput);

    // Cancel needs a reason, leaves every list, keeps the task and its trail.
    EXPECT_FALSE(repo->cancelTask(id, QStringLiteral("  "), s(u"王五"), &e));
    ASSERT_TRUE(repo->cancelTask(id, s(u"已并入其他任务"), s(u"王五"), &e)) << e.message.toStdString();
    EXPECT_EQ(repo->countTasks({}), 1);
    back = repo->task(id);
    ASSERT_TRUE(back);
    EXPECT_TRUE(back->record.retired.isValid());
    EXPECT_EQ(back->audit.first().action, QStringLiteral("cancel"));
    EXPECT_EQ(back->audit.first().newValue, s(u"已并入其他任务"));
    ASSERT_TRUE(repo->restoreTask(id, s(u"王五"), &e));
    EXPECT_EQ(repo->countTasks({}), 2);

    // Delete: refused once something was recorded, allowed on a fresh task; the trail stays.
    ProgressInput p;
    p.text = s(u"已排查两处");
    p.author = s(u"王五");
    ASSERT_GT(repo->addProgress(id, p, nullptr, &e), 0);
    QString why;
    EXPECT_FALSE(repo->canDeleteTask(id, &why));
    EXPECT_FALSE(why.isEmpty());
    EXPECT_FALSE(repo->deleteTask(id, s(u"王五"), &e));
    EXPECT_EQ(e.kind, StoreError::BadInput);
    EXPECT_TRUE(repo->canDeleteTask(id2));
    ASSERT_TRUE(repo->deleteTask(id2, s(u"王五"), &e)) << e.message.toStdString();
    EXPECT_FALSE(repo->task(id2));
    EXPECT_EQ(actions(*repo, id2), (QStringList{QStringLiteral("create"), QStringLiteral("delete")}));

    // Undo of a delete re-creates it under its number.
    t2.id = id2;
    EXPECT_EQ(repo->createTask(t2, s(u"王五"), &e), id2);
    EXPECT_TRUE(repo->canDeleteTask(id2));
    RawDb raw(path);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete'")).toInt(), 1);
}
