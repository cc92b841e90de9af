// The weekly report (督查周报) on the five seed directives and one week of work (reporttestdb.h), as of
// Friday 2022-10-07 in week 2022-W40 (3–9 October). Figures are counted again with SQL on the file;
// the PDF is read back with pdftotext / pdffonts / pdfinfo.
#include "generatedtasks.h"
#include "qtprint.h"
#include "report/reportcontent.h"
#include "report/reportdocument.h"
#include "reporttestdb.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace duban;
using namespace duban::test;

namespace {

QString pct(int n, int total)
{
    return QString::number(100.0 * n / total, 'f', 1) + u'%';
}

const QString kOpen = QStringLiteral("retired_at IS NULL AND status IN ('not_started', 'in_progress')");

class WeeklyReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("seeds.sqlite"));
        repo = seededRepository(path, &week);
        ASSERT_TRUE(repo);
        options.period = *ReportPeriod::parseWeek(QStringLiteral("2022-W40"), nullptr);
        options.asOf = QDate(2022, 10, 7);
        options.issued = QDate(2022, 10, 7);
        options.office = QStringLiteral("驻马店市人民政府督查室");
        options.requirements = QStringLiteral("各单位要对照逾期任务清单逐项销号。\n下周五前报送整改情况。");
    }
    void TearDown() override { Clock::release(); }

    WeeklyReport build(const ReportOptions& o, bool issue = true)
    {
        StoreError e;
        auto r = buildWeeklyReport(*repo, o, issue, QStringLiteral("测试"), &e);
        EXPECT_TRUE(r) << e.message.toStdString();
        return r.value_or(WeeklyReport{});
    }

    QString pdf(const WeeklyReport& r, const QString& name, int* pages = nullptr)
    {
        const QString out = dir.filePath(name);
        QString error;
        EXPECT_TRUE(writeReportPdf(r, out, &error, pages)) << error.toStdString();
        if (qEnvironmentVariableIsSet("DUBAN_REPORT_KEEP")) // to look at what a test printed
            QFile::copy(out, qEnvironmentVariable("DUBAN_REPORT_KEEP") + u'/' + name);
        return out;
    }

    QTemporaryDir dir;
    QString path;
    SeedWeek week;
    std::unique_ptr<Repository> repo;
    ReportOptions options;
};

} // namespace

TEST(ReportPeriod, IsoWeeks)
{
    QString why;
    const auto w40 = ReportPeriod::parseWeek(QStringLiteral("2022-W40"), &why);
    ASSERT_TRUE(w40);
    EXPECT_EQ(w40->from, QDate(2022, 10, 3)); // a Monday
    EXPECT_EQ(w40->to, QDate(2022, 10, 9));
    EXPECT_EQ(w40->key(), QStringLiteral("2022-W40"));
    EXPECT_EQ(w40->previous().key(), QStringLiteral("2022-W39"));
    EXPECT_EQ(w40->label(), QStringLiteral("2022年第40周（10月3日至10月9日）"));
    // Week 1 of 2021 starts on Monday 4 January; 2020 has 53 weeks, 2021 only 52.
    EXPECT_EQ(ReportPeriod::parseWeek(QStringLiteral("2021w1"), &why)->from, QDate(2021, 1, 4));
    EXPECT_EQ(ReportPeriod::parseWeek(QStringLiteral("2020-W53"), &why)->to, QDate(2021, 1, 3));
    EXPECT_FALSE(ReportPeriod::parseWeek(QStringLiteral("2021-W53"), &why));
    EXPECT_TRUE(why.contains(QStringLiteral("2021年没有第53周"))) << why.toStdString();
    for (const char* bad : {"2022-40", "W40", "2022-W", "二〇二二年第40周", "2022-W0"}) {
        why.clear();
        EXPECT_FALSE(ReportPeriod::parseWeek(QString::fromUtf8(bad), &why)) << bad;
        EXPECT_FALSE(why.isEmpty());
    }
    EXPECT_FALSE(ReportPeriod::range(QDate(2022, 10, 7), QDate(2022, 10, 1), &why));
    EXPECT_EQ(ReportPeriod::range(QDate(2022, 10, 1), QDate(2022, 10, 7), &why)->key(),
              QStringLiteral("2022-10-01~2022-10-07"));
}

