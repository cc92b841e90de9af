// Roles enforced by the server (issue 13): a unit liaison sees and changes only the tasks its unit leads or
// co-handles, through Duban and through raw SQL alike; a leader only reads. PostgreSQL only (pg.*).
#include "storetest.h"

#include <QMap>

using namespace duban;
using namespace duban::test;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

class StoreRoles : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!onServer())
            GTEST_SKIP() << "needs DUBAN_TEST_PG (the pg.* ctest entries)";
        ASSERT_TRUE(db.error().isEmpty()) << db.error().toStdString();
        admin = openOk(db.location());
        ASSERT_TRUE(admin);
        ImportResult r;
        ASSERT_TRUE(
            admin->applyImport(batchOf({draft(s(u"规范财政资金管理"), {s(u"市财政局")}),
                                        draft(s(u"扩大对外贸易"), {s(u"市商务局")}),
                                        draft(s(u"优化营商环境"), {s(u"市商务局")}, {s(u"市财政局")})},
                                       QStringLiteral("roles")),
                               false, &r));
        own = r.taskIds[0];
        other = r.taskIds[1];
        co = r.taskIds[2];
        StoreError e;
        ASSERT_TRUE(admin->initServer(&e)) << e.message.toStdString();
        ASSERT_TRUE(admin->initServer(&e)) << "a second init changes nothing: " << e.message.toStdString();
        const QString tag = db.serverDatabase().right(8);
        liaison = QStringLiteral("liaison_") + tag;
        leader = QStringLiteral("leader_") + tag;
        ASSERT_TRUE(admin->addServerUser(liaison, Repository::ServerRole::Liaison, s(u"市财政局"),
                                         QStringLiteral("pw-liaison"), &e))
            << e.message.toStdString();
        ASSERT_TRUE(
            admin->addServerUser(leader, Repository::ServerRole::Leader, {}, QStringLiteral("pw-leader"), &e))
            << e.message.toStdString();
        EXPECT_FALSE(admin->addServerUser(QStringLiteral("x"), Repository::ServerRole::Liaison,
                                          s(u"不存在的单位"), QStringLiteral("p"), &e));
        EXPECT_EQ(e.kind, StoreError::BadInput);
    }
    void TearDown() override
    {
        if (!onServer())
            return;
        admin.reset();
        onServerAsAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db.serverDatabase()));
        for (const QString& r : {liaison, leader})
            if (!r.isEmpty())
                onServerAsAdmin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(r));
    }
    QString as(const QString& login, const QString& password)
    {
        DatabaseLocation l;
        DatabaseLocation::parse(db.location(), &l);
        l.user = login;
        l.password = password;
        return l.urlWithDatabase(l.database);
    }
    int percentOf(qint64 id) { return admin->fieldValue(id, TaskField::Percent).toInt(); }

    TestDatabase db;
    std::unique_ptr<Repository> admin;
    qint64 own = 0, other = 0, co = 0;
    QString liaison, leader;
};

