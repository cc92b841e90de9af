// The store with 100,000 generated tasks (Chinese titles and texts, units from the alias directory).
// Measures one bulk import against the sqlite3 shell loading the same task rows from CSV, and every row
// the import wrote (links, units, audit, search documents too); then opening the database, the overdue
// query, searches and peak memory.
// Run: ./build/bin/bench_store [--tasks N] [--pg postgresql://…superuser…] [google benchmark flags]
// With --pg the same runs on a PostgreSQL server, printed beside SQLite's (sqlite/…, postgresql/…).
// bash bench/store.sh runs it three times on a private cluster and prints the table with the targets.
#include "core/clock.h"
#include "store/databaseurl.h"
#include "store/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

using namespace duban;

namespace {

const QDate kAsOf(2023, 6, 30);
QString g_dbPath;
std::function<void()> g_pgCleanup; // drops the benchmark's server database

QString pick(QRandomGenerator& rng, const QStringList& pool)
{
    return pool.at(int(rng.bounded(quint32(pool.size()))));
}

// Sentences shaped like the ones directives print: 推进…建设，完善…机制，确保…。
QList<TaskDraft> generate(int n, int perDirective)
{
    QRandomGenerator rng(20230630);
    const QStringList verbs{QStringLiteral("推进"), QStringLiteral("加快"), QStringLiteral("完善"),
                            QStringLiteral("健全"), QStringLiteral("深化"), QStringLiteral("强化"),
                            QStringLiteral("落实"), QStringLiteral("开展"), QStringLiteral("建设"),
                            QStringLiteral("提升"), QStringLiteral("优化"), QStringLiteral("规范")};
    const QStringList objects{QStringLiteral("老旧小区改造"),     QStringLiteral("城乡环境卫生整治"),
                              QStringLiteral("政务服务一网通办"), QStringLiteral("营商环境"),
                              QStringLiteral("高标准农田建设"),   QStringLiteral("农村人居环境"),
                              QStringLiteral("重点项目建设"),     QStringLiteral("5G网络建设"),
                              QStringLiteral("智慧城市运行管理"), QStringLiteral("公共卫生设施"),
                              QStringLiteral("食品安全监管"),     QStringLiteral("安全生产专项整治"),
                              QStringLiteral("义务教育均衡发展"), QStringLiteral("医疗保障体系"),
                              QStringLiteral("就业创业服务"),     QStringLiteral("交通基础设施"),
                              QStringLiteral("河湖长制"),         QStringLiteral("大气污染防治"),
                              QStringLiteral("消费券发放"),       QStringLiteral("招商引资"),
                              QStringLiteral("科技创新平台"),     QStringLiteral("数据共享交换"),
                              QStringLiteral("信用体系建设"),     QStringLiteral("养老服务体系")};
    const QStringList middles{
        QStringLiteral("建立健全长效管理机制"), QStringLiteral("压实属地责任和部门监管责任"),
        QStringLiteral("加大财政资金支持力度"), QStringLiteral("实行清单化管理、项目化推进"),
        QStringLiteral("定期通报工作进展情况"), QStringLiteral("强化督导检查和考核问效")};
    const QStringList ends{QStringLiteral("确保按期完成目标任务"), QStringLiteral("形成可复制可推广的经验"),
                           QStringLiteral("群众满意度明显提升"), QStringLiteral("各项指标达到省定标准")};
    QStringList units;
    for (const UnitEntry& e : UnitDirectory::builtin().entries())
        units.append(e.aliases.isEmpty() ? e.canonical : e.aliases.first()); // printed the short way
    const QStringList sections{QStringLiteral("一、总体要求"), QStringLiteral("二、重点任务"),
                               QStringLiteral("三、保障措施")};

    QList<TaskDraft> out;
    out.reserve(n);
    DirectiveInfo dir;
    for (int i = 0; i < n; ++i) {
        if (i % perDirective == 0) {
            const int k = i / perDirective;
            dir.title = QStringLiteral("驻马店市人民政府办公室关于印发第%1号专项工作方案的通知").arg(k + 1);
            dir.docNumber = QStringLiteral("驻政办〔%1〕%2号").arg(2020 + k % 4).arg(k + 1);
            dir.date = QDate(2020 + k % 4, 1 + k % 12, 1 + k % 28);
        }
        TaskDraft t;
        t.source = QStringLiteral("generated.txt");
        t.kind = QStringLiteral("inline");
        t.directive = dir;
        t.lineStart = 10 + (i % perDirective) * 3;
        t.lineEnd = t.lineStart + 2;
        t.section = {pick(rng, sections), QStringLiteral("（%1）").arg(i % 9 + 1)};
        const QString object = pick(rng, objects);
        t.title = pick(rng, verbs) + object;
        t.deadline = QDate(2021, 1, 1).addDays(rng.bounded(5 * 365));
        t.deadlineText = t.deadline.toString(QStringLiteral("yyyy年M月底前"));
        t.text = QStringLiteral("%1%2，%3，%4。%5前，%6。")
                     .arg(t.title,
                          pick(rng, {QStringLiteral("工作"), QStringLiteral("行动"), QStringLiteral("试点")}),
                          pick(rng, middles), pick(rng, middles), t.deadlineText, pick(rng, ends));
        const int unitCount = 1 + int(rng.bounded(4u));
        for (int u = 0; u < unitCount; ++u) {
            const QString name = pick(rng, units);
            if (!t.units.contains(name))
                t.units.append(name);
        }
        t.leadUnits = {t.units.first()};
        t.coUnits = t.units.mid(1);
        out.append(t);
    }
    return out;
}

QString csvField(const QString& s)
{
    QString q = s;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

// The same task rows as CSV, as the sqlite3 shell would import them.
void writeCsv(const QString& path, const QList<TaskDraft>& tasks, int perDirective)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    QTextStream out(&f);
    for (int i = 0; i < tasks.size(); ++i) {
        const TaskDraft& t = tasks[i];
        out << (i / perDirective + 1) << ',' << csvField(t.title) << ',' << csvField(t.text) << ','
            << csvField(t.section.join(u'/')) << ',' << t.lineStart << ',' << t.lineEnd << ",inline,"
            << t.deadline.toString(Qt::ISODate) << ',' << csvField(t.deadlineText) << ','
            << t.directive.date.toString(Qt::ISODate)
            << ",not_started,0,[],2023-06-30T09:00:00,2023-06-30T09:00:00\n";
    }
}

double runSqliteShell(const QString& db, const QString& script)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"), {db});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(600000);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (p.exitCode() != 0)
        qWarning("sqlite3 failed: %s", p.readAllStandardError().constData());
    return ms;
}

