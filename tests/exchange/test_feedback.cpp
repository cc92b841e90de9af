// The unit feedback sheet (单位反馈表) round trip: export for 市商务局 from the 2020 consumption measures
// (seed 002), fill it in as Excel and as an inline-string writer would save it, preview, import.
#include "core/clock.h"
#include "exchange/feedbackimport.h"
#include "exchange/feedbacksheet.h"
#include "exchange/ledger.h"
#include "extract/documentreader.h"
#include "extract/extractor.h"
#include "extract/xlsxreader.h"
#include "feedbackfill.h"
#include "qtprint.h"
#include "testpaths.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace duban;
using namespace duban::test;

namespace {

const QString kUnit = QStringLiteral("市商务局");

class Feedback : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Clock::pin(QDateTime(QDate(2020, 7, 15), QTime(9, 0)));
        ASSERT_TRUE(dir.isValid());
        dbPath = dir.filePath(QStringLiteral("d.sqlite"));
        repo = Repository::open(dbPath);
        ASSERT_TRUE(repo);
        const ReadResult r = DocumentReader::read(seed(QStringLiteral("002_d0bee7f88f53cd37.txt")));
        ImportBatch batch;
        batch.sourceFile = QStringLiteral("002_d0bee7f88f53cd37.txt");
        batch.contentHash = ImportBatch::hashOf(r.doc.lines);
        batch.tasks = Extractor().extract(r.doc).tasks;
        batch.importedBy = QStringLiteral("测试");
        ASSERT_TRUE(repo->applyImport(batch, false));
        unitId = repo->findUnit(kUnit).value_or(0);
        ASSERT_GT(unitId, 0);
        TaskFilter f;
        f.unit = kUnit;
        ours = repo->tasks(f); // the sheet lists them in this order from row 5
        ASSERT_GE(ours.size(), 8);
        for (const TaskRecord& t : repo->tasks(TaskFilter{})) {
            if (!t.leadUnits.contains(kUnit) && !t.coUnits.contains(kUnit))
                otherUnitTask = t.id;
        }
        ASSERT_GT(otherUnitTask, 0);
        sheet = dir.filePath(QStringLiteral("市商务局_反馈表.xlsx"));
        QString error;
        int n = 0;
        ASSERT_TRUE(writeFeedbackSheet(*repo, unitId, sheet, Clock::today(), &n, &error))
            << error.toStdString();
        ASSERT_EQ(n, ours.size());
    }
    void TearDown() override { Clock::release(); }

    QString row(int i) const { return QString::number(5 + i); } // sheet row of ours[i]

    // Rows 5..12 filled in: three go in, five are refused (worked out by hand, see each line).
    QList<FillCell> filled() const
    {
        return {
            // row 5: progress, percent, status, author, date (Excel's day number for 2022-10-10)
            {QStringLiteral("I5"), QStringLiteral("已发放第一批消费券 3000 万元")},
            {QStringLiteral("J5"), QStringLiteral("60"), true},
            {QStringLiteral("K5"), QStringLiteral("进行中")},
            {QStringLiteral("L5"), QStringLiteral("李四")},
            {QStringLiteral("M5"), QStringLiteral("44844"), true},
            // row 6: percent 150
            {QStringLiteral("I6"), QStringLiteral("超额完成")},
            {QStringLiteral("J6"), QStringLiteral("150"), true},
            // row 7: percent "abc"
            {QStringLiteral("J7"), QStringLiteral("abc")},
            // row 8: a status the list does not have
            {QStringLiteral("K8"), QStringLiteral("快完成了")},
            // row 9: the id changed to one that does not exist
            {QStringLiteral("A9"), QStringLiteral("99999"), true},
            {QStringLiteral("I9"), QStringLiteral("不存在的任务")},
            // row 10: another unit's task
            {QStringLiteral("A10"), QString::number(otherUnitTask), true},
            {QStringLiteral("I10"), QStringLiteral("别的单位的任务")},
            // row 11: status only
            {QStringLiteral("K11"), QStringLiteral("已办结")},
            // row 12: rich text progress, no author (the importer is recorded)
            {QStringLiteral("I12"), QStringLiteral("召开专题会议|，部署下一阶段工作")},
        };
    }

    QTemporaryDir dir;
    QString dbPath, sheet;
    std::unique_ptr<Repository> repo;
    qint64 unitId = 0, otherUnitTask = 0;
    QList<TaskRecord> ours;
};

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

