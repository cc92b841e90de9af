// The 督办 tab of the task's detail panel on a real SQLite file, today pinned to 2026-03-10: each step's
// dialog (found by object names) records its event through the TaskEditor, the timeline shows it, a step
// the workflow refuses is disabled with the reason, undo takes a step back, and the chase notice dialog
// writes its PDF and records the notice under its number.
#include "core/clock.h"
#include "gui/edit/taskeditor.h"
#include "gui/mainwindow.h"
#include "gui/tasks/taskdetailpanel.h"
#include "gui/tasks/taskspage.h"
#include "gui/widgets/datefield.h"
#include "gui/workflow/chasenoticedialog.h"
#include "gui/workflow/eventdialog.h"
#include "gui/workflow/timelinemodel.h"
#include "gui/workflow/workflowpanel.h"
#include "guitest.h"
#include "store/repository.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace duban;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

// Fills the step dialog the way a person would and presses 记录.
void fill(QWidget* dlg, const QString& text, const QDate& deadline = {}, bool refuse = false)
{
    if (!text.isEmpty())
        dlg->findChild<QPlainTextEdit*>(QStringLiteral("textEdit"))->setPlainText(text);
    if (deadline.isValid())
        dlg->findChild<DateField*>(QStringLiteral("deadlineEdit"))->setDate(deadline);
    if (refuse)
        dlg->findChild<QRadioButton*>(QStringLiteral("refuseRadio"))->setChecked(true);
    dlg->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_task = 0, m_other = 0, m_finance = 0;
    std::unique_ptr<MainWindow> m_window;

    WorkflowPanel* panel() { return m_window->tasksPage()->detail()->workflow(); }
    TaskEditor* editor() { return m_window->findChild<TaskEditor*>(); }
    QList<TaskEvent> events() { return editor()->repository()->events(m_task); }
    QAction* action(const char* name) { return m_window->findChild<QAction*>(QString::fromLatin1(name)); }
    // Takes a step through its dialog, filled by `f`.
    void step(WorkflowStep st, std::function<void(QWidget*)> f)
    {
        test::onNextModal(f);
        panel()->takeStep(st);
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(QStringLiteral("duban-workflow-test"));
        Clock::pin(QDateTime(QDate(2026, 3, 10), QTime(9, 0)));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("workflow.sqlite"));
        {
            auto r = Repository::open(m_db);
            QVERIFY(r);
            NewTask t;
            t.title = s(u"完成老旧小区改造");
            t.leadUnits = {s(u"市财政局")};
            t.deadline = QDate(2026, 3, 1); // overdue on the pinned day
            t.startDate = QDate(2026, 1, 1);
            m_task = r->createTask(t, s(u"测试"));
            t.title = s(u"建设污水管网");
            t.deadline = QDate(2026, 6, 30);
            m_other = r->createTask(t, s(u"测试"));
            m_finance = r->findUnit(s(u"市财政局")).value_or(0);
            QVERIFY(m_task > 0 && m_other > 0 && m_finance > 0);
        }
        m_window = test::mainWindowOn(m_db);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openTask(m_task);
        QTRY_COMPARE(panel()->taskId(), m_task);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Clock::release();
    }

    void refusedStepsAreDisabledWithTheReason()
    {
        QAction* strike = action("actionStrikeOff");
        QVERIFY(strike);
        QVERIFY(!strike->isEnabled());
        QVERIFY2(strike->toolTip().contains(s(u"没有复核通过的办结申请")), qPrintable(strike->toolTip()));
        QVERIFY(!action("actionExtendDecision")->isEnabled());
        QVERIFY(!action("actionResume")->isEnabled());
        QVERIFY(action("actionSign")->isEnabled());
        QCOMPARE(action("actionSign")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+Q")));
        // In the window's 督办 menu.
        QMenu* menu = m_window->menuBar()->findChild<QMenu*>(QStringLiteral("workflowMenu"));
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(strike));
    }

    void signShowsOnTheTimeline()
    {
        step(WorkflowStep::Sign, [](QWidget* dlg) {
            QCOMPARE(dlg->objectName(), QStringLiteral("eventDialog"));
            auto* unit = dlg->findChild<QComboBox*>(QStringLiteral("unitCombo"));
            QVERIFY(unit->isVisible());
            QCOMPARE(unit->currentText(), s(u"市财政局"));
            QVERIFY(!dlg->findChild<QComboBox*>(QStringLiteral("levelCombo"))->isVisible());
            fill(dlg, s(u"已签收，明确专人负责"));
        });
        QTRY_COMPARE(panel()->timeline()->rowCount(), 1);
        const QList<TaskEvent> ev = events();
        QCOMPARE(ev.size(), 1);
        QCOMPARE(ev[0].kind, EventKind::Sign);
        QCOMPARE(ev[0].unitId, m_finance);
        QCOMPARE(ev[0].onDate, QDate(2026, 3, 10));
        auto* view = panel()->findChild<QTableView*>(QStringLiteral("timelineView"));
        QCOMPARE(view->model()->index(0, TimelineModel::Step).data().toString(), s(u"签收"));
        QCOMPARE(view->model()->index(0, TimelineModel::Unit).data().toString(), s(u"市财政局"));
        QCOMPARE(view->model()->index(0, TimelineModel::Note).data().toString(), s(u"已签收，明确专人负责"));
        // Signed: 签收 again would be refused.
        QVERIFY(!action("actionSign")->isEnabled());

        // Undo takes the step back off the timeline.
        editor()->undoStack()->undo();
        QTRY_COMPARE(panel()->timeline()->rowCount(), 0);
        QVERIFY(events().isEmpty());
        editor()->undoStack()->redo();
        QTRY_COMPARE(panel()->timeline()->rowCount(), 1);
    }

    void extensionDialogs()
    {
        // The form refuses a request without a reason; nothing is stored.
        step(WorkflowStep::ExtendRequest, [](QWidget* dlg) {
            QVERIFY(dlg->findChild<DateField*>(QStringLiteral("deadlineEdit"))->isVisible());
            test::onNextModal([](QWidget* box) { static_cast<QDialog*>(box)->reject(); }); // 请写明理由
            fill(dlg, {}, QDate(2026, 5, 31));
            QTRY_VERIFY(QApplication::activeModalWidget() == dlg);
            fill(dlg, s(u"资金未到位"), QDate(2026, 5, 31));
        });
        QTRY_COMPARE(events().size(), 2);
        QCOMPARE(events().last().kind, EventKind::ExtendRequest);
        QVERIFY(action("actionExtendDecision")->isEnabled());

        step(WorkflowStep::ExtendDecision, [](QWidget* dlg) {
            // The request is shown, its date fills the granted one.
            auto* pending = dlg->findChild<QLabel*>(QStringLiteral("pendingLabel"));
            QVERIFY(pending->text().contains(QStringLiteral("2026-05-31")));
            QCOMPARE(dlg->findChild<DateField*>(QStringLiteral("deadlineEdit"))->date(), QDate(2026, 5, 31));
            fill(dlg, s(u"同意"));
        });
        QTRY_COMPARE(events().size(), 3);
        QCOMPARE(events().last().kind, EventKind::ExtendApprove);
        const auto t = editor()->repository()->task(m_task);
        QCOMPARE(t->record.deadline, QDate(2026, 5, 31));
        QCOMPARE(t->record.originalDeadline, QDate(2026, 3, 1));

        step(WorkflowStep::ExtendRequest, [](QWidget* dlg) { fill(dlg, s(u"再延"), QDate(2026, 8, 31)); });
        QTRY_COMPARE(events().size(), 4);
        step(WorkflowStep::ExtendDecision, [](QWidget* dlg) {
            auto* refuse = dlg->findChild<QRadioButton*>(QStringLiteral("refuseRadio"));
            refuse->setChecked(true);
            QVERIFY(!dlg->findChild<DateField*>(QStringLiteral("deadlineEdit"))->isVisible());
            fill(dlg, s(u"理由不充分"), {}, true);
        });
        QTRY_COMPARE(events().size(), 5);
        QCOMPARE(events().last().kind, EventKind::ExtendRefuse);
        QCOMPARE(editor()->repository()->task(m_task)->record.deadline, QDate(2026, 5, 31));
    }

    void closeReviewAndStrikeOff()
    {
        step(WorkflowStep::CloseRequest, [](QWidget* dlg) { fill(dlg, s(u"改造已完成")); });
        QTRY_COMPARE(events().size(), 6);
        step(WorkflowStep::CloseReview, [](QWidget* dlg) {
            QCOMPARE(dlg->findChild<QRadioButton*>(QStringLiteral("refuseRadio"))->text(), s(u"退回"));
            fill(dlg, s(u"佐证材料不全"), {}, true);
        });
        QTRY_COMPARE(events().size(), 7);
        QCOMPARE(events().last().kind, EventKind::CloseReturn);
        QVERIFY(!action("actionStrikeOff")->isEnabled());
        step(WorkflowStep::CloseRequest, [](QWidget* dlg) { fill(dlg, s(u"已补充照片")); });
        QTRY_COMPARE(events().size(), 8);
        step(WorkflowStep::CloseReview, [](QWidget* dlg) { fill(dlg, {}); });
        QTRY_COMPARE(events().size(), 9);
        QCOMPARE(events().last().kind, EventKind::CloseAccept);
        QCOMPARE(editor()->repository()->task(m_task)->record.status, Status::NotStarted);
        QTRY_VERIFY(action("actionStrikeOff")->isEnabled());
        step(WorkflowStep::StrikeOff, [](QWidget* dlg) { fill(dlg, {}); });
        QTRY_COMPARE(events().size(), 10);
        const auto t = editor()->repository()->task(m_task);
        QCOMPARE(t->record.status, Status::Done);
        QCOMPARE(t->record.percent, 100);
        for (const char* name : {"actionSign", "actionChase", "actionSuspend", "actionCloseRequest"})
            QVERIFY2(!action(name)->isEnabled(), name); // struck off: nothing follows
    }

    void suspendAndResume()
    {
        m_window->openTask(m_other);
        QTRY_COMPARE(panel()->taskId(), m_other);
        step(WorkflowStep::Suspend, [](QWidget* dlg) { fill(dlg, s(u"上级调整部署")); });
        QTRY_COMPARE(editor()->repository()->task(m_other)->record.status, Status::Suspended);
        QTRY_VERIFY(action("actionResume")->isEnabled());
        step(WorkflowStep::Resume, [](QWidget* dlg) { fill(dlg, {}); });
        QTRY_COMPARE(editor()->repository()->task(m_other)->record.status, Status::NotStarted);
    }

    void chaseNoticeWritesPdfAndRecordsTheNotice()
    {
        ChaseNoticeDialog dlg(editor(), m_other, m_window.get());
        auto* unit = dlg.findChild<QComboBox*>(QStringLiteral("unitCombo"));
        QCOMPARE(unit->currentText(), s(u"市财政局"));
        auto* number = dlg.findChild<QLabel*>(QStringLiteral("numberLabel"));
        QCOMPARE(number->text(), s(u"督办〔2026〕1号"));
        auto* list = dlg.findChild<QListWidget*>(QStringLiteral("taskList"));
        QCOMPARE(list->count(), 1); // the open one; the struck-off task is done
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        dlg.setLevel(3);
        const QString pdf = m_dir.filePath(QStringLiteral("notice.pdf"));
        QVERIFY2(dlg.savePdf(pdf), qPrintable(dlg.lastMessage()));
        QVERIFY(QFile(pdf).size() > 1000);
        const QList<TaskEvent> ev = editor()->repository()->events(m_other);
        QCOMPARE(ev.last().kind, EventKind::Chase);
        QCOMPARE(ev.last().level, 3);
        QCOMPARE(ev.last().noticeNo, s(u"督办〔2026〕1号"));
        QCOMPARE(number->text(), s(u"督办〔2026〕2号")); // the next one
    }

    void chaseActionOpensTheNotice()
    {
        test::onNextModal([](QWidget* dlg) {
            QCOMPARE(dlg->objectName(), QStringLiteral("chaseNoticeDialog"));
            static_cast<QDialog*>(dlg)->reject();
        });
        action("actionChase")->trigger();
        QTRY_VERIFY(!QApplication::activeModalWidget());
    }
};

QTEST_MAIN(TestWorkflow)
#include "test_workflow.moc"
