// The review screen without a database: extracted drafts in the table, the source beside them,
// in-place edits, unknown units flagged, accept / remove.
#include "core/status.h"
#include "extract/extractor.h"
#include "gui/import/reviewmodel.h"
#include "gui/import/reviewpage.h"
#include "gui/import/sourceview.h"
#include "gui/language.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBlock>

using namespace duban;

namespace {
ImportOutcome extractSeed(const QString& name)
{
    QFile f(test::seed(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("seed missing");
    ImportOutcome out;
    out.doc.path = test::seed(name);
    out.doc.format = QStringLiteral("txt");
    out.doc.lines = QString::fromUtf8(f.readAll()).split(u'\n');
    out.result = Extractor().extract(out.doc);
    return out;
}
} // namespace

class TestReviewPage : public QObject
{
    Q_OBJECT
private slots:
    void modelPassesTester()
    {
        ReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDrafts(extractSeed(QStringLiteral("001_b627dadf859ee7b6.txt")).result.tasks);
        QVERIFY(model.rowCount() > 10);
        QVERIFY(model.setData(model.index(0, ReviewModel::LeadUnits), QStringLiteral("市财政局、市发改委")));
        QCOMPARE(model.draft(0).leadUnits,
                 (QStringList{QStringLiteral("市财政局"), QStringLiteral("市发改委")}));
        QCOMPARE(model.draft(0).unitsCanonical.value(1), QStringLiteral("市发展和改革委员会"));
        model.removeDrafts({0, 2, 1});
        QVERIFY(model.rowCount() > 7);
    }

    void editsFlagsAndDeadline()
    {
        ReviewModel model;
        TaskDraft d;
        d.title = QStringLiteral("测试任务");
        d.leadUnits = {QStringLiteral("市大数据局")};
        d.coUnits = {QStringLiteral("市星际旅行管理局")};
        d.units = d.leadUnits + d.coUnits;
        model.setDrafts({d});
        QVERIFY(model.data(model.index(0, ReviewModel::LeadUnits), Qt::DecorationRole).isNull());
        QVERIFY(!model.data(model.index(0, ReviewModel::CoUnits), Qt::DecorationRole).isNull());
        QVERIFY(model.data(model.index(0, ReviewModel::CoUnits), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("星际")));
        QCOMPARE(model.unknownUnitCount(), 1);
        QVERIFY(model.setData(model.index(0, ReviewModel::CoUnits), QStringLiteral("市财政局")));
        QCOMPARE(model.unknownUnitCount(), 0);
        QVERIFY(model.setData(model.index(0, ReviewModel::Deadline), QDate(2022, 12, 31)));
        QCOMPARE(model.draft(0).deadline, QDate(2022, 12, 31));
        QVERIFY(model.setData(model.index(0, ReviewModel::Targets), QStringLiteral("达到45%；新增10家")));
        QCOMPARE(model.draft(0).targets.size(), 2);
        QVERIFY(!model.setData(model.index(0, ReviewModel::Title), QStringLiteral("  ")));
    }

    void pageHighlightsSourceAndAccepts()
    {
        ReviewPage page;
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const ImportOutcome out = extractSeed(QStringLiteral("001_b627dadf859ee7b6.txt"));
        page.setOutcome(out);
        auto* table = page.findChild<QTableView*>(QStringLiteral("reviewTable"));
        auto* source = page.findChild<SourceView*>(QStringLiteral("reviewSource"));
        QVERIFY(table && source);
        QCOMPARE(table->model()->rowCount(), out.result.tasks.size());

        page.selectRow(3);
        const TaskDraft& d = out.result.tasks.at(3);
        QTRY_COMPARE(source->highlighted(), qMakePair(d.lineStart, d.lineEnd));
        QCOMPARE(source->extraSelections().size(), d.lineEnd - d.lineStart + 1);
        // The highlighted line is on screen.
        const QTextBlock block = source->document()->findBlockByNumber(d.lineStart - 1);
        QVERIFY(source->cursorRect(QTextCursor(block)).intersects(source->viewport()->rect()));

        QSignalSpy accepted(&page, &ReviewPage::accepted);
        table->selectionModel()->clearSelection();
        table->selectRow(1);
        page.findChild<QPushButton*>(QStringLiteral("acceptSelectedButton"))->click();
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.at(0).at(0).value<QList<TaskDraft>>().size(), 1);
        page.findChild<QPushButton*>(QStringLiteral("acceptAllButton"))->click();
        QCOMPARE(accepted.at(1).at(0).value<QList<TaskDraft>>().size(), out.result.tasks.size());

        QSignalSpy rejected(&page, &ReviewPage::rejected);
        page.findChild<QPushButton*>(QStringLiteral("rejectButton"))->click();
        QCOMPARE(rejected.size(), 1);
    }

    // Last: installs the English translator for the rest of the process.
    void englishTranslationIsEmbedded()
    {
        ReviewModel model;
        QCOMPARE(model.headerData(ReviewModel::Targets, Qt::Horizontal).toString(), QStringLiteral("目标"));
        installTranslators(qApp, QStringLiteral("en"));
        QCOMPARE(model.headerData(ReviewModel::Targets, Qt::Horizontal).toString(),
                 QStringLiteral("Targets"));
        QCOMPARE(statusLabel(Status::Done), QStringLiteral("Done"));
    }
};

QTEST_MAIN(TestReviewPage)
#include "test_reviewpage.moc"