int count(const QString& db, const QString& sql)
{
    int n = -1;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        c.setDatabaseName(db);
        c.open();
        QSqlQuery q(c);
        if (q.exec(sql) && q.next())
            n = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

} // namespace

TEST_F(Feedback, ExportedSheetReadsBack)
{
    const QByteArray workbook = zipRead(sheet, "xl/workbook.xml");
    EXPECT_TRUE(workbook.contains("<sheet name=\"市商务局\"")) << workbook.toStdString();
    EXPECT_TRUE(workbook.contains("name=\"duban\" sheetId=\"2\" state=\"hidden\""));
    const QStringList strings = sharedStrings(zipRead(sheet, "xl/sharedStrings.xml"));
    EXPECT_EQ(strings.value(0), QStringLiteral("市商务局 重点任务进展反馈表"));
    EXPECT_EQ(strings.value(1),
              QStringLiteral("填报单位：市商务局　　导出日期：2020-07-15　　共 %1 项任务").arg(ours.size()));
    const QStringList header = {
        QStringLiteral("任务编号"),      QStringLiteral("文件"),          QStringLiteral("文号"),
        QStringLiteral("重点任务"),      QStringLiteral("牵头/配合"),     QStringLiteral("完成时限"),
        QStringLiteral("当前状态"),      QStringLiteral("当前进度（%）"), QStringLiteral("进展情况"),
        QStringLiteral("完成进度（%）"), QStringLiteral("状态"),          QStringLiteral("填报人"),
        QStringLiteral("填报日期")};
    EXPECT_EQ(strings.mid(3, 13), header);
    const QByteArray xml = zipRead(sheet, "xl/worksheets/sheet1.xml");
    // The first task on row 5: its id as a number, then its directive, number, title.
    EXPECT_TRUE(xml.contains(QStringLiteral("<c r=\"A5\" s=\"5\"><v>%1</v></c>").arg(ours[0].id).toUtf8()))
        << xml.left(3000).toStdString();
    EXPECT_TRUE(strings.contains(ours[0].title));
    EXPECT_TRUE(strings.contains(QStringLiteral("驻政办〔2020〕33号")));
    EXPECT_TRUE(xml.contains("ySplit=\"4\"") && xml.contains("state=\"frozen\""))
        << "header row stays in view";
    EXPECT_TRUE(xml.contains("<col min=\"9\" max=\"9\" width=\"46"));
    // Status dropdown with the Chinese labels, percent whole number 0-100, on the task rows.
    const QString last = QString::number(4 + ours.size());
    EXPECT_TRUE(xml.contains(
        QStringLiteral("<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" "
                       "showErrorMessage=\"1\" errorTitle=\"状态\" error=\"请从下拉列表中选择状态\" "
                       "sqref=\"K5:K%1\"><formula1>\"未开始,进行中,已办结,暂缓\"</formula1>")
            .arg(last)
            .toUtf8()))
        << xml.mid(xml.indexOf("<dataValidations"), 800).toStdString();
    EXPECT_TRUE(xml.contains(QStringLiteral("type=\"whole\"").toUtf8()));
    EXPECT_TRUE(xml.contains(QStringLiteral("sqref=\"J5:J%1\"><formula1>0</formula1><formula2>100</formula2>")
                                 .arg(last)
                                 .toUtf8()));
    // The marker: kind and unit, for the import.
    const QStringList marker = sharedStrings(zipRead(sheet, "xl/sharedStrings.xml"));
    EXPECT_TRUE(marker.contains(QStringLiteral("duban-feedback")));
    const QByteArray hidden = zipRead(sheet, "xl/worksheets/sheet2.xml");
    EXPECT_TRUE(hidden.contains(QStringLiteral("<v>%1</v>").arg(unitId).toUtf8()) ||
                marker.contains(QString::number(unitId)));
}

