// The five seed directives imported into one database, then `overdue --as-of 2023-01-01`. The expected
// tasks, deadlines and lead units were read by hand in the seed texts (line numbers below).
#include "clirun.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace duban::test;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

struct Expected
{
    QString title, deadline, lead;
    int daysOverdue;
};

} // namespace

TEST(CliSeeds, OverdueOnNewYear2023ListsTasksWithLeadUnits)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("seeds.sqlite"));
    QStringList args{QStringLiteral("import"), QStringLiteral("--db"), db};
    for (const char* name :
         {"000_7a037b8ad0d2ffa7.txt", "001_b627dadf859ee7b6.txt", "002_d0bee7f88f53cd37.txt",
          "003_479aee0222ce5ecb.txt", "004_965ab3e643975aa5.txt"})
        args << seed(QString::fromLatin1(name));
    const CliRun imported = runCli(args);
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.out.count(s(u"已导入")), 5) << imported.out.toStdString();

    const CliRun r =
        runCli({QStringLiteral("overdue"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                QStringLiteral("2023-01-01"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QHash<QString, QJsonObject> byTitle;
    QString previous;
    for (const auto& v : r.json()) {
        const QJsonObject o = v.toObject();
        byTitle.insert(o.value(QStringLiteral("title")).toString(), o);
        const QString deadline = o.value(QStringLiteral("deadline")).toString();
        EXPECT_LT(deadline, QStringLiteral("2023-01-01"));
        EXPECT_GE(deadline, previous); // oldest first
        previous = deadline;
        EXPECT_EQ(o.value(QStringLiteral("due_state")).toString(), QStringLiteral("overdue"));
        EXPECT_FALSE(o.value(QStringLiteral("lead_units")).toArray().isEmpty());
    }
    const QList<Expected> expected{
        // 000 l.761: 各县区政府要于2021年5月底前公布…（责任单位：市司法局，配合单位：…）
        {s(u"明确实行告知承诺制的证明事项"), QStringLiteral("2021-05-31"), s(u"市司法局"), 580},
        // 002 l.664-670, 驻政办〔2020〕36号:
        // 责任单位：市自然资源和规划局、泌阳县人民政府。时间计划：5月份组织公开出让
        {s(u"河南省泌阳县黑石板沟饰面花岗岩矿"), QStringLiteral("2020-05-31"), s(u"市自然资源和规划局"), 945},
        // 002 l.538-545: 职工节日福利于10月1日前一次性发放到位…（牵头单位：市商务局。…）
        {s(u"营造浓厚消费氛围"), QStringLiteral("2020-10-01"), s(u"市商务局"), 822},
        // 004 l.152-164: 2020年12月底前，政务云平台功能基本完善…（市政务服务和大数据管理局牵头）
        {s(u"建立全市统一政务云平台"), QStringLiteral("2020-12-31"), s(u"市政务服务和大数据管理局"), 731},
    };
    for (const Expected& e : expected) {
        SCOPED_TRACE(e.title.toStdString());
        ASSERT_TRUE(byTitle.contains(e.title));
        const QJsonObject o = byTitle.value(e.title);
        EXPECT_EQ(o.value(QStringLiteral("deadline")).toString(), e.deadline);
        EXPECT_EQ(o.value(QStringLiteral("lead_units")).toArray().first().toString(), e.lead);
        EXPECT_EQ(o.value(QStringLiteral("days_overdue")).toInt(), e.daysOverdue);
    }
    // 001 l.463: 2023年年底以前 — not overdue on 2023-01-01.
    EXPECT_FALSE(byTitle.contains(s(u"构建全市一体化政务大数据体系")));

    // The table names the lead units too.
    const CliRun table = runCli({QStringLiteral("overdue"), QStringLiteral("--db"), db,
                                 QStringLiteral("--as-of"), QStringLiteral("2023-01-01")});
    EXPECT_TRUE(table.out.contains(s(u"市司法局")));
    EXPECT_TRUE(table.out.contains(s(u"580 天")));
    EXPECT_TRUE(table.out.contains(s(u"共 %1 项任务").arg(r.json().size())));
}
