// Live views (issue 13 item 5): on a shared server, a change another desk makes shows in this window's task
// table and detail panel within a second, without a reset of the table (selection and scroll stay). Runs
// on the test cluster (pg.test_gui_liveviews, DUBAN_TEST_PG); skipped without one.
#include "core/clock.h"
#include "gui/edit/taskeditor.h"
#include "gui/gantt/ganttmodel.h"
#include "gui/gantt/ganttpage.h"
#include "gui/kanban/kanbanmodel.h"
#include "gui/kanban/kanbanpage.h"
#include "gui/load/backgroundload.h"
#include "gui/mainwindow.h"
#include "gui/overdue/overduepage.h"
#include "gui/overdue/warningtaskmodel.h"
#include "gui/tasks/taskdetailpanel.h"
#include "gui/tasks/taskspage.h"
#include "gui/tasks/tasktablemodel.h"
#include "guitest.h"
#include "store/repository.h"
#include "testdb.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace duban;

class TestLiveViews : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Repository> m_otherDesk;
    QList<qint64> m_ids; // in deadline order, as the table lists them

    TaskTableModel* model() { return m_window->tasksPage()->model(); }
    QString titleAt(int row) { return model()->index(row, int(TaskColumn::Title)).data().toString(); }

private slots:
    void initTestCase()
    {
        if (!test::onServer())
            QSKIP("needs the PostgreSQL test cluster (DUBAN_TEST_PG)");
        test::isolateSettings(QStringLiteral("duban-liveviews-test"));
        Clock::pin(QDateTime(QDate(2022, 10, 1), QTime(9, 0)));
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->error().isEmpty(), qPrintable(m_db->error()));
        StoreError e;
        m_otherDesk = Repository::open(m_db->location(), {}, &e);
        QVERIFY2(m_otherDesk, qPrintable(e.message));
        // Tasks by hand at the other desk, in deadline order as the table lists them.
        const QStringList titles{QStringLiteral("建立协调机制"), QStringLiteral("完善考核办法"),
                                 QStringLiteral("开展专项督查")};
        for (int i = 0; i < titles.size(); ++i) {
            NewTask t;
            t.title = titles.at(i);
            t.leadUnits = {QStringLiteral("市商务局")};
            t.deadline = QDate(2022, 12, 1).addDays(i);
            const qint64 id = m_otherDesk->createTask(t, QStringLiteral("测试员"), &e);
            QVERIFY2(id > 0, qPrintable(e.message));
            m_ids.append(id);
        }
        m_window = test::mainWindowOn(m_db->location());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY2(m_window->editor()->repository(), "the window did not open the server database");
        QVERIFY(m_window->editor()->repository()->isServer());
        QTRY_COMPARE(model()->rowCount(), 3);
        QCOMPARE(titleAt(1), QStringLiteral("完善考核办法"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_otherDesk.reset();
        m_db.reset();
        Clock::release();
    }

    void anotherDesksEditShowsInTheRowWithinASecond()
    {
        m_window->tasksPage()->showTask(m_ids.at(1));
        QCOMPARE(m_window->tasksPage()->detail()->taskId(), m_ids.at(1));
        QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_window->editor(), &TaskEditor::changed);
        StoreError e;
        QVERIFY2(m_otherDesk->applyEdits({{m_ids.at(1), TaskField::Title, QStringLiteral("完善年度考核办法")},
                                          {m_ids.at(1), TaskField::Percent, 40}},
                                         QStringLiteral("另一台电脑"), nullptr, &e),
                 qPrintable(e.message));
        QTRY_COMPARE_WITH_TIMEOUT(titleAt(1), QStringLiteral("完善年度考核办法"), 1000);
        QCOMPARE(model()->index(1, int(TaskColumn::Percent)).data(TaskTableModel::PercentRole).toInt(), 40);
        QCOMPARE(reset.count(), 0); // the rows were read again, the table was not reset
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1).value<QList<qint64>>(), QList<qint64>{m_ids.at(1)});
        // The detail panel shows the task: it reads it again too.
        auto* title = m_window->tasksPage()->detail()->findChild<QLineEdit*>(QStringLiteral("detailTitle"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("完善年度考核办法"));
    }

    void ownEditsAreNotReadTwice()
    {
        QSignalSpy changed(m_window->editor(), &TaskEditor::changed);
        QVERIFY(
            m_window->editor()->setFields({{m_ids.at(0), TaskField::Percent, 20}}, QStringLiteral("进度")));
        QCOMPARE(changed.count(), 1);
        QTest::qWait(300); // our own notification would arrive by now
        QCOMPARE(changed.count(), 1);
    }

    // The board, the Gantt chart and the overdue list follow too, each reading only what the notice named:
    // none of them is reset, the card or row stays where the user's selection is.
    void theOtherViewsFollowInPlace()
    {
        StoreError e;
        m_window->showView(MainWindow::Kanban);
        KanbanModel* board = m_window->kanbanPage()->model();
        QTRY_COMPARE(board->rowCount(), 3);
        QSignalSpy boardReset(board, &QAbstractItemModel::modelReset);
        QVERIFY2(m_otherDesk->applyEdits({{m_ids.at(2), TaskField::Status, int(Status::Done)}},
                                         QStringLiteral("另一台电脑"), nullptr, &e),
                 qPrintable(e.message));
        QTRY_COMPARE_WITH_TIMEOUT(
            board->index(board->rowOfId(m_ids.at(2))).data(KanbanModel::StatusRole).toInt(),
            int(Status::Done), 1000);
        QCOMPARE(boardReset.count(), 0);

        m_window->showView(MainWindow::Gantt);
        GanttModel* gantt = m_window->ganttPage()->model();
        QTRY_VERIFY(gantt->rowCount() > 0 && !BackgroundLoad::anyBusy());
        QSignalSpy ganttReset(gantt, &QAbstractItemModel::modelReset);
        QVERIFY2(m_otherDesk->applyEdits({{m_ids.at(0), TaskField::Percent, 55}},
                                         QStringLiteral("另一台电脑"), nullptr, &e),
                 qPrintable(e.message));
        auto ganttPercent = [&] {
            for (const GanttGroup& g : gantt->ganttData().groups)
                for (const GanttTask& t : g.tasks)
                    if (t.id == m_ids.at(0))
                        return t.percent;
            return -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(ganttPercent(), 55, 1000);
        QCOMPARE(ganttReset.count(), 0);

        m_window->showView(MainWindow::Overdue);
        WarningTaskModel* warned = m_window->overduePage()->taskModel();
        QTRY_VERIFY(!BackgroundLoad::anyBusy());
        const int onTrack = warned->groupRow(DueState::OnTrack);
        QVERIFY(onTrack >= 0);
        QTRY_VERIFY(warned->rowCount(warned->index(onTrack, 0)) > 0);
        QSignalSpy warnedReset(warned, &QAbstractItemModel::modelReset);
        QVERIFY2(m_otherDesk->applyEdits({{m_ids.at(0), TaskField::Percent, 60}},
                                         QStringLiteral("另一台电脑"), nullptr, &e),
                 qPrintable(e.message));
        auto warnedPercent = [&] {
            const QModelIndex group = warned->index(onTrack, 0);
            for (int r = 0; r < warned->rowCount(group); ++r)
                if (const TaskRecord* t = warned->taskAt(warned->index(r, 0, group));
                    t && t->id == m_ids.at(0))
                    return t->percent;
            return -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(warnedPercent(), 60, 1000);
        QCOMPARE(warnedReset.count(), 0);
        m_window->showView(MainWindow::Tasks);
    }

    void aTaskAddedElsewhereAppears()
    {
        NewTask t;
        t.title = QStringLiteral("建立月度通报制度");
        t.leadUnits = {QStringLiteral("市商务局")};
        StoreError e;
        QVERIFY2(m_otherDesk->createTask(t, QStringLiteral("另一台电脑"), &e) > 0, qPrintable(e.message));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 4, 1000);
    }
};

QTEST_MAIN(TestLiveViews)
#include "test_liveviews.moc"