TEST_F(Feedback, EveryUnitIntoAFolder)
{
    QStringList files;
    QString error;
    ASSERT_TRUE(
        writeFeedbackSheets(*repo, dir.filePath(QStringLiteral("all")), Clock::today(), &files, &error));
    EXPECT_TRUE(files.contains(dir.filePath(QStringLiteral("all/市商务局_反馈表_2020-07-15.xlsx"))));
    int withTasks = 0;
    for (const UnitRecord& u : repo->units())
        withTasks += u.taskCount > 0;
    EXPECT_EQ(files.size(), withTasks);
}

class FeedbackStyles : public Feedback, public ::testing::WithParamInterface<SaveStyle>
{
};

TEST_P(FeedbackStyles, PreviewRefusesBadRowsAndImportsTheRest)
{
    ASSERT_TRUE(fillSheet(sheet, filled(), GetParam()));
    FeedbackPreview pv;
    QString error;
    ASSERT_TRUE(previewFeedback(*repo, sheet, &pv, &error)) << error.toStdString();
    EXPECT_EQ(pv.unitId, unitId);
    EXPECT_EQ(pv.unitName, kUnit);
    EXPECT_EQ(pv.exported, QDate(2020, 7, 15));
    ASSERT_EQ(pv.rows.size(), 8);
    using O = FeedbackPreviewRow::Outcome;
    const auto at = [&](int sheetRow) {
        for (const FeedbackPreviewRow& r : pv.rows)
            if (r.sheetRow == sheetRow)
                return r;
        ADD_FAILURE() << "no preview row " << sheetRow;
        return FeedbackPreviewRow();
    };
    EXPECT_EQ(at(5).outcome, O::Accepted);
    EXPECT_EQ(at(5).taskId, ours[0].id);
    EXPECT_EQ(at(5).percent, 60);
    EXPECT_EQ(at(5).status, Status::InProgress);
    EXPECT_EQ(at(5).date, QDate(2022, 10, 10));
    EXPECT_EQ(at(5).detail, QStringLiteral("新增进展；进度 0% → 60%；状态 未开始 → 进行中"));
    EXPECT_EQ(at(6).outcome, O::Refused);
    EXPECT_EQ(at(6).detail, QStringLiteral("完成进度“150”应为 0 到 100 之间的整数"));
    EXPECT_EQ(at(7).detail, QStringLiteral("完成进度“abc”应为 0 到 100 之间的整数"));
    EXPECT_EQ(at(8).detail, QStringLiteral("未知的状态“快完成了”，应为 未开始、进行中、已办结、暂缓 之一"));
    EXPECT_EQ(at(9).detail, QStringLiteral("数据库中没有编号为 99999 的任务"));
    EXPECT_EQ(at(10).outcome, O::Refused);
    EXPECT_TRUE(at(10).detail.startsWith(QStringLiteral("任务不属于市商务局（牵头单位：")))
        << at(10).detail.toStdString();
    EXPECT_EQ(at(11).outcome, O::Accepted);
    EXPECT_EQ(at(11).detail, QStringLiteral("状态 未开始 → 已办结"));
    EXPECT_EQ(at(12).outcome, O::Accepted);
    EXPECT_EQ(at(12).text, QStringLiteral("召开专题会议，部署下一阶段工作"));
    EXPECT_EQ(pv.count(O::Accepted), 3);
    EXPECT_EQ(pv.count(O::Refused), 5);

    // The preview changed nothing.
    EXPECT_EQ(count(dbPath, QStringLiteral("SELECT count(*) FROM progress_updates")), 0);

    FeedbackResult result;
    StoreError e;
    ASSERT_TRUE(repo->applyFeedback(pv.unitId, pv.updates(), QStringLiteral("王科长"), &result, &e))
        << e.message.toStdString();
    EXPECT_EQ(result.progressAdded, 2);
    EXPECT_EQ(result.statusChanged, 2);
    EXPECT_EQ(result.percentChanged, 1);
    repo.reset();

    // What another program sees in the file.
    auto again = Repository::open(dbPath);
    ASSERT_TRUE(again);
    const auto a = again->task(ours[0].id);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->record.status, Status::InProgress);
    EXPECT_EQ(a->record.percent, 60);
    ASSERT_EQ(a->progress.size(), 1);
    EXPECT_EQ(a->progress[0].text, QStringLiteral("已发放第一批消费券 3000 万元"));
    EXPECT_EQ(a->progress[0].percent, 60);
    EXPECT_EQ(a->progress[0].author, QStringLiteral("李四"));
    EXPECT_EQ(a->progress[0].unit, kUnit);
    EXPECT_EQ(a->progress[0].date, QDate(2022, 10, 10));
    QStringList trail;
    for (const AuditRecord& r : a->audit)
        if (r.action != QLatin1String("import"))
            trail.append(r.by + u' ' + r.action + u' ' + r.field + u' ' + r.oldValue + u'>' + r.newValue);
    trail.sort();
    // The 60% starts the task (status and percent follow one rule), so the sheet's 进行中 is already so.
    EXPECT_EQ(trail, (QStringList{QStringLiteral("王科长 progress  >已发放第一批消费券 3000 万元"),
                                  QStringLiteral("王科长 progress percent 0>60"),
                                  QStringLiteral("王科长 progress status not_started>in_progress")}));
    const auto e11 = again->task(ours[6].id);
    EXPECT_EQ(e11->record.status, Status::Done);
    EXPECT_TRUE(e11->progress.isEmpty());
    const auto f12 = again->task(ours[7].id);
    ASSERT_EQ(f12->progress.size(), 1);
    EXPECT_EQ(f12->progress[0].author, QStringLiteral("王科长"));
    EXPECT_EQ(f12->progress[0].unit, kUnit);
    EXPECT_EQ(f12->progress[0].date, QDate(2020, 7, 15));
    // Refused rows left their tasks alone.
    for (int i : {1, 2, 3})
        EXPECT_TRUE(again->task(ours[i].id)->progress.isEmpty()) << i;
    EXPECT_TRUE(again->task(otherUnitTask)->progress.isEmpty());
    EXPECT_EQ(count(dbPath, QStringLiteral("SELECT count(*) FROM progress_updates")), 2);

    // The same sheet a second time: nothing left to import, the refusals stay.
    FeedbackPreview twice;
    ASSERT_TRUE(previewFeedback(*again, sheet, &twice, &error)) << error.toStdString();
    EXPECT_EQ(twice.count(O::Accepted), 0);
    EXPECT_EQ(twice.count(O::Unchanged), 3);
    EXPECT_EQ(twice.count(O::Refused), 5);
    EXPECT_TRUE(twice.updates().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Writers, FeedbackStyles,
                         ::testing::Values(SaveStyle::SharedStrings, SaveStyle::InlineStrings),
                         [](const auto& info) {
                             return info.param == SaveStyle::SharedStrings ? "SharedStrings"
                                                                           : "InlineStrings";
                         });

