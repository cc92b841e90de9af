// The command registry: the usage text lists every command with its summary, `help COMMAND` shows that
// command's options, an unknown command is a usage error, and every database command opens a database of
// an older version the same way (upgraded after a copy is kept), as the app does.
#include "clirun.h"
#include "store/migrator.h"
#include "store/repository.h"
#include "store/sqldialect.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <gtest/gtest.h>

using namespace duban;
using namespace duban::test;

namespace {

// Written by hand from README's duban-cli section: a command missing from the registry fails here.
const QStringList kCommands = {
    QStringLiteral("extract"), QStringLiteral("text"),   QStringLiteral("import"), QStringLiteral("list"),
    QStringLiteral("overdue"), QStringLiteral("update"), QStringLiteral("add"),    QStringLiteral("cancel"),
    QStringLiteral("restore"), QStringLiteral("delete"), QStringLiteral("units"),  QStringLiteral("backup"),
    QStringLiteral("check"),   QStringLiteral("export"), QStringLiteral("gantt"),  QStringLiteral("feedback"),
    QStringLiteral("report"),  QStringLiteral("server"), QStringLiteral("event"),  QStringLiteral("events"),
    QStringLiteral("notice"),  QStringLiteral("remind"), QStringLiteral("score"),  QStringLiteral("ics"),
    QStringLiteral("help")};

QProcessEnvironment language(const QString& code)
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DUBAN_LANG"), code);
    return env;
}

// "  NAME   summary" lines of the usage text.
QMap<QString, QString> summaries(const QString& usage)
{
    static const QRegularExpression line(QStringLiteral("^  ([a-z]+) +(\\S.*)$"),
                                         QRegularExpression::MultilineOption);
    QMap<QString, QString> out;
    for (auto it = line.globalMatch(usage); it.hasNext();) {
        const auto m = it.next();
        out.insert(m.captured(1), m.captured(2).trimmed());
    }
    return out;
}

int userVersion(const QString& path)
{
    int v = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (db.open() && q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            v = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version"));
    return v;
}

// A database of schema version 1 as the first release wrote it (its migrations only), holding one
// directive and one task due 2019-06-30.
bool writeVersion1(const QString& path, QString* why)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        StoreError e;
        ok = db.open() && migrations::migrate(db, SqliteDialect(), 1, path, &e);
        *why = e.message;
        QSqlQuery q(db);
        ok = ok &&
             q.exec(QStringLiteral(
                 "INSERT INTO directives (id, source_file, content_hash, title, doc_number, imported_at) "
                 "VALUES (1, 'old.txt', 'abc', '旧通知', '驻政办〔2019〕9号', '2019-01-01T00:00:00')")) &&
             q.exec(QStringLiteral(
                 "INSERT INTO tasks (id, directive_id, title, text, deadline, created_at, updated_at) "
                 "VALUES (7, 1, '推进老旧小区改造', '加快推进老旧小区改造提升工作', '2019-06-30', "
                 "'2019-01-01T00:00:00', '2019-01-01T00:00:00')"));
        if (!ok && why->isEmpty())
            *why = q.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return ok;
}

} // namespace

