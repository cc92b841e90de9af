// Where a database lives (file path or postgresql:// URL) and what the user is told when a server cannot
// be reached or refuses the login.
#include "store/databaseurl.h"
#include "storetest.h"

using namespace duban;
using namespace duban::test;

TEST(StoreServer, UrlsAndPathsAreToldApart)
{
    DatabaseLocation l;
    ASSERT_TRUE(DatabaseLocation::parse(QStringLiteral("/home/a/督办.sqlite"), &l));
    EXPECT_FALSE(l.server);
    EXPECT_EQ(l.file, QStringLiteral("/home/a/督办.sqlite"));

    ASSERT_TRUE(
        DatabaseLocation::parse(QStringLiteral("postgresql://office:s%40cret@db.example:6543/duban"), &l));
    EXPECT_TRUE(l.server);
    EXPECT_EQ(l.user, QStringLiteral("office"));
    EXPECT_EQ(l.password, QStringLiteral("s@cret"));
    EXPECT_EQ(l.host, QStringLiteral("db.example"));
    EXPECT_EQ(l.port, 6543);
    EXPECT_EQ(l.database, QStringLiteral("duban"));
    // Never the password in what is shown.
    EXPECT_EQ(l.display(), QStringLiteral("postgresql://office@db.example:6543/duban"));

    ASSERT_TRUE(DatabaseLocation::parse(QStringLiteral("postgresql://liaison@/duban?host=/run/pg"), &l));
    EXPECT_EQ(l.user, QStringLiteral("liaison"));
    EXPECT_EQ(l.host, QStringLiteral("/run/pg"));
    EXPECT_EQ(l.port, 0);
    EXPECT_EQ(l.database, QStringLiteral("duban"));
    DatabaseLocation again;
    ASSERT_TRUE(DatabaseLocation::parse(l.display(), &again));
    EXPECT_EQ(again.host, QStringLiteral("/run/pg"));
    EXPECT_EQ(again.database, QStringLiteral("duban"));

    QString why;
    EXPECT_FALSE(DatabaseLocation::parse(QStringLiteral("postgresql://u@host/"), &l, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("缺少数据库名"))) << why.toStdString();
    EXPECT_FALSE(DatabaseLocation::parse(QStringLiteral("postgresql://u@host/db?sslmode=x"), &l, &why));
    // A bad port is told in the user's words, not Qt's English parser message.
    EXPECT_FALSE(DatabaseLocation::parse(QStringLiteral("postgresql://u@host:notaport/db"), &l, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("端口"))) << why.toStdString();
    EXPECT_FALSE(why.contains(QStringLiteral("Invalid"))) << why.toStdString();
}

TEST(StoreServer, UnreachableServerIsNamedInChinese)
{
    QTemporaryDir dir;
    StoreError e;
    const QString url = QStringLiteral("postgresql://office@/duban?host=") + dir.path();
    EXPECT_FALSE(Repository::open(url, {}, &e));
    EXPECT_EQ(e.kind, StoreError::Unreachable);
    EXPECT_TRUE(e.message.contains(QStringLiteral("无法连接数据库服务器"))) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("postgresql://office@/duban"))) << e.message.toStdString();
}

TEST(StoreServer, WrongPasswordIsRefusedInChinese)
{
    if (!onServer())
        GTEST_SKIP() << "needs DUBAN_TEST_PG (the pg.* ctest entries)";
    TestDatabase db;
    ASSERT_TRUE(db.error().isEmpty()) << db.error().toStdString();
    onServerAsAdmin(QStringLiteral("DROP ROLE IF EXISTS duban_test_pw"));
    ASSERT_EQ(onServerAsAdmin(QStringLiteral("CREATE ROLE duban_test_pw LOGIN PASSWORD 'right'")), QString());
    DatabaseLocation l;
    DatabaseLocation::parse(db.location(), &l);
    l.user = QStringLiteral("duban_test_pw");
    l.password = QStringLiteral("wrong");
    StoreError e;
    EXPECT_FALSE(Repository::open(l.urlWithDatabase(l.database), {}, &e));
    EXPECT_EQ(e.kind, StoreError::Denied);
    EXPECT_TRUE(e.message.contains(QStringLiteral("拒绝登录"))) << e.message.toStdString();
    EXPECT_FALSE(e.message.contains(QStringLiteral("wrong"))) << e.message.toStdString();
    onServerAsAdmin(QStringLiteral("DROP ROLE duban_test_pw"));
}