TEST_F(Feedback, TextDatesAndPercentsAsTypedText)
{
    ASSERT_TRUE(fillSheet(sheet,
                          {{QStringLiteral("I5"), QStringLiteral("进展")},
                           {QStringLiteral("J5"), QStringLiteral("８０%")},
                           {QStringLiteral("M5"), QStringLiteral("2022年9月3日")},
                           {QStringLiteral("I6"), QStringLiteral("进展")},
                           {QStringLiteral("M6"), QStringLiteral("上周")}},
                          SaveStyle::InlineStrings));
    FeedbackPreview pv;
    QString error;
    ASSERT_TRUE(previewFeedback(*repo, sheet, &pv, &error)) << error.toStdString();
    ASSERT_EQ(pv.rows.size(), 2);
    EXPECT_EQ(pv.rows[0].percent, 80);
    EXPECT_EQ(pv.rows[0].date, QDate(2022, 9, 3));
    EXPECT_EQ(pv.rows[1].outcome, FeedbackPreviewRow::Outcome::Refused);
    EXPECT_EQ(pv.rows[1].detail, QStringLiteral("填报日期“上周”无法识别，应写成 2022-10-15 这样的日期"));
}

// Old Mac Excel counts days from 1904: 2022-10-10 is day 43382 there (44844 - 1462).
TEST_F(Feedback, DatesOfA1904Workbook)
{
    ASSERT_TRUE(fillSheet(sheet,
                          {{QStringLiteral("I5"), QStringLiteral("进展")},
                           {QStringLiteral("M5"), QStringLiteral("43382"), true}},
                          SaveStyle::SharedStrings));
    QByteArray workbook = zipRead(sheet, "xl/workbook.xml");
    ASSERT_TRUE(workbook.contains("<workbookPr "));
    workbook.replace("<workbookPr ", "<workbookPr date1904=\"1\" ");
    ASSERT_TRUE(zipWrite(sheet, {{QStringLiteral("xl/workbook.xml"), workbook}}));
    FeedbackPreview pv;
    QString error;
    ASSERT_TRUE(previewFeedback(*repo, sheet, &pv, &error)) << error.toStdString();
    ASSERT_EQ(pv.rows.size(), 1);
    EXPECT_EQ(pv.rows[0].date, QDate(2022, 10, 10));
}

