// The 督办 steps from duban-cli: `event` records one (refused steps exit 2 with the workflow's reason and
// write nothing), `events` prints the timeline, `notice` writes the numbered 催办单 and records it sent,
// `report --by-original` and `remind --by-original` judge extended tasks by their first deadline.
#include "clirun.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace duban::test;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

struct WorkflowCli : CliDatabase
{
    WorkflowCli()
    {
        add(s(u"完成老旧小区改造"), QStringLiteral("2026-03-01"));
        add(s(u"建设污水管网"), QStringLiteral("2026-12-31"));
    }
    void add(const QString& title, const QString& deadline) const
    {
        const CliRun r =
            run({QStringLiteral("add"), QStringLiteral("--title"), title, QStringLiteral("--lead"),
                 s(u"市财政局"), QStringLiteral("--deadline"), deadline, QStringLiteral("--by"), s(u"张三")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
    }
    CliRun event(const QStringList& args) const
    {
        QStringList all{QStringLiteral("event")};
        all << args << QStringLiteral("--by") << s(u"督查室");
        return run(all);
    }
    int eventCount() const
    {
        return run({QStringLiteral("events"), QStringLiteral("1"), QStringLiteral("--format"),
                    QStringLiteral("json")})
            .json()
            .size();
    }
};

} // namespace

TEST(CliWorkflow, StepsAreRecordedOrRefusedWithTheReason)
{
    WorkflowCli db;
    const QString id = QStringLiteral("1");
    CliRun r = db.event({id, QStringLiteral("sign"), QStringLiteral("--unit"), s(u"市财政局"),
                         QStringLiteral("--date"), QStringLiteral("2026-03-02")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(s(u"已记录“签收”"))) << r.out.toStdString();

    // 签收 twice: exit 2, the reason, nothing written.
    r = db.event({id, s(u"签收"), QStringLiteral("--unit"), s(u"市财政局")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(s(u"不能重复签收"))) << r.err.toStdString();
    EXPECT_EQ(db.eventCount(), 1);

    // 销号 before an accepted 办结申请.
    r = db.event({id, QStringLiteral("strike-off")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(s(u"没有复核通过的办结申请"))) << r.err.toStdString();

    // An unknown step or a bad level is a usage error.
    EXPECT_EQ(db.event({id, QStringLiteral("finish")}).code, 1);
    EXPECT_EQ(db.event({id, QStringLiteral("chase"), QStringLiteral("--level"), QStringLiteral("5")}).code,
              1);

    // 延期: the request needs a reason; approval moves the deadline and keeps the original.
    EXPECT_EQ(db.event({id, QStringLiteral("extend_request"), QStringLiteral("--deadline"),
                        QStringLiteral("2026-06-30")})
                  .code,
              2);
    ASSERT_EQ(db.event({id, QStringLiteral("extend_request"), QStringLiteral("--deadline"),
                        QStringLiteral("2026-06-30"), QStringLiteral("--text"), s(u"资金未到位"),
                        QStringLiteral("--unit"), s(u"市财政局")})
                  .code,
              0);
    r = db.event({id, QStringLiteral("extend_approve")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(s(u"完成时限延至 2026-06-30（原定 2026-03-01）"))) << r.out.toStdString();

    // 办结申请 → 复核通过 → 销号: done.
    ASSERT_EQ(db.event({id, QStringLiteral("close_request"), QStringLiteral("--unit"), s(u"市财政局"),
                        QStringLiteral("--text"), s(u"已完工")})
                  .code,
              0);
    ASSERT_EQ(db.event({id, QStringLiteral("close_accept")}).code, 0);
    r = db.event({id, QStringLiteral("strike_off")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(s(u"任务已办结")));
    const QJsonArray tasks =
        db.run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("done"),
                QStringLiteral("--format"), QStringLiteral("json")})
            .json();
    ASSERT_EQ(tasks.size(), 1);
    EXPECT_EQ(tasks[0].toObject().value(QStringLiteral("id")).toInteger(), 1);

    // The timeline, oldest first.
    const QJsonArray timeline =
        db.run({QStringLiteral("events"), id, QStringLiteral("--format"), QStringLiteral("json")}).json();
    QStringList kinds;
    for (const auto& v : timeline)
        kinds << v.toObject().value(QStringLiteral("kind")).toString();
    EXPECT_EQ(kinds, (QStringList{QStringLiteral("sign"), QStringLiteral("extend_request"),
                                  QStringLiteral("extend_approve"), QStringLiteral("close_request"),
                                  QStringLiteral("close_accept"), QStringLiteral("strike_off")}));
    EXPECT_EQ(timeline[0].toObject().value(QStringLiteral("unit")).toString(), s(u"市财政局"));
    EXPECT_EQ(timeline[0].toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-02"));
    EXPECT_EQ(timeline[1].toObject().value(QStringLiteral("deadline")).toString(),
              QStringLiteral("2026-06-30"));
    const CliRun table = db.run({QStringLiteral("events"), id});
    EXPECT_TRUE(table.out.contains(s(u"延期申请"))) << table.out.toStdString();
}

TEST(CliWorkflow, NoticeWritesThePdfAndRecordsTheChase)
{
    WorkflowCli db;
    const QString pdf = db.dir.filePath(QStringLiteral("notice.pdf"));
    CliRun r = db.run({QStringLiteral("notice"), QStringLiteral("--unit"), s(u"市财政局"),
                       QStringLiteral("--level"), QStringLiteral("3"), QStringLiteral("--date"),
                       QStringLiteral("2026-03-10"), QStringLiteral("--office"), s(u"市政府督查室"),
                       QStringLiteral("--pdf"), pdf, QStringLiteral("--by"), s(u"督查室")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(s(u"督办通知单 督办〔2026〕1号（市财政局，2 项任务"))) << r.out.toStdString();
    EXPECT_GT(QFile(pdf).size(), 1000);
    const QJsonArray ev = db.run({QStringLiteral("events"), QStringLiteral("2"), QStringLiteral("--format"),
                                  QStringLiteral("json")})
                              .json();
    ASSERT_EQ(ev.size(), 1);
    EXPECT_EQ(ev[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("chase"));
    EXPECT_EQ(ev[0].toObject().value(QStringLiteral("level")).toInt(), 3);
    EXPECT_EQ(ev[0].toObject().value(QStringLiteral("notice_no")).toString(), s(u"督办〔2026〕1号"));

    // One task picked: the next number; a task not the unit's is refused.
    r = db.run({QStringLiteral("notice"), QStringLiteral("--unit"), s(u"市财政局"), QStringLiteral("--task"),
                QStringLiteral("1"), QStringLiteral("--date"), QStringLiteral("2026-03-11"),
                QStringLiteral("--pdf"), pdf, QStringLiteral("--by"), s(u"督查室")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(s(u"催办单 督办〔2026〕2号（市财政局，1 项任务"))) << r.out.toStdString();
    r = db.run({QStringLiteral("notice"), QStringLiteral("--unit"), s(u"市财政局"), QStringLiteral("--task"),
                QStringLiteral("99"), QStringLiteral("--pdf"), pdf, QStringLiteral("--by"), s(u"督查室")});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(
        db.run({QStringLiteral("notice"), QStringLiteral("--pdf"), pdf, QStringLiteral("--by"), s(u"x")})
            .code,
        1);
}

TEST(CliWorkflow, RemindAndReportByOriginalDeadline)
{
    // Task 1 (due 2026-03-01) is extended to 2027-06-30: on 2026-05-04 it is overdue only by its
    // original deadline; task 2 (2026-12-31) is neither overdue nor within 7 days.
    WorkflowCli db;
    ASSERT_EQ(db.event({QStringLiteral("1"), QStringLiteral("extend_request"), QStringLiteral("--deadline"),
                        QStringLiteral("2027-06-30"), QStringLiteral("--text"), s(u"资金未到位")})
                  .code,
              0);
    ASSERT_EQ(db.event({QStringLiteral("1"), QStringLiteral("extend_approve")}).code, 0);
    const QStringList remind{QStringLiteral("remind"), QStringLiteral("--as-of"),
                             QStringLiteral("2026-05-04"), QStringLiteral("--days"), QStringLiteral("7")};
    const CliRun current = db.run(remind);
    ASSERT_EQ(current.code, 0) << current.err.toStdString();
    EXPECT_TRUE(current.out.startsWith(s(u"截至 2026-05-04：逾期 0 项，7 天内到期 0 项\n")))
        << current.out.toStdString();
    const CliRun original = db.run(remind + QStringList{QStringLiteral("--by-original")});
    ASSERT_EQ(original.code, 0) << original.err.toStdString();
    EXPECT_TRUE(original.out.startsWith(s(u"截至 2026-05-04：逾期 1 项，7 天内到期 0 项\n")))
        << original.out.toStdString();
    EXPECT_TRUE(original.out.contains(s(u"完成老旧小区改造")));
    EXPECT_TRUE(original.out.contains(QStringLiteral("2026-03-01"))) << original.out.toStdString();

    // The weekly report takes the same switch (--original-deadline still works).
    QTemporaryDir out;
    const QString html = out.filePath(QStringLiteral("r.html"));
    for (const QString& flag : {QStringLiteral("--by-original"), QStringLiteral("--original-deadline")}) {
        const CliRun r = db.run({QStringLiteral("report"), QStringLiteral("--week"),
                                 QStringLiteral("2026-W19"), flag, QStringLiteral("--html"), html});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        QFile f(html);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_TRUE(QString::fromUtf8(f.readAll()).contains(s(u"延期的任务按原定完成时限评判")))
            << flag.toStdString();
        f.close();
        QFile::remove(html);
    }
}
