// duban-cli over a database: import, list, overdue, update, units, backup, check; exit codes and messages.
#include "clirun.h"
#include "store/repository.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace duban::test;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

QByteArray bytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class CliStore : public ::testing::Test, protected CliDatabase
{
protected:
    const QString db = path;
    QJsonArray list(QStringList extra = {})
    {
        const CliRun r = run(
            QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")} + extra);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return r.json();
    }
    qint64 idOf(const QString& title)
    {
        for (const auto& v : list())
            if (v.toObject().value(QStringLiteral("title")).toString() == title)
                return v.toObject().value(QStringLiteral("id")).toInteger();
        return 0;
    }
};

const QString kSeed2 = QStringLiteral("002_d0bee7f88f53cd37.txt");

} // namespace

TEST_F(CliStore, ImportTwiceAddsNothing)
{
    CliRun r = importSeed(kSeed2);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(s(u"新增 37 项"))) << r.out.toStdString();
    r = importSeed(kSeed2);
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(s(u"已导入过"))) << r.out.toStdString();
    EXPECT_EQ(list().size(), 37);
}

// （市城市管理局牵头，市城管局、市财政局配合）: the alias of the lead is the lead, not a second link.
TEST_F(CliStore, ImportWithTwoAliasesOfOneUnit)
{
    const QString file = dir.filePath(s(u"市容整治.txt"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(s(u"驻马店市人民政府办公室\n关于开展市容环境整治的通知\n驻政办〔2022〕9号\n各县区人民政府：\n"
              u"一、重点任务\n（一）整治背街小巷环境卫生，2022年12月底前完成。（市城市管理局牵头，市城管局、"
              u"市财政局配合）\n"
              u"（二）改造老旧供水管网，2022年10月底前完成。（市财政局牵头，城管局、市城管局配合）\n"
              u"驻马店市人民政府办公室\n2022年3月1日\n")
                .toUtf8());
    f.close();
    const CliRun r = run({QStringLiteral("import"), file});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("UNIQUE"))) << r.err.toStdString();
    const QJsonArray tasks = list();
    ASSERT_EQ(tasks.size(), 2) << r.out.toStdString();
    for (const auto& v : tasks) {
        const QJsonObject t = v.toObject();
        const QString lead = t.value(QStringLiteral("lead_units")).toVariant().toStringList().join(u',');
        const QString co = t.value(QStringLiteral("co_units")).toVariant().toStringList().join(u',');
        if (lead == s(u"市城市管理局"))
            EXPECT_EQ(co, s(u"市财政局"));
        else
            EXPECT_EQ(co, s(u"市城市管理局")) << lead.toStdString();
    }
}

