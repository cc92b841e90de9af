// The ledger (台账) as an office opens it: CSV in Excel, .xlsx read back from its XML.
#include "exchange/ledger.h"
#include "feedbackfill.h"
#include "qtprint.h"
#include "seeddb.h"
#include "testpaths.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>
#include <zip.h>

using namespace duban;

namespace {

// A database holding the 2020 consumption measures (002) with one progress note full of CSV specials.
std::unique_ptr<Repository> seededRepo(const QTemporaryDir& dir, qint64* noted)
{
    QString error;
    auto repo = test::seededDatabase(dir.filePath(QStringLiteral("d.sqlite")),
                                     {QStringLiteral("002_d0bee7f88f53cd37.txt")}, &error);
    EXPECT_TRUE(repo) << error.toStdString();
    if (!repo)
        return repo;
    TaskFilter f;
    f.search = QStringLiteral("支持发放消费券");
    const auto items = repo->tasks(f);
    EXPECT_EQ(items.size(), 1);
    *noted = items.value(0).id;
    ProgressInput p;
    p.date = QDate(2020, 7, 20);
    p.text = QStringLiteral("已发放 \"第一批\"，共 3,000 万元");
    p.percent = 30;
    p.author = QStringLiteral("王五");
    EXPECT_GT(repo->addProgress(*noted, p), 0);
    return repo;
}

QStringList sharedStrings(const QByteArray& xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"t")
            out.append(r.readElementText());
    }
    return out;
}

} // namespace

TEST(Ledger, CsvHasBomHeaderAndQuoting)
{
    QTemporaryDir dir;
    qint64 noted = 0;
    auto repo = seededRepo(dir, &noted);
    const QList<LedgerRow> rows = ledgerRows(*repo, TaskFilter{});
    ASSERT_EQ(rows.size(), 37);
    const QString path = dir.filePath(QStringLiteral("台账.csv"));
    QString error;
    ASSERT_TRUE(writeLedgerCsv(rows, path, &error)) << error.toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    ASSERT_TRUE(data.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(data.mid(3));
    EXPECT_TRUE(text.startsWith(QStringLiteral(
        "序号,文件,文号,重点任务,工作目标,牵头单位,责任单位,完成时限,状态,进度,进展情况,最新更新\r\n")));
    EXPECT_EQ(text.count(QStringLiteral("\r\n")), 38);
    // Commas and quotes inside a field: the field is quoted and its quotes doubled.
    EXPECT_TRUE(text.contains(QStringLiteral("\"2020-07-20 已发放 \"\"第一批\"\"，共 3,000 万元（30%）\"")))
        << text.left(2000).toStdString();
}

// Issue 12, defect 7: document text can begin with = + - @; Excel and WPS would run it as a formula.
TEST(Ledger, CsvNeutralisesFormulaLikeCells)
{
    LedgerRow r;
    r.record.title = QStringLiteral("=HYPERLINK(\"http://x.example\",\"点击\")");
    r.record.text = QStringLiteral("+1 完成改造");
    r.record.leadUnits = QStringList{QStringLiteral("-市财政局")};
    r.record.coUnits = QStringList{QStringLiteral("@SUM(A1:A9)")};
    r.progress = QStringLiteral("\t=1+1");
    r.record.status = Status::InProgress;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("公式.csv"));
    QString error;
    ASSERT_TRUE(writeLedgerCsv({r}, path, &error)) << error.toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll().mid(3)).split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines[1], QStringLiteral("1,,,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"点击\"\")\","
                                       "'+1 完成改造,'-市财政局,'@SUM(A1:A9),,进行中,0%,'\t=1+1,"))
        << lines[1].toStdString();
}