TEST(CliCommands, HelpListsEveryCommandWithItsSummary)
{
    const CliRun help = runCli({QStringLiteral("help")});
    ASSERT_EQ(help.code, 0) << help.err.toStdString();
    const QMap<QString, QString> listed = summaries(help.out);
    EXPECT_EQ(QStringList(listed.keys()), [] {
        QStringList sorted = kCommands;
        sorted.sort();
        return sorted;
    }()) << help.out.toStdString();
    // --help and -h give the same text; so does running with no command (as a usage error, on stderr).
    EXPECT_EQ(runCli({QStringLiteral("--help")}).out, help.out);
    const CliRun none = runCli({});
    EXPECT_EQ(none.code, 1);
    EXPECT_EQ(none.err, help.out);
    for (const QString& name : kCommands) {
        SCOPED_TRACE(name.toStdString());
        EXPECT_FALSE(listed.value(name).isEmpty());
        // A command's own help names it and starts its description with the summary of the list.
        const CliRun one = runCli({QStringLiteral("help"), name});
        ASSERT_EQ(one.code, 0) << one.err.toStdString();
        EXPECT_TRUE(one.out.contains(QStringLiteral("duban-cli ") + name)) << one.out.toStdString();
        EXPECT_TRUE(one.out.contains(listed.value(name))) << one.out.toStdString();
        EXPECT_EQ(runCli({name, QStringLiteral("--help")}).out, one.out);
    }
    EXPECT_TRUE(
        runCli({QStringLiteral("help"), QStringLiteral("list")}).out.contains(QStringLiteral("--status")));
    EXPECT_TRUE(
        runCli({QStringLiteral("help"), QStringLiteral("list")}).out.contains(QStringLiteral("--db")));
    EXPECT_FALSE(
        runCli({QStringLiteral("help"), QStringLiteral("extract")}).out.contains(QStringLiteral("--db")));
}

TEST(CliCommands, SummariesAreTranslated)
{
    const CliRun help = runCli({QStringLiteral("help")}, language(QStringLiteral("en")));
    ASSERT_EQ(help.code, 0);
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (const auto& [name, summary] : summaries(help.out).asKeyValueRange())
        EXPECT_FALSE(summary.contains(han)) << name.toStdString() << ": " << summary.toStdString();
    EXPECT_FALSE(help.out.contains(han)) << help.out.toStdString();
}

TEST(CliCommands, UnknownCommandIsAUsageError)
{
    const CliRun r = runCli({QStringLiteral("lsit")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("lsit"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("  list "))) << "the usage text follows";
    EXPECT_TRUE(r.out.isEmpty());
    const CliRun help = runCli({QStringLiteral("help"), QStringLiteral("lsit")});
    EXPECT_EQ(help.code, 1);
    EXPECT_TRUE(help.err.contains(QStringLiteral("lsit")));
    EXPECT_EQ(runCli({QStringLiteral("list"), QStringLiteral("--no-such-option")}).code, 1);
    EXPECT_EQ(runCli({QStringLiteral("feedback"), QStringLiteral("sideways")}).code, 1);
}

// Before: `gantt` (and export, report, feedback) refused a database that `list` upgraded.
TEST(CliCommands, EveryDatabaseCommandUpgradesAnOlderSchemaTheSameWay)
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("v1.sqlite"));
    QString why;
    ASSERT_TRUE(writeVersion1(original, &why)) << why.toStdString();
    ASSERT_EQ(userVersion(original), 1);
    ASSERT_GT(Repository::schemaVersion(), 1);
    const QString out = dir.filePath(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(out));
    const QList<QStringList> reads = {
        {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("gantt"), QStringLiteral("--png"), out + QStringLiteral("/g.png")},
        {QStringLiteral("overdue"), QStringLiteral("--as-of"), QStringLiteral("2019-07-10")},
        {QStringLiteral("check")},
        {QStringLiteral("units")},
        {QStringLiteral("events"), QStringLiteral("7")},
        {QStringLiteral("export"), QStringLiteral("--csv"), out + QStringLiteral("/t.csv")},
        {QStringLiteral("report"), QStringLiteral("--week"), QStringLiteral("2019-W27"),
         QStringLiteral("--html"), out + QStringLiteral("/r.html")},
        {QStringLiteral("feedback"), QStringLiteral("export"), QStringLiteral("--all"),
         QStringLiteral("--dir"), out + QStringLiteral("/sheets")},
        {QStringLiteral("backup"), out + QStringLiteral("/copy.sqlite")},
        {QStringLiteral("update"), QStringLiteral("7"), QStringLiteral("--percent"), QStringLiteral("40"),
         QStringLiteral("--by"), QStringLiteral("张三")},
    };
    for (qsizetype i = 0; i < reads.size(); ++i) {
        const QStringList& command = reads[i];
        const QString name = QStringLiteral("%1-%2").arg(i).arg(command.first());
        SCOPED_TRACE(name.toStdString());
        const QString db = dir.filePath(name + QStringLiteral(".sqlite"));
        ASSERT_TRUE(QFile::copy(original, db));
        QStringList args = command;
        args.insert(command.first() == QLatin1String("feedback") ? 2 : 1, QStringLiteral("--db"));
        args.insert(command.first() == QLatin1String("feedback") ? 3 : 2, db);
        const CliRun r = runCli(args);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_EQ(userVersion(db), Repository::schemaVersion());
        // The copy taken before the upgrade is named, and still holds version 1.
        const QStringList copies =
            QDir(dir.path()).entryList({name + QStringLiteral(".sqlite.bak-v1-*")}, QDir::Files);
        ASSERT_EQ(copies.size(), 1);
        EXPECT_TRUE(r.err.contains(copies.first())) << r.err.toStdString();
        EXPECT_EQ(userVersion(dir.filePath(copies.first())), 1);
    }
    // The task of version 1 is read after the upgrade.
    const CliRun listed =
        runCli({QStringLiteral("list"), QStringLiteral("--db"), dir.filePath(QStringLiteral("0-list.sqlite")),
                QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(listed.json().size(), 1);
    EXPECT_EQ(listed.json().first().toObject().value(QStringLiteral("title")).toString(),
              QStringLiteral("推进老旧小区改造"));
}

TEST(CliCommands, ReadingAndWritingCommandsNeedAnExistingDatabase)
{
    QTemporaryDir dir;
    for (const QStringList& args :
         {QStringList{QStringLiteral("list")},
          QStringList{QStringLiteral("gantt"), QStringLiteral("--png"),
                      dir.filePath(QStringLiteral("g.png"))},
          QStringList{QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--percent"),
                      QStringLiteral("10"), QStringLiteral("--by"), QStringLiteral("张三")}}) {
        const QString db = dir.filePath(args.first() + QStringLiteral(".sqlite"));
        QStringList withDb = args;
        withDb.insert(1, QStringLiteral("--db"));
        withDb.insert(2, db);
        const CliRun r = runCli(withDb);
        EXPECT_EQ(r.code, 3) << args.first().toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(db)) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(db)) << "a database was made by " << args.first().toStdString();
    }
}