TEST_F(StoreRoles, LiaisonThroughDubanChangesOnlyItsUnitsTasks)
{
    auto repo = openOk(as(liaison, QStringLiteral("pw-liaison")));
    ASSERT_TRUE(repo);
    EXPECT_EQ(repo->countTasks({}), 2); // its own and the one it co-handles
    StoreError e;
    EXPECT_FALSE(repo->applyEdit({own, TaskField::Percent, 40}, s(u"财政局联络员"), &e).isNull())
        << e.message.toStdString();
    EXPECT_EQ(percentOf(own), 40);
    // Audited once, by Duban under the name given; the trigger for changes made outside it stays out.
    int edits = 0;
    const QList<AuditRecord> trail = admin->task(own)->audit;
    for (const AuditRecord& a : trail) {
        EXPECT_NE(a.action, QStringLiteral("sql"));
        edits += a.action == QLatin1String("edit") && a.field == QLatin1String("percent");
    }
    EXPECT_EQ(edits, 1);
    EXPECT_GT(
        repo->addProgress(co, {QDate(2023, 2, 1), s(u"已对接"), -1, s(u"财政局联络员"), {}}, nullptr, &e), 0)
        << e.message.toStdString();

    e = {};
    EXPECT_TRUE(repo->applyEdit({other, TaskField::Percent, 90}, s(u"财政局联络员"), &e).isNull());
    EXPECT_EQ(e.kind, StoreError::Denied); // not "no such task": it exists, it is another unit's
    EXPECT_TRUE(e.message.contains(s(u"无权修改此任务（非本单位任务）"))) << e.message.toStdString();
    e = {}; // the table sends the version it shows: refused the same way, not "no such task"
    EXPECT_TRUE(repo->applyEdit({other, TaskField::Percent, 90, 1}, s(u"财政局联络员"), &e).isNull());
    EXPECT_EQ(e.kind, StoreError::Denied);
    EXPECT_TRUE(e.message.contains(s(u"非本单位任务"))) << e.message.toStdString();
    EXPECT_EQ(percentOf(other), 0);
    e = {};
    EXPECT_EQ(repo->addProgress(other, {QDate(2023, 2, 1), s(u"越权填报"), 50, s(u"财政局联络员"), {}},
                                nullptr, &e),
              0);
    EXPECT_EQ(admin->progress(other).size(), 0);
    // Its own task, but a field that is not its to change: the server refuses and Duban says so.
    e = {};
    EXPECT_TRUE(repo->applyEdit({own, TaskField::Title, s(u"改标题")}, s(u"财政局联络员"), &e).isNull());
    EXPECT_EQ(e.kind, StoreError::Denied);
    EXPECT_TRUE(e.message.contains(s(u"无权修改"))) << e.message.toStdString();
    EXPECT_EQ(admin->task(own)->record.title, s(u"规范财政资金管理"));
}

TEST_F(StoreRoles, LiaisonThroughRawSqlCannotChangeAnotherUnitsTask)
{
    RawDb raw(as(liaison, QStringLiteral("pw-liaison")));
    ASSERT_TRUE(raw.db().isOpen()) << raw.db().lastError().text().toStdString();
    QSqlQuery q(raw.db());
    ASSERT_TRUE(q.exec(
        QStringLiteral("UPDATE tasks SET percent = 99, status = 'in_progress' WHERE id = %1").arg(other)));
    EXPECT_EQ(q.numRowsAffected(), 0); // the row is not there for this login
    EXPECT_EQ(percentOf(other), 0);
    EXPECT_EQ(raw.count(QStringLiteral("tasks")), 2);
    EXPECT_FALSE(raw.exec(QStringLiteral("UPDATE tasks SET title = 'x' WHERE id = %1").arg(own)));
    EXPECT_FALSE(raw.exec(QStringLiteral("DELETE FROM tasks WHERE id = %1").arg(own)));
    EXPECT_FALSE(raw.exec(QStringLiteral("INSERT INTO progress_updates (task_id, on_date, recorded_at) "
                                         "VALUES (%1, '2023-01-01', '2023-01-01')")
                              .arg(other)));
    EXPECT_FALSE(raw.exec(QStringLiteral("UPDATE duban_users SET unit_id = NULL")));
    EXPECT_FALSE(raw.exec(QStringLiteral("ALTER TABLE tasks DISABLE ROW LEVEL SECURITY")));
    EXPECT_EQ(admin->progress(other).size(), 0);
    EXPECT_TRUE(raw.exec(QStringLiteral("UPDATE tasks SET percent = 30 WHERE id = %1").arg(own)));
    EXPECT_EQ(percentOf(own), 30);
    // A change outside Duban is on the trail too (migration 0013): the field, both values, the login.
    const QList<AuditRecord> trail = admin->task(own)->audit;
    int outside = 0;
    for (const AuditRecord& a : trail) {
        if (a.action != QLatin1String("sql"))
            continue;
        ++outside;
        EXPECT_EQ(a.field, QStringLiteral("percent"));
        EXPECT_EQ(a.oldValue, QStringLiteral("0"));
        EXPECT_EQ(a.newValue, QStringLiteral("30"));
        EXPECT_EQ(a.by, liaison);
    }
    EXPECT_EQ(outside, 1);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sql' AND task_id = %1")
                            .arg(other))
                  .toInt(),
              0); // the refused UPDATE left nothing
    // The trail names the login, whatever name the row brings (migration 0011 keeps a given one only for a
    // superuser's import-sqlite).
    EXPECT_TRUE(raw.exec(QStringLiteral("INSERT INTO audit_log (task_id, at, \"by\", action, db_user) "
                                        "VALUES (%1, '2023-01-01', 'x', 'progress', 'office_head')")
                             .arg(own)));
    QSqlQuery named(raw.db());
    ASSERT_TRUE(named.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE db_user = 'office_head'")) &&
                named.next());
    EXPECT_EQ(named.value(0).toInt(), 0);
    ASSERT_TRUE(
        named.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE db_user = '%1'").arg(liaison)) &&
        named.next());
    EXPECT_GE(named.value(0).toInt(), 1);
}

