// Schema migrations: a new file, an empty file, and every earlier version up to the newest, with the
// copy taken before an existing database is touched.
#include "store/migrator.h"
#include "store/sqldialect.h"
#include "storetest.h"

#include <QDir>
#include <QFileInfo>

using namespace duban;
using namespace duban::test;

TEST(StoreMigrations, ScriptsAreNumberedWithoutGaps)
{
    const auto all = migrations::all(SqliteDialect());
    ASSERT_GE(all.size(), 2);
    for (int i = 0; i < all.size(); ++i)
        EXPECT_EQ(all[i].version, i + 1) << all[i].name.toStdString();
    EXPECT_EQ(Repository::schemaVersion(), all.size());
}

// A server and a file reach the same schema version through the same steps (issue 13).
TEST(StoreMigrations, PostgresqlHasTheSameStepsAsSqlite)
{
    const auto sqlite = migrations::all(SqliteDialect());
    const auto pg = migrations::all(*makePostgresDialect({}));
    ASSERT_EQ(pg.size(), sqlite.size());
    for (int i = 0; i < pg.size(); ++i) {
        EXPECT_EQ(pg[i].version, sqlite[i].version);
        EXPECT_EQ(pg[i].name, sqlite[i].name);
    }
}

TEST(StoreMigrations, PostgresqlScriptsSplitOutsideQuotesAndFunctionBodies)
{
    const QStringList s = makePostgresDialect({})->splitStatements(
        QStringLiteral("-- a; comment\nCREATE TABLE a (x TEXT DEFAULT ';--');\n"
                       "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.v := 1; "
                       "RETURN NEW;\nEND\n$$;\n"
                       "DO $body$ BEGIN PERFORM 1; END $body$;"));
    ASSERT_EQ(s.size(), 3) << s.join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(s[0], QStringLiteral("CREATE TABLE a (x TEXT DEFAULT ';--')"));
    EXPECT_TRUE(s[1].endsWith(QStringLiteral("END\n$$"))) << s[1].toStdString();
    EXPECT_EQ(s[2], QStringLiteral("DO $body$ BEGIN PERFORM 1; END $body$"));
}

TEST(StoreMigrations, SplitsTriggerBodiesAndDropsComments)
{
    const QStringList s = SqliteDialect().splitStatements(QStringLiteral(
        "-- header; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT '--;'); -- trailing\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO a VALUES ('y');\n  SELECT 1;\nEND;\n"));
    ASSERT_EQ(s.size(), 2);
    EXPECT_EQ(s[0], QStringLiteral("CREATE TABLE a (x TEXT DEFAULT '--;');"));
    EXPECT_TRUE(s[1].startsWith(QStringLiteral("CREATE TRIGGER")));
    EXPECT_TRUE(s[1].endsWith(QStringLiteral("END;")));
}

TEST(StoreMigrations, NewFileGetsNewestSchemaWalForeignKeysAndUnits)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/duban.sqlite")); // the folder is made too
    auto repo = openOk(path);
    ASSERT_TRUE(repo);
    EXPECT_TRUE(repo->migrationBackups().isEmpty()); // nothing existed to copy
    RawDb raw(path);
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Repository::schemaVersion());
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA application_id")).toInt(), SqliteDialect::kApplicationId);
    // Seeded from db/unit_aliases.tsv
    EXPECT_EQ(raw.count(QStringLiteral("units")), UnitDirectory::builtin().entries().size());
    EXPECT_EQ(repo->findUnit(QStringLiteral("市发改委")).value_or(0),
              repo->findUnit(QStringLiteral("市发展和改革委员会")).value_or(-1));
}

TEST(StoreMigrations, ForeignKeysAreEnforced)
{
    QTemporaryDir dir;
    auto repo = openOk(dir.filePath(QStringLiteral("d.sqlite")));
    ASSERT_TRUE(repo);
    // A task pointing at no directive must be refused by the connection the repository uses.
    StoreError e;
    ImportBatch b =
        batchOf({draft(QStringLiteral("落实外键检查"), {QStringLiteral("市财政局")})}, QStringLiteral("fk"));
    ASSERT_TRUE(repo->applyImport(b, false, nullptr, &e)) << e.message.toStdString();
    const qint64 unit = repo->findUnit(QStringLiteral("市财政局")).value_or(0);
    EXPECT_FALSE(repo->mergeUnits(unit, 999999, QStringLiteral("测试员"), &e)); // no such unit
    EXPECT_EQ(e.kind, StoreError::BadInput);
    EXPECT_TRUE(repo->check().isEmpty());
}

TEST(StoreMigrations, EmptyFileIsMigratedWithoutBackup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    writeFile(path, {});
    auto repo = openOk(path);
    ASSERT_TRUE(repo);
    EXPECT_TRUE(repo->migrationBackups().isEmpty());
    EXPECT_EQ(RawDb(path).value(QStringLiteral("PRAGMA user_version")).toInt(), Repository::schemaVersion());
}

// For each earlier version: a database built with only the migrations up to it, holding a task.
TEST(StoreMigrations, UpgradesEveryEarlierVersionKeepingDataAndACopy)
{
    for (int from = 1; from < Repository::schemaVersion(); ++from) {
        SCOPED_TRACE(from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            RawDb raw(path);
            StoreError e;
            ASSERT_TRUE(migrations::migrate(raw.db(), SqliteDialect(), from, path, &e))
                << e.message.toStdString();
            ASSERT_TRUE(raw.exec(QStringLiteral(
                "INSERT INTO directives (id, source_file, content_hash, title, doc_number, imported_at) "
                "VALUES (1, 'old.txt', 'abc', '旧通知', '驻政办〔2019〕9号', '2019-01-01T00:00:00')")));
            ASSERT_TRUE(raw.exec(QStringLiteral(
                "INSERT INTO tasks (id, directive_id, title, text, deadline, created_at, updated_at) "
                "VALUES (7, 1, '推进老旧小区改造', '加快推进老旧小区改造提升工作', '2019-06-30', "
                "'2019-01-01T00:00:00', '2019-01-01T00:00:00')")));
            ASSERT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), from);
        }
        auto repo = openOk(path);
        ASSERT_TRUE(repo);
        RawDb raw(path);
        EXPECT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Repository::schemaVersion());
        EXPECT_EQ(raw.count(QStringLiteral("tasks")), 1);

        // The copy holds the old version and its data.
        ASSERT_EQ(repo->migrationBackups().size(), 1);
        const QString backup = repo->migrationBackups().first();
        EXPECT_TRUE(QFileInfo(backup).fileName().startsWith(QStringLiteral("old.sqlite.bak-v%1-").arg(from)));
        RawDb copy(backup);
        EXPECT_EQ(copy.value(QStringLiteral("PRAGMA user_version")).toInt(), from);
        EXPECT_EQ(copy.value(QStringLiteral("SELECT title FROM tasks WHERE id = 7")).toString(),
                  QStringLiteral("推进老旧小区改造"));

        // Rows from before the search index existed are found through it.
        TaskFilter f;
        f.search = QStringLiteral("老旧小区");
        EXPECT_EQ(repo->countTasks(f), 1);
        EXPECT_TRUE(repo->check().isEmpty());
    }
}

TEST(StoreMigrations, ReopeningTheNewestVersionTakesNoCopy)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.sqlite"));
    openOk(path).reset();
    auto again = openOk(path);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->migrationBackups().isEmpty());
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("*.bak-*")}, QDir::Files).size(), 0);
}
