// Issue 12 in the GUI: document text never renders as markup (defect 12), and undo/redo never write
// over a change made meanwhile by another window, the CLI or a feedback import (defect 4).
#include "gui/edit/taskeditor.h"
#include "gui/import/importjob.h"
#include "gui/mainwindow.h"
#include "gui/storeaccess.h"
#include "gui/tasks/taskdetailpanel.h"
#include "guitest.h"
#include "store/repository.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace duban;

namespace {

TaskDraft draft(const QString& title)
{
    TaskDraft t;
    t.source = QStringLiteral("通知.txt");
    t.kind = QStringLiteral("inline");
    t.directive.title = QStringLiteral("<b>关于</b>推进<img src=\"x.png\">测试工作的通知");
    t.directive.docNumber = QStringLiteral("驻政办〔2022〕1号");
    t.directive.year = 2022;
    t.title = title;
    t.text = title + QStringLiteral("，确保按期完成。");
    t.section = {QStringLiteral("<h1>一、总体要求</h1>")};
    t.units = t.leadUnits = {QStringLiteral("市财政局")};
    t.deadline = QDate(2022, 9, 30);
    t.deadlineText = QStringLiteral("<i>2022年9月底前</i>");
    t.targets = {QStringLiteral("<a href=\"http://x\">100%</a>")};
    t.lineStart = t.lineEnd = 5;
    return t;
}

ImportOutcome outcomeOf(const QStringList& lines, const QList<TaskDraft>& tasks)
{
    ImportOutcome o;
    o.doc.path = QStringLiteral("/tmp/实施方案.txt");
    o.doc.lines = lines;
    o.result.tasks = tasks;
    return o;
}

TaskDraft numbered(const QString& title, int line,
                   const QString& number = QStringLiteral("驻政办〔2022〕9号"))
{
    TaskDraft t = draft(title);
    t.directive.title = QStringLiteral("实施方案");
    t.directive.docNumber = number;
    t.section = {QStringLiteral("一、重点任务")};
    t.lineStart = t.lineEnd = line;
    return t;
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Repository> m_repo, m_other;
    qint64 m_id = 0;

private slots:
    void initTestCase()
    {
        const QString db = m_dir.filePath(QStringLiteral("t.sqlite"));
        StoreError e;
        m_repo = Repository::open(db, {}, &e);
        QVERIFY2(m_repo, qPrintable(e.message));
        ImportBatch b;
        b.sourceFile = QStringLiteral("通知.txt");
        b.contentHash = ImportBatch::hashOf({QStringLiteral("hardening")});
        b.tasks = {draft(QStringLiteral("建立协调机制"))};
        b.importedBy = QStringLiteral("测试员");
        ImportResult r;
        QVERIFY2(m_repo->applyImport(b, false, &r, &e), qPrintable(e.message));
        m_id = r.taskIds.value(0);
        QVERIFY(m_id > 0);
        m_other = Repository::open(db, {}, &e); // another window or process on the same file
        QVERIFY2(m_other, qPrintable(e.message));
    }

    // A change a server's trigger recorded outside Duban (action "sql", migration 0013) reads as such on the
    // task's trail, under the login that made it.
    void aChangeMadeOutsideDubanSaysSoOnTheTrail()
    {
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-trail"));
            raw.setDatabaseName(m_dir.filePath(QStringLiteral("t.sqlite")));
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(
                QStringLiteral(
                    "INSERT INTO audit_log (task_id, at, \"by\", action, field, old_value, new_value) "
                    "VALUES (%1, '2023-06-30T09:00:00+08:00', 'liaison_czj', 'sql', 'percent', '0', "
                    "'30')")
                    .arg(m_id)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-trail"));
        const QList<StoreAccess::AuditEntry> trail = StoreAccess::audit(*m_repo, m_id);
        QVERIFY(!trail.isEmpty());
        bool found = false;
        for (const StoreAccess::AuditEntry& a : trail)
            if (a.who.startsWith(QStringLiteral("liaison_czj"))) {
                found = true;
                QCOMPARE(a.who, QStringLiteral("liaison_czj（在 Duban 之外修改）"));
                QCOMPARE(a.newValue, QStringLiteral("30"));
            } else {
                QVERIFY2(!a.who.contains(QStringLiteral("之外")), qPrintable(a.who));
            }
        QVERIFY(found);
    }

    // Before: Qt::AutoText showed "<b>关于</b>…" as bold text and loaded the image reference.
    void detailLabelsShowDocumentTextAsTyped()
    {
        TaskEditor editor;
        TaskDetailPanel panel(&editor);
        panel.setRepository(m_repo.get());
        panel.showTask(m_id);
        const QList<QLabel*> labels = panel.findChildren<QLabel*>();
        int checked = 0;
        for (QLabel* l : labels) {
            if (!l->text().contains(u'<'))
                continue;
            ++checked;
            QCOMPARE(l->textFormat(), Qt::PlainText);
        }
        QVERIFY2(checked >= 3, "the directive, section, deadline text and targets hold markup-like text");
        auto* directive = panel.findChild<QLabel*>(QStringLiteral("detailDirective"));
        QVERIFY(directive);
        QVERIFY(directive->text().contains(QStringLiteral("<b>关于</b>推进<img src=\"x.png\">")));
    }

    // Before: undo wrote 0 % back over the 70 % another window had set meanwhile, without a word.
    void undoRefusesWhenTheValueChangedElsewhere()
    {
        TaskEditor editor;
        StoreError e;
        editor.setRepository(Repository::open(m_dir.filePath(QStringLiteral("t.sqlite")), {}, &e));
        QVERIFY2(editor.repository(), qPrintable(e.message));
        QUndoStack& undo = *editor.undoStack();
        QSignalSpy refused(&editor, &TaskEditor::refused);
        QVERIFY(editor.setFields({{m_id, TaskField::Percent, 40}}, QStringLiteral("进度")));
        QCOMPARE(m_repo->fieldValue(m_id, TaskField::Percent).toInt(), 40);
        m_other->applyEdit({m_id, TaskField::Percent, 70}, QStringLiteral("另一窗口"), &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));

        undo.undo();
        QCOMPARE(m_repo->fieldValue(m_id, TaskField::Percent).toInt(), 70); // the other change stays
        QCOMPARE(refused.size(), 1);
        const QString why = refused.first().first().toString();
        QVERIFY2(why.contains(QStringLiteral("已被")) && why.contains(QStringLiteral("70")), qPrintable(why));
        // The step can never be undone as it was: it left the history, which stays in step with the store.
        QCOMPARE(undo.count(), 0);
        QVERIFY(!undo.canRedo());

        // Without an intervening change undo and redo still work, each once. The 70 % above made the task
        // 进行中 (one rule for status and percent): start again from 未开始 at 0 %.
        m_other->applyEdits(
            {{m_id, TaskField::Status, int(Status::NotStarted)}, {m_id, TaskField::Percent, 0}},
            QStringLiteral("另一窗口"), nullptr, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(Status(m_repo->fieldValue(m_id, TaskField::Status).toInt()), Status::NotStarted);
        QVERIFY(
            editor.setFields({{m_id, TaskField::Status, int(Status::InProgress)}}, QStringLiteral("状态")));
        undo.undo();
        QCOMPARE(Status(m_repo->fieldValue(m_id, TaskField::Status).toInt()), Status::NotStarted);
        QCOMPARE(refused.size(), 1);
        undo.redo();
        QCOMPARE(Status(m_repo->fieldValue(m_id, TaskField::Status).toInt()), Status::InProgress);
        // Redo after someone else's change is refused as well.
        undo.undo();
        m_other->applyEdit({m_id, TaskField::Status, int(Status::Done)}, QStringLiteral("命令行"), &e);
        undo.redo();
        QCOMPARE(Status(m_repo->fieldValue(m_id, TaskField::Status).toInt()), Status::Done);
        QCOMPARE(refused.size(), 2);
        QVERIFY(refused.last().first().toString().contains(QStringLiteral("重做")));
        QCOMPARE(undo.count(), 0);
    }

    // Defect 13. Before: cancel only reached the extractor, so the reader went on through all 1,999
    // pages, and closing the window (which waits for the job) hung that long.
    void cancelReachesThePdfPageLoop()
    {
        QElapsedTimer t;
        auto job = std::make_unique<ImportJob>();
        QString outcome = QStringLiteral("(none)");
        connect(job.get(), &ImportJob::finished, this, [&](const ImportOutcome& o) {
            outcome = QStringLiteral("error=%1 lines=%2").arg(o.error).arg(o.doc.lines.size());
        });
        job->startFile(QStringLiteral(DUBAN_SOURCE_DIR "/tests/fixtures/hostile/many_pages.pdf"));
        QTest::qWait(300); // inside the page loop
        QVERIFY2(job->isRunning(), qPrintable(outcome));
        t.start();
        job.reset(); // what closing the window does: cancel, then wait
        QVERIFY2(t.elapsed() < 2000, qPrintable(QStringLiteral("waited %1 ms").arg(t.elapsed())));
    }

    // Defect 2. Before: accepting some drafts of a changed directive retired every stored task that was not
    // among them, with its progress, and the file then counted as imported, so the rest never came in.
    void draftsLeftOutInReviewKeepTheirTasks()
    {
        QTemporaryDir dir;
        StoreError e;
        auto repo = Repository::open(dir.filePath(QStringLiteral("r.sqlite")), {}, &e);
        QVERIFY2(repo, qPrintable(e.message));
        const QList<TaskDraft> v1 = {numbered(QStringLiteral("建立工作专班"), 3),
                                     numbered(QStringLiteral("完善考核办法"), 4),
                                     numbered(QStringLiteral("开展专项督查"), 5)};
        QString error;
        QCOMPARE(StoreAccess::importAccepted(*repo, outcomeOf({QStringLiteral("v1")}, v1), v1, &error), 3);
        const qint64 kept = repo->tasks({}).at(1).id; // 完善考核办法, with progress
        QVERIFY(repo->addProgress(
            kept, {QDate(2022, 5, 1), QStringLiteral("已起草"), 30, QStringLiteral("张三"), {}}));

        // Version 2 changes the first task and adds one; the reviewer accepts only those two.
        QList<TaskDraft> v2 = v1;
        v2[0].title = QStringLiteral("建立工作专班并明确职责");
        v2 << numbered(QStringLiteral("建立通报制度"), 6);
        const ImportOutcome second = outcomeOf({QStringLiteral("v2")}, v2);
        QVERIFY(StoreAccess::importAccepted(*repo, second, {v2[0], v2[3]}, &error) >= 0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(repo->countTasks({}), 4); // nothing retired
        QCOMPARE(repo->progress(kept).size(), 1);
        QCOMPARE(repo->fieldValue(kept, TaskField::Percent).toInt(), 30);

        // A new file with a draft left out can be imported again for it.
        const QList<TaskDraft> other = {
            numbered(QStringLiteral("甲任务"), 3, QStringLiteral("驻政办〔2022〕10号")),
            numbered(QStringLiteral("乙任务"), 4, QStringLiteral("驻政办〔2022〕10号"))};
        const ImportOutcome third = outcomeOf({QStringLiteral("v3")}, other);
        QCOMPARE(StoreAccess::importAccepted(*repo, third, {other[0]}, &error), 1);
        ImportBatch again;
        again.sourceFile = QStringLiteral("实施方案.txt");
        again.contentHash = ImportBatch::hashOf(third.doc.lines);
        again.tasks = other;
        const ImportPlan plan = repo->planImport(again);
        QVERIFY2(plan.kind != ImportPlan::Kind::AlreadyImported, "the skipped task can never be brought in");
        QCOMPARE(plan.changes.value(1), ImportPlan::Change::New);
        QCOMPARE(StoreAccess::importAccepted(*repo, third, other, &error), 1); // the one left out
        QCOMPARE(repo->countTasks({}), 6);
    }

    // Defect 6. Before: the missing file was silently created again, empty, where the old one had been.
    void missingLastDatabaseIsAskedFor()
    {
        test::isolateSettings(QStringLiteral("duban-hardening-test"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("moved"))));
        const QString gone = m_dir.filePath(QStringLiteral("moved/duban.sqlite"));
        for (const char* choice : {"missingDefault", "missingCreate"}) {
            QSettings().setValue(QStringLiteral("db/last"), gone);
            bool asked = false;
            QTimer poll;
            connect(&poll, &QTimer::timeout, this, [&] {
                QWidget* box = QApplication::activeModalWidget();
                if (!box || box->objectName() != QLatin1String("missingDatabaseBox"))
                    return;
                asked = true;
                box->findChild<QPushButton*>(QLatin1String(choice))->click();
            });
            poll.start(20);
            MainWindow::Options o;
            o.offerSamples = false;
            MainWindow w(o);
            poll.stop();
            QVERIFY2(asked, "no question about the missing database");
            QVERIFY(w.repository());
            if (QLatin1String(choice) == QLatin1String("missingDefault")) {
                QVERIFY2(!QFileInfo::exists(gone),
                         "an empty database was created in place of the missing one");
                QCOMPARE(QFileInfo(w.repository()->path()).absoluteFilePath(),
                         QFileInfo(MainWindow::defaultDatabasePath()).absoluteFilePath());
            } else {
                QVERIFY(QFileInfo::exists(gone)); // asked for explicitly
            }
        }
    }
};

QTEST_MAIN(TestHardening)
#include "test_hardening.moc"