TEST_F(WeeklyReportTest, FiguresMatchTheDatabase)
{
    const WeeklyReport r = build(options);
    const int total = sqlCount(path, QStringLiteral("SELECT count(*) FROM tasks WHERE retired_at IS NULL"));
    const int overdue = sqlCount(
        path, QStringLiteral("SELECT count(*) FROM tasks WHERE %1 AND deadline < '2022-10-07'").arg(kOpen));
    const int dueSoon =
        sqlCount(path, QStringLiteral("SELECT count(*) FROM tasks WHERE %1 AND deadline >= '2022-10-07' "
                                      "AND deadline <= '2022-10-14'")
                           .arg(kOpen));
    // A week earlier (Friday 30 September) only 支持发放消费券 was done; every other task was open.
    const int overdueBefore = sqlCount(path,
                                       QStringLiteral("SELECT count(*) FROM tasks WHERE retired_at IS NULL "
                                                      "AND deadline < '2022-09-30' AND id <> ?"),
                                       {week.doneBefore});
    EXPECT_EQ(total, 274);
    EXPECT_EQ(r.current.total, total);
    EXPECT_EQ(r.current.done, 2);
    EXPECT_EQ(r.current.overdue, overdue);
    EXPECT_EQ(r.current.dueSoon, dueSoon);
    EXPECT_EQ(dueSoon, 1);              // the task given 2022-10-12
    EXPECT_EQ(r.current.inProgress, 2); // the one set in progress, and the one a 60% note started
    EXPECT_EQ(r.previous.done, 1);
    EXPECT_EQ(r.previous.overdue, overdueBefore);
    EXPECT_EQ(r.completedInPeriod, 1);
    ASSERT_EQ(r.completed.size(), 1);
    EXPECT_EQ(r.completed[0].id, week.doneInWeek);
    EXPECT_EQ(r.completed[0].doneOn, QDate(2022, 10, 5));
    ASSERT_EQ(r.notes.size(), 1);
    EXPECT_EQ(r.notes[0].taskId, week.noted);
    ASSERT_EQ(r.dueNext.size(), 1);
    EXPECT_EQ(r.dueNext[0].id, week.dueNext);
    EXPECT_EQ(r.number, 1);

    const QString w40 = pdf(r, QStringLiteral("w40.pdf"));
    if (qEnvironmentVariableIsSet("DUBAN_REPORT_SAMPLE")) // docs/screenshots/report-*.png are made from it
        QFile::copy(w40, qEnvironmentVariable("DUBAN_REPORT_SAMPLE"));
    const QString text = pdfText(w40);
    EXPECT_TRUE(text.contains(QStringLiteral("督查周报"))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("第1期")));
    EXPECT_TRUE(text.contains(QStringLiteral("驻马店市人民政府督查室2022年10月7日")));
    EXPECT_TRUE(text.contains(QStringLiteral("关于2022年第40周（10月3日至10月9日）重点任务推进情况的通报")));
    EXPECT_TRUE(text.contains(QStringLiteral("纳入本期督查的重点任务共%1项").arg(total)));
    EXPECT_TRUE(text.contains(QStringLiteral("已办结2项，占%1").arg(pct(2, total))));
    EXPECT_TRUE(text.contains(QStringLiteral("逾期%1项，占%2").arg(overdue).arg(pct(overdue, total))));
    EXPECT_TRUE(
        text.contains(QStringLiteral("本期办结1项，报送进展1条；1项任务将在7日内（10月14日前）到期")));
    // The figures table: now, a week before, the change.
    EXPECT_TRUE(text.contains(QStringLiteral("逾期%1%2%3%4")
                                  .arg(overdue)
                                  .arg(overdueBefore)
                                  .arg(overdue - overdueBefore > 0 ? QStringLiteral("+") : QString())
                                  .arg(overdue - overdueBefore)));
    EXPECT_TRUE(text.contains(QStringLiteral("已办结21+1")));
    EXPECT_TRUE(text.contains(QStringLiteral("办结率%1%2").arg(pct(2, total), pct(1, total))));
    // The longest-overdue unit is named with its task numbers; the noted task leads its list (859 days).
    EXPECT_TRUE(text.contains(QStringLiteral("市自然资源和规划局（第%1、").arg(week.noted)));
    EXPECT_TRUE(text.contains(
        QStringLiteral("三、工作要求各单位要对照逾期任务清单逐项销号。下周五前报送整改情况。")));
    // Overdue row: number, title, lead unit, deadline, days overdue, the latest note with its date.
    EXPECT_TRUE(text.contains(
        QStringLiteral("%1河南省泌阳县黑石板沟饰面花岗岩矿市自然资源和规划局2020-05-318592022-10-04%2")
            .arg(week.noted)
            .arg(week.note)));
    EXPECT_TRUE(text.contains(QStringLiteral("本期办结任务（1项）")));
    EXPECT_TRUE(text.contains(
        QStringLiteral("%1明确实行告知承诺制的证明事项市司法局2021-05-312022-10-05").arg(week.doneInWeek)));
    EXPECT_FALSE(text.contains(QStringLiteral("支持发放消费券"))) << "done the week before: in no list";
    EXPECT_TRUE(text.contains(squeeze(week.dueNextTitle)));
    EXPECT_TRUE(text.contains(QStringLiteral("2022-10-12")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("2022-10-04%1河南省泌阳县黑石板沟饰面花岗岩矿").arg(week.noted)));
    EXPECT_TRUE(text.contains(week.note + QStringLiteral("（60%）")));
}

