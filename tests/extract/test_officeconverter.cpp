// .doc/.wps/.rtf/.odt/.xls/.et through LibreOffice: the files read, the message without LibreOffice,
// cancel and the time limit killing the whole process group.
#include "extract/documentreader.h"
#include "extract/extractor.h"
#include "qtprint.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <csignal>
#include <gtest/gtest.h>

using namespace duban;

namespace {

bool haveLibreOffice()
{
    return !QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty();
}

// A stand-in soffice that never finishes and leaves a child behind, like soffice → oosplash → soffice.bin.
QString hangingOffice(const QTemporaryDir& dir)
{
    const QString script = dir.filePath(QStringLiteral("soffice"));
    QFile f(script);
    f.open(QIODevice::WriteOnly);
    f.write("#!/bin/sh\necho $$ > \"$0.pids\"\nsleep 600 &\necho $! >> \"$0.pids\"\nwait\n");
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return script;
}

// Running (a zombie waiting for its reaper has been killed).
bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray s = stat.readAll();
    const qsizetype close = s.lastIndexOf(')');
    return close > 0 && close + 2 < s.size() && s.at(close + 2) != 'Z';
}

struct EnvGuard
{
    explicit EnvGuard(const QByteArray& value) { qputenv("DUBAN_SOFFICE", value); }
    ~EnvGuard() { qunsetenv("DUBAN_SOFFICE"); }
};

} // namespace

TEST(OfficeConverter, WithoutLibreOfficeTheMessageNamesThePackage)
{
    EnvGuard env("/nonexistent/soffice");
    const ReadResult doc =
        DocumentReader::read(test::fixture(QStringLiteral("readers/office/textract-doc-raw_text.doc")));
    EXPECT_FALSE(doc.ok());
    EXPECT_TRUE(doc.error.contains(QStringLiteral("libreoffice-writer-nogui"))) << doc.error.toStdString();
    EXPECT_TRUE(doc.error.contains(QStringLiteral("textract-doc-raw_text.doc")));
    const ReadResult xls = DocumentReader::read(test::fixture(QStringLiteral("readers/tasklist.xls")));
    EXPECT_FALSE(xls.ok());
    EXPECT_TRUE(xls.error.contains(QStringLiteral("libreoffice-calc-nogui"))) << xls.error.toStdString();
}

TEST(OfficeConverter, CancelKillsTheWholeProcessGroupPromptly)
{
    QTemporaryDir dir;
    const QString office = hangingOffice(dir);
    EnvGuard env(QFile::encodeName(office));
    ReadLimits limits;
    QElapsedTimer clock;
    clock.start();
    limits.cancelled = [&clock] { return clock.elapsed() > 500; };
    const ReadResult r = DocumentReader::read(
        test::fixture(QStringLiteral("readers/office/textract-doc-raw_text.doc")), limits);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("已取消"))) << r.error.toStdString();
    EXPECT_LT(clock.elapsed(), 5000);
    QFile pids(office + QStringLiteral(".pids"));
    ASSERT_TRUE(pids.open(QIODevice::ReadOnly));
    const QList<QByteArray> ids = pids.readAll().split('\n');
    ASSERT_GE(ids.size(), 2);
    for (int i = 0; i < 50 && (alive(ids[0].toLongLong()) || alive(ids[1].toLongLong())); ++i)
        QThread::msleep(20);
    EXPECT_FALSE(alive(ids[0].toLongLong())); // the script
    EXPECT_FALSE(alive(ids[1].toLongLong())); // and the child it started
}

TEST(OfficeConverter, TimeLimitStopsAHangingConversion)
{
    QTemporaryDir dir;
    EnvGuard env(QFile::encodeName(hangingOffice(dir)));
    ReadLimits limits;
    limits.conversionSeconds = 1;
    const ReadResult r = DocumentReader::read(test::fixture(QStringLiteral("readers/tasklist.xls")), limits);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("1 秒内没有转换完"))) << r.error.toStdString();
}

TEST(OfficeConverter, ExcelTaskListSavedAsXlsImportsWithSheetRows)
{
    if (!haveLibreOffice())
        GTEST_SKIP() << "LibreOffice (libreoffice-calc-nogui) is not installed";
    const ReadResult r = DocumentReader::read(test::fixture(QStringLiteral("readers/tasklist.xls")));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.doc.format, QStringLiteral("xls"));
    EXPECT_EQ(r.doc.path, test::fixture(QStringLiteral("readers/tasklist.xls")));
    const auto tasks = Extractor().extract(r.doc).tasks;
    ASSERT_EQ(tasks.size(), 6);
    EXPECT_EQ(tasks[0].deadline, QDate(2024, 9, 30));
    EXPECT_EQ(r.doc.locationOf(tasks[5].lineStart), QStringLiteral("工作表“配合事项”第3行"));
}

TEST(OfficeConverter, WpsSpreadsheetNameTakesTheSamePath)
{
    if (!haveLibreOffice())
        GTEST_SKIP() << "LibreOffice is not installed";
    // Kingsoft ET files are Excel 97 compound files; the .et name must be routed to the spreadsheet
    // conversion, not refused as text.
    QTemporaryDir dir;
    const QString et = dir.filePath(QStringLiteral("任务清单.et"));
    ASSERT_TRUE(QFile::copy(test::fixture(QStringLiteral("readers/tasklist.xls")), et));
    const ReadResult r = DocumentReader::read(et);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.doc.format, QStringLiteral("et"));
    EXPECT_EQ(r.doc.lines[1], QStringLiteral("序号\t类别\t重点任务\t工作目标\t完成时限\t责任单位"));
}

TEST(OfficeConverter, DamagedWordFileSaysWhatIsWrong)
{
    QTemporaryDir dir;
    const QString doc = dir.filePath(QStringLiteral("损坏.doc"));
    QFile f(doc);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\x01'));
    f.close();
    const ReadResult r = DocumentReader::read(doc);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("损坏.doc"))) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(QStringLiteral("另存为 .docx"))) << r.error.toStdString();
}
