// The feedback dialog on a real SQLite file: export 市商务局's sheet, fill it in, preview (accepted and
// refused rows tinted by outcome), confirm, and see the change through a second connection.
// DUBAN_FEEDBACK_SCREENSHOTS=DIR saves the dialog's two tabs there (docs/screenshots/feedback*.png).
#include "core/clock.h"
#include "feedbackfill.h"
#include "gui/edit/taskeditor.h"
#include "gui/feedback/feedbackdialog.h"
#include "gui/feedback/feedbackpreviewmodel.h"
#include "gui/mainwindow.h"
#include "guitest.h"
#include "palette/warningpalette.h"
#include "seeddb.h"
#include "store/repository.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <functional>

using namespace duban;
using namespace duban::test;

class TestFeedbackDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    TaskEditor m_editor; // writes, as the window's
    Repository* m_repo = nullptr;
    qint64 m_unit = 0;
    QList<TaskRecord> m_ours;

private slots:
    void initTestCase()
    {
        test::isolateSettings(QStringLiteral("duban-feedback-test"));
        Clock::pin(QDateTime(QDate(2020, 7, 15), QTime(9, 0)));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("d.sqlite"));
        m_editor.setRepository(Repository::open(m_db));
        m_repo = m_editor.repository();
        QVERIFY(m_repo);
        QString why;
        QVERIFY2(importSeed(*m_repo, QStringLiteral("002_d0bee7f88f53cd37.txt"), &why), qPrintable(why));
        m_unit = m_repo->findUnit(QStringLiteral("市商务局")).value_or(0);
        QVERIFY(m_unit > 0);
        TaskFilter f;
        f.unit = QStringLiteral("市商务局");
        m_ours = m_repo->tasks(f);
        QVERIFY(m_ours.size() >= 4);
    }

    void exportOneUnitAndAll()
    {
        FeedbackDialog dialog(m_editor, FeedbackDialog::ExportTab);
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("unitCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->itemData(0).toLongLong(), 0); // every unit first
        const int i = combo->findData(m_unit);
        QVERIFY(i > 0);
        QCOMPARE(combo->itemText(i), QStringLiteral("市商务局（13 项任务）"));
        const QString folder = m_dir.filePath(QStringLiteral("out"));
        const QStringList one = dialog.exportSheets(m_unit, folder);
        QCOMPARE(one, QStringList{QDir(folder).filePath(QStringLiteral("市商务局_反馈表_2020-07-15.xlsx"))});
        QVERIFY(QFile::exists(one.first()));
        const QStringList all = dialog.exportSheets(0, m_dir.filePath(QStringLiteral("all")));
        QCOMPARE(all.size(), combo->count() - 1);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("exportResult"))
                    ->text()
                    .startsWith(QStringLiteral("已导出 %1 个反馈表到").arg(all.size())));
        combo->setCurrentIndex(i);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (const QString shots = qEnvironmentVariable("DUBAN_FEEDBACK_SCREENSHOTS"); !shots.isEmpty())
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/feedback-export.png")));
    }

    void previewAndConfirm()
    {
        FeedbackDialog dialog(m_editor, FeedbackDialog::ImportTab);
        const QString sheet = dialog.exportSheets(m_unit, m_dir.filePath(QStringLiteral("round"))).value(0);
        QVERIFY(!sheet.isEmpty());
        QVERIFY(fillSheet(
            sheet,
            {{QStringLiteral("I5"), QStringLiteral("已召开全市促消费工作推进会，发放消费券 2000 万元")},
             {QStringLiteral("J5"), QStringLiteral("40"), true},
             {QStringLiteral("K5"), QStringLiteral("进行中")},
             {QStringLiteral("L5"), QStringLiteral("李四")},
             {QStringLiteral("J6"), QStringLiteral("150"), true},
             {QStringLiteral("A7"), QStringLiteral("99999"), true},
             {QStringLiteral("I7"), QStringLiteral("编号被改动")},
             {QStringLiteral("I8"), QStringLiteral("正在对接银行")},
             {QStringLiteral("K8"), QStringLiteral("差不多了")}},
            SaveStyle::SharedStrings));
        FeedbackPreviewModel* model = dialog.previewModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(dialog.loadSheet(sheet));
        QCOMPARE(model->rowCount(), 4);
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model->data(model->index(row, column), role);
        };
        QCOMPARE(cell(0, FeedbackPreviewModel::Row).toInt(), 5);
        QCOMPARE(cell(0, FeedbackPreviewModel::Outcome).toString(), QStringLiteral("导入"));
        QCOMPARE(cell(0, FeedbackPreviewModel::Percent).toString(), QStringLiteral("40%"));
        QCOMPARE(cell(0, FeedbackPreviewModel::Detail).toString(),
                 QStringLiteral("新增进展；进度 0% → 40%；状态 未开始 → 进行中"));
        QCOMPARE(cell(1, FeedbackPreviewModel::Outcome).toString(), QStringLiteral("拒绝"));
        QCOMPARE(cell(1, FeedbackPreviewModel::Detail).toString(),
                 QStringLiteral("完成进度“150”应为 0 到 100 之间的整数"));
        QCOMPARE(cell(2, FeedbackPreviewModel::Detail).toString(),
                 QStringLiteral("数据库中没有编号为 99999 的任务"));
        QCOMPARE(cell(3, FeedbackPreviewModel::Row).toInt(), 8);
        const WarningPalette& p = WarningPalette::current();
        QCOMPARE(cell(0, FeedbackPreviewModel::Title, Qt::BackgroundRole).value<QColor>(),
                 p.tint(DueState::OnTrack));
        QCOMPARE(cell(1, FeedbackPreviewModel::Title, Qt::BackgroundRole).value<QColor>(),
                 p.tint(DueState::Overdue));
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("importSummary"));
        QCOMPARE(summary->text(), QStringLiteral("市商务局的反馈表（导出于 2020-07-15）：可导入 1 行，不变 0 "
                                                 "行，拒绝 3 行。确认后写入通过检查的行。"));
        auto* confirm = dialog.findChild<QPushButton*>(QStringLiteral("confirmImport"));
        QVERIFY(confirm->isEnabled());

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (const QString shots = qEnvironmentVariable("DUBAN_FEEDBACK_SCREENSHOTS"); !shots.isEmpty())
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/feedback.png")));

        QSignalSpy imported(&dialog, &FeedbackDialog::imported);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE(imported.count(), 1);
        QVERIFY(!confirm->isEnabled());
        QCOMPARE(summary->text(),
                 QStringLiteral("已导入市商务局的反馈：新增进展 1 条，进度变更 1 项，状态变更 1 项。"));

        auto second = Repository::open(m_db);
        QVERIFY(second);
        const auto t = second->task(m_ours[0].id);
        QVERIFY(t);
        QCOMPARE(t->record.status, Status::InProgress);
        QCOMPARE(t->record.percent, 40);
        QCOMPARE(t->progress.size(), 1);
        QCOMPARE(t->progress[0].author, QStringLiteral("李四"));
        QCOMPARE(t->progress[0].unit, QStringLiteral("市商务局"));
        QVERIFY(second->task(m_ours[1].id)->progress.isEmpty());
        QVERIFY(second->task(m_ours[3].id)->progress.isEmpty());
    }

    // File menu: 导入单位反馈表… opens the dialog on its import tab; an import reloads the window's views.
    void mainWindowActionReloadsViews()
    {
        MainWindow window(MainWindow::Options{m_db, false});
        window.show();
        QAction* exportAction = window.findChild<QAction*>(QStringLiteral("actionExportFeedback"));
        QAction* importAction = window.findChild<QAction*>(QStringLiteral("actionImportFeedback"));
        QVERIFY(exportAction && importAction);
        QCOMPARE(importAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+I")));
        QCOMPARE(exportAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
        // The Reports page carries the same two actions in its feedback box.
        auto* box = window.findChild<QGroupBox*>(QStringLiteral("feedbackArea"));
        QVERIFY(box);
        auto* exportButton = box->findChild<QToolButton*>(QStringLiteral("actionExportFeedbackButton"));
        auto* importButton = box->findChild<QToolButton*>(QStringLiteral("actionImportFeedbackButton"));
        QVERIFY(exportButton && importButton);
        QCOMPARE(exportButton->defaultAction(), exportAction);
        QCOMPARE(importButton->defaultAction(), importAction);
        auto* counts = window.findChild<QLabel*>(QStringLiteral("statusCounts"));
        QVERIFY(counts->text().contains(QStringLiteral("已办结 0")));
        // An edit before the import: undoing it afterwards would write over the unit's figures (issue 12).
        QVERIFY(window.editor()->setFields({{m_ours[2].id, TaskField::Title, QStringLiteral("改过的名称")}},
                                           QStringLiteral("改名")));
        QCOMPARE(window.undoStack()->count(), 1);

        FeedbackDialog exporter(m_editor, FeedbackDialog::ExportTab);
        const QString sheet = exporter.exportSheets(m_unit, m_dir.filePath(QStringLiteral("menu"))).value(0);
        QVERIFY(
            fillSheet(sheet, {{QStringLiteral("K9"), QStringLiteral("已办结")}}, SaveStyle::InlineStrings));
        int tab = -1;
        bool imported = false;
        std::function<void()> drive = [&] {
            auto* d = qobject_cast<FeedbackDialog*>(QApplication::activeModalWidget());
            if (!d) {
                QTimer::singleShot(20, drive);
                return;
            }
            tab = d->findChild<QTabWidget*>(QStringLiteral("feedbackTabs"))->currentIndex();
            imported = d->loadSheet(sheet) && d->confirmImport();
            d->reject();
        };
        QTimer::singleShot(0, drive);
        importAction->trigger();
        QCOMPARE(tab, int(FeedbackDialog::ImportTab));
        QVERIFY(imported);
        QVERIFY2(counts->text().contains(QStringLiteral("已办结 1")), qPrintable(counts->text()));
        QCOMPARE(window.undoStack()->count(), 0); // the import cannot be undone: the history is cleared
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("不能再撤销")));
    }

    void brokenSheetShowsTheReason()
    {
        FeedbackDialog dialog(m_editor, FeedbackDialog::ImportTab);
        QVERIFY(!dialog.loadSheet(sourceDir() + QStringLiteral("/tests/fixtures/feedback/truncated.xlsx")));
        QCOMPARE(dialog.previewModel()->rowCount(), 0);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("importSummary"))
                    ->text()
                    .startsWith(QStringLiteral("truncated.xlsx 不是有效的 Excel 文件（.xlsx）")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("confirmImport"))->isEnabled());
    }
};

QTEST_MAIN(TestFeedbackDialog)
#include "test_feedbackdialog.moc"
