// The review screen for a recognised scan: the page image beside the text, the selected task's lines lit
// on the image, low-confidence lines flagged in both.
#include "../extract/scanfixture.h"
#include "extract/extractor.h"
#include "gui/import/importjob.h"
#include "gui/import/pageimageview.h"
#include "gui/import/reviewpage.h"
#include "gui/import/sourceview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace duban;

namespace {
// What the OCR reader yields for a one-page scan: lines, their boxes on the page and confidences.
ImportOutcome recognisedOutcome()
{
    ImportOutcome out;
    out.doc.path = QStringLiteral("/tmp/scan.png");
    out.doc.format = QStringLiteral("image");
    out.doc.lines = {QStringLiteral("驻马店市人民政府办公室关于深化改革的通知"),
                     QStringLiteral("驻政办〔2022〕60号"),
                     QStringLiteral("一、深化改革"),
                     QStringLiteral("（一）推进审批制度改革。2022年9月底前完成。"),
                     QStringLiteral("（责任单位：市财政局）"),
                     QStringLiteral("（二）完善数据共享。2023年底前完成。（责任单位：市大数据局）")};
    QImage page(850, 1200, QImage::Format_Grayscale8);
    page.fill(255);
    out.doc.pageImages = {page};
    const float conf[] = {93, 91, 95, 88, 52, 90};
    for (int i = 0; i < out.doc.lines.size(); ++i) {
        out.doc.geometry.append(LineGeometry{0, QRectF(0.1, 0.1 + i * 0.05, 0.8, 0.03), conf[i]});
        out.doc.locations.append(QStringLiteral("第1页（识别）"));
    }
    out.result = Extractor().extract(out.doc);
    return out;
}
} // namespace

class TestReviewOcr : public QObject
{
    Q_OBJECT
private slots:
    void pageImageBesideText()
    {
        ReviewPage page;
        page.resize(1400, 800);
        page.show();
        auto* image = page.findChild<PageImageView*>(QStringLiteral("reviewPageImage"));
        QVERIFY(image);
        QVERIFY(!image->isVisible()); // nothing to show before a scan

        const ImportOutcome out = recognisedOutcome();
        QCOMPARE(out.result.tasks.size(), 2);
        page.setOutcome(out);
        QVERIFY(image->isVisible());
        QCOMPARE(image->currentPage(), 0);
        // The first task (lines 4–5) is lit on the image where its boxes are.
        page.selectRow(0);
        const QList<QRect> lit = image->highlightedBoxes();
        QCOMPARE(lit.size(), 2);
        QCOMPARE(lit.first(), QRectF(85, 0.25 * 1200, 680, 36).toAlignedRect());
        // Line 5 was recognised with 52 % confidence: outlined on the image, tinted in the text, named in the
        // hint.
        QCOMPARE(image->lowConfidenceBoxes().size(), 1);
        auto* source = page.findChild<SourceView*>(QStringLiteral("reviewSource"));
        QCOMPARE(source->flaggedLines(), QList<int>{5});
        auto* hint = page.findChild<QLabel*>(QStringLiteral("reviewHint"));
        QVERIFY2(hint->text().contains(QStringLiteral("可信度低")), qPrintable(hint->text()));
        auto* summary = page.findChild<QLabel*>(QStringLiteral("reviewSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("1 行识别可信度低")));
        // The second task has no doubtful line.
        page.selectRow(1);
        QCOMPARE(image->highlightedBoxes().size(), 1);
        QVERIFY(!hint->text().contains(QStringLiteral("可信度低")));

        // A document with a text layer hides the image again.
        ImportOutcome text = out;
        text.doc.geometry.clear();
        text.doc.pageImages.clear();
        page.setOutcome(text);
        QVERIFY(!image->isVisible());
        QVERIFY(source->flaggedLines().isEmpty());
    }

    // A photo imported as the app does it: off the GUI thread, the page being recognised named, then the
    // review gets the page image; cancel ends the job as canceled.
    void importJobRecognisesWithProgressAndCancel()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
        test::writeTextPdf(
            pdf, QStringLiteral("驻马店市人民政府办公室\n关于深化改革的通知\n驻政办〔2022〕60号\n"
                                "（一）推进审批制度改革。2022年9月底前完成。（责任单位：市财政局）"));
        const QImage page = test::degrade(test::renderPage(pdf));
        const QString png = dir.filePath(QStringLiteral("photo.png"));
        QVERIFY(page.copy(0, 0, page.width(), page.height() / 3).save(png));

        ImportJob job;
        QSignalSpy texts(&job, &ImportJob::progressText);
        QSignalSpy done(&job, &ImportJob::finished);
        job.startFile(png);
        QVERIFY(done.wait(120000));
        const auto out = done.takeFirst().first().value<ImportOutcome>();
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        QVERIFY(out.doc.recognised());
        QCOMPARE(out.doc.pageImages.size(), 1);
        QCOMPARE(out.result.tasks.size(), 1);
        QStringList seen;
        for (const QList<QVariant>& t : texts)
            seen << t.first().toString();
        QVERIFY2(seen.contains(QStringLiteral("正在识别第 1/1 页…")), qPrintable(seen.join(u'|')));

        // The review of what was recognised; DUBAN_SCREENSHOT_DIR keeps a picture of it to look at.
        ReviewPage review;
        review.resize(1500, 700);
        review.setOutcome(out);
        review.show();
        QVERIFY(review.findChild<PageImageView*>(QStringLiteral("reviewPageImage"))->isVisible());
        QCOMPARE(
            review.findChild<PageImageView*>(QStringLiteral("reviewPageImage"))->highlightedBoxes().size(),
            out.result.tasks.first().lineEnd - out.result.tasks.first().lineStart + 1);
        if (qEnvironmentVariableIsSet("DUBAN_SCREENSHOT_DIR"))
            review.grab().save(qEnvironmentVariable("DUBAN_SCREENSHOT_DIR") +
                               QStringLiteral("/review-ocr.png"));

        QElapsedTimer t;
        t.start();
        job.startFile(png);
        QTest::qWait(300); // Tesseract is at work by now
        job.cancel();
        QVERIFY(done.wait(10000));
        QVERIFY(done.takeFirst().first().value<ImportOutcome>().canceled);
        QVERIFY(t.elapsed() < 10000);
    }
};

QTEST_MAIN(TestReviewOcr)
#include "test_reviewocr.moc"