// Another program holding the database past the busy timeout: a database problem (3) that says so, and
// nothing written; once it lets go the same command succeeds.
TEST(CliCommands, ABusyDatabaseIsReportedAndLeftAsItWas)
{
    CliDatabase d;
    ASSERT_EQ(d.importSeed(QStringLiteral("002_d0bee7f88f53cd37.txt")).code, 0);
    const QList<qint64> ids = d.taskIds();
    ASSERT_FALSE(ids.isEmpty());
    const QStringList update{QStringLiteral("update"),    QString::number(ids.first()),
                             QStringLiteral("--percent"), QStringLiteral("30"),
                             QStringLiteral("--by"),      QStringLiteral("张三")};
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(d.path);
        ASSERT_TRUE(other.open());
        QSqlQuery q(other);
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        ASSERT_TRUE(
            q.exec(QStringLiteral("UPDATE tasks SET percent = percent WHERE id = %1").arg(ids.first())));
        const CliRun busy = d.run(update);
        EXPECT_EQ(busy.code, 3) << busy.err.toStdString();
        EXPECT_FALSE(busy.err.trimmed().isEmpty());
        ASSERT_TRUE(q.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const auto percent = [&] {
        for (const auto& v :
             d.run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}).json())
            if (v.toObject().value(QStringLiteral("id")).toInteger() == ids.first())
                return v.toObject().value(QStringLiteral("percent")).toInt();
        return -1;
    };
    EXPECT_EQ(percent(), 0);
    const CliRun again = d.run(update);
    EXPECT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_EQ(percent(), 30);
}