// Tasks by hand: add (dates as people type them), cancel with a reason, restore, delete only when nothing
// was recorded.
TEST_F(CliStore, AddCancelRestoreDelete)
{
    CliRun r =
        run({QStringLiteral("add"), QStringLiteral("--title"), s(u"电话交办：排查燃气隐患"),
             QStringLiteral("--lead"), s(u"市城管局"), QStringLiteral("--co"), s(u"市应急局、市城市管理局"),
             QStringLiteral("--deadline"), s(u"2022年11月30日"), QStringLiteral("--by"), s(u"王五")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QJsonArray tasks = list();
    ASSERT_EQ(tasks.size(), 1);
    const QJsonObject t = tasks.first().toObject();
    const qint64 id = t.value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(t.value(QStringLiteral("deadline")).toString(), QStringLiteral("2022-11-30"));
    EXPECT_EQ(t.value(QStringLiteral("co_units")).toArray().size(), 1); // the lead's alias is the lead
    const QString sid = QString::number(id);
    // 40 % recorded on a task not started: it is in progress now, and the CLI says so.
    r = run({QStringLiteral("update"), sid, QStringLiteral("--percent"), QStringLiteral("40"),
             QStringLiteral("--by"), s(u"王五")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(s(u"进行中"))) << r.out.toStdString();
    EXPECT_EQ(list({QStringLiteral("--status"), QStringLiteral("in_progress")}).size(), 1);

    EXPECT_EQ(run({QStringLiteral("cancel"), sid, QStringLiteral("--by"), s(u"王五")}).code, 1); // no reason
    r = run({QStringLiteral("cancel"), sid, QStringLiteral("--reason"), s(u"已并入其他任务"),
             QStringLiteral("--by"), s(u"王五")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(list().size(), 0);
    ASSERT_EQ(run({QStringLiteral("restore"), sid, QStringLiteral("--by"), s(u"王五")}).code, 0);
    EXPECT_EQ(list().size(), 1);
    // Cancelled and restored: something was recorded, so it cannot be deleted.
    r = run({QStringLiteral("delete"), sid, QStringLiteral("--by"), s(u"王五")});
    EXPECT_EQ(r.code, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(s(u"撤销"))) << r.err.toStdString();

    r = run({QStringLiteral("add"), QStringLiteral("--title"), s(u"误录的任务"), QStringLiteral("--by"),
             s(u"王五")});
    ASSERT_EQ(r.code, 0);
    tasks = list();
    ASSERT_EQ(tasks.size(), 2);
    qint64 other = 0;
    for (const auto& v : tasks)
        if (v.toObject().value(QStringLiteral("id")).toInteger() != id)
            other = v.toObject().value(QStringLiteral("id")).toInteger();
    r = run({QStringLiteral("delete"), QString::number(other), QStringLiteral("--by"), s(u"王五")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(list().size(), 1);
    EXPECT_EQ(
        run({QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("x"),
             QStringLiteral("--deadline"), QStringLiteral("2022-02-30"), QStringLiteral("--by"), s(u"王五")})
            .code,
        1);
}

TEST_F(CliStore, ListFiltersAndFormats)
{
    ASSERT_EQ(importSeed(kSeed2).code, 0);
    const QJsonArray found = list({QStringLiteral("--search"), s(u"消费券")});
    ASSERT_GE(found.size(), 1);
    EXPECT_EQ(found.first().toObject().value(QStringLiteral("title")).toString(), s(u"支持发放消费券"));

    const QJsonArray commerce = list({QStringLiteral("--unit"), s(u"商务局")});
    ASSERT_GT(commerce.size(), 0);
    for (const auto& v : commerce) {
        const QJsonObject o = v.toObject();
        const QString units = QJsonDocument(o.value(QStringLiteral("lead_units")).toArray()).toJson() +
                              QJsonDocument(o.value(QStringLiteral("co_units")).toArray()).toJson();
        EXPECT_TRUE(units.contains(s(u"市商务局")))
            << o.value(QStringLiteral("title")).toString().toStdString();
    }
    const QJsonArray early = list({QStringLiteral("--due-before"), QStringLiteral("2020-07-01")});
    ASSERT_GT(early.size(), 0);
    for (const auto& v : early)
        EXPECT_LT(v.toObject().value(QStringLiteral("deadline")).toString(), QStringLiteral("2020-07-01"));
    EXPECT_EQ(list({QStringLiteral("--status"), QStringLiteral("done")}).size(), 0);

    CliRun csv = run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.code, 0);
    EXPECT_TRUE(csv.out.startsWith(QStringLiteral("id,title,lead_units")));
    EXPECT_EQ(csv.out.count(u'\n'), 38);
    CliRun table = run({QStringLiteral("list")});
    EXPECT_TRUE(table.out.contains(s(u"共 37 项任务")));
}

TEST_F(CliStore, UpdateStatusPercentAndNote)
{
    ASSERT_EQ(importSeed(kSeed2).code, 0);
    const qint64 id = idOf(s(u"支持发放消费券"));
    ASSERT_GT(id, 0);
    CliRun r = run({QStringLiteral("update"), QString::number(id), QStringLiteral("--status"),
                    QStringLiteral("in_progress"), QStringLiteral("--percent"), QStringLiteral("30"),
                    QStringLiteral("--note"), s(u"已发放第一批消费券"), QStringLiteral("--by"), s(u"张三")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(s(u"0% → 30%"))) << r.out.toStdString();
    const QJsonArray now = list({QStringLiteral("--status"), QStringLiteral("in_progress")});
    ASSERT_EQ(now.size(), 1);
    EXPECT_EQ(now.first().toObject().value(QStringLiteral("percent")).toInt(), 30);

    r = run({QStringLiteral("update"), QString::number(id), QStringLiteral("--status"),
             QStringLiteral("done"), QStringLiteral("--by"), s(u"张三")});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(list({QStringLiteral("--status"), QStringLiteral("done")}).size(), 1);

    // A liaison's note dated when it was reported, for the unit that reported it.
    r = run({QStringLiteral("update"), QString::number(id), QStringLiteral("--note"), s(u"第二批已发放"),
             QStringLiteral("--date"), QStringLiteral("2020-09-28"), QStringLiteral("--unit"), s(u"市商务局"),
             QStringLiteral("--by"), s(u"李四")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    {
        duban::OpenOptions ro;
        ro.readOnly = true;
        auto repo = duban::Repository::open(db, ro);
        ASSERT_TRUE(repo);
        const QList<duban::ProgressRecord> p = repo->progress(id);
        ASSERT_EQ(p.size(), 2);
        // Newest date first: the note dated 2020-09-28 comes after the one recorded today.
        EXPECT_EQ(p.first().text, s(u"已发放第一批消费券"));
        EXPECT_EQ(p.last().text, s(u"第二批已发放"));
        EXPECT_EQ(p.last().date, QDate(2020, 9, 28));
        EXPECT_EQ(p.last().unit, s(u"市商务局"));
        EXPECT_EQ(p.last().author, s(u"李四"));
    }
    EXPECT_EQ(
        run({QStringLiteral("update"), QString::number(id), QStringLiteral("--note"), QStringLiteral("x"),
             QStringLiteral("--date"), QStringLiteral("2020-13-01"), QStringLiteral("--by"), s(u"李四")})
            .code,
        1);
}

// DUBAN_TODAY pins the day for back-filling: the note's date and the audit time fall on it.
TEST_F(CliStore, DubanTodayPinsTheDay)
{
    ASSERT_EQ(importSeed(kSeed2).code, 0);
    const qint64 id = idOf(s(u"支持发放消费券"));
    ASSERT_GT(id, 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DUBAN_TODAY"), QStringLiteral("2020-10-09"));
    CliRun r = runCli({QStringLiteral("update"), QStringLiteral("--db"), db, QString::number(id),
                       QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--note"),
                       s(u"已完成"), QStringLiteral("--by"), s(u"张三")},
                      env);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    duban::OpenOptions ro;
    ro.readOnly = true;
    auto repo = duban::Repository::open(db, ro);
    ASSERT_TRUE(repo);
    const QList<duban::ProgressRecord> p = repo->progress(id);
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p.first().date, QDate(2020, 10, 9));
    const QList<duban::AuditRecord> a = repo->audit(id);
    ASSERT_FALSE(a.isEmpty());
    EXPECT_EQ(a.first().at.date(), QDate(2020, 10, 9));

    env.insert(QStringLiteral("DUBAN_TODAY"), QStringLiteral("yesterday"));
    r = runCli({QStringLiteral("list"), QStringLiteral("--db"), db}, env);
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("DUBAN_TODAY"))) << r.err.toStdString();
}

TEST_F(CliStore, ExitCodesSayWhatIsWrong)
{
    ASSERT_EQ(importSeed(kSeed2).code, 0);
    // 1: usage
    EXPECT_EQ(run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")}).code, 1);
    EXPECT_EQ(run({QStringLiteral("list"), QStringLiteral("--due-before"), QStringLiteral("soon")}).code, 1);
    EXPECT_EQ(
        run({QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--percent"), QStringLiteral("5")})
            .code,
        1); // no --by
    EXPECT_EQ(run({QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--status"),
                   QStringLiteral("maybe"), QStringLiteral("--by"), QStringLiteral("x")})
                  .code,
              1);
    EXPECT_EQ(run({QStringLiteral("update"), QStringLiteral("1"), QStringLiteral("--percent"),
                   QStringLiteral("140"), QStringLiteral("--by"), QStringLiteral("x")})
                  .code,
              1);
    EXPECT_EQ(run({QStringLiteral("units"), QStringLiteral("--merge"), QStringLiteral("A")}).code, 1);
    // 2: bad input
    CliRun r = run({QStringLiteral("update"), QStringLiteral("99999"), QStringLiteral("--status"),
                    QStringLiteral("done"), QStringLiteral("--by"), QStringLiteral("x")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("99999"))) << r.err.toStdString();
    r = run({QStringLiteral("import"), dir.filePath(QStringLiteral("missing.txt"))});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("missing.txt"))) << r.err.toStdString();
    r = run({QStringLiteral("list"), QStringLiteral("--unit"), s(u"不存在的单位")});
    EXPECT_EQ(r.code, 2);
    // 3: database problems, and the file is left as it was
    r = runCli(
        {QStringLiteral("list"), QStringLiteral("--db"), dir.filePath(QStringLiteral("absent.sqlite"))});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("absent.sqlite")));
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(notes);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("会议纪要，不是数据库。\n").toUtf8().repeated(30));
    }
    const QByteArray before = bytes(notes);
    for (const QString& cmd : {QStringLiteral("import"), QStringLiteral("check"), QStringLiteral("list")}) {
        QStringList args{cmd, QStringLiteral("--db"), notes};
        if (cmd == QLatin1String("import"))
            args << seed(kSeed2);
        r = runCli(args);
        EXPECT_EQ(r.code, 3) << cmd.toStdString();
        EXPECT_TRUE(r.err.contains(notes)) << r.err.toStdString();
    }
    EXPECT_EQ(bytes(notes), before);
}

TEST_F(CliStore, UnitsListAndMerge)
{
    ASSERT_EQ(importSeed(kSeed2).code, 0);
    CliRun r = run({QStringLiteral("units"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.code, 0);
    bool flagged = false;
    for (const auto& v : r.json())
        flagged = flagged || (v.toObject().value(QStringLiteral("name")).toString() == s(u"市汽车行业协会") &&
                              v.toObject().value(QStringLiteral("needs_review")).toBool());
    EXPECT_TRUE(flagged);

    r = run({QStringLiteral("units"), QStringLiteral("--merge"), s(u"市汽车行业协会"), s(u"市商务局"),
             QStringLiteral("--by"), s(u"张三")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = run({QStringLiteral("units"), QStringLiteral("--format"), QStringLiteral("json")});
    bool alias = false;
    for (const auto& v : r.json()) {
        const QJsonObject o = v.toObject();
        EXPECT_NE(o.value(QStringLiteral("name")).toString(), s(u"市汽车行业协会"));
        if (o.value(QStringLiteral("name")).toString() == s(u"市商务局"))
            alias = o.value(QStringLiteral("aliases")).toArray().contains(s(u"市汽车行业协会"));
    }
    EXPECT_TRUE(alias);
    EXPECT_EQ(
        run({QStringLiteral("units"), QStringLiteral("--merge"), s(u"没有这个单位"), s(u"市商务局")}).code,
        2);
}

TEST_F(CliStore, BackupAndCheck)
{
    ASSERT_EQ(importSeed(kSeed2).code, 0);
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    CliRun r = run({QStringLiteral("backup"), copy});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = runCli({QStringLiteral("list"), QStringLiteral("--db"), copy, QStringLiteral("--format"),
                QStringLiteral("json")});
    EXPECT_EQ(r.json().size(), 37);
    EXPECT_EQ(run({QStringLiteral("backup"), copy}).code, 2); // never overwrites

    r = run({QStringLiteral("check")});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(s(u"完好"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(s(u"37 项任务")));

    // Damage the copy's pages past the header: check must say so, with exit code 3.
    {
        QFile f(copy);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        ASSERT_GT(size, 8 * 4096);
        for (qint64 at = 2 * 4096; at < size; at += 4096) {
            f.seek(at + 8);
            f.write(QByteArray(64, '\x5a'));
        }
    }
    r = runCli({QStringLiteral("check"), QStringLiteral("--db"), copy});
    EXPECT_EQ(r.code, 3) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(copy)) << r.err.toStdString();
}

TEST_F(CliStore, ChangedDirectiveNeedsYes)
{
    const QString v1 = dir.filePath(QStringLiteral("通知.txt"));
    ASSERT_TRUE(QFile::copy(seed(QStringLiteral("000_7a037b8ad0d2ffa7.txt")), v1));
    ASSERT_EQ(run({QStringLiteral("import"), v1}).code, 0);
    ASSERT_EQ(list().size(), 6);

    // The revised version: a later deadline for one task, another task dropped.
    QString text = QString::fromUtf8(bytes(v1));
    ASSERT_TRUE(text.contains(s(u"各县区政府要于2021年5月底前公布")));
    text.replace(s(u"各县区政府要于2021年5月底前公布"), s(u"各县区政府要于2021年8月底前公布"));
    const int drop = text.indexOf(s(u"（六）强化风险防范措施"));
    const int end = text.indexOf(s(u"三、保障措施"));
    ASSERT_GT(drop, 0);
    ASSERT_GT(end, drop);
    text.remove(drop, end - drop);
    const QString v2 = dir.filePath(QStringLiteral("通知（修订）.txt"));
    {
        QFile f(v2);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    CliRun r = run({QStringLiteral("import"), v2});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(s(u"修改：")) && r.out.contains(s(u"明确实行告知承诺制的证明事项")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(s(u"不再出现：")) && r.out.contains(s(u"强化风险防范措施")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(s(u"未做修改")));
    QJsonArray tasks = list();
    ASSERT_EQ(tasks.size(), 6);

    r = run({QStringLiteral("import"), v2, QStringLiteral("--yes")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(s(u"修改 1 项"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(s(u"撤销 1 项")));
    tasks = list();
    ASSERT_EQ(tasks.size(), 5);
    for (const auto& v : tasks) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("title")).toString() == s(u"明确实行告知承诺制的证明事项")) {
            EXPECT_EQ(o.value(QStringLiteral("deadline")).toString(), QStringLiteral("2021-08-31"));
        }
    }
}

TEST_F(CliStore, HostileTitleThroughTheCli)
{
    const QString file = dir.filePath(QStringLiteral("hostile.txt"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(s(u"关于开展测试工作的通知\n驻政办〔2023〕99号\n\n一、重点任务\n\n"
                  u"（一）'); DROP TABLE tasks;-- 。要于2023年3月底前完成。（责任单位：市财政局）\n")
                    .toUtf8());
    }
    CliRun r = run({QStringLiteral("import"), file});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray found = list({QStringLiteral("--search"), QStringLiteral("DROP TABLE")});
    ASSERT_EQ(found.size(), 1) << r.out.toStdString();
    EXPECT_EQ(list().size(), 1); // the tasks table is still there, holding the text as text
    EXPECT_EQ(run({QStringLiteral("check")}).code, 0);
}
