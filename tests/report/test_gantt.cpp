// The Gantt chart on paper: data from a real SQLite file holding seed 002 (the 2020 consumption measures),
// PDFs read back with pdftotext / pdfinfo, page counts of each layout, and duban-cli gantt.
#include "clirun.h"
#include "core/clock.h"
#include "extract/documentreader.h"
#include "extract/extractor.h"
#include "qtprint.h"
#include "report/ganttprint.h"
#include "store/repository.h"
#include "testpaths.h"

#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace duban;

namespace {

class GanttPrint : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        db = dir.filePath(QStringLiteral("g.sqlite"));
        auto repo = Repository::open(db);
        ASSERT_TRUE(repo);
        const ReadResult r = DocumentReader::read(test::seed(QStringLiteral("002_d0bee7f88f53cd37.txt")));
        ASSERT_TRUE(r.ok());
        ImportBatch batch;
        batch.sourceFile = QStringLiteral("002_d0bee7f88f53cd37.txt");
        batch.contentHash = ImportBatch::hashOf(r.doc.lines);
        batch.tasks = Extractor().extract(r.doc).tasks;
        ASSERT_TRUE(repo->applyImport(batch, false));
        data = loadGanttData(*repo, GanttGrouping::Directive, QDate(2020, 10, 15), DueRules{});
        rows = ganttRows(data);
        options.today = QDate(2020, 10, 15);
        options.title = QStringLiteral("甘特图测试");
        options.colors.states.overdue = QColor(0xdc, 0x26, 0x26);
        options.colors.states.onTrack = QColor(0x16, 0xa3, 0x4a);
        options.colors.states.dueSoon = QColor(0xea, 0xb3, 0x08);
        options.colors.states.done = QColor(0x64, 0x74, 0x8b);
    }

    static QString run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    }
    static int pages(const QString& pdf)
    {
        for (const QString& line : run(QStringLiteral("pdfinfo"), {pdf}).split(u'\n'))
            if (line.startsWith(QStringLiteral("Pages:")))
                return line.mid(6).trimmed().toInt();
        return -1;
    }
    static QString text(const QString& pdf, int page = 0)
    {
        QStringList args;
        if (page > 0)
            args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                 << QString::number(page);
        return run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
    }

    QTemporaryDir dir;
    QString db;
    GanttData data;
    QList<GanttRow> rows;
    GanttPrintOptions options;
};

const GanttTask* find(const GanttData& d, const QString& title)
{
    for (const GanttGroup& g : d.groups)
        for (const GanttTask& t : g.tasks)
            if (t.title == title)
                return &t;
    return nullptr;
}

} // namespace

TEST(GanttData, StartFallsBackAndIsClampedToTheDeadline)
{
    TaskRecord it;
    it.id = 1;
    it.deadline = QDate(2020, 5, 31);
    it.startDate = QDate(2020, 6, 19); // imported after the printed deadline
    EXPECT_EQ(ganttTask(it, QDate(2020, 3, 1)).start, QDate(2020, 3, 1));
    const GanttTask m = ganttTask(it, QDate(2020, 6, 19));
    EXPECT_EQ(m.start, QDate(2020, 5, 31));
    EXPECT_TRUE(m.isMilestone());
    it.startDate = QDate();
    EXPECT_EQ(ganttTask(it, QDate(2020, 1, 2)).start, QDate(2020, 1, 2));
    it.deadline = QDate();
    const GanttTask open = ganttTask(it, QDate(2020, 1, 2));
    EXPECT_TRUE(open.isOpenEnded());
    EXPECT_FALSE(open.isMilestone());
}

TEST_F(GanttPrint, DataFromTheSeed)
{
    // Three directives of seed 002 assign tasks: 37 in all (6 + 16 + 15).
    ASSERT_EQ(data.groups.size(), 3);
    EXPECT_EQ(data.taskCount(), 37);
    EXPECT_EQ(data.groups[0].tasks.size(), 6);
    EXPECT_EQ(data.groups[2].tasks.size(), 15);
    const GanttGroup& consumption = data.groups[2];
    EXPECT_TRUE(consumption.label.contains(QStringLiteral("促消费稳增长")));
    // Groups read the 文号 and what the title is about, not the issuer every title starts with.
    for (const GanttGroup& g : data.groups) {
        EXPECT_TRUE(g.label.startsWith(QStringLiteral("驻政办"))) << g.label.toStdString();
        EXPECT_FALSE(g.label.contains(QStringLiteral("人民政府办公室关于"))) << g.label.toStdString();
        EXPECT_FALSE(g.label.endsWith(QStringLiteral("的通知"))) << g.label.toStdString();
        EXPECT_FALSE(g.label.contains(QStringLiteral("号 驻马店市"))) << g.label.toStdString();
    }
    EXPECT_EQ(consumption.start, QDate(2020, 7, 5)); // the directive's date
    EXPECT_EQ(consumption.end, QDate(2020, 12, 31)); // 年底前
    EXPECT_TRUE(consumption.openEnded);              // 支持发放消费券 has no deadline
    EXPECT_EQ(consumption.overdue, 1);               // 营造浓厚消费氛围, due 10月1日
    const GanttTask* m = find(data, QStringLiteral("河南省泌阳县黑石板沟饰面花岗岩矿"));
    ASSERT_TRUE(m);
    EXPECT_TRUE(m->isMilestone());
    EXPECT_EQ(m->due, DueState::Overdue);
    EXPECT_EQ(data.first, QDate(2020, 5, 31));
    EXPECT_EQ(data.last, QDate(2020, 12, 31));
    EXPECT_EQ(rows.size(), 3 + 37);
}

