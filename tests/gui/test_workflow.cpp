// The 督办 tab of the task's detail panel on a real SQLite file, today pinned to 2026-03-10: each step's
// dialog (found by object names) records its event through the TaskEditor, the timeline shows it, a step
// the workflow refuses is disabled with the reason, undo takes a step back, and the chase notice dialog
// writes its PDF and records the notice under its number.
#include "core/clock.h"
#include "gui/edit/taskeditor.h"
#include "gui/mainwindow.h"
#include "gui/overdue/overduepage.h"
#include "gui/overdue/warningsettingsdialog.h"
#include "gui/overdue/warningtaskmodel.h"
#include "gui/tasks/taskdetailpanel.h"
#include "gui/tasks/taskspage.h"
#include "gui/widgets/datefield.h"
#include "gui/workflow/chasenoticedialog.h"
#include "gui/workflow/eventdialog.h"
#include "gui/workflow/timelinemodel.h"
#include "gui/workflow/workflowpanel.h"
#include "guitest.h"
#include "palette/warningpalette.h"
#include "report/chasenotice.h"
#include "store/repository.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
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
    // A task of 市财政局 added straight to the store.
    qint64 newTask(const QString& title, const QDate& deadline)
    {
        NewTask t;
        t.title = title;
        t.leadUnits = {s(u"市财政局")};
        t.deadline = deadline;
        return editor()->repository()->createTask(t, s(u"测试"));
    }
    void openTimelineOf(qint64 id)
    {
        m_window->openTask(id);
        QTRY_COMPARE(panel()->taskId(), id);
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

    void chaseLevelsAreNamedAndColouredByThePalette()
    {
        // The office renames 催办 and colours 通报 purple in 预警设置.
        WarningSettingsDialog settings(WarningPalette::current());
        auto* name2 = settings.findChild<QLineEdit*>(QStringLiteral("chaseName2"));
        QVERIFY(name2);
        QCOMPARE(name2->placeholderText(), s(u"催办"));
        name2->setText(s(u"督促"));
        emit name2->textEdited(name2->text());
        QVERIFY(settings.findChild<QPushButton*>(QStringLiteral("warningColor_chase3")));
        WarningPalette p = settings.palette();
        QCOMPARE(p.chaseName(2), s(u"督促"));
        QCOMPARE(p.chaseColor(1), QColor(0x25, 0x63, 0xeb)); // 蓝 by default
        p.chaseColors[2] = QColor(0x80, 0x00, 0x80);
        WarningPalette::setCurrent(p);

        EventDialog dlg(WorkflowStep::Chase, s(u"任务"), {}, m_window.get());
        auto* level = dlg.findChild<QComboBox*>(QStringLiteral("levelCombo"));
        QCOMPARE(level->itemText(0), s(u"提醒"));
        QCOMPARE(level->itemText(1), s(u"督促"));
        QVERIFY(!level->itemIcon(2).isNull());
        ChaseNoticeDialog notice(editor(), m_other, m_window.get());
        QCOMPARE(notice.findChild<QComboBox*>(QStringLiteral("levelCombo"))->itemText(1),
                 s(u"督促（催办单）"));

        // The timeline names the chase recorded above by the palette and tints it purple.
        openTimelineOf(m_other);
        const int row = panel()->timeline()->rowCount() - 1;
        const QModelIndex stepCell = panel()->timeline()->index(row, TimelineModel::Step);
        QVERIFY2(stepCell.data().toString().startsWith(s(u"催办（通报）")),
                 qPrintable(stepCell.data().toString()));
        QCOMPARE(stepCell.data(Qt::BackgroundRole).value<QColor>(), p.chaseTint(3));
        QCOMPARE(p.chaseTint(3), QColor(233, 210, 233)); // 255 - 127 * 18 / 100, 255 - 255 * 18 / 100

        // The 催办单 prints the renamed level.
        ChaseNotice n;
        n.level = 2;
        n.noticeNo = s(u"督办〔2026〕9号");
        n.unit = s(u"市财政局");
        QVERIFY(chaseNoticeHtml(n).contains(s(u"级别：<span style=\"color:")));
        QVERIFY(chaseNoticeHtml(n).contains(s(u"督促</span>")));
        WarningPalette::setCurrent(WarningPalette::defaults());
    }

    void lateSignIsFlaggedInTableDetailAndOverdueView()
    {
        // 交办 on Mon 2026-03-02, unsigned on the pinned Tue 10th: 6 working days, over the default 3.
        EventInput in;
        in.kind = EventKind::Assign;
        in.unitId = m_finance;
        in.onDate = QDate(2026, 3, 2);
        QString why;
        QCOMPARE(editor()->recordEvent({m_other}, in, &why).size(), 1);
        QCOMPARE(WarningPalette::current().signWorkingDays, 3);

        TaskTableModel* table = m_window->tasksPage()->model();
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->idAt(r) == m_other)
                row = r;
        QVERIFY(row >= 0);
        const QModelIndex status = table->index(row, col(TaskColumn::Status));
        QTRY_VERIFY(status.data(TaskTableModel::SignLateRole).toBool());
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(status.data(Qt::ToolTipRole).toString(),
                 s(u"签收超时：市财政局 2026-03-02 交办，3 个工作日内未签收"));
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->idAt(r) == m_task) // signed without a 交办: nothing to flag
                QVERIFY(
                    !table->index(r, col(TaskColumn::Status)).data(TaskTableModel::SignLateRole).toBool());

        m_window->openTask(m_other);
        QTRY_COMPARE(m_window->tasksPage()->detail()->taskId(), m_other);
        auto* label = m_window->tasksPage()->detail()->findChild<QLabel*>(QStringLiteral("detailSignLate"));
        QVERIFY(label);
        QTRY_VERIFY(label->isVisibleTo(m_window->tasksPage()->detail()));
        QVERIFY(label->text().startsWith(s(u"签收超时：市财政局")));

        m_window->showView(MainWindow::Overdue); // the page attaches its models when shown
        WarningTaskModel* warn = m_window->overduePage()->taskModel();
        warn->reload();
        bool seen = false;
        for (int g = 0; g < warn->rowCount(); ++g) {
            const QModelIndex group = warn->index(g, 0);
            for (int r = 0; r < warn->rowCount(group); ++r) {
                const QModelIndex cell = warn->index(r, WarningTaskModel::column(TaskColumn::Status), group);
                if (cell.data(WarningTaskModel::IdRole).toLongLong() != m_other)
                    continue;
                seen = true;
                QVERIFY(cell.data(WarningTaskModel::SignLateRole).toBool());
                QVERIFY(cell.data(Qt::ToolTipRole).toString().startsWith(s(u"签收超时")));
            }
        }
        QVERIFY(seen);

        // Six working days allowed in 预警设置: the 6 passed are within it, the flag goes.
        WarningPalette p = WarningPalette::current();
        p.signWorkingDays = 6;
        WarningPalette::setCurrent(p);
        table->refresh();
        QVERIFY(!table->index(row, col(TaskColumn::Status)).data(TaskTableModel::SignLateRole).toBool());
        WarningPalette::setCurrent(WarningPalette::defaults());
    }

    void overdueViewJudgesByOriginalOrCurrentDeadline()
    {
        // Due Thu 2026-03-05, extended to 2026-04-30: on the pinned 10th late only by the original.
        const qint64 id = newTask(s(u"修缮中小学校舍"), QDate(2026, 3, 5));
        QVERIFY(id > 0);
        EventInput in;
        in.kind = EventKind::ExtendRequest;
        in.deadline = QDate(2026, 4, 30);
        in.text = s(u"汛期停工");
        QString why;
        QCOMPARE(editor()->recordEvent({id}, in, &why).size(), 1);
        in = {};
        in.kind = EventKind::ExtendApprove;
        QCOMPARE(editor()->recordEvent({id}, in, &why).size(), 1);
        QCOMPARE(editor()->repository()->task(id)->record.deadline, QDate(2026, 4, 30));

        OverduePage* page = m_window->overduePage();
        m_window->showView(MainWindow::Overdue);
        auto* judge = page->findChild<QComboBox*>(QStringLiteral("overdueJudgeBy"));
        QVERIFY(judge);
        QCOMPARE(judge->currentText(), s(u"按调整后时间"));
        WarningTaskModel* model = page->taskModel();
        auto overdueIds = [&] {
            QList<qint64> ids;
            const QModelIndex group = model->index(model->groupRow(DueState::Overdue), 0);
            for (int r = 0; r < model->rowCount(group); ++r)
                ids << model->index(r, 0, group).data(WarningTaskModel::IdRole).toLongLong();
            return ids;
        };
        page->reload();
        QTRY_VERIFY(!overdueIds().contains(id));
        judge->setCurrentIndex(judge->findText(s(u"按原定时间")));
        QVERIFY(page->rules().byOriginalDeadline);
        QTRY_VERIFY(overdueIds().contains(id));
        const QModelIndex group = model->index(model->groupRow(DueState::Overdue), 0);
        for (int r = 0; r < model->rowCount(group); ++r) {
            const QModelIndex cell = model->index(r, WarningTaskModel::column(TaskColumn::Days), group);
            if (cell.data(WarningTaskModel::IdRole).toLongLong() == id)
                QCOMPARE(cell.data().toString(), s(u"逾期 5 天")); // from the 5th, not the 30th of April
        }
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("overdueSummary"))
                    ->text()
                    .contains(QStringLiteral("逾期")));
        judge->setCurrentIndex(0);
        QTRY_VERIFY(!overdueIds().contains(id));
    }

    void suspendFromStatusOrTableIsTheWorkflowStep()
    {
        const qint64 id = newTask(s(u"整治背街小巷"), QDate(2026, 9, 30));
        QVERIFY(id > 0);
        m_window->showView(MainWindow::Tasks);
        m_window->openTask(id);
        QTRY_COMPARE(panel()->taskId(), id);
        TaskDetailPanel* detail = m_window->tasksPage()->detail();
        auto* status = detail->findChild<QComboBox*>(QStringLiteral("detailStatus"));
        const int suspended = status->findData(int(Status::Suspended));

        // 暂缓 picked in the status box opens the step's dialog; cancelled, nothing changes.
        test::onNextModal([](QWidget* dlg) {
            QCOMPARE(dlg->objectName(), QStringLiteral("eventDialog"));
            static_cast<QDialog*>(dlg)->reject();
        });
        status->setCurrentIndex(suspended);
        emit status->activated(suspended);
        QTRY_COMPARE(status->currentData().toInt(), int(Status::NotStarted));
        QVERIFY(editor()->repository()->events(id).isEmpty());

        // With a reason: the 暂缓 event, the status with it.
        test::onNextModal([](QWidget* dlg) { fill(dlg, s(u"等待规划调整")); });
        status->setCurrentIndex(suspended);
        emit status->activated(suspended);
        QTRY_COMPARE(editor()->repository()->task(id)->record.status, Status::Suspended);
        QList<TaskEvent> ev = editor()->repository()->events(id);
        QCOMPARE(ev.size(), 1);
        QCOMPARE(ev[0].kind, EventKind::Suspend);
        QCOMPARE(ev[0].text, s(u"等待规划调整"));
        QTRY_VERIFY(action("actionResume")->isEnabled());
        step(WorkflowStep::Resume, [](QWidget* dlg) { fill(dlg, {}); });
        QTRY_COMPARE(editor()->repository()->task(id)->record.status, Status::NotStarted);

        // The table's context menu: 暂缓任务… and 撤销任务… take the same steps.
        QAction* suspend = m_window->findChild<QAction*>(QStringLiteral("actionSuspendTask"));
        QVERIFY(suspend);
        QVERIFY(m_window->tasksPage()->table()->actions().contains(suspend));
        test::onNextModal([](QWidget* dlg) { fill(dlg, s(u"资金未落实")); });
        suspend->trigger();
        QTRY_COMPARE(editor()->repository()->events(id).size(), 3);
        QCOMPARE(editor()->repository()->events(id).last().kind, EventKind::Suspend);
        test::onNextModal([](QWidget* dlg) { fill(dlg, s(u"已并入其他任务")); });
        m_window->findChild<QAction*>(QStringLiteral("actionCancelTask"))->trigger();
        QTRY_COMPARE(editor()->repository()->events(id).size(), 4);
        ev = editor()->repository()->events(id);
        QCOMPARE(ev.last().kind, EventKind::Cancel);
        QCOMPARE(ev.last().text, s(u"已并入其他任务"));
        QVERIFY(editor()->repository()->task(id)->record.retired.isValid());
    }
};

QTEST_MAIN(TestWorkflow)
#include "test_workflow.moc"
