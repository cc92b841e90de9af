// The office's daily loop, keyboard first, on a real SQLite file holding seed 002 with today pinned to
// 2022-10-07: dates typed as people type them, keys that reach the table, Ctrl+Z where focus is, tasks by
// hand (new / cancel / delete, undoable), unique shortcuts, every view at 1024×700, the small things
// (title, paste dialog, merge target, review's 文号 column, what an empty extraction says).
#include "core/clock.h"
#include "extract/documentreader.h"
#include "gui/edit/taskeditor.h"
#include "gui/gantt/ganttpage.h"
#include "gui/import/emptyextraction.h"
#include "gui/import/reviewmodel.h"
#include "gui/import/reviewpage.h"
#include "gui/kanban/kanbanpage.h"
#include "gui/mainwindow.h"
#include "gui/overdue/overduepage.h"
#include "gui/reports/reportspage.h"
#include "gui/tasks/progressdialog.h"
#include "gui/tasks/taskdetailpanel.h"
#include "gui/tasks/taskspage.h"
#include "gui/units/unitspage.h"
#include "gui/widgets/datefield.h"
#include "guitest.h"
#include "seeddb.h"
#include "store/repository.h"
#include "testpaths.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>
#include <functional>

using namespace duban;

namespace {

using test::onNextModal;

// Types text as a keyboard and an input method would: QTest::keyClicks takes ASCII only.
void type(QWidget* w, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(w, c.toLatin1());
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
        QApplication::sendEvent(w, &release);
    }
}

} // namespace

