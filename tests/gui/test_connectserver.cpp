// Issue 13 item 2: 文件 › 连接服务器…. The fields make the server's URL; a server that cannot be reached or a
// wrong password keeps the dialog open with the reason in Chinese; 记住密码 without a keyring (as here:
// offscreen, no session bus) connects and says the password was not remembered, and the password is in no
// setting. The wrong password is tried on the test cluster (pg.test_gui_connectserver).
#include "gui/mainwindow.h"
#include "gui/server/connectserverdialog.h"
#include "gui/server/serverlogin.h"
#include "guitest.h"
#include "store/databaseurl.h"
#include "store/repository.h"
#include "testdb.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace duban;

namespace {

// The opener MainWindow gives the dialog, without the window: the store's own message.
bool openWithStore(const QString& url, QString* error)
{
    StoreError e;
    auto repo = Repository::open(url, {}, &e);
    if (!repo)
        *error = e.message;
    return repo != nullptr;
}

template <typename W> W* child(QWidget* w, const char* name)
{
    W* c = w->findChild<W*>(QString::fromLatin1(name));
    if (!c)
        qWarning("no %s", name);
    return c;
}

void fill(ConnectServerDialog& d, const QString& host, int port, const QString& db, const QString& user,
          const QString& password)
{
    child<QLineEdit>(&d, "serverHost")->setText(host);
    child<QSpinBox>(&d, "serverPort")->setValue(port);
    child<QLineEdit>(&d, "serverDatabase")->setText(db);
    child<QLineEdit>(&d, "serverUser")->setText(user);
    child<QLineEdit>(&d, "serverPassword")->setText(password);
}

QString message(ConnectServerDialog& d)
{
    return child<QLabel>(&d, "serverMessage")->text();
}

} // namespace

class TestConnectServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // No keyring: a session bus that is not there (the path must not depend on this machine's desktop).
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/duban-test-bus");
        test::isolateSettings(QStringLiteral("duban-connectserver-test"));
    }

    void theFieldsMakeTheUrl()
    {
        ConnectServerDialog d([](const QString&, QString*) { return false; });
        fill(d, QStringLiteral("db.example.org"), 5433, QStringLiteral("duban"), QStringLiteral("alice"),
             QStringLiteral("pw"));
        QCOMPARE(d.serverUrl(), QStringLiteral("postgresql://alice@db.example.org:5433/duban"));
        fill(d, QStringLiteral("/run/postgresql"), 5432, QStringLiteral("duban"), QStringLiteral("alice"),
             {});
        QCOMPARE(d.serverUrl(), QStringLiteral("postgresql://alice@/duban?host=/run/postgresql"));
        d.setServer(QStringLiteral("postgresql://bob@10.0.0.5:6000/office"));
        QCOMPARE(child<QLineEdit>(&d, "serverHost")->text(), QStringLiteral("10.0.0.5"));
        QCOMPARE(child<QSpinBox>(&d, "serverPort")->value(), 6000);
        QCOMPARE(child<QLineEdit>(&d, "serverDatabase")->text(), QStringLiteral("office"));
        QCOMPARE(child<QLineEdit>(&d, "serverUser")->text(), QStringLiteral("bob"));
    }

    void anUnreachableServerKeepsTheDialogOpenWithTheReason()
    {
        ConnectServerDialog d(openWithStore);
        d.show();
        // Port 1 on this machine: nothing listens, the refusal is immediate.
        fill(d, QStringLiteral("127.0.0.1"), 1, QStringLiteral("duban"), QStringLiteral("alice"),
             QStringLiteral("pw"));
        QTest::mouseClick(child<QPushButton>(&d, "serverConnect"), Qt::LeftButton);
        QVERIFY(d.isVisible());
        QVERIFY(d.result() != QDialog::Accepted);
        QVERIFY2(message(d).contains(QStringLiteral("无法连接数据库服务器")), qPrintable(message(d)));
        QVERIFY2(!message(d).contains(QStringLiteral("pw@")), "the password is shown");
        // DUBAN_CONNECT_SHOTS=dir: the dialog with its message, for a look.
        if (const QString dir = qEnvironmentVariable("DUBAN_CONNECT_SHOTS"); !dir.isEmpty())
            QVERIFY(d.grab().save(dir + QStringLiteral("/connect-server.png")));
        QVERIFY(serverlogin::recentServers().isEmpty()); // only a server that answered is remembered
    }

    void emptyFieldsAreAskedFor()
    {
        int calls = 0;
        ConnectServerDialog d([&calls](const QString&, QString*) { return ++calls, true; });
        d.show();
        fill(d, QStringLiteral("db.example.org"), 5432, {}, QStringLiteral("alice"), {});
        QTest::mouseClick(child<QPushButton>(&d, "serverConnect"), Qt::LeftButton);
        QCOMPARE(calls, 0);
        QVERIFY(d.isVisible());
        QCOMPARE(message(d), QStringLiteral("请填写数据库名和用户名"));
    }

    void withoutAKeyringThePasswordIsNotRemembered()
    {
        QString opened;
        ConnectServerDialog d([&opened](const QString& url, QString*) {
            opened = url;
            return true;
        });
        d.show();
        fill(d, QStringLiteral("db.example.org"), 5432, QStringLiteral("duban"), QStringLiteral("alice"),
             QStringLiteral("秘密pw123"));
        child<QCheckBox>(&d, "serverRemember")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(&d, "serverConnect"), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        DatabaseLocation l;
        QVERIFY(DatabaseLocation::parse(opened, &l));
        QCOMPARE(l.password, QStringLiteral("秘密pw123")); // the connection got it
        QVERIFY2(d.notice().contains(QStringLiteral("密码未记住")), qPrintable(d.notice()));
        QCOMPARE(serverlogin::recentServers(),
                 QStringList{QStringLiteral("postgresql://alice@db.example.org/duban")});
        QVERIFY(serverlogin::rememberedPassword(d.serverUrl()).isEmpty());
        // Nowhere in the settings (the file on disk), in any key.
        QSettings s;
        s.sync();
        for (const QString& key : s.allKeys())
            QVERIFY2(!s.value(key).toString().contains(QStringLiteral("pw123")) &&
                         !s.value(key).toStringList().join(u' ').contains(QStringLiteral("pw123")),
                     qPrintable(key));
        QFile file(s.fileName());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("pw123"));
        // Next time the dialog offers the server, without a password.
        ConnectServerDialog again([](const QString&, QString*) { return false; });
        QCOMPARE(child<QLineEdit>(&again, "serverHost")->text(), QStringLiteral("db.example.org"));
        QVERIFY(child<QLineEdit>(&again, "serverPassword")->text().isEmpty());
    }

    void theFileMenuOffersIt()
    {
        auto window = test::mainWindowOn(QDir::temp().filePath(QStringLiteral("duban-connectserver.sqlite")));
        QAction* a = window->findChild<QAction*>(QStringLiteral("actionConnectServer"));
        QVERIFY(a);
        QCOMPARE(a->text(), QStringLiteral("连接服务器…"));
        window.reset();
        QFile::remove(QDir::temp().filePath(QStringLiteral("duban-connectserver.sqlite")));
    }

    void aWrongPasswordIsToldInChinese()
    {
        if (!test::onServer())
            QSKIP("needs the PostgreSQL test cluster (DUBAN_TEST_PG)");
        const QString role = QStringLiteral("duban_t_login_%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(test::onServerAsAdmin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'right'").arg(role)),
                 QString());
        DatabaseLocation server;
        DatabaseLocation::parse(test::testServerUrl(), &server);
        ConnectServerDialog d(openWithStore);
        d.show();
        fill(d, server.host, server.port > 0 ? server.port : 5432, QStringLiteral("duban"), role,
             QStringLiteral("wrong"));
        QTest::mouseClick(child<QPushButton>(&d, "serverConnect"), Qt::LeftButton);
        test::onServerAsAdmin(QStringLiteral("DROP ROLE %1").arg(role));
        QVERIFY(d.isVisible());
        QVERIFY2(message(d).contains(QStringLiteral("拒绝登录")), qPrintable(message(d)));
        QVERIFY2(message(d).contains(QStringLiteral("密码不正确")), qPrintable(message(d)));
    }
};

QTEST_MAIN(TestConnectServer)
#include "test_connectserver.moc"
