// The whole window on a real SQLite file: import a seed, accept, see the tasks, filter by unit, search,
// edit a deadline, add a progress update, undo, merge two units — each checked through a second,
// independent connection to the same file.
#include "core/clock.h"
#include "gui/import/reviewpage.h"
#include "gui/mainwindow.h"
#include "gui/tasks/taskdetailpanel.h"
#include "gui/tasks/taskspage.h"
#include "gui/units/unitsmodel.h"
#include "gui/units/unitspage.h"
#include "gui/widgets/datefield.h"
#include "guitest.h"
#include "store/repository.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace duban;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;

    // A separate connection to the same file: what is there is what was persisted.
    std::unique_ptr<Repository> second()
    {
        StoreError e;
        auto repo = Repository::open(m_db, {}, &e);
        if (!repo)
            qWarning("second connection: %s", qPrintable(e.message));
        return repo;
    }
    QTableView* taskTable() { return m_window->findChild<QTableView*>(QStringLiteral("taskTable")); }
    qint64 currentTaskId() { return m_window->tasksPage()->detail()->taskId(); }

private slots:
    void initTestCase()
    {
        test::isolateSettings(QStringLiteral("duban-gui-test"));
        Clock::pin(QDateTime(QDate(2022, 10, 1), QTime(9, 0)));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("test.sqlite"));
        m_window = test::mainWindowOn(m_db);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->repository());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Clock::release();
    }

    void importSeedAndAccept()
    {
        QAbstractItemModelTester tester(m_window->tasksPage()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->importFiles({test::seed(QStringLiteral("001_b627dadf859ee7b6.txt"))});
        auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("viewStack"));
        QTRY_COMPARE_WITH_TIMEOUT(stack->currentWidget(), static_cast<QWidget*>(m_window->reviewPage()),
                                  30000);
        const int drafts = m_window->reviewPage()->model()->rowCount();
        QVERIFY(drafts > 10);
        // Nothing is stored before the reviewer accepts.
        QCOMPARE(second()->countTasks({}), 0);
        m_window->reviewPage()->findChild<QPushButton*>(QStringLiteral("acceptAllButton"))->click();
        QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget*>(m_window->tasksPage()));
        QTRY_COMPARE(taskTable()->model()->rowCount(), drafts);
        QCOMPARE(second()->countTasks({}), drafts);
    }

    void reimportingSameFileAddsNothing()
    {
        const int before = second()->countTasks({});
        m_window->importFiles({test::seed(QStringLiteral("001_b627dadf859ee7b6.txt"))});
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->importJob()->isRunning(), 30000);
        QTest::qWait(50);
        auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("viewStack"));
        QVERIFY(stack->currentWidget() != m_window->reviewPage());
        QCOMPARE(second()->countTasks({}), before);
    }

    void dropOpensReviewAndRejectWritesNothing()
    {
        const int before = second()->countTasks({});
        auto* mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(test::seed(QStringLiteral("002_d0bee7f88f53cd37.txt")))});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("viewStack"));
        QTRY_COMPARE_WITH_TIMEOUT(stack->currentWidget(), static_cast<QWidget*>(m_window->reviewPage()),
                                  30000);
        m_window->reviewPage()->findChild<QPushButton*>(QStringLiteral("rejectButton"))->click();
        QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget*>(m_window->tasksPage()));
        QCOMPARE(second()->countTasks({}), before);
        delete mime;
    }

    void filterByUnit()
    {
        auto* unit = m_window->findChild<QComboBox*>(QStringLiteral("unitFilter"));
        const QString name = QStringLiteral("市生态环境局");
        const int i = unit->findText(name);
        QVERIFY(i > 0);
        unit->setCurrentIndex(i);
        TaskFilter f;
        f.unit = name;
        const int expected = second()->countTasks(f);
        QVERIFY(expected > 0);
        QTRY_COMPARE(taskTable()->model()->rowCount(), expected);
        const QModelIndex lead = taskTable()->model()->index(0, col(TaskColumn::LeadUnits));
        const QModelIndex co = taskTable()->model()->index(0, col(TaskColumn::CoUnits));
        QVERIFY((lead.data().toString() + co.data().toString()).contains(name));
        m_window->findChild<QPushButton*>(QStringLiteral("clearFiltersButton"))->click();
        QTRY_COMPARE(taskTable()->model()->rowCount(), second()->countTasks({}));
    }

    void searchChinese()
    {
        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        search->setText(QStringLiteral("饮用水"));
        TaskFilter f;
        f.search = QStringLiteral("饮用水");
        const int expected = second()->countTasks(f);
        QVERIFY(expected > 0);
        QTRY_COMPARE(taskTable()->model()->rowCount(), expected);
        QVERIFY(expected < second()->countTasks({}));
        search->clear();
        QTRY_COMPARE(taskTable()->model()->rowCount(), second()->countTasks({}));
    }

    void editDeadlineAddProgressUndo()
    {
        m_window->tasksPage()->selectFirstRow();
        QTRY_VERIFY(currentTaskId() != 0);
        const qint64 id = currentTaskId();
        const QDate oldDeadline = second()->task(id)->record.deadline;
        const int oldPercent = second()->task(id)->record.percent;

        auto* deadline = m_window->findChild<DateField*>(QStringLiteral("detailDeadline"));
        QVERIFY(deadline);
        deadline->setFocus();
        QTest::keyClick(deadline, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(deadline, QStringLiteral("2023-03-31"));
        QTest::keyClick(deadline, Qt::Key_Return);
        QCOMPARE(second()->task(id)->record.deadline, QDate(2023, 3, 31));

        StoreAccess::ProgressEntry e;
        e.date = QDate(2022, 10, 1);
        e.text = QStringLiteral("已完成水源地规范化建设方案编制");
        e.percent = 40;
        e.author = QStringLiteral("张三");
        e.unit = QStringLiteral("市生态环境局");
        QVERIFY(m_window->tasksPage()->detail()->addProgressEntry(e));
        auto progress = second()->progress(id);
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.first().text, e.text);
        QCOMPARE(second()->task(id)->record.percent, 40);
        QVERIFY(m_window->findChild<QTableView*>(QStringLiteral("progressTable"))->model()->rowCount() == 1);

        // Undo the update, then the deadline: both are gone from the file.
        m_window->undoStack()->undo();
        QCOMPARE(second()->progress(id).size(), 0);
        QCOMPARE(second()->task(id)->record.percent, oldPercent);
        m_window->undoStack()->undo();
        QCOMPARE(second()->task(id)->record.deadline, oldDeadline);
        QTRY_COMPARE(deadline->date().isValid() && oldDeadline.isValid() ? deadline->date() : oldDeadline,
                     oldDeadline);
        // Redo brings the deadline back; the audit trail has every step.
        m_window->undoStack()->redo();
        QCOMPARE(second()->task(id)->record.deadline, QDate(2023, 3, 31));
        QVERIFY(second()->audit(id).size() >= 3);
    }

    void bulkStatus()
    {
        QTableView* table = taskTable();
        table->clearSelection();
        table->selectionModel()->select(
            QItemSelection(table->model()->index(1, 0), table->model()->index(3, 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QList<qint64> ids;
        for (int r = 1; r <= 3; ++r)
            ids << table->model()->index(r, 0).data(TaskTableModel::IdRole).toLongLong();
        m_window->tasksPage()->bulkSetStatus(Status::Done);
        for (qint64 id : ids)
            QCOMPARE(second()->task(id)->record.status, Status::Done);
        m_window->undoStack()->undo(); // one step for the whole selection
        for (qint64 id : ids)
            QVERIFY(second()->task(id)->record.status != Status::Done);
    }

    void mergeTwoUnits()
    {
        QAbstractItemModelTester tester(m_window->unitsPage()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto repo = second();
        const auto units = repo->units();
        const auto from =
            std::find_if(units.begin(), units.end(), [](const UnitRecord& u) { return u.taskCount > 0; });
        QVERIFY(from != units.end());
        const auto into = std::find_if(units.begin(), units.end(), [&](const UnitRecord& u) {
            return u.taskCount > 0 && u.id != from->id;
        });
        QVERIFY(into != units.end());
        TaskFilter f;
        f.unit = into->name;
        const int intoBefore = repo->countTasks(f);
        repo.reset();

        QString error;
        QVERIFY2(m_window->unitsPage()->merge(from->id, into->id, &error), qPrintable(error));
        repo = second();
        QCOMPARE(repo->findUnit(from->name).value_or(0), into->id); // the old name is now an alias
        QVERIFY(repo->countTasks(f) >= intoBefore);
        QCOMPARE(repo->units().size(), units.size() - 1);
        QCOMPARE(m_window->unitsPage()->model()->rowCount(), units.size() - 1);
    }

    void viewShortcutsSwitchViews()
    {
        auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("viewStack"));
        m_window->activateWindow();
        // The import progress dialog may have been up (a loaded machine takes over 400 ms): shortcuts
        // reach the window only once it is closed and the window is active again.
        QTRY_VERIFY(!QApplication::activeModalWidget());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
        QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget*>(m_window->unitsPage()));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget*>(m_window->tasksPage()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