TEST_F(WeeklyReportTest, UnitTableCountsLeadTasks)
{
    const WeeklyReport r = build(options);
    const QString unit = QStringLiteral("市商务局");
    const int led =
        sqlCount(path,
                 QStringLiteral("SELECT count(*) FROM tasks t JOIN task_units tu ON tu.task_id = t.id "
                                "JOIN units u ON u.id = tu.unit_id WHERE t.retired_at IS NULL "
                                "AND tu.role = 'lead' AND u.name = ?"),
                 {unit});
    const int overdue = sqlCount(
        path,
        QStringLiteral("SELECT count(*) FROM tasks t JOIN task_units tu ON tu.task_id = t.id JOIN units u "
                       "ON u.id = tu.unit_id WHERE t.%1 AND t.deadline < '2022-10-07' AND tu.role = 'lead' "
                       "AND u.name = ?")
            .arg(kOpen),
        {unit});
    ASSERT_GT(led, 0);
    auto it =
        std::find_if(r.units.begin(), r.units.end(), [&](const ReportUnitLine& l) { return l.unit == unit; });
    ASSERT_NE(it, r.units.end());
    EXPECT_EQ(it->tasks, led);
    EXPECT_EQ(it->overdue, overdue);
    // The 支持发放消费券 task is the unit's: done, so its rate is 1 of led.
    EXPECT_EQ(it->done, 1);
    const QString text = pdfText(pdf(r, QStringLiteral("units.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("%1%2%3%4").arg(unit).arg(led).arg(1).arg(0)))
        << "unit row: name, tasks, done, in progress";
    EXPECT_TRUE(text.contains(pct(1, led)));
}

TEST_F(WeeklyReportTest, PdfEmbedsChineseFontAndNeverCutsARow)
{
    // Tall rows: a long latest note on every overdue task, so page ends fall inside rows.
    TaskFilter f;
    f.asOf = options.asOf;
    f.due = DueState::Overdue;
    QStringList notes;
    for (const TaskRecord& t : repo->tasks(f)) {
        if (t.id == week.noted)
            continue; // its note of 4 October is newer and shows instead
        ProgressInput p;
        p.date = QDate(2022, 9, 29); // before the week: in the overdue list only, not the week's notes
        p.text = QStringLiteral("第%1号任务：牵头单位已召开专题会议研究推进措施，明确责任分工和时间节点，"
                                "正在协调解决用地、资金和审批等方面的困难，预计本月底前取得阶段性进展")
                     .arg(t.id);
        p.author = QStringLiteral("李四");
        notes << p.text;
        ASSERT_GT(repo->addProgress(t.id, p), 0);
    }
    int pages = 0;
    const QString out = pdf(build(options), QStringLiteral("rows.pdf"), &pages);
    const QString fonts = run(QStringLiteral("pdffonts"), {out});
    EXPECT_TRUE(fonts.contains(QStringLiteral("WenQuanYi"))) << fonts.toStdString();
    bool embedded = false;
    for (const QString& line : fonts.split(u'\n'))
        embedded = embedded ||
                   (line.contains(QStringLiteral("WenQuanYi")) && line.contains(QStringLiteral(" yes ")));
    EXPECT_TRUE(embedded) << fonts.toStdString();
    EXPECT_EQ(pdfPages(out), pages);
    ASSERT_GE(pages, 4);

    QStringList pageText;
    for (int p = 1; p <= pages; ++p)
        pageText << pdfText(out, p);
    // Every overdue task's row lies whole on one page: its title is unbroken there, and that page repeats
    // the overdue table's header.
    const QString header = QStringLiteral("编号任务牵头单位完成时限逾期天数最新进展");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("titles"));
    db.setDatabaseName(path);
    ASSERT_TRUE(db.open());
    QStringList titles;
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(
            QStringLiteral("SELECT title FROM tasks WHERE %1 AND deadline < '2022-10-07'").arg(kOpen)));
        while (q.next())
            titles << squeeze(q.value(0).toString());
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("titles"));
    ASSERT_GT(titles.size(), 30);
    for (const QString& title : titles) {
        int found = 0;
        for (int p = 0; p < pages; ++p)
            found += pageText[p].contains(title);
        EXPECT_GE(found, 1) << "cut across pages: " << title.toStdString();
    }
    QSet<int> overduePages; // the notes are printed in the overdue list only
    for (const QString& note : std::as_const(notes)) {
        int found = 0;
        for (int p = 0; p < pages; ++p) {
            if (pageText[p].contains(note)) {
                ++found;
                overduePages.insert(p);
            }
        }
        EXPECT_EQ(found, 1) << "cut across pages: " << note.toStdString();
    }
    EXPECT_GE(overduePages.size(), 2) << "the overdue list spans pages";
    for (int p : overduePages)
        EXPECT_TRUE(pageText[p].contains(header)) << "page " << p + 1 << " lacks the table header";
    // Page numbers and the running header.
    for (int p = 0; p < pages; ++p) {
        EXPECT_TRUE(pageText[p].contains(QStringLiteral("—%1—").arg(p + 1))) << p;
        EXPECT_GT(pageText[p].size(), 80) << "page " << p + 1 << " holds only its header and footer";
    }
    EXPECT_TRUE(pageText[1].contains(QStringLiteral("督查周报第1期")));
}