class TestDailyLoop : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;

    std::unique_ptr<Repository> second() { return Repository::open(m_db); }
    QTableView* taskTable() { return m_window->findChild<QTableView*>(QStringLiteral("taskTable")); }
    TaskDetailPanel* detail() { return m_window->tasksPage()->detail(); }
    qint64 currentTaskId() { return detail()->taskId(); }
    void showFirstTask()
    {
        m_window->activateWindow(); // a dialog shown by the previous step may have taken the focus
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->showView(MainWindow::Tasks);
        m_window->tasksPage()->selectFirstRow();
        QTRY_VERIFY(currentTaskId() != 0);
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(QStringLiteral("duban-dailyloop-test"));
        Clock::pin(QDateTime(QDate(2022, 10, 7), QTime(9, 0)));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("dailyloop.sqlite"));
        {
            auto repo = Repository::open(m_db);
            QVERIFY(repo);
            QString why;
            QVERIFY2(test::importSeed(*repo, QStringLiteral("002_d0bee7f88f53cd37.txt"), &why),
                     qPrintable(why));
        }
        m_window = test::mainWindowOn(m_db);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY(taskTable()->model()->rowCount() > 0);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Clock::release();
    }

    // Item 3: 2024-06-30 typed into the deadline is 2024-06-30, and so are the other ways of writing it.
    void deadlineIsReadAsTyped()
    {
        showFirstTask();
        const qint64 id = currentTaskId();
        auto* field = m_window->findChild<QLineEdit*>(QStringLiteral("detailDeadline"));
        QVERIFY2(field, "the deadline is a text field that reads what is typed");
        const QList<QPair<QString, QDate>> typed{{QStringLiteral("2024-06-30"), QDate(2024, 6, 30)},
                                                 {QStringLiteral("2025/12/31"), QDate(2025, 12, 31)},
                                                 {QStringLiteral("20240630"), QDate(2024, 6, 30)},
                                                 {QStringLiteral("2024年7月1日"), QDate(2024, 7, 1)}};
        for (const auto& [text, date] : typed) {
            field->setFocus();
            QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
            type(field, text);
            QTest::keyClick(field, Qt::Key_Return);
            QCOMPARE(second()->task(id)->record.deadline, date);
        }
        // Not a date: nothing is stored, the field is marked.
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        type(field, QStringLiteral("2024-13-01"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(second()->task(id)->record.deadline, QDate(2024, 7, 1));
        QVERIFY(field->property("invalidDate").toBool());
        // The 原文 line still shows the source's wording, not the date typed.
        const QString printed = second()->task(id)->record.deadlineText;
        if (!printed.isEmpty())
            QVERIFY(!printed.contains(QStringLiteral("2024")));
    }

    // Item 7: Tab leaves the 时限 "from" field (a QDateEdit kept it between its sections).
    void tabLeavesTheDateFilter()
    {
        m_window->showView(MainWindow::Tasks);
        auto* from = m_window->findChild<QWidget*>(QStringLiteral("deadlineFrom"));
        QVERIFY(from);
        from->setFocus();
        QTRY_VERIFY(from->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(!from->isAncestorOf(QApplication::focusWidget()) && QApplication::focusWidget() != from);
    }

    // Item 6: a unit typed into the 单位 filter filters on Enter.
    void typedUnitFiltersOnEnter()
    {
        m_window->showView(MainWindow::Tasks);
        auto* unit = m_window->findChild<QComboBox*>(QStringLiteral("unitFilter"));
        unit->lineEdit()->setFocus();
        unit->lineEdit()->selectAll();
        type(unit->lineEdit(), QStringLiteral("商务局"));
        QTest::keyClick(unit->lineEdit(), Qt::Key_Return);
        TaskFilter f;
        f.unit = QStringLiteral("商务局");
        const int expected = second()->countTasks(f);
        QVERIFY(expected > 0 && expected < second()->countTasks({}));
        QTRY_COMPARE(taskTable()->model()->rowCount(), expected);
        m_window->findChild<QPushButton*>(QStringLiteral("clearFiltersButton"))->click();
        QTRY_COMPARE(taskTable()->model()->rowCount(), second()->countTasks({}));
    }

    // Item 7: Down in the search box goes into the results; Ctrl+1 and F6 land in the table, not a filter.
    void keysReachTheTable()
    {
        m_window->showView(MainWindow::Tasks);
        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        search->setFocus();
        type(search, QStringLiteral("消费"));
        QTest::keyClick(search, Qt::Key_Down);
        QTRY_VERIFY(taskTable()->hasFocus());
        QVERIFY(taskTable()->currentIndex().isValid());
        search->clear();
        auto* status = m_window->findChild<QComboBox*>(QStringLiteral("statusFilter"));
        status->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(taskTable()->hasFocus());
        status->setFocus();
        QTest::keyClick(status, Qt::Key_F6);
        QTRY_VERIFY(taskTable()->hasFocus());
        QCOMPARE(status->currentIndex(), 0);
    }

    // Item 8: Tab leaves the text, Ctrl+Enter saves, 填报人 remembers the last name.
    void progressDialogByKeyboard()
    {
        ProgressDialog dlg(QStringLiteral("测试任务"), 0, {QStringLiteral("市商务局")}, m_window.get());
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));
        auto* text = dlg.findChild<QPlainTextEdit*>(QStringLiteral("textEdit"));
        auto* author = dlg.findChild<QLineEdit*>(QStringLiteral("authorEdit"));
        QVERIFY(text && author);
        QVERIFY(text->tabChangesFocus());
        author->setText(QStringLiteral("李四"));
        text->setFocus();
        type(text, QStringLiteral("已完成第一批"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dlg.result(), int(QDialog::Accepted));
        QCOMPARE(dlg.entry().text, QStringLiteral("已完成第一批"));
        ProgressDialog again(QStringLiteral("测试任务"), 0, {}, m_window.get());
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("authorEdit"))->text(), QStringLiteral("李四"));
    }

    // Items 4 and 9: 40 % starts the task; Ctrl+Z in the 进度 box undoes it, status included.
    void percentStartsTaskAndCtrlZUndoesIt()
    {
        showFirstTask();
        const qint64 id = currentTaskId();
        const auto before = second()->task(id)->record;
        QCOMPARE(before.status, Status::NotStarted);
        auto* percent = m_window->findChild<QSpinBox*>(QStringLiteral("detailPercent"));
        percent->setFocus();
        QTest::keyClick(percent, Qt::Key_A, Qt::ControlModifier);
        type(percent, QStringLiteral("40"));
        QTest::keyClick(percent, Qt::Key_Return);
        QTRY_COMPARE(second()->task(id)->record.percent, 40);
        QCOMPARE(second()->task(id)->record.status, Status::InProgress);
        percent->setFocus(); // back in the box, as a person who notices the slip would be
        QTRY_VERIFY2(
            percent->hasFocus(),
            qPrintable(
                QStringLiteral("focus: %1, modal: %2, enabled: %3")
                    .arg(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString())
                    .arg(QApplication::activeModalWidget() ? QApplication::activeModalWidget()->objectName()
                                                           : QString())
                    .arg(percent->isEnabled())));
        QTest::keyClick(percent, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(second()->task(id)->record.percent, before.percent);
        QCOMPARE(second()->task(id)->record.status, Status::NotStarted);

        // 已办结 is 100 %, and undo puts both back.
        QString error;
        QVERIFY2(m_window->editor()->setFields({{id, TaskField::Status, int(Status::Done)}},
                                               QStringLiteral("办结"), &error),
                 qPrintable(error));
        QCOMPARE(second()->task(id)->record.percent, 100);
        m_window->undoStack()->undo();
        QCOMPARE(second()->task(id)->record.status, Status::NotStarted);
        QCOMPARE(second()->task(id)->record.percent, before.percent);
    }

    // Item 9: no key does two things. Window-wide keys are unique everywhere; keys of one page (its buttons,
    // its widget-scoped actions) are unique on that page and never shadow a window-wide key.
    void everyShortcutIsUnique()
    {
        const QList<QWidget*> pages{m_window->tasksPage(),   m_window->kanbanPage(),  m_window->ganttPage(),
                                    m_window->overduePage(), m_window->reportsPage(), m_window->unitsPage(),
                                    m_window->reviewPage()};
        auto pageOf = [&](QObject* o) -> QWidget* {
            for (QObject* p = o; p; p = p->parent())
                for (QWidget* w : pages)
                    if (p == w)
                        return w;
            return nullptr;
        };
        QHash<QString, QStringList> global;
        QHash<QString, QHash<QWidget*, QStringList>> local;
        for (QAction* a : m_window->findChildren<QAction*>()) {
            const bool scoped = a->shortcutContext() == Qt::WidgetShortcut ||
                                a->shortcutContext() == Qt::WidgetWithChildrenShortcut;
            for (const QKeySequence& k : a->shortcuts()) {
                const QString key = k.toString(QKeySequence::PortableText);
                if (scoped && pageOf(a))
                    local[key][pageOf(a)] << a->objectName() + a->text();
                else
                    global[key] << a->objectName() + a->text();
            }
        }
        for (QAbstractButton* b : m_window->findChildren<QAbstractButton*>()) {
            if (b->shortcut().isEmpty() || !pageOf(b))
                continue;
            local[b->shortcut().toString(QKeySequence::PortableText)][pageOf(b)] << b->objectName();
        }
        QStringList clashes;
        for (auto it = global.cbegin(); it != global.cend(); ++it) {
            QStringList owners = it.value();
            owners.removeDuplicates(); // one action in a menu and a toolbar is still one action
            if (owners.size() > 1 || local.contains(it.key()))
                clashes << it.key() + QStringLiteral(": ") + owners.join(u',');
        }
        for (auto it = local.cbegin(); it != local.cend(); ++it)
            for (auto p = it.value().cbegin(); p != it.value().cend(); ++p)
                if (p.value().size() > 1)
                    clashes << it.key() + QStringLiteral(": ") + p.value().join(u',');
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
        QVERIFY(global.contains(QStringLiteral("Ctrl+N")));      // 新建任务
        QVERIFY(local.contains(QStringLiteral("Ctrl+Shift+S"))); // 另存为 PDF, on 报表 only
    }

    // Item 10: 新建任务 from the File menu and the table's context menu; cancel with a reason; delete only
    // what has no history; each undoable, each audited.
    void tasksByHand()
    {
        m_window->showView(MainWindow::Tasks);
        auto* newTask = m_window->findChild<QAction*>(QStringLiteral("actionNewTask"));
        QVERIFY(newTask);
        QVERIFY(taskTable()->actions().contains(newTask));
        QVERIFY(taskTable()->actions().contains(
            m_window->findChild<QAction*>(QStringLiteral("actionCancelTask"))));
        QVERIFY(taskTable()->actions().contains(
            m_window->findChild<QAction*>(QStringLiteral("actionDeleteTask"))));
        bool inFileMenu = false;
        for (QAction* m : m_window->menuBar()->actions())
            if (m->menu() && m->menu()->actions().contains(newTask))
                inFileMenu = m->menu()->title().contains(QStringLiteral("&F"));
        QVERIFY(inFileMenu);

        const int before = second()->countTasks({});
        onNextModal([](QWidget* dlg) {
            dlg->findChild<QLineEdit*>(QStringLiteral("newTaskTitle"))
                ->setText(QStringLiteral("电话交办：排查燃气隐患"));
            dlg->findChild<QLineEdit*>(QStringLiteral("newTaskLead"))->setText(QStringLiteral("市城管局"));
            auto* deadline = dlg->findChild<QLineEdit*>(QStringLiteral("newTaskDeadline"));
            deadline->setText(QStringLiteral("2022年11月30日"));
            static_cast<QDialog*>(dlg)->accept();
        });
        newTask->trigger();
        QCOMPARE(second()->countTasks({}), before + 1);
        const qint64 id = currentTaskId();
        auto t = second()->task(id);
        QVERIFY(t);
        QCOMPARE(t->record.title, QStringLiteral("电话交办：排查燃气隐患"));
        QCOMPARE(t->record.deadline, QDate(2022, 11, 30));
        QCOMPARE(t->record.leadUnits, QStringList{QStringLiteral("市城市管理局")});
        m_window->undoStack()->undo();
        QCOMPARE(second()->countTasks({}), before);
        m_window->undoStack()->redo();
        QCOMPARE(second()->countTasks({}), before + 1);
        QVERIFY(second()->task(id));

        m_window->tasksPage()->showTask(id);
        QTRY_COMPARE(currentTaskId(), id);
        // 撤销 from the table is the 督办 step: its dialog asks the reason, the event keeps it.
        onNextModal([](QWidget* dlg) {
            QCOMPARE(dlg->objectName(), QStringLiteral("eventDialog"));
            dlg->findChild<QPlainTextEdit*>(QStringLiteral("textEdit"))
                ->setPlainText(QStringLiteral("已并入其他任务"));
            dlg->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                ->button(QDialogButtonBox::Ok)
                ->click();
        });
        m_window->findChild<QAction*>(QStringLiteral("actionCancelTask"))->trigger();
        QCOMPARE(second()->countTasks({}), before);
        QVERIFY(second()->task(id)->record.retired.isValid());
        const QList<TaskEvent> events = second()->events(id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, EventKind::Cancel);
        QCOMPARE(events[0].text, QStringLiteral("已并入其他任务"));
        m_window->undoStack()->undo();
        QCOMPARE(second()->countTasks({}), before + 1);

        // Cancelled and restored: that is history, so delete is refused and says why.
        m_window->tasksPage()->showTask(id);
        onNextModal([](QWidget* box) {
            QVERIFY(qobject_cast<QMessageBox*>(box));
            QVERIFY(static_cast<QMessageBox*>(box)->text().contains(QStringLiteral("撤销")));
            static_cast<QDialog*>(box)->reject();
        });
        m_window->findChild<QAction*>(QStringLiteral("actionDeleteTask"))->trigger();
        QVERIFY(second()->task(id));
    }

    // Item 14: every view fits 1024×700, and opening one never enlarges the window; in English too.
    void everyViewFits1024x700()
    {
        for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            QList<QTranslator*> installed;
            if (language == QStringLiteral("en")) {
                auto* t = new QTranslator(qApp);
                QVERIFY(t->load(QStringLiteral(":/i18n/duban_en")));
                QCoreApplication::installTranslator(t);
                installed << t;
            }
            MainWindow::Options o;
            o.databasePath = m_db;
            o.offerSamples = false;
            MainWindow w(o);
            w.resize(1024, 700);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            for (int v = 0; v < MainWindow::ViewCount; ++v) {
                w.showView(MainWindow::View(v));
                QTest::qWait(30);
                // DUBAN_WALK_SHOTS=DIR keeps what each view looks like at this size, for a person to look at.
                if (const QString shots = qEnvironmentVariable("DUBAN_WALK_SHOTS"); !shots.isEmpty())
                    w.grab().save(QStringLiteral("%1/%2-view%3.png").arg(shots, language).arg(v));
                const QSize min = w.minimumSizeHint().expandedTo(w.minimumSize());
                if (min.width() > 1024)
                    for (QWidget* c : w.findChildren<QWidget*>())
                        if (c->minimumSizeHint().width() > 500)
                            qInfo("wide: %s %s %d", c->metaObject()->className(), qPrintable(c->objectName()),
                                  c->minimumSizeHint().width());
                QVERIFY2(min.width() <= 1024 && min.height() <= 700,
                         qPrintable(QStringLiteral("%1 view %2 needs %3×%4")
                                        .arg(language)
                                        .arg(v)
                                        .arg(min.width())
                                        .arg(min.height())));
                QVERIFY2(w.width() <= 1024 && w.height() <= 700,
                         qPrintable(QStringLiteral("%1 view %2 grew the window to %3×%4")
                                        .arg(language)
                                        .arg(v)
                                        .arg(w.width())
                                        .arg(w.height())));
            }
            for (QTranslator* t : installed) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        }
    }

    // Item 16: the title names the file once (the platform adds " — 督办").
    void titleNamesTheDatabase() { QCOMPARE(m_window->windowTitle(), QStringLiteral("dailyloop.sqlite")); }

    // Item 16: the paste dialog is a real editor that wraps.
    void pasteDialogIsAnEditor()
    {
        onNextModal([](QWidget* dlg) {
            QCOMPARE(dlg->objectName(), QStringLiteral("pasteDialog"));
            QVERIFY(dlg->width() >= 600 && dlg->height() >= 400);
            auto* edit = dlg->findChild<QPlainTextEdit*>(QStringLiteral("pasteText"));
            QVERIFY(edit);
            QCOMPARE(edit->lineWrapMode(), QPlainTextEdit::WidgetWidth);
            static_cast<QDialog*>(dlg)->reject();
        });
        m_window->findChild<QAction*>(QStringLiteral("actionPaste"))->trigger();
    }

    // Item 16: a gazette of several directives shows each task's 文号; a deadline edit keeps the 原文
    // wording.
    void reviewShowsDocNumberAndKeepsTheWording()
    {
        m_window->importFiles({test::seed(QStringLiteral("002_d0bee7f88f53cd37.txt"))});
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->importJob()->isRunning(), 30000);
        // Already imported: nothing to review. Text of the same file under another name is reviewed.
        const ReadResult r = DocumentReader::read(test::seed(QStringLiteral("002_d0bee7f88f53cd37.txt")));
        m_window->importText(r.doc.lines.join(u'\n') + QStringLiteral("\n（修订）"),
                             QStringLiteral("粘贴文本"));
        auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("viewStack"));
        QTRY_COMPARE_WITH_TIMEOUT(stack->currentWidget(), static_cast<QWidget*>(m_window->reviewPage()),
                                  30000);
        auto* table = m_window->reviewPage()->findChild<QTableView*>(QStringLiteral("reviewTable"));
        QVERIFY(table);
        QVERIFY(!table->isColumnHidden(ReviewModel::Directive));
        ReviewModel* model = m_window->reviewPage()->model();
        QVERIFY(
            model->index(0, ReviewModel::Directive).data().toString().startsWith(QStringLiteral("驻政办")));
        int row = -1;
        for (int i = 0; i < model->rowCount() && row < 0; ++i)
            if (!model->draft(i).deadlineText.isEmpty())
                row = i;
        QVERIFY(row >= 0);
        const QString wording = model->draft(row).deadlineText;
        QVERIFY(model->setData(model->index(row, ReviewModel::Deadline), QDate(2024, 6, 30)));
        QCOMPARE(model->draft(row).deadline, QDate(2024, 6, 30));
        QCOMPARE(model->draft(row).deadlineText, wording);
        m_window->reviewPage()->findChild<QPushButton*>(QStringLiteral("rejectButton"))->click();
        QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget*>(m_window->tasksPage()));
    }

    // Item 13: the merge target is searched for, nothing is chosen beforehand.
    void mergeTargetIsSearchable()
    {
        m_window->showView(MainWindow::Units);
        auto* table = m_window->unitsPage()->findChild<QTableView*>();
        QVERIFY(table && table->model()->rowCount() > 2);
        table->selectRow(0);
        onNextModal([](QWidget* dlg) {
            QCOMPARE(dlg->objectName(), QStringLiteral("mergeTargetDialog"));
            auto* combo = dlg->findChild<QComboBox*>(QStringLiteral("mergeTargetCombo"));
            QVERIFY(combo);
            QCOMPARE(combo->currentIndex(), -1);
            QVERIFY(combo->currentText().isEmpty());
            QCOMPARE(combo->completer()->filterMode(), Qt::MatchContains);
            auto* buttons = dlg->findChild<QDialogButtonBox*>();
            QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
            combo->setEditText(combo->itemText(1));
            QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
            static_cast<QDialog*>(dlg)->reject();
        });
        m_window->unitsPage()->findChild<QPushButton*>(QStringLiteral("mergeUnitsButton"))->click();
        m_window->showView(MainWindow::Tasks);
    }

    // Item 13: a merge keeps earlier undo steps that do not name units; with a unit edit on the stack it
    // clears it (and the confirmation says so beforehand).
    void mergeKeepsOtherUndoSteps()
    {
        m_window->undoStack()->clear(); // the tasks made by hand above keep unit names to put back
        showFirstTask();
        const qint64 id = currentTaskId();
        const Status before = second()->task(id)->record.status;
        QString error;
        QVERIFY2(m_window->editor()->setFields({{id, TaskField::Status, int(Status::Suspended)}},
                                               QStringLiteral("暂缓"), &error),
                 qPrintable(error));
        const int steps = m_window->undoStack()->count();
        auto repo = second();
        QList<UnitRecord> units = repo->units();
        QVERIFY(units.size() > 3);
        const qint64 from = units.at(units.size() - 1).id, into = units.at(units.size() - 2).id;
        repo.reset();
        QString why;
        QVERIFY2(m_window->unitsPage()->merge(from, into, &why), qPrintable(why));
        QCOMPARE(m_window->undoStack()->count(), steps);
        m_window->undoStack()->undo();
        QCOMPARE(second()->task(id)->record.status, before);

        QVERIFY(m_window->editor()->setFields(
            {{id, TaskField::LeadUnits, QStringList{QStringLiteral("市财政局")}}}, QString()));
        units = second()->units();
        QVERIFY2(m_window->unitsPage()->merge(units.last().id, units.at(units.size() - 2).id, &why),
                 qPrintable(why));
        QCOMPARE(m_window->undoStack()->count(), 0);
    }

    // Item 11: an empty extraction says what was read.
    void emptyExtractionSaysWhatWasRead()
    {
        ImportOutcome scanned;
        scanned.doc.path = QStringLiteral("/tmp/扫描件.pdf");
        scanned.doc.format = QStringLiteral("pdf");
        scanned.doc.lines = {QString(), QStringLiteral(" 1 "), QString()};
        scanned.doc.locations = {QStringLiteral("第1页"), QStringLiteral("第1页"), QStringLiteral("第2页")};
        const EmptyExtraction a = describeEmptyExtraction(scanned);
        QVERIFY(a.noTextLayer);
        QVERIFY(a.message.contains(QStringLiteral("扫描件.pdf")));
        QVERIFY(a.message.contains(QStringLiteral("文字层")));
        QVERIFY(a.message.contains(QStringLiteral("OCR")));

        ImportOutcome prose;
        prose.doc.path = QStringLiteral("/tmp/讲话稿.txt");
        prose.doc.format = QStringLiteral("txt");
        prose.doc.lines = {QStringLiteral("同志们："), QStringLiteral("今年以来，全市经济运行总体平稳。")};
        const EmptyExtraction b = describeEmptyExtraction(prose);
        QVERIFY(!b.noTextLayer);
        QCOMPARE(b.lines, 2);
        QVERIFY(b.message.contains(QStringLiteral("2 行")));
        QVERIFY(b.message.contains(QStringLiteral("手工新建任务")));

        // In the window: the message box offers to create tasks by hand from the text.
        bool offered = false;
        onNextModal([&offered](QWidget* box) {
            QCOMPARE(box->objectName(), QStringLiteral("emptyExtractionBox"));
            offered = box->findChild<QPushButton*>(QStringLiteral("emptyExtractionNewTask")) != nullptr;
            static_cast<QDialog*>(box)->reject();
        });
        m_window->importText(prose.doc.lines.join(u'\n'), QStringLiteral("讲话稿"));
        QTRY_VERIFY_WITH_TIMEOUT(offered, 30000);
    }
};

QTEST_MAIN(TestDailyLoop)
#include "test_dailyloop.moc"
