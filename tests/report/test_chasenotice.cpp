// The 催办单 / 督办通知单: drafted for a unit from the store (its open tasks, overdue first, the next number
// of the year), written as PDF and read back with pdftotext; pages rendered with pdftoppm.
#include "report/chasenotice.h"
#include "report/weeklyreport.h"
#include "reporttestdb.h"

#include <QTemporaryDir>

using namespace duban;
using namespace duban::test;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

struct NoticeDb
{
    QTemporaryDir dir;
    std::unique_ptr<Repository> repo;
    qint64 late = 0, behind = 0, fine = 0, done = 0, other = 0, finance = 0;

    NoticeDb()
    {
        Clock::pin(QDateTime(QDate(2026, 3, 10), QTime(9, 0)));
        repo = Repository::open(dir.filePath(QStringLiteral("n.sqlite")));
        const auto add = [&](const QString& title, const QDate& deadline, const QString& lead) {
            NewTask t;
            t.title = title;
            t.leadUnits = {lead};
            t.deadline = deadline;
            t.startDate = QDate(2026, 1, 1);
            return repo->createTask(t, s(u"测试"));
        };
        fine = add(s(u"编制年度预算绩效目标"), QDate(2026, 12, 31), s(u"市财政局"));
        late = add(s(u"完成老旧小区改造资金拨付"), QDate(2026, 3, 1), s(u"市财政局"));
        behind = add(s(u"推进政府债券项目建设"), QDate(2026, 4, 30), s(u"市财政局"));
        done = add(s(u"清理暂付款"), QDate(2026, 2, 1), s(u"市财政局"));
        other = add(s(u"整治黑臭水体"), QDate(2026, 2, 1), s(u"市水利局"));
        finance = repo->findUnit(s(u"市财政局")).value_or(0);
        repo->applyEdit({fine, TaskField::Percent, 40}, s(u"测试"));
        repo->applyEdit({done, TaskField::Status, int(Status::Done)}, s(u"测试"));
    }
    ~NoticeDb() { Clock::release(); }
};

} // namespace

TEST(ChaseNotice, DraftListsTheUnitsOpenTasksOverdueFirst)
{
    NoticeDb f;
    ASSERT_GT(f.finance, 0);
    const ChaseNotice n = draftChaseNotice(*f.repo, f.finance, 2, {}, DueRules{}, 5);
    EXPECT_EQ(n.unit, s(u"市财政局"));
    EXPECT_EQ(n.noticeNo, s(u"督办〔2026〕1号"));
    EXPECT_EQ(n.issued, QDate(2026, 3, 10));
    EXPECT_EQ(n.replyBy, QDate(2026, 3, 15));
    QList<qint64> ids;
    for (const TaskRecord& t : n.tasks)
        ids.append(t.id);
    // Overdue (9 days), then behind pace (0 % at 57 % of its time), then the one on pace (40 % of a year
    // at 19 %); the done task and the other unit's are left out.
    EXPECT_EQ(ids, (QList<qint64>{f.late, f.behind, f.fine}));
    EXPECT_EQ(n.tasks[0].daysOverdue, 9);
}