TEST_F(WeeklyReportTest, MoreDataMorePages)
{
    ReportOptions one = options;
    const QList<DirectiveRecord> dirs = repo->directives();
    ASSERT_FALSE(dirs.isEmpty());
    one.directiveIds = {dirs.first().id};
    int fewPages = 0, allPages = 0;
    const WeeklyReport small = build(one, false);
    EXPECT_EQ(
        small.current.total,
        sqlCount(path,
                 QStringLiteral("SELECT count(*) FROM tasks WHERE retired_at IS NULL AND directive_id = ?"),
                 {dirs.first().id}));
    pdf(small, QStringLiteral("few.pdf"), &fewPages);
    pdf(build(options, false), QStringLiteral("all.pdf"), &allPages);
    EXPECT_LT(fewPages, allPages);
    // A unit subset: tasks the unit leads or shares.
    ReportOptions unit = options;
    unit.units = {QStringLiteral("市司法局")};
    const int shared = sqlCount(
        path,
        QStringLiteral("SELECT count(DISTINCT t.id) FROM tasks t JOIN task_units tu ON tu.task_id = t.id "
                       "JOIN units u ON u.id = tu.unit_id WHERE t.retired_at IS NULL AND u.name = ?"),
        {QStringLiteral("市司法局")});
    EXPECT_EQ(build(unit, false).current.total, shared);
    unit.units = {QStringLiteral("不存在的局")};
    StoreError e;
    EXPECT_FALSE(buildWeeklyReport(*repo, unit, false, {}, &e));
    EXPECT_EQ(e.kind, StoreError::BadInput);
    EXPECT_TRUE(e.message.contains(QStringLiteral("不存在的局")));
}

// 400 generated tasks put the unit chart at a page's foot: the page it fills once counted as blank, and
// mending that dropped every planned break one full relayout at a time (87 passes, minutes at 1,000).
TEST(WeeklyReportLarge, LaysOutInAFewPassesWithNoBlankPage)
{
    QTemporaryDir dir;
    Clock::pin(QDateTime(QDate(2022, 9, 1), QTime(9, 0)));
    auto repo = Repository::open(dir.filePath(QStringLiteral("large.sqlite")));
    ASSERT_TRUE(repo);
    ImportBatch batch;
    batch.sourceFile = QStringLiteral("generated.txt");
    batch.contentHash = QStringLiteral("large-report");
    batch.tasks = generateReportTasks(400);
    batch.importedBy = QStringLiteral("test");
    ASSERT_TRUE(repo->applyImport(batch, false));
    Clock::pin(QDateTime(QDate(2022, 10, 7), QTime(18, 0)));
    ReportOptions o;
    o.period = *ReportPeriod::parseWeek(QStringLiteral("2022-W40"), nullptr);
    o.asOf = QDate(2022, 10, 7);
    StoreError e;
    const auto report = buildWeeklyReport(*repo, o, false, {}, &e);
    ASSERT_TRUE(report) << e.message.toStdString();
    ReportDocument doc(*report);
    const int pages = doc.pageCount();
    EXPECT_GT(pages, 15);
    EXPECT_LE(doc.layoutPasses(), 5);
    const QString out = dir.filePath(QStringLiteral("large.pdf"));
    QString error;
    int written = 0;
    ASSERT_TRUE(writeReportPdf(*report, out, &error, &written)) << error.toStdString();
    EXPECT_EQ(written, pages);
    // Every page carries body text besides its running header and page number.
    for (int page = 2; page <= written; ++page) {
        const QString text = pdfText(out, page);
        EXPECT_GT(text.simplified().size(), 60) << "page " << page << ": " << text.toStdString();
    }
    Clock::release();
}