// The per-unit summaries read task_units alone (migration 0010): its row-level security keeps a liaison's
// to the tasks it sees, and its edits move the figures everyone sees though it may not write task_units.
TEST_F(StoreRoles, LiaisonSummariesCountOnlyWhatItSees)
{
    const auto byName = [](const QList<UnitSummary>& list) {
        QMap<QString, UnitSummary> out;
        for (const UnitSummary& u : list)
            out.insert(u.name, u);
        return out;
    };
    auto repo = openOk(as(liaison, QStringLiteral("pw-liaison")));
    ASSERT_TRUE(repo);
    StoreError e;
    auto mine = byName(repo->unitSummaries({}, {}, &e));
    EXPECT_FALSE(e.isError()) << e.message.toStdString();
    ASSERT_EQ(mine.size(), 2); // 财政局 and 商务局 (co-handling 优化营商环境); nothing of 扩大对外贸易
    EXPECT_EQ(mine[s(u"市财政局")].total, 2);
    EXPECT_EQ(mine[s(u"市商务局")].total, 1);
    auto all = byName(admin->unitSummaries());
    EXPECT_EQ(all[s(u"市商务局")].total, 2);

    ASSERT_FALSE(
        repo->applyEdit({own, TaskField::Status, int(Status::Done)}, s(u"财政局联络员"), &e).isNull())
        << e.message.toStdString();
    EXPECT_EQ(byName(repo->unitSummaries())[s(u"市财政局")].done, 1);
    EXPECT_EQ(byName(admin->unitSummaries())[s(u"市财政局")].done, 1);

    RawDb raw(as(liaison, QStringLiteral("pw-liaison")));
    ASSERT_TRUE(raw.db().isOpen());
    EXPECT_EQ(raw.count(QStringLiteral("task_units")), 3); // the links of its two tasks
    EXPECT_FALSE(raw.exec(QStringLiteral("UPDATE task_units SET fig_state = 3")));
    EXPECT_TRUE(raw.exec(QStringLiteral("UPDATE tasks SET status = 'in_progress' WHERE id = %1").arg(co)));
    EXPECT_EQ(byName(admin->unitSummaries())[s(u"市商务局")].inProgress, 1);
    // The office's figures kept per day (migration 0012) count every unit's tasks: not the liaison's to read.
    EXPECT_FALSE(raw.exec(QStringLiteral("SELECT * FROM unit_figure_days")));
    EXPECT_FALSE(raw.exec(QStringLiteral("SELECT * FROM unit_figures")));
    EXPECT_FALSE(raw.exec(QStringLiteral("SELECT * FROM duban_unit_figures(19523, 19530, false, 10)")));
    EXPECT_EQ(byName(repo->unitSummaries()).size(), 2); // still its own count
}