TEST_F(Feedback, AFailingRowLeavesTheDatabaseUnchanged)
{
    const int progress = count(dbPath, QStringLiteral("SELECT count(*) FROM progress_updates"));
    const int audit = count(dbPath, QStringLiteral("SELECT count(*) FROM audit_log"));
    FeedbackUpdate good;
    good.taskId = ours[0].id;
    good.sheetRow = 5;
    good.text = QStringLiteral("进展");
    good.percent = 50;
    good.status = Status::InProgress;
    FeedbackUpdate foreign = good;
    foreign.taskId = otherUnitTask;
    foreign.sheetRow = 9;
    StoreError e;
    EXPECT_FALSE(repo->applyFeedback(unitId, {good, foreign}, QStringLiteral("王科长"), nullptr, &e));
    EXPECT_EQ(e.kind, StoreError::BadInput);
    EXPECT_EQ(e.message, QStringLiteral("第 9 行：任务 %1 不属于本单位").arg(otherUnitTask));
    EXPECT_EQ(count(dbPath, QStringLiteral("SELECT count(*) FROM progress_updates")), progress);
    EXPECT_EQ(count(dbPath, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    EXPECT_EQ(repo->task(ours[0].id)->record.percent, 0);

    // A database failure after the first row's progress went in: all of it is rolled back.
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trigger"));
        c.setDatabaseName(dbPath);
        ASSERT_TRUE(c.open());
        QSqlQuery q(c);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TRIGGER boom BEFORE UPDATE OF status ON tasks "
                                          "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("trigger"));
    FeedbackUpdate second = good;
    second.taskId = ours[1].id;
    second.sheetRow = 6;
    EXPECT_FALSE(repo->applyFeedback(unitId, {good, second}, QStringLiteral("王科长"), nullptr, &e));
    EXPECT_EQ(e.kind, StoreError::Sql);
    EXPECT_EQ(count(dbPath, QStringLiteral("SELECT count(*) FROM progress_updates")), progress);
    EXPECT_EQ(count(dbPath, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    EXPECT_EQ(repo->task(ours[0].id)->record.percent, 0);
}

TEST_F(Feedback, BrokenFilesGetAClearMessage)
{
    struct Case
    {
        QString file, says;
    };
    const QList<Case> cases = {
        {fixture(QStringLiteral("feedback/truncated.xlsx")),
         QStringLiteral("不是有效的 Excel 文件（.xlsx），可能已损坏或不完整")},
        {fixture(QStringLiteral("feedback/not_a_spreadsheet.xlsx")),
         QStringLiteral("不是有效的 Excel 文件（.xlsx）")},
        {fixture(QStringLiteral("feedback/old_format.xls")),
         QStringLiteral("是旧版 Excel 文件（.xls），请在 Excel 或 WPS 中另存为 .xlsx")},
        {fixture(QStringLiteral("feedback/no_workbook.xlsx")), QStringLiteral("缺少工作簿 xl/workbook.xml")},
        {dir.filePath(QStringLiteral("missing.xlsx")), QStringLiteral("找不到文件")},
    };
    for (const Case& c : cases) {
        FeedbackPreview pv;
        QString error;
        EXPECT_FALSE(previewFeedback(*repo, c.file, &pv, &error)) << c.file.toStdString();
        EXPECT_TRUE(error.contains(c.says)) << c.file.toStdString() << ": " << error.toStdString();
    }
    // A real .xlsx that is not a feedback sheet: the ledger.
    const QString ledger = dir.filePath(QStringLiteral("台账.xlsx"));
    QString error;
    ASSERT_TRUE(writeLedgerXlsx(ledgerRows(*repo, TaskFilter{}), ledger, &error));
    FeedbackPreview pv;
    EXPECT_FALSE(previewFeedback(*repo, ledger, &pv, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("台账.xlsx 不是督办导出的单位反馈表")))
        << error.toStdString();
}

// A third writer: LibreOffice opens the filled sheet and saves it again with its own XML (other relationship
// ids, its own shared strings, dates as styled numbers). Skipped where LibreOffice is not installed.
TEST_F(Feedback, ReadsWhatLibreOfficeSaves)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "soffice not installed";
    ASSERT_TRUE(fillSheet(sheet, filled(), SaveStyle::SharedStrings));
    QProcess lo;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    lo.setProcessEnvironment(env);
    lo.start(soffice, {QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("xlsx"),
                       QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo")), sheet});
    ASSERT_TRUE(lo.waitForFinished(180000));
    const QString resaved = dir.filePath(QStringLiteral("lo/") + QFileInfo(sheet).fileName());
    ASSERT_TRUE(QFile::exists(resaved)) << lo.readAllStandardError().toStdString();
    ASSERT_NE(zipRead(resaved, "xl/workbook.xml"), zipRead(sheet, "xl/workbook.xml"));
    FeedbackPreview pv;
    QString error;
    ASSERT_TRUE(previewFeedback(*repo, resaved, &pv, &error)) << error.toStdString();
    ASSERT_EQ(pv.rows.size(), 8);
    EXPECT_EQ(pv.rows[0].text, QStringLiteral("已发放第一批消费券 3000 万元"));
    EXPECT_EQ(pv.rows[0].percent, 60);
    EXPECT_EQ(pv.rows[0].date, QDate(2022, 10, 10));
    EXPECT_EQ(pv.rows[7].text, QStringLiteral("召开专题会议，部署下一阶段工作"));
    EXPECT_EQ(pv.count(FeedbackPreviewRow::Outcome::Accepted), 3);
    EXPECT_EQ(pv.count(FeedbackPreviewRow::Outcome::Refused), 5);
}

TEST(XlsxReader, ColumnsFromReferences)
{
    EXPECT_EQ(xlsxColumn(u"A1"), 1);
    EXPECT_EQ(xlsxColumn(u"M12"), 13);
    EXPECT_EQ(xlsxColumn(u"AA3"), 27);
    EXPECT_EQ(xlsxColumn(u"12"), 0);
}