QString readFile(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

long maxRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// Every row our import wrote (not only the task rows: its directives, units and aliases, links, audit rows
// and search documents), dumped from our database as CSV with NULL as \N, then loaded by the sqlite3 shell
// into a new database of our schema in one transaction: the engine's bulk load of the same rows. The
// tasks-only load above leaves the shell a fraction of the import's work. Only the load is timed.
double shellLoadOfEveryRow(const QTemporaryDir& dir, const QString& schema, const QString& ours)
{
    const QStringList tables{QStringLiteral("directives"),   QStringLiteral("units"),
                             QStringLiteral("unit_aliases"), QStringLiteral("tasks"),
                             QStringLiteral("task_units"),   QStringLiteral("audit_log")};
    QString dump = QStringLiteral(".mode csv\n.headers off\n.nullvalue \\N\n");
    QString load = schema + QStringLiteral(".mode csv\n");
    QString copy = QStringLiteral("BEGIN;\n");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("every-row"));
    db.setDatabaseName(ours);
    db.open();
    for (const QString& t : tables) {
        QStringList columns, values;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t));
        while (q.next()) {
            const QString c = u'"' + q.value(1).toString() + u'"';
            columns << c;
            values << QStringLiteral("NULLIF(%1, '\\N')").arg(c);
        }
        const QString csv = dir.filePath(QStringLiteral("every-row-") + t + QStringLiteral(".csv"));
        const QString cols = columns.join(QStringLiteral(", "));
        dump += QStringLiteral(".output '%1'\nSELECT %2 FROM %3;\n").arg(csv, cols, t);
        load += QStringLiteral("CREATE TEMP TABLE s_%1 AS SELECT %2 FROM %1 WHERE 0;\n.import '%3' s_%1\n")
                    .arg(t, cols, csv);
        copy += QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM s_%1;\n")
                    .arg(t, cols, values.join(QStringLiteral(", ")));
    }
    const QString chars = dir.filePath(QStringLiteral("every-row-task_chars.csv"));
    dump += QStringLiteral(".output '%1'\nSELECT rowid, doc FROM task_chars;\n.output stdout\n").arg(chars);
    load += QStringLiteral("CREATE TEMP TABLE s_chars (id INTEGER, doc TEXT);\n.import '%1' s_chars\n")
                .arg(chars);
    copy += QStringLiteral("INSERT INTO task_chars (rowid, doc) SELECT id, doc FROM s_chars;\n"
                           "DELETE FROM task_chars_stale;\nCOMMIT;\n");
    runSqliteShell(ours, dump);
    const QString copyPath = dir.filePath(QStringLiteral("every-row.sqlite"));
    const double ms = runSqliteShell(copyPath, load + copy);
    // A load that dropped rows (a CSV quirk) would flatter the import: every table must match ours.
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("ATTACH '%1' AS loaded").arg(copyPath));
        for (const QString& t : tables + QStringList{QStringLiteral("task_chars")}) {
            if (!q.exec(
                    QStringLiteral("SELECT (SELECT count(*) FROM main.%1), (SELECT count(*) FROM loaded.%1)")
                        .arg(t)) ||
                !q.next() || q.value(0).toLongLong() <= 0 || q.value(0) != q.value(1))
                qWarning("every-row load: %s has %s rows, ours %s", qPrintable(t),
                         qPrintable(q.value(1).toString()), qPrintable(q.value(0).toString()));
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("every-row"));
    return ms;
}