TEST_F(GanttPrint, FitToPageIsOnePageWithTheTitles)
{
    const QString pdf = dir.filePath(QStringLiteral("page.pdf"));
    options.mode = GanttPrintMode::FitPage;
    QString error;
    EXPECT_EQ(writeGanttPdf(pdf, rows, options, &error), 1) << error.toStdString();
    EXPECT_EQ(pages(pdf), 1);
    const QString t = text(pdf);
    for (const char* title : {"支持发放消费券", "资源勘查", "促进文旅行业迅速回暖", "营造浓厚消费氛围",
                              "甘特图测试", "牵头单位", "市商务局", "2020年"})
        EXPECT_TRUE(t.contains(QString::fromUtf8(title))) << title;
}

TEST_F(GanttPrint, AcrossPagesRepeatsLabelsAndScale)
{
    // 2019-2022 at the month scale (2.5 px a day): 3650 px of chart, several A4 widths.
    const QString pdf = dir.filePath(QStringLiteral("pages.pdf"));
    options.mode = GanttPrintMode::Pages;
    options.from = QDate(2019, 1, 1);
    options.to = QDate(2022, 12, 31);
    const int n = writeGanttPdf(pdf, rows, options);
    EXPECT_GT(n, 1);
    EXPECT_EQ(pages(pdf), n);
    for (int i = 1; i <= n; ++i) {
        const QString t = text(pdf, i);
        EXPECT_TRUE(t.contains(QStringLiteral("牵头单位"))) << "page " << i;
        EXPECT_TRUE(t.contains(QStringLiteral("第 %1 / %2 页").arg(i).arg(n))) << "page " << i;
        EXPECT_TRUE(t.contains(QStringLiteral("月"))) << "page " << i; // the time scale
    }
    // Pages break at month starts: page 2 begins on the 1st.
    const QString second = text(pdf, 2);
    const qsizetype at = second.indexOf(QStringLiteral(" 至 "));
    ASSERT_GT(at, 10);
    EXPECT_TRUE(second.mid(at - 2, 2) == QStringLiteral("01")) << second.mid(at - 10, 30).toStdString();
    // The first page of the first band shows 2019; the titles are on the pages of their rows.
    EXPECT_TRUE(text(pdf, 1).contains(QStringLiteral("2019年")));
    EXPECT_TRUE(text(pdf).contains(QStringLiteral("支持发放消费券")));

    // Fit to the page's height: every row on each page, pages only across: fewer pages.
    const QString tall = dir.filePath(QStringLiteral("height.pdf"));
    options.mode = GanttPrintMode::FitHeight;
    const int h = writeGanttPdf(tall, rows, options);
    EXPECT_GE(h, 1);
    EXPECT_LT(h, n);
    EXPECT_TRUE(text(tall, 1).contains(QStringLiteral("支持发放消费券")));
    EXPECT_TRUE(text(tall, 1).contains(QStringLiteral("强化企业资金保障"))); // first group's first task
}

TEST_F(GanttPrint, ImageHasLabelsAndChart)
{
    options.from = QDate(2020, 1, 1);
    options.to = QDate(2020, 12, 31);
    const QImage img = renderGanttImage(rows, options);
    ASSERT_FALSE(img.isNull());
    // 366 days × 2.5 px plus the label column; 40 rows plus title and scale.
    EXPECT_GT(img.width(), 915);
    EXPECT_GT(img.height(), 40 * 20);
}

TEST_F(GanttPrint, CommandLine)
{
    const QString pdf = dir.filePath(QStringLiteral("cli.pdf"));
    test::CliRun r =
        test::runCli({QStringLiteral("gantt"), QStringLiteral("--db"), db, QStringLiteral("--pdf"), pdf,
                      QStringLiteral("--mode"), QStringLiteral("page"), QStringLiteral("--group"),
                      QStringLiteral("unit"), QStringLiteral("--as-of"), QStringLiteral("2020-10-15")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(pages(pdf), 1);
    const QString t = text(pdf);
    EXPECT_TRUE(t.contains(QStringLiteral("按牵头单位分组")));
    EXPECT_TRUE(t.contains(QStringLiteral("市商务局")));
    EXPECT_TRUE(t.contains(QStringLiteral("繁荣夜间经济")));

    const QString wide = dir.filePath(QStringLiteral("wide.pdf"));
    r = test::runCli({QStringLiteral("gantt"), QStringLiteral("--db"), db, QStringLiteral("--pdf"), wide,
                      QStringLiteral("--from"), QStringLiteral("2019-01-01"), QStringLiteral("--to"),
                      QStringLiteral("2022-12-31")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_GT(pages(wide), 1);

    r = test::runCli({QStringLiteral("gantt"), QStringLiteral("--db"), db, QStringLiteral("--pdf"), pdf,
                      QStringLiteral("--mode"), QStringLiteral("poster")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("poster")));
    r = test::runCli({QStringLiteral("gantt"), QStringLiteral("--db"),
                      dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("--pdf"), pdf});
    EXPECT_EQ(r.code, 3);
}