TEST_F(WeeklyReportTest, IssueNumbersCountPerSeriesAndKeepTheirPeriod)
{
    ReportOptions w41 = options;
    w41.period = *ReportPeriod::parseWeek(QStringLiteral("2022-W41"), nullptr);
    ReportOptions w42 = options;
    w42.period = *ReportPeriod::parseWeek(QStringLiteral("2022-W42"), nullptr);
    EXPECT_EQ(build(options, false).number, 1); // a preview records nothing
    EXPECT_EQ(build(options).number, 1);
    EXPECT_EQ(build(w41).number, 2);
    EXPECT_EQ(build(options).number, 1); // the same week again keeps its number
    EXPECT_EQ(build(w42, false).number, 3);
    EXPECT_EQ(build(w41).number, 2);
    EXPECT_EQ(build(w42).number, 3);
    ReportOptions other = options;
    other.title = QStringLiteral("专项督查通报");
    EXPECT_EQ(build(other).number, 1);
    EXPECT_EQ(sqlCount(path, QStringLiteral("SELECT count(*) FROM issued_reports")), 4);
    // Second week's PDF says so.
    const QString text = pdfText(pdf(build(w41), QStringLiteral("w41.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("第2期")));
    EXPECT_TRUE(text.contains(QStringLiteral("2022年第41周（10月10日至10月16日）")));
}

TEST_F(WeeklyReportTest, HtmlIsSelfContained)
{
    const WeeklyReport r = build(options, false);
    const QString out = dir.filePath(QStringLiteral("r.html"));
    QString error;
    ASSERT_TRUE(writeReportHtml(r, out, &error)) << error.toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("督查周报")));
    EXPECT_TRUE(html.contains(QStringLiteral("data:image/png;base64,")));
    EXPECT_TRUE(html.contains(QStringLiteral("<thead>")));
    EXPECT_TRUE(html.contains(QStringLiteral("河南省泌阳县黑石板沟饰面花岗岩矿")));
    EXPECT_EQ(html.count(QStringLiteral("<table>")), 6);
}

// The optional 考评 section: absent by default; when asked for, the same ranking as Repository::computeScores
// for the report's period and as-of day, one row per unit, printed in the PDF.
TEST_F(WeeklyReportTest, ScoringSectionIsOptionalAndRanksLikeTheStore)
{
    const auto headings = [](const WeeklyReport& r) {
        QStringList out;
        for (const ReportBlock& b : reportBlocks(r))
            if (b.kind == ReportBlock::Heading)
                out << b.text;
        return out;
    };
    const WeeklyReport plain = build(options, false);
    EXPECT_TRUE(plain.scores.isEmpty());
    EXPECT_FALSE(headings(plain).join(u'|').contains(QStringLiteral("考评排名")));

    ReportOptions o = options;
    o.scoring = true;
    o.scoreRule.overdueDayDeduction = 0.05;
    const WeeklyReport r = build(o, false);
    const QList<UnitScore> store =
        repo->computeScores({o.period.from, o.period.to, r.options.asOf}, o.scoreRule);
    ASSERT_FALSE(store.isEmpty());
    EXPECT_EQ(scoresToJson(r.scores), scoresToJson(store));
    EXPECT_TRUE(headings(r).last().endsWith(QStringLiteral("考评排名")));
    const QList<ReportBlock> blocks = reportBlocks(r);
    const auto table = std::find_if(blocks.rbegin(), blocks.rend(),
                                    [](const ReportBlock& b) { return b.kind == ReportBlock::Table; });
    ASSERT_NE(table, blocks.rend());
    EXPECT_EQ(table->table.header.last(), QStringLiteral("总分"));
    ASSERT_EQ(table->table.rows.size(), store.size());
    EXPECT_EQ(table->table.rows[0][1], store[0].figures.name);
    const QString text = pdfText(pdf(r, QStringLiteral("scoring.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("考评排名")));
    EXPECT_TRUE(text.contains(QStringLiteral("每逾期一天扣0.05分")));
}