void BM_Open(benchmark::State& state, QString location)
{
    for (auto _ : state) {
        auto r = Repository::open(location);
        benchmark::DoNotOptimize(r.get());
    }
}

void BM_OverdueCountAndFirstPage(benchmark::State& state, Repository* repo)
{
    TaskFilter f;
    f.asOf = kAsOf;
    f.due = DueState::Overdue;
    int n = 0;
    for (auto _ : state) {
        n = repo->countTasks(f);
        benchmark::DoNotOptimize(repo->tasks(f, {}, 0, 100));
    }
    state.counters["overdue"] = n;
}

void BM_OverdueFullList(benchmark::State& state, Repository* repo)
{
    qsizetype n = 0;
    for (auto _ : state)
        n = repo->overdue(kAsOf).size();
    state.counters["rows"] = double(n);
}

void BM_Search(benchmark::State& state, Repository* repo, const QString& query)
{
    TaskFilter f;
    f.asOf = kAsOf;
    f.search = query;
    TaskFilter other = f; // a search typed before this one: each timed search is read fresh, not kept
    other.search = QStringLiteral("序时进度");
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        benchmark::DoNotOptimize(repo->countTasks(other));
        state.ResumeTiming();
        n = repo->countTasks(f);
        benchmark::DoNotOptimize(repo->tasks(f, {}, 0, 100));
    }
    state.counters["matches"] = n;
}

void BM_UnitSortedPage(benchmark::State& state, Repository* repo)
{
    TaskFilter f;
    f.asOf = kAsOf;
    f.unit = QStringLiteral("市财政局");
    for (auto _ : state) {
        benchmark::DoNotOptimize(repo->countTasks(f));
        benchmark::DoNotOptimize(repo->tasks(f, {TaskSortKey::Title, Qt::DescendingOrder}, 500, 100));
    }
}

void BM_WarningFigures(benchmark::State& state, Repository* repo)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(repo->warningFigures(kAsOf, {}));
}

