// Files the store must refuse without changing a byte: newer schema, not a database, someone else's
// SQLite file, read-only; and a database another writer holds locked.
#include "storetest.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace duban;
using namespace duban::test;

namespace {

// A database at the newest version with one task, closed (so the WAL is folded into the main file).
QString makeDb(QTemporaryDir& dir, const QString& name = QStringLiteral("d.sqlite"))
{
    const QString path = dir.filePath(name);
    auto repo = openOk(path);
    EXPECT_TRUE(
        repo->applyImport(batchOf({draft(QStringLiteral("推进数据共享"), {QStringLiteral("市大数据局")})},
                                  QStringLiteral("one")),
                          false));
    return path;
}

void expectRefused(const QString& path, StoreError::Kind kind, const OpenOptions& opts = {})
{
    const QByteArray before = fileBytes(path);
    StoreError e;
    EXPECT_FALSE(Repository::open(path, opts, &e));
    EXPECT_EQ(e.kind, kind) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(path)) << "message should name the file: " << e.message.toStdString();
    EXPECT_EQ(fileBytes(path), before) << "the file changed";
    // Reading a WAL database may leave an empty -wal beside it, never content.
    EXPECT_EQ(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
}

} // namespace

TEST(StoreRefusals, NewerSchemaVersion)
{
    QTemporaryDir dir;
    const QString path = makeDb(dir);
    {
        RawDb raw(path);
        ASSERT_TRUE(
            raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Repository::schemaVersion() + 1)));
    }
    expectRefused(path, StoreError::NewerSchema);
    expectRefused(path, StoreError::NewerSchema, {.readOnly = true});
}

TEST(StoreRefusals, TextFileIsNotADatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    writeFile(path, QStringLiteral("这不是数据库，而是一份会议纪要。\n").toUtf8().repeated(20));
    expectRefused(path, StoreError::NotADatabase);
}

TEST(StoreRefusals, RandomBytesAreNotADatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
    QByteArray junk(8192, '\0');
    for (char& c : junk)
        c = char(QRandomGenerator::global()->bounded(256));
    writeFile(path, junk);
    expectRefused(path, StoreError::NotADatabase);
}

TEST(StoreRefusals, SomeoneElsesSqliteFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        RawDb raw(path);
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO contacts VALUES ('张三')")));
    }
    expectRefused(path, StoreError::NotADatabase);
}

TEST(StoreRefusals, ReadOnlyFileForWritingButReadableForReading)
{
    QTemporaryDir dir;
    const QString path = makeDb(dir);
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    expectRefused(path, StoreError::ReadOnly);

    const QByteArray before = fileBytes(path);
    {
        auto repo = openOk(path, {.readOnly = true});
        ASSERT_TRUE(repo);
        EXPECT_EQ(repo->countTasks({}), 1);
        StoreError e;
        EXPECT_TRUE(repo->applyEdit({1, TaskField::Percent, 50}, QStringLiteral("测试员"), &e).isNull());
        EXPECT_EQ(e.kind, StoreError::ReadOnly);
    }
    EXPECT_EQ(fileBytes(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST(StoreRefusals, MissingFileWhenItMustExist)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
    StoreError e;
    EXPECT_FALSE(Repository::open(path, {.readOnly = true}, &e));
    EXPECT_EQ(e.kind, StoreError::Missing);
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(StoreRefusals, LockedByAnotherWriterThenFreed)
{
    QTemporaryDir dir;
    const QString path = makeDb(dir);
    auto repo = openOk(path, {.busyTimeoutMs = 200});
    ASSERT_TRUE(repo);
    const int before = repo->countTasks({});

    RawDb other(path);
    ASSERT_TRUE(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    StoreError e;
    QElapsedTimer t;
    t.start();
    const DirectiveInfo second = directive(QStringLiteral("第二份通知"), QStringLiteral("驻政办〔2022〕2号"));
    const ImportBatch b =
        batchOf({draft(QStringLiteral("新增一项任务"), {QStringLiteral("市财政局")}, {}, {}, second)},
                QStringLiteral("two"));
    EXPECT_FALSE(repo->applyImport(b, false, nullptr, &e));
    EXPECT_EQ(e.kind, StoreError::Locked) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(path));
    EXPECT_GE(t.elapsed(), 150);             // it waited for the busy timeout first
    EXPECT_EQ(repo->countTasks({}), before); // readers are not blocked (WAL)

    ASSERT_TRUE(other.exec(QStringLiteral("ROLLBACK")));
    EXPECT_TRUE(repo->applyImport(b, false, nullptr, &e)) << e.message.toStdString();
    EXPECT_EQ(repo->countTasks({}), before + 1);
}
