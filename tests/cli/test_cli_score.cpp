// `duban-cli remind`, `score` and `ics` on a database of two tasks entered with `add`, the days pinned with
// DUBAN_TODAY:
//   编制财政预算执行方案 (市财政局), due 2024-03-15, done on 2024-03-10;
//   开展招商引资专项行动 (市商务局), due 2024-03-10, open.
// By hand, March 2024 as of 03-31, the default rule: 财政局 60 + 20 (签收 nothing to judge) + 0 (no report)
// = 80; 商务局 0 + 20 + 0 − 2 (one overdue task) − 0.1 × 21 days = 15.9.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace duban::test;

namespace {

class CliScore : public ::testing::Test
{
protected:
    CliRun on(const QString& day, QStringList args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DUBAN_TODAY"), day);
        args.insert(1, QStringLiteral("--db"));
        args.insert(2, db.path);
        return runCli(args, env);
    }
    void SetUp() override
    {
        ASSERT_EQ(
            on(QStringLiteral("2024-02-20"),
               {QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("编制财政预算执行方案"),
                QStringLiteral("--lead"), QStringLiteral("市财政局"), QStringLiteral("--deadline"),
                QStringLiteral("2024-03-15"), QStringLiteral("--by"), QStringLiteral("测试")})
                .code,
            0);
        ASSERT_EQ(
            on(QStringLiteral("2024-02-20"),
               {QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("开展招商引资专项行动"),
                QStringLiteral("--lead"), QStringLiteral("市商务局"), QStringLiteral("--deadline"),
                QStringLiteral("2024-03-10"), QStringLiteral("--by"), QStringLiteral("测试")})
                .code,
            0);
        ASSERT_EQ(db.taskIds().size(), 2);
        const QJsonArray found = db.run({QStringLiteral("list"), QStringLiteral("--search"),
                                         QStringLiteral("编制财政预算执行方案"), QStringLiteral("--format"),
                                         QStringLiteral("json")})
                                     .json();
        ASSERT_EQ(found.size(), 1);
        finance = found[0].toObject().value(QStringLiteral("id")).toInteger();
        const CliRun done =
            on(QStringLiteral("2024-03-10"),
               {QStringLiteral("update"), QString::number(finance), QStringLiteral("--status"),
                QStringLiteral("done"), QStringLiteral("--by"), QStringLiteral("测试")});
        ASSERT_EQ(done.code, 0) << done.err.toStdString();
    }

    CliDatabase db;
    qint64 finance = 0;
};

} // namespace

TEST_F(CliScore, RemindListsWhatToChase)
{
    const CliRun all = on(QStringLiteral("2024-03-31"), {QStringLiteral("remind")});
    ASSERT_EQ(all.code, 0) << all.err.toStdString();
    EXPECT_TRUE(all.out.startsWith(QStringLiteral("截至 2024-03-31：逾期 1 项，7 天内到期 0 项\n")))
        << all.out.toStdString();
    EXPECT_TRUE(all.out.contains(QStringLiteral("开展招商引资专项行动")));
    EXPECT_FALSE(all.out.contains(QStringLiteral("编制财政预算执行方案")));
    // On 03-05 the 商务局 task is due in 5 days and the 财政局 one in 10 (outside 7).
    const CliRun early =
        on(QStringLiteral("2024-02-20"),
           {QStringLiteral("remind"), QStringLiteral("--as-of"), QStringLiteral("2024-03-05")});
    EXPECT_TRUE(early.out.startsWith(QStringLiteral("截至 2024-03-05：逾期 0 项，7 天内到期 1 项\n")))
        << early.out.toStdString();
    const CliRun mine = on(QStringLiteral("2024-03-31"),
                           {QStringLiteral("remind"), QStringLiteral("--unit"), QStringLiteral("市财政局")});
    EXPECT_TRUE(mine.out.startsWith(QStringLiteral("截至 2024-03-31（市财政局）：逾期 0 项")))
        << mine.out.toStdString();
    EXPECT_EQ(on(QStringLiteral("2024-03-31"),
                 {QStringLiteral("remind"), QStringLiteral("--unit"), QStringLiteral("没有这个单位")})
                  .code,
              2);
}

TEST_F(CliScore, RemindWithoutDaysUsesThePaletteWindow)
{
    // A third task due 2024-03-15: on 03-05 it is 10 days off, the 商务局 one 5.
    ASSERT_EQ(on(QStringLiteral("2024-02-20"),
                 {QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("建设污水管网"),
                  QStringLiteral("--lead"), QStringLiteral("市水利局"), QStringLiteral("--deadline"),
                  QStringLiteral("2024-03-15"), QStringLiteral("--by"), QStringLiteral("测试")})
                  .code,
              0);
    // The office's 预警设置 says 12 days (the settings file the app writes, in a config folder of its own).
    QTemporaryDir config;
    ASSERT_TRUE(QDir().mkpath(config.filePath(QStringLiteral("Duban"))));
    QFile conf(config.filePath(QStringLiteral("Duban/duban.conf")));
    ASSERT_TRUE(conf.open(QIODevice::WriteOnly));
    conf.write("[warnings]\ndueSoonDays=12\n");
    conf.close();
    auto remind = [&](QStringList extra) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DUBAN_TODAY"), QStringLiteral("2024-02-20"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        return runCli(QStringList{QStringLiteral("remind"), QStringLiteral("--db"), db.path,
                                  QStringLiteral("--as-of"), QStringLiteral("2024-03-05")} +
                          extra,
                      env);
    };
    const CliRun palette = remind({});
    ASSERT_EQ(palette.code, 0) << palette.err.toStdString();
    EXPECT_TRUE(palette.out.startsWith(QStringLiteral("截至 2024-03-05：逾期 0 项，12 天内到期 2 项\n")))
        << palette.out.toStdString();
    EXPECT_TRUE(palette.out.contains(QStringLiteral("建设污水管网")));
    const CliRun three = remind({QStringLiteral("--days"), QStringLiteral("3")});
    EXPECT_TRUE(three.out.startsWith(QStringLiteral("截至 2024-03-05：逾期 0 项，3 天内到期 0 项\n")))
        << three.out.toStdString();
    EXPECT_EQ(remind({QStringLiteral("--days"), QStringLiteral("-1")}).code, 1); // a usage error
}