// The day's figures kept since its first ask (migration 0012): what the overdue view reads all day.
void BM_UnitSummaries(benchmark::State& state, Repository* repo)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(repo->unitSummaries(kAsOf));
}

// A day nobody asked for yet: counted over every link and kept (the first ask of each day and rule set).
void BM_UnitSummariesFirstAsk(benchmark::State& state, Repository* repo)
{
    static int day = 0; // a new day every iteration, on every repetition
    for (auto _ : state)
        benchmark::DoNotOptimize(repo->unitSummaries(kAsOf.addDays(1000 + ++day)));
}

// One status edit of a task (2–4 links), before any day is kept and with the eight days kept: what keeping
// costs a write.
void BM_StatusEdit(benchmark::State& state, Repository* repo, bool daysKept)
{
    const TaskRecord t = repo->tasks({}, {}, 0, 1).value(0);
    for (int i = 0; daysKept && i < 8; ++i)
        repo->unitSummaries(kAsOf.addDays(i));
    int n = 0;
    for (auto _ : state) {
        const Status to = ++n % 2 ? Status::InProgress : Status::NotStarted;
        benchmark::DoNotOptimize(
            repo->applyEdit({t.id, TaskField::Status, int(to)}, QStringLiteral("bench")));
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int n = 100000;
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--tasks") == 0)
            n = QByteArray(argv[i + 1]).toInt();
    QString keepPath; // --keep PATH
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--keep") != 0)
            continue;
        // Asked before the import: "--keep --benchmark_filter=…" wrote a 160 MB file of that name.
        if (i + 1 == argc || argv[i + 1][0] == '-') {
            std::fprintf(stderr, "bench_store: --keep needs a PATH for the SQLite copy\n");
            return 1;
        }
        keepPath = QString::fromLocal8Bit(argv[i + 1]);
    }
    constexpr int perDirective = 500;
    Clock::pin(QDateTime(kAsOf, QTime(9, 0)));

    QTemporaryDir dir;
    dir.setAutoRemove(!qEnvironmentVariableIsSet("DUBAN_BENCH_KEEP")); // the databases, to look into
    g_dbPath = dir.filePath(QStringLiteral("bench.sqlite"));
    QTextStream out(stdout);

    QElapsedTimer t;
    t.start();
    const QList<TaskDraft> drafts = generate(n, perDirective);
    out << "generated " << n << " tasks in " << t.elapsed() << " ms\n";

    // sqlite3 shell: the same task rows from CSV, into a bare table and into our schema (indexes, FTS
    // triggers).
    const QString csv = dir.filePath(QStringLiteral("tasks.csv"));
    writeCsv(csv, drafts, perDirective);
    const QString columns = QStringLiteral("directive_id, title, text, section, line_start, line_end, kind, "
                                           "deadline, deadline_text, start_date, status, "
                                           "percent, targets, created_at, updated_at");
    const double bareMs = runSqliteShell(
        dir.filePath(QStringLiteral("bare.sqlite")),
        QStringLiteral("CREATE TABLE tasks (%1);\n.mode csv\n.import '%2' tasks\n").arg(columns, csv));
    QString schema;
    for (const QString& m :
         QDir(QStringLiteral(DUBAN_SOURCE_DIR "/db/migrations")).entryList({QStringLiteral("*.sql")}))
        schema += readFile(QStringLiteral(DUBAN_SOURCE_DIR "/db/migrations/") + m) + u'\n';
    QString directives;
    for (int k = 0; k * perDirective < n; ++k)
        directives += QStringLiteral("INSERT INTO directives (id, source_file, content_hash, imported_at) "
                                     "VALUES (%1, 'g', 'h%1', 'now');\n")
                          .arg(k + 1);
    const double schemaMs =
        runSqliteShell(dir.filePath(QStringLiteral("schema.sqlite")),
                       schema + directives +
                           QStringLiteral("CREATE TEMP TABLE staging (%1);\n.mode csv\n.import '%2' staging\n"
                                          "BEGIN; INSERT INTO tasks (%1) SELECT * FROM staging; COMMIT;\n")
                               .arg(columns, csv));

    // Ours: one transaction, units resolved, links, audit rows, FTS by trigger.
    const auto importInto = [&](const QString& location) -> double {
        auto r = Repository::open(location);
        if (!r)
            return -1;
        ImportBatch b;
        b.sourceFile = QStringLiteral("generated.txt");
        b.contentHash = QStringLiteral("bench");
        b.tasks = drafts;
        b.importedBy = QStringLiteral("bench");
        StoreError e;
        QElapsedTimer timer;
        timer.start();
        if (!r->applyImport(b, false, nullptr, &e)) {
            out << "import failed: " << e.message << '\n';
            return -1;
        }
        return double(timer.nsecsElapsed()) / 1e6;
    };
    const double importMs = importInto(g_dbPath);
    if (importMs < 0)
        return 1;
    out << QStringLiteral("sqlite: import %1 tasks: %2 ms (%3 tasks/s)\n")
               .arg(n)
               .arg(importMs, 0, 'f', 0)
               .arg(n / importMs * 1000, 0, 'f', 0);
    out << QStringLiteral(
               "sqlite3 .import of the same rows: bare table %1 ms, our schema (indexes + FTS) %2 ms\n")
               .arg(bareMs, 0, 'f', 0)
               .arg(schemaMs, 0, 'f', 0);
    out << QStringLiteral("ratio: %1x the bare .import, %2x the .import into our schema\n")
               .arg(importMs / bareMs, 0, 'f', 1)
               .arg(importMs / schemaMs, 0, 'f', 1);
    const double everyRowMs = shellLoadOfEveryRow(dir, schema, g_dbPath);
    out << QStringLiteral("sqlite3 .import of every row the import wrote (tasks, links, units, audit, search "
                          "documents): %1 ms\nratio: %2x that load\n")
               .arg(everyRowMs, 0, 'f', 0)
               .arg(importMs / everyRowMs, 0, 'f', 1);
    out << QStringLiteral("database size: %1 MB\n").arg(QFileInfo(g_dbPath).size() / 1048576.0, 0, 'f', 1);
    out.flush();

    if (!keepPath.isEmpty()) // leave a copy of the database for a look with sqlite3
        Repository::open(g_dbPath)->backup(keepPath);

    // --pg URL (a superuser's, e.g. the test cluster's postgresql://postgres@/postgres?host=DIR): the same
    // rows into a new database on that server, against psql's \copy (COPY) of them.
    QString pgServer;
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--pg") == 0)
            pgServer = QString::fromLocal8Bit(argv[i + 1]);
    QString pgLocation;
    if (!pgServer.isEmpty()) {
        DatabaseLocation server;
        DatabaseLocation::parse(pgServer, &server);
        const QString name = QStringLiteral("duban_bench_%1").arg(QCoreApplication::applicationPid());
        const QString bare = name + QStringLiteral("_copy");
        // By value: g_pgCleanup calls it after this block's `server` is gone.
        const auto admin = [server](const QString& sql) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            db.setDatabaseName(server.database);
            db.setHostName(server.host);
            db.setUserName(server.user);
            if (db.open())
                QSqlQuery(db).exec(sql);
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        };
        admin(QStringLiteral("CREATE DATABASE %1").arg(name));
        admin(QStringLiteral("CREATE DATABASE %1").arg(bare));
        pgLocation = server.urlWithDatabase(name);
        const QString psql = QStringLiteral("/usr/lib/postgresql/15/bin/psql");
        const auto runPsql = [&](const QString& db, const QString& script) {
            QProcess p;
            QElapsedTimer timer;
            timer.start();
            p.start(psql, {QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                           server.urlWithDatabase(db)});
            p.write(script.toUtf8());
            p.closeWriteChannel();
            p.waitForFinished(600000);
            if (p.exitCode() != 0)
                qWarning("psql failed: %s", p.readAllStandardError().constData());
            return double(timer.nsecsElapsed()) / 1e6;
        };
        // COPY into a bare table, and into our schema (indexes, pg_trgm GIN) migrated by Duban.
        QStringList typed; // a bare table of text columns, as sqlite3's .import makes one
        for (const QString& c : columns.split(QStringLiteral(", ")))
            typed.append(c + QStringLiteral(" text"));
        Repository::open(server.urlWithDatabase(bare))
            .reset(); // our schema first: it wants an empty database
        const double copyBareMs =
            runPsql(bare, QStringLiteral("CREATE TABLE bare (%1);\n\\copy bare FROM '%2' CSV\n")
                              .arg(typed.join(QStringLiteral(", ")), csv));
        const double copySchemaMs =
            runPsql(bare, QStringLiteral("BEGIN;\n%1\\copy tasks (%2) FROM '%3' CSV\nCOMMIT;\n")
                              .arg(directives, columns, csv));
        const double pgImportMs = importInto(pgLocation);
        out << QStringLiteral("postgresql: import %1 tasks: %2 ms (%3 tasks/s)\n")
                   .arg(n)
                   .arg(pgImportMs, 0, 'f', 0)
                   .arg(n / pgImportMs * 1000, 0, 'f', 0);
        out << QStringLiteral(
                   "psql \\copy of the same rows: bare table %1 ms, our schema (indexes + pg_trgm) %2 ms\n")
                   .arg(copyBareMs, 0, 'f', 0)
                   .arg(copySchemaMs, 0, 'f', 0);
        out << QStringLiteral("ratio: %1x the bare COPY, %2x the COPY into our schema\n")
                   .arg(pgImportMs / copyBareMs, 0, 'f', 1)
                   .arg(pgImportMs / copySchemaMs, 0, 'f', 1);
        out.flush();
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(bare));
        if (!keepPath.isEmpty()) // --keep also leaves the server database, for a look with psql
            out << "postgresql database kept: " << name << '\n';
        else
            g_pgCleanup = [admin, name] {
                admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
            };
    }

    std::vector<std::pair<QString, std::unique_ptr<Repository>>> backends;
    backends.emplace_back(QStringLiteral("sqlite"), Repository::open(g_dbPath));
    if (!pgLocation.isEmpty())
        backends.emplace_back(QStringLiteral("postgresql"), Repository::open(pgLocation));
    for (auto& [label, r] : backends) {
        Repository* repo = r.get();
        const auto name = [&label](const char* what) {
            return (label + u'/' + QLatin1String(what)).toStdString();
        };
        benchmark::RegisterBenchmark(name("Open").c_str(), BM_Open,
                                     label == QLatin1String("sqlite") ? g_dbPath : pgLocation)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(name("EditNoDayKept").c_str(), BM_StatusEdit, repo, false)
            ->Unit(benchmark::kMillisecond); // first: no summary was asked for yet
        benchmark::RegisterBenchmark(name("OverdueCountAndFirstPage").c_str(), BM_OverdueCountAndFirstPage,
                                     repo)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(name("OverdueFullList").c_str(), BM_OverdueFullList, repo)
            ->Unit(benchmark::kMillisecond);
        for (const QString& term :
             {QStringLiteral("老旧小区改造"), QStringLiteral("财政资金支持"), QStringLiteral("市审计局"),
              QStringLiteral("改造"), QStringLiteral("建"), QStringLiteral("推进")})
            benchmark::RegisterBenchmark((label + QStringLiteral("/Search/") + term).toStdString().c_str(),
                                         BM_Search, repo, term)
                ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(name("UnitFilterSortedPage").c_str(), BM_UnitSortedPage, repo)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(name("WarningFigures").c_str(), BM_WarningFigures, repo)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(name("UnitSummaries").c_str(), BM_UnitSummaries, repo)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(name("UnitSummariesFirstAsk").c_str(), BM_UnitSummariesFirstAsk, repo)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(name("EditWithDaysKept").c_str(), BM_StatusEdit, repo, true)
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    backends.clear();
    if (g_pgCleanup)
        g_pgCleanup();
    out << QStringLiteral("peak memory (ru_maxrss): %1 MB\n").arg(maxRssKb() / 1024.0, 0, 'f', 1);
    return 0;
}