TEST(Ledger, XlsxReadsBack)
{
    QTemporaryDir dir;
    qint64 noted = 0;
    auto repo = seededRepo(dir, &noted);
    TaskFilter byUnit;
    byUnit.unit = QStringLiteral("市商务局");
    const QList<LedgerRow> rows = ledgerRows(*repo, byUnit);
    ASSERT_FALSE(rows.isEmpty());
    const QString path = dir.filePath(QStringLiteral("ledger.xlsx"));
    QString error;
    ASSERT_TRUE(writeLedgerXlsx(rows, path, &error)) << error.toStdString();
    const QStringList strings = sharedStrings(test::zipRead(path, "xl/sharedStrings.xml"));
    ASSERT_GE(strings.size(), 12);
    EXPECT_EQ(strings.mid(0, 12), ledgerHeader());
    EXPECT_TRUE(strings.contains(QStringLiteral("支持发放消费券")));
    EXPECT_TRUE(strings.contains(QStringLiteral("驻政办〔2020〕33号")));
    const QByteArray sheet = test::zipRead(path, "xl/worksheets/sheet1.xml");
    EXPECT_TRUE(sheet.contains("state=\"frozen\"")) << "the header row stays in view";
    EXPECT_TRUE(sheet.contains("<cols>"));
    // One row per task plus the header.
    EXPECT_EQ(sheet.count("<row "), rows.size() + 1);
    // 完成时限 is a date cell (a serial number with a date style), not text; 进度 is a number.
    const QList<QDate> dates = [&] {
        QList<QDate> out;
        for (const LedgerRow& r : rows)
            out << r.record.deadline;
        return out;
    }();
    const int withDate =
        int(std::count_if(dates.begin(), dates.end(), [](const QDate& d) { return d.isValid(); }));
    ASSERT_GT(withDate, 0);
    const QRegularExpression dateCell(QStringLiteral("<c r=\"H(\\d+)\" s=\"\\d+\"><v>(\\d+)</v></c>"));
    int found = 0;
    for (auto it = dateCell.globalMatch(QString::fromUtf8(sheet)); it.hasNext();) {
        const auto m = it.next();
        const QDate d = dates.value(m.captured(1).toInt() - 2);
        EXPECT_EQ(QDate(1899, 12, 30).addDays(m.captured(2).toInt()), d);
        ++found;
    }
    EXPECT_EQ(found, withDate);
    EXPECT_TRUE(strings.contains(QStringLiteral("进度")));
}

TEST(Ledger, ExportCommand)
{
    QTemporaryDir dir;
    qint64 noted = 0;
    {
        auto repo = seededRepo(dir, &noted);
    }
    auto run = [](const QStringList& args) {
        QProcess p;
        p.start(test::binDir() + QStringLiteral("/duban-cli"), args);
        p.waitForFinished(60000);
        return p.exitCode();
    };
    const QString db = dir.filePath(QStringLiteral("d.sqlite"));
    const QString out = dir.filePath(QStringLiteral("out.xlsx"));
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--xlsx"), out}), 0);
    EXPECT_TRUE(QFile::exists(out));
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--db"), db}), 1); // no output named
    EXPECT_EQ(
        run({QStringLiteral("export"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite")),
             QStringLiteral("--csv"), dir.filePath(QStringLiteral("x.csv"))}),
        3);
}

// The ledger reads every task's text and notes in bulk: each row still gets its own task's text and its
// latest note by date (a note recorded later for an earlier day does not win).
TEST(Ledger, EachRowHasItsTextAndLatestNote)
{
    QTemporaryDir dir;
    qint64 noted = 0;
    auto repo = seededRepo(dir, &noted);
    ProgressInput earlier;
    earlier.date = QDate(2020, 7, 10);
    earlier.text = QStringLiteral("启动第一批发放");
    earlier.author = QStringLiteral("王五");
    ASSERT_GT(repo->addProgress(noted, earlier), 0); // recorded after the 07-20 note, dated before it
    const QList<LedgerRow> rows = ledgerRows(*repo, TaskFilter{});
    ASSERT_EQ(rows.size(), 37);
    int withNote = 0;
    for (const LedgerRow& r : rows) {
        const auto t = repo->task(r.record.id);
        ASSERT_TRUE(t);
        EXPECT_EQ(r.record.text, t->record.text) << r.record.title.toStdString();
        if (r.record.id == noted)
            EXPECT_EQ(r.progress, QStringLiteral("2020-07-20 已发放 \"第一批\"，共 3,000 万元（30%）"));
        else
            EXPECT_TRUE(r.progress.isEmpty()) << r.record.title.toStdString();
        withNote += !r.progress.isEmpty();
    }
    EXPECT_EQ(withNote, 1);
    EXPECT_FALSE(rows.first().record.text.isEmpty());
}
