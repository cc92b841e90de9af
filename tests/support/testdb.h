#pragma once

// A fresh database for one test, on the backend the test run asks for: a file in a temp dir, or, when
// DUBAN_TEST_PG holds a PostgreSQL server URL (the pg.* ctest entries, tests/CMakeLists.txt), a new
// database created on that server and dropped afterwards. Pass location() wherever a path was passed.
#include "store/databaseurl.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace duban::test {

inline QString testServerUrl()
{
    return qEnvironmentVariable("DUBAN_TEST_PG");
}

inline bool onServer()
{
    return !testServerUrl().isEmpty();
}

// A plain QSqlDatabase (not the store's) on a file or URL, for looking at a database the way another
// program (or a user at psql) would. The caller removes `name` when done.
inline QSqlDatabase rawConnection(const QString& location, const QString& name, const QString& options = {})
{
    DatabaseLocation l;
    DatabaseLocation::parse(location, &l);
    QSqlDatabase db =
        QSqlDatabase::addDatabase(l.server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (l.server) {
        db.setDatabaseName(l.database);
        db.setHostName(l.host);
        if (l.port > 0)
            db.setPort(l.port);
        db.setUserName(l.user);
        db.setPassword(l.password);
    } else {
        db.setDatabaseName(location);
    }
    db.setConnectOptions(options);
    db.open();
    return db;
}

// Runs one statement as the server's superuser (the harness's own connection); empty = done, else the error.
inline QString onServerAsAdmin(const QString& sql)
{
    static QAtomicInteger<quint64> n = 0;
    const QString name = QStringLiteral("duban-test-admin-%1").arg(++n);
    QString error;
    {
        QSqlDatabase db = rawConnection(testServerUrl(), name);
        QSqlQuery q(db);
        if (!db.isOpen())
            error = db.lastError().text();
        else if (!q.exec(sql))
            error = q.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

class TestDatabase
{
public:
    // fileName: the SQLite file's name in the temp dir (some tests look at its neighbours).
    explicit TestDatabase(const QString& fileName = QStringLiteral("test.sqlite"))
    {
        if (!onServer()) {
            m_location = m_dir.filePath(fileName);
            return;
        }
        DatabaseLocation server;
        DatabaseLocation::parse(testServerUrl(), &server);
        m_name = QStringLiteral("duban_t_%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        m_error = onServerAsAdmin(QStringLiteral("CREATE DATABASE %1").arg(m_name));
        m_location = server.urlWithDatabase(m_name);
    }
    ~TestDatabase()
    {
        if (!m_name.isEmpty())
            onServerAsAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    QString location() const { return m_location; }
    QString error() const { return m_error; } // why the server database could not be made
    bool server() const { return !m_name.isEmpty(); }
    QString serverDatabase() const { return m_name; }
    QString dir() const { return m_dir.path(); } // a temp dir either way, for other files a test writes

private:
    QTemporaryDir m_dir;
    QString m_location, m_name, m_error;
};

} // namespace duban::test
