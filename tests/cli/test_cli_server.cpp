// duban-cli on a shared server (issue 13): server init, a liaison login, a desk's SQLite database moved
// in, the liaison's view through --db URL, and a complete SQLite backup out of the server. pg.* only.
#include "clirun.h"
#include "testdb.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace duban;
using namespace duban::test;

TEST(CliServer, InitUsersImportAndBackup)
{
    if (!onServer())
        GTEST_SKIP() << "needs DUBAN_TEST_PG (the pg.* ctest entries)";
    TestDatabase db;
    ASSERT_TRUE(db.error().isEmpty()) << db.error().toStdString();
    const QString url = db.location();
    const auto onServerRun = [&](QStringList args,
                                 const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
        // After the command's words: `server` picks its subcommand by the second one.
        const int at = args.first() == QLatin1String("server") ? 2 : 1;
        args.insert(at, QStringLiteral("--db"));
        args.insert(at + 1, url);
        return runCli(args, env);
    };

    CliDatabase desk;
    ASSERT_EQ(desk.importSeed(QStringLiteral("002_d0bee7f88f53cd37.txt")).code, 0);
    const int deskTasks = desk.taskIds().size();
    ASSERT_GT(deskTasks, 10);

    // The desk's audit rows name who made each change at the database (a copy backed up from a server):
    // moved in, they must keep that name, not take the importer's.
    int deskAudit = 0;
    {
        QSqlDatabase raw = rawConnection(desk.path, QStringLiteral("desk-audit"));
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE audit_log SET db_user = 'desk_clerk'")));
        deskAudit = q.numRowsAffected();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("desk-audit"));
    ASSERT_GT(deskAudit, 0);

    CliRun r = onServerRun({QStringLiteral("server"), QStringLiteral("import-sqlite"), desk.path});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QString::number(deskTasks))) << r.out.toStdString();
    {
        QSqlDatabase raw = rawConnection(url, QStringLiteral("server-audit"));
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE db_user = 'desk_clerk'")) &&
                    q.next());
        EXPECT_EQ(q.value(0).toInt(), deskAudit);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("server-audit"));
    r = onServerRun({QStringLiteral("server"), QStringLiteral("init")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();

    const QString login = QStringLiteral("cli_") + db.serverDatabase().right(8);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DUBAN_NEW_PASSWORD"), QStringLiteral("pw-cli"));
    r = onServerRun({QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("add"), login,
                     QStringLiteral("--role"), QStringLiteral("liaison"), QStringLiteral("--unit"),
                     QStringLiteral("市财政局")},
                    env);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();

    // The liaison logs in (password from PGPASSWORD, as libpq reads it) and sees its unit's tasks only.
    DatabaseLocation l;
    DatabaseLocation::parse(url, &l);
    l.user = login;
    QProcessEnvironment liaisonEnv = QProcessEnvironment::systemEnvironment();
    liaisonEnv.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("pw-cli"));
    r = runCli({QStringLiteral("list"), QStringLiteral("--db"), l.urlWithDatabase(l.database),
                QStringLiteral("--format"), QStringLiteral("json")},
               liaisonEnv);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const int seen = r.json().size();
    EXPECT_GT(seen, 0);
    EXPECT_LT(seen, deskTasks);
    liaisonEnv.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("wrong"));
    r = runCli({QStringLiteral("list"), QStringLiteral("--db"), l.urlWithDatabase(l.database)}, liaisonEnv);
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("拒绝登录"))) << r.err.toStdString();
    // Only the Chinese message: the driver's English text is for DUBAN_DEBUG=1.
    EXPECT_FALSE(r.err.contains(QStringLiteral("FATAL"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("QPSQL"))) << r.err.toStdString();
    liaisonEnv.insert(QStringLiteral("DUBAN_DEBUG"), QStringLiteral("1"));
    r = runCli({QStringLiteral("list"), QStringLiteral("--db"), l.urlWithDatabase(l.database)}, liaisonEnv);
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("password authentication failed"))) << r.err.toStdString();

    const QString back = desk.dir.filePath(QStringLiteral("back.sqlite"));
    r = onServerRun({QStringLiteral("backup"), back});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = runCli({QStringLiteral("list"), QStringLiteral("--db"), back, QStringLiteral("--format"),
                QStringLiteral("json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().size(), deskTasks);
    onServerAsAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db.serverDatabase()));
    onServerAsAdmin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
}