TEST_F(CliScore, ScoreAsComputedByHandInEveryFormat)
{
    const QStringList period = {QStringLiteral("score"), QStringLiteral("--from"),
                                QStringLiteral("2024-03-01"), QStringLiteral("--to"),
                                QStringLiteral("2024-03-31")};
    const CliRun json = on(QStringLiteral("2024-04-02"),
                           period + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("as_of")).toString(), QStringLiteral("2024-03-31"));
    const QJsonArray units = o.value(QStringLiteral("units")).toArray();
    ASSERT_EQ(units.size(), 2);
    EXPECT_EQ(units[0].toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("市财政局"));
    EXPECT_DOUBLE_EQ(units[0].toObject().value(QStringLiteral("score")).toDouble(), 80);
    EXPECT_EQ(units[1].toObject().value(QStringLiteral("overdue_days")).toInt(), 21);
    EXPECT_DOUBLE_EQ(units[1].toObject().value(QStringLiteral("score")).toDouble(), 15.9);
    EXPECT_EQ(units[1].toObject().value(QStringLiteral("rank")).toInt(), 2);

    const CliRun table = on(QStringLiteral("2024-04-02"), period);
    ASSERT_EQ(table.code, 0);
    EXPECT_TRUE(
        table.out.startsWith(QStringLiteral("考评 2024-03-01 至 2024-03-31（截至 2024-03-31），2 个单位\n")));
    EXPECT_TRUE(table.out.contains(QStringLiteral("总分")));
    EXPECT_TRUE(table.out.contains(QStringLiteral("15.9")));

    EXPECT_EQ(on(QStringLiteral("2024-04-02"),
                 period + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx")})
                  .code,
              1);
    const QString xlsx = db.dir.filePath(QStringLiteral("考评.xlsx"));
    const CliRun sheet = on(QStringLiteral("2024-04-02"),
                            period + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                                 QStringLiteral("--out"), xlsx});
    EXPECT_EQ(sheet.code, 0) << sheet.err.toStdString();
    EXPECT_TRUE(QFile::exists(xlsx));
    EXPECT_EQ(on(QStringLiteral("2024-04-02"),
                 {QStringLiteral("score"), QStringLiteral("--from"), QStringLiteral("2024-03-31"),
                  QStringLiteral("--to"), QStringLiteral("2024-03-01")})
                  .code,
              1);
    EXPECT_EQ(on(QStringLiteral("2024-04-02"),
                 {QStringLiteral("score"), QStringLiteral("--from"), QStringLiteral("2024-03-01")})
                  .code,
              1);
}

// The office named its 催办 levels in 预警设置 (the settings file the app writes): the ranking's header uses
// them.
TEST_F(CliScore, ChaseColumnsTakeThePaletteNames)
{
    QTemporaryDir config;
    ASSERT_TRUE(QDir().mkpath(config.filePath(QStringLiteral("Duban"))));
    QFile conf(config.filePath(QStringLiteral("Duban/duban.conf")));
    ASSERT_TRUE(conf.open(QIODevice::WriteOnly));
    conf.write(QStringLiteral("[warnings]\nchaseName1=一次提醒\nchaseName3=挂牌督办\n").toUtf8());
    conf.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DUBAN_TODAY"), QStringLiteral("2024-04-02"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const CliRun r =
        runCli({QStringLiteral("score"), QStringLiteral("--db"), db.path, QStringLiteral("--from"),
                QStringLiteral("2024-03-01"), QStringLiteral("--to"), QStringLiteral("2024-03-31")},
               env);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString header = r.out.section(u'\n', 1, 1);
    EXPECT_TRUE(header.contains(QStringLiteral("一次提醒"))) << header.toStdString();
    EXPECT_TRUE(header.contains(QStringLiteral("催办"))) << header.toStdString(); // unnamed: the default
    EXPECT_TRUE(header.contains(QStringLiteral("挂牌督办"))) << header.toStdString();
    EXPECT_FALSE(header.contains(QStringLiteral("通报"))) << header.toStdString();
}

TEST_F(CliScore, IcsHoldsTheOpenDeadlines)
{
    const QString path = db.dir.filePath(QStringLiteral("期限.ics"));
    const CliRun r = on(QStringLiteral("2024-03-31"), {QStringLiteral("ics"), QStringLiteral("--out"), path});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("已写入 1 项任务期限：%1\n").arg(path));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray ics = f.readAll();
    EXPECT_EQ(ics.count("BEGIN:VEVENT\r\n"), 1);
    EXPECT_TRUE(ics.contains("DTSTART;VALUE=DATE:20240310\r\n"));
    EXPECT_EQ(on(QStringLiteral("2024-03-31"), {QStringLiteral("ics")}).code, 1);
    EXPECT_EQ(on(QStringLiteral("2024-03-31"), {QStringLiteral("ics"), QStringLiteral("--out"), path,
                                                QStringLiteral("--unit"), QStringLiteral("市财政局")})
                  .out,
              QStringLiteral("已写入 0 项任务期限：%1\n").arg(path));
}