TEST(ChaseNotice, PdfReadsBackAndRecordingAdvancesTheNumber)
{
    NoticeDb f;
    ChaseNotice n = draftChaseNotice(*f.repo, f.finance, 3, {}, DueRules{}, 5);
    n.office = s(u"驻马店市人民政府督查室");
    n.tasks.removeLast(); // the office leaves the task on pace out
    const QString pdf = f.dir.filePath(QStringLiteral("notice.pdf"));
    QString error;
    int pages = 0;
    ASSERT_TRUE(writeChaseNoticePdf(n, pdf, &error, &pages)) << error.toStdString();
    EXPECT_EQ(pages, 1);
    EXPECT_EQ(pdfPages(pdf), 1);
    const QString text = pdfText(pdf);
    for (const QString& want :
         {s(u"驻马店市人民政府督查室"), s(u"督办通知单"), s(u"督办〔2026〕1号"), s(u"级别：通报"),
          s(u"市财政局："), s(u"完成老旧小区改造资金拨付"), s(u"推进政府债券项目建设"), s(u"逾期9天"),
          s(u"进度滞后"), s(u"反馈时限：2026年3月15日"), s(u"2026年3月10日")})
        EXPECT_TRUE(text.contains(want)) << want.toStdString() << "\n" << text.toStdString();
    EXPECT_FALSE(text.contains(s(u"编制年度预算绩效目标")));
    EXPECT_FALSE(text.contains(s(u"整治黑臭水体")));

    // Sent: one chase per listed task under the notice's number; the next notice takes the next one.
    QList<qint64> ids;
    for (const TaskRecord& t : n.tasks)
        ids.append(t.id);
    StoreError e;
    ASSERT_EQ(f.repo->recordEvents(ids, chaseNoticeEvent(n), s(u"督查室"), &e).size(), 2)
        << e.message.toStdString();
    const TaskEvent sent = f.repo->events(f.late).last();
    EXPECT_EQ(sent.kind, EventKind::Chase);
    EXPECT_EQ(sent.level, 3);
    EXPECT_EQ(sent.unitId, f.finance);
    EXPECT_EQ(sent.noticeNo, s(u"督办〔2026〕1号"));
    EXPECT_EQ(draftChaseNotice(*f.repo, f.finance, 2, {}, DueRules{}).noticeNo, s(u"督办〔2026〕2号"));

    // An extended deadline prints with the original beside it.
    EventInput ask;
    ask.kind = EventKind::ExtendRequest;
    ask.unitId = f.finance;
    ask.text = s(u"资金");
    ask.deadline = QDate(2026, 6, 30);
    ASSERT_GT(f.repo->recordEvent(f.behind, ask, s(u"测试")), 0);
    EventInput approve;
    approve.kind = EventKind::ExtendApprove;
    ASSERT_GT(f.repo->recordEvent(f.behind, approve, s(u"测试")), 0);
    const ChaseNotice again = draftChaseNotice(*f.repo, f.finance, 1, {}, DueRules{});
    EXPECT_TRUE(chaseNoticeHtml(again).contains(s(u"2026-06-30（原定 2026-04-30）")));
    EXPECT_TRUE(chaseNoticeHtml(again).contains(s(u"催办单")));
}

// Offices assess by the original time (按原定时间): the weekly report can judge an extended task by the
// deadline it had before its 延期.
TEST(ChaseNotice, WeeklyReportJudgesByTheOriginalDeadlineWhenAsked)
{
    NoticeDb f;
    EventInput ask;
    ask.kind = EventKind::ExtendRequest;
    ask.unitId = f.finance;
    ask.text = s(u"资金");
    ask.deadline = QDate(2026, 5, 31);
    ASSERT_GT(f.repo->recordEvent(f.late, ask, s(u"测试")), 0);
    EventInput approve;
    approve.kind = EventKind::ExtendApprove;
    ASSERT_GT(f.repo->recordEvent(f.late, approve, s(u"测试")), 0);

    ReportOptions o;
    o.period = *ReportPeriod::range(QDate(2026, 3, 4), QDate(2026, 3, 10), nullptr);
    o.asOf = QDate(2026, 3, 10);
    const auto now = buildWeeklyReport(*f.repo, o, false, s(u"测试"), nullptr);
    ASSERT_TRUE(now);
    o.byOriginalDeadline = true;
    const auto original = buildWeeklyReport(*f.repo, o, false, s(u"测试"), nullptr);
    ASSERT_TRUE(original);
    // By the current deadlines only 整治黑臭水体 (市水利局, 2026-02-01) is overdue; by the original ones the
    // extended 资金拨付 task is too, 9 days.
    EXPECT_EQ(now->current.overdue, 1);
    EXPECT_EQ(original->current.overdue, 2);
    ASSERT_EQ(original->overdue.size(), 2);
    EXPECT_EQ(original->overdue[1].id, f.late);
    EXPECT_EQ(original->overdue[1].daysOverdue, 9);
}
