// Extraction off the GUI thread: a seed file read and extracted with progress, a bad file reported,
// and a cancel that stops the job; plus a screenshot of the review screen when asked for one.
#include "gui/import/importjob.h"
#include "gui/import/reviewpage.h"
#include "testpaths.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace duban;

class TestImportJob : public QObject
{
    Q_OBJECT
private slots:
    void extractsSeedInBackground()
    {
        ImportJob job;
        QSignalSpy finished(&job, &ImportJob::finished);
        QSignalSpy progress(&job, &ImportJob::progress);
        job.startFile(test::seed(QStringLiteral("001_b627dadf859ee7b6.txt")));
        QVERIFY(job.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto out = finished.at(0).at(0).value<ImportOutcome>();
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        QVERIFY(!out.canceled);
        QVERIFY(out.result.tasks.size() > 10);
        QVERIFY(out.doc.lines.size() > 900);
    }

    void reportsUnreadableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        ImportJob job;
        QSignalSpy finished(&job, &ImportJob::finished);
        job.startFile(path);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.at(0).at(0).value<ImportOutcome>().error.isEmpty());
    }

    void cancelStopsLargeDocument()
    {
        // A large pasted document (the seed thirty times over) so that cancel lands mid-extraction.
        QFile f(test::seed(QStringLiteral("004_965ab3e643975aa5.txt")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll()).repeated(30);
        ImportJob job;
        QSignalSpy finished(&job, &ImportJob::finished);
        job.startText(text, QStringLiteral("big.txt"));
        job.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).value<ImportOutcome>().canceled);
        QVERIFY(!job.isRunning());
    }

    // With DUBAN_SCREENSHOT_DIR set (docs), saves the review screen on the first sample.
    void reviewScreenshot()
    {
        const QString dir = qEnvironmentVariable("DUBAN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("DUBAN_SCREENSHOT_DIR not set");
        ImportJob job;
        QSignalSpy finished(&job, &ImportJob::finished);
        job.startFile(test::seed(QStringLiteral("001_b627dadf859ee7b6.txt")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        ReviewPage page;
        page.resize(1360, 780);
        page.setOutcome(finished.at(0).at(0).value<ImportOutcome>());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.selectRow(4);
        QTest::qWait(200);
        QDir().mkpath(dir);
        QVERIFY(page.grab().save(dir + QStringLiteral("/review.png")));
    }
};

QTEST_MAIN(TestImportJob)
#include "test_importjob.moc"