TEST_F(StoreRoles, LeaderReadsEverythingAndWritesNothing)
{
    auto repo = openOk(as(leader, QStringLiteral("pw-leader")));
    ASSERT_TRUE(repo);
    EXPECT_EQ(repo->countTasks({}), 3);
    StoreError e;
    EXPECT_TRUE(repo->applyEdit({own, TaskField::Percent, 10}, s(u"领导"), &e).isNull());
    EXPECT_EQ(e.kind, StoreError::Denied) << e.message.toStdString();
    EXPECT_EQ(percentOf(own), 0);
    StoreError login;
    EXPECT_FALSE(Repository::open(as(leader, QStringLiteral("wrong")), {}, &login));
    EXPECT_EQ(login.kind, StoreError::Denied);
    // A day nobody asked for yet: the leader's read counts and keeps it (duban_unit_figures() writes as its
    // owner), and the office reads the same figures.
    const DueRules rules;
    const QDate day(2023, 7, 9);
    StoreError read;
    const QList<UnitSummary> seen = repo->unitSummaries(day, rules, &read);
    EXPECT_FALSE(read.isError()) << read.message.toStdString();
    ASSERT_EQ(seen.size(), 2);
    const QList<UnitSummary> office = admin->unitSummaries(day, rules);
    ASSERT_EQ(office.size(), 2);
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(seen[i].name, office[i].name);
        EXPECT_EQ(seen[i].total, office[i].total);
    }
}

// Issue 14 on a server: a liaison signs for and asks to close its own unit's tasks; it cannot sign another
// unit's task nor strike its own off (that answers a request, the office's step), through Duban or raw SQL.
TEST_F(StoreRoles, LiaisonRecordsOnlyItsUnitsOwnSteps)
{
    auto repo = openOk(as(liaison, QStringLiteral("pw-liaison")));
    ASSERT_TRUE(repo);
    StoreError e;
    const auto finance = admin->findUnit(s(u"市财政局"));
    const auto commerce = admin->findUnit(s(u"市商务局"));
    ASSERT_TRUE(finance && commerce);
    EventInput sign;
    sign.kind = EventKind::Sign;
    sign.unitId = *finance;
    sign.onDate = QDate(2023, 2, 1);
    EXPECT_GT(repo->recordEvent(own, sign, s(u"财政局联络员"), &e), 0) << e.message.toStdString();
    EventInput close;
    close.kind = EventKind::CloseRequest;
    close.unitId = *finance;
    close.onDate = QDate(2023, 3, 1);
    close.text = s(u"已完成");
    EXPECT_GT(repo->recordEvent(own, close, s(u"财政局联络员"), &e), 0) << e.message.toStdString();
    EXPECT_EQ(admin->events(own).size(), 2);

    EventInput foreign = sign;
    foreign.unitId = *commerce;
    e = {};
    EXPECT_EQ(repo->recordEvent(other, foreign, s(u"财政局联络员"), &e), 0);
    EXPECT_TRUE(e.isError());
    EXPECT_TRUE(admin->events(other).isEmpty());

    RawDb raw(as(liaison, QStringLiteral("pw-liaison")));
    ASSERT_TRUE(raw.db().isOpen()) << raw.db().lastError().text().toStdString();
    const QString insert =
        QStringLiteral("INSERT INTO task_events (task_id, kind, unit_id, on_date, at, \"by\") "
                       "VALUES (%1, '%2', %3, '2023-03-02', '2023-03-02', 'x')");
    EXPECT_FALSE(raw.exec(insert.arg(own).arg(QStringLiteral("strike_off")).arg(*finance)));
    EXPECT_FALSE(raw.exec(insert.arg(other).arg(QStringLiteral("sign")).arg(*commerce)));
    EXPECT_EQ(admin->events(own).size(), 2);
    EXPECT_TRUE(admin->events(other).isEmpty());
}

} // namespace
