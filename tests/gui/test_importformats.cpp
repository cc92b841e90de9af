// File › 导入 and drops take every format the readers read; an Excel task list reaches the review screen
// with each task's sheet and row.
#include "gui/import/importformats.h"
#include "gui/import/importjob.h"
#include "gui/import/reviewpage.h"
#include "testpaths.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace duban;

class TestImportFormats : public QObject
{
    Q_OBJECT
private slots:
    void dialogListsEveryFormat()
    {
        const QString filter = ImportFormats::dialogFilter();
        const QString all = filter.section(QStringLiteral(";;"), 0, 0);
        for (const char* ext : {"*.ofd", "*.wps", "*.doc", "*.docx", "*.pdf", "*.xlsx", "*.xls", "*.et",
                                "*.rtf", "*.odt", "*.txt"})
            QVERIFY2(all.contains(QLatin1String(ext)), ext);
        QVERIFY(filter.endsWith(QStringLiteral("(*)")));
    }

    void dropsKeepReadableFiles()
    {
        const QStringList files =
            ImportFormats::importable({QUrl::fromLocalFile(QStringLiteral("/tmp/通知.OFD")),
                                       QUrl::fromLocalFile(QStringLiteral("/tmp/a.wps")),
                                       QUrl::fromLocalFile(QStringLiteral("/tmp/清单.et")),
                                       QUrl::fromLocalFile(QStringLiteral("/tmp/x.exe")),
                                       QUrl(QStringLiteral("https://example.org/a.doc"))});
        QCOMPARE(files, (QStringList{QStringLiteral("/tmp/通知.OFD"), QStringLiteral("/tmp/a.wps"),
                                     QStringLiteral("/tmp/清单.et")}));
    }

    void taskListRowsShowInTheReview()
    {
        ImportJob job;
        QSignalSpy done(&job, &ImportJob::finished);
        job.startFile(test::sourceDir() + QStringLiteral("/tests/fixtures/readers/tasklist.xlsx"));
        QVERIFY(done.wait(30000));
        const auto outcome = done.first().first().value<ImportOutcome>();
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.result.tasks.size(), 6);
        ReviewPage page;
        page.resize(1200, 800);
        page.setOutcome(outcome);
        page.show();
        auto* table = page.findChild<QTableView*>(QStringLiteral("reviewTable"));
        QVERIFY(table);
        table->setCurrentIndex(table->model()->index(5, 0));
        auto* hint = page.findChild<QLabel*>(QStringLiteral("reviewHint"));
        QVERIFY(hint);
        QVERIFY2(hint->text().contains(QStringLiteral("工作表“配合事项”第3行")), qPrintable(hint->text()));
        if (const QString dir = qEnvironmentVariable("DUBAN_SHOT_DIR"); !dir.isEmpty()) // to look at it
            page.grab().save(dir + QStringLiteral("/review-tasklist.png"));
    }
};

QTEST_MAIN(TestImportFormats)
#include "test_importformats.moc"
