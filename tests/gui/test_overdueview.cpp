// The overdue view (逾期预警) in the whole window on a real SQLite file built by importing seed 004
// (驻政办〔2020〕46号, 新型智慧城市建设, signed 2020-09-06). Expected values are read off the seed's text:
//   "1.加快推进 5G 网络建设。2020 年 9 月底前 …（市自然资源和规划局牵头）"           → 2020-09-30
//   "4.建设全市统一时空信息平台 … 2020 年 12 月底前 …（市自然资源和规划局牵头）"       → 2020-12-31
//   "9.建设全市国土空间管控信息平台 … 2022 年 12 月底前 …（市自然资源和规划局牵头）"   → 2022-12-31
//   市工业和信息化局 leads three: 5G 投入力度 (年底前 = 2020-12-31), 物联感知 and 智能制造 (2021 年 12
//   月底前), and no other unit of this directive has more than two deadlines before 2022-10-15.
#include "core/clock.h"
#include "extract/documentreader.h"
#include "extract/extractor.h"
#include "gui/edit/taskeditor.h"
#include "gui/load/backgroundload.h"
#include "gui/mainwindow.h"
#include "gui/overdue/overduepage.h"
#include "gui/overdue/unitwarningmodel.h"
#include "gui/overdue/warningsettingsdialog.h"
#include "gui/overdue/warningtaskmodel.h"
#include "gui/tasks/taskdetailpanel.h"
#include "gui/tasks/taskspage.h"
#include "gui/widgets/datefield.h"
#include "guitest.h"
#include "palette/warningpalette.h"
#include "store/repository.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace duban;

namespace {
const QString kNature = QStringLiteral("市自然资源和规划局");
const QString kIndustry = QStringLiteral("市工业和信息化局");
} // namespace

class TestOverdueView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;

    OverduePage* page() { return m_window->overduePage(); }
    WarningTaskModel* tasks() { return page()->taskModel(); }

    // The row of the first task in `group` whose title contains `text`, fetching the group's pages.
    QModelIndex findTask(DueState group, const QString& text)
    {
        const int g = tasks()->groupRow(group);
        if (g < 0)
            return {};
        const QModelIndex parent = tasks()->index(g, 0);
        while (tasks()->canFetchMore(parent))
            tasks()->fetchMore(parent);
        for (int r = 0; r < tasks()->rowCount(parent); ++r) {
            const QModelIndex i = tasks()->index(r, WarningTaskModel::column(TaskColumn::Title), parent);
            if (i.data().toString().contains(text))
                return i;
        }
        return {};
    }
    // The overdue view on 2020-10-15 with its one overdue task (加快推进5G…) made current.
    QModelIndex selectOverdue5G()
    {
        m_window->showView(MainWindow::Overdue);
        page()->setAsOf(QDate(2020, 10, 15));
        const QModelIndex i = findTask(DueState::Overdue, QStringLiteral("加快推进"));
        if (i.isValid())
            page()->taskTree()->setCurrentIndex(i);
        return i;
    }
    qint64 taskIdOf(const QString& titlePart)
    {
        for (const TaskRecord& t : m_window->repository()->tasks({}))
            if (t.title.contains(titlePart))
                return t.id;
        return 0;
    }
    const StoreAccess::UnitWarningInfo* unit(const QString& name)
    {
        const int r = page()->unitModel()->rowOfName(name);
        return r < 0 ? nullptr : &page()->unitModel()->units().at(r);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DubanOverdueTest"));
        QCoreApplication::setApplicationName(QStringLiteral("duban-overdue-test"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        // The view is checked right after each reload: its reads run at once, here.
        BackgroundLoad::setInline(true);
        QSettings().clear();
        WarningPalette::reloadCurrent();
        Clock::pin(QDateTime(QDate(2022, 10, 15), QTime(9, 0)));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("overdue.sqlite"));
        {
            StoreError e;
            auto repo = Repository::open(m_db, {}, &e);
            QVERIFY2(repo, qPrintable(e.message));
            const QString path = test::seed(QStringLiteral("004_965ab3e643975aa5.txt"));
            const ReadResult read = DocumentReader::read(path);
            QVERIFY2(read.ok(), qPrintable(read.error));
            const ExtractionResult x = Extractor().extract(read.doc);
            ImportBatch b;
            b.sourceFile = QFileInfo(path).fileName();
            b.contentHash = ImportBatch::hashOf(read.doc.lines);
            b.directives = x.directives;
            b.tasks = x.tasks;
            b.importedBy = QStringLiteral("test");
            QVERIFY2(repo->applyImport(b, true, nullptr, &e), qPrintable(e.message));
        }
        m_window = test::mainWindowOn(m_db);
        m_window->resize(1500, 950);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showView(MainWindow::Overdue);
        auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("viewStack"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("overdueView"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Clock::release();
    }

    void defaultsFromClockAndPalette()
    {
        QCOMPARE(page()->asOf(), QDate(2022, 10, 15));
        QCOMPARE(page()->findChild<QSpinBox*>(QStringLiteral("overdueSoonDays"))->value(), 7);
    }

    void handPickedTaskIsRedOnlyAfterItsDeadline()
    {
        QAbstractItemModelTester tester(tasks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const WarningPalette& pal = WarningPalette::current();
        const QString task = QStringLiteral("加快推进");

        // 15 days after 2020-09-30: overdue, red.
        page()->findChild<DateField*>(QStringLiteral("overdueAsOf"))->setDate(QDate(2020, 10, 15));
        QModelIndex i = findTask(DueState::Overdue, task);
        QVERIFY(i.isValid());
        QVERIFY(i.data().toString().contains(QStringLiteral("5G")));
        const QModelIndex days = i.siblingAtColumn(WarningTaskModel::column(TaskColumn::Days));
        QCOMPARE(days.data().toString(), QStringLiteral("逾期 15 天"));
        QCOMPARE(days.data(Qt::BackgroundRole).value<QBrush>().color(), pal.tint(DueState::Overdue));
        QCOMPARE(days.data(Qt::ForegroundRole).value<QBrush>().color(), pal.overdue.darker(130));
        QCOMPARE(i.siblingAtColumn(WarningTaskModel::column(TaskColumn::Deadline)).data().toString(),
                 QStringLiteral("2020-09-30"));
        QCOMPARE(i.data(WarningTaskModel::DueStateRole).toInt(), int(DueState::Overdue));
        QCOMPARE(i.parent().data(Qt::DecorationRole).value<QColor>(), pal.overdue);
        // On 2020-10-15 nothing else of this directive is past its deadline yet.
        QCOMPARE(tasks()->groupTotal(DueState::Overdue), 1);

        // Ten days before the deadline: not overdue, and 10 > 7 days is still green.
        page()->setAsOf(QDate(2020, 9, 20));
        QVERIFY(!findTask(DueState::Overdue, task).isValid());
        QCOMPARE(tasks()->groupTotal(DueState::Overdue), 0);
        i = findTask(DueState::OnTrack, task);
        QVERIFY(i.isValid());
        QCOMPARE(i.siblingAtColumn(WarningTaskModel::column(TaskColumn::Days)).data().toString(),
                 QStringLiteral("剩 10 天"));
        QCOMPARE(i.siblingAtColumn(WarningTaskModel::column(TaskColumn::Days))
                     .data(Qt::BackgroundRole)
                     .value<QBrush>()
                     .color(),
                 pal.tint(DueState::OnTrack));

        // Five days before: yellow.
        page()->setAsOf(QDate(2020, 9, 25));
        i = findTask(DueState::DueSoon, task);
        QVERIFY(i.isValid());
        QCOMPARE(i.siblingAtColumn(WarningTaskModel::column(TaskColumn::Days)).data().toString(),
                 QStringLiteral("剩 5 天"));
        QCOMPARE(i.siblingAtColumn(WarningTaskModel::column(TaskColumn::Days))
                     .data(Qt::BackgroundRole)
                     .value<QBrush>()
                     .color(),
                 pal.tint(DueState::DueSoon));
        // A window of 3 days puts it back among the green ones.
        page()->setDueSoonDays(3);
        QVERIFY(!findTask(DueState::DueSoon, task).isValid());
        QVERIFY(findTask(DueState::OnTrack, task).isValid());
        page()->setDueSoonDays(7);

        // "仅逾期" shows the overdue group alone.
        page()->setAsOf(QDate(2020, 10, 15));
        page()->findChild<QComboBox*>(QStringLiteral("overdueShow"))->setCurrentIndex(2);
        QCOMPARE(tasks()->rowCount(), 1);
        QVERIFY(findTask(DueState::Overdue, task).isValid());
        page()->findChild<QComboBox*>(QStringLiteral("overdueShow"))->setCurrentIndex(0);
        QCOMPARE(tasks()->rowCount(), 3);
    }

    void groupsArePagedFromSql()
    {
        // Seed 004's 29 tasks (25 numbered items, some with two assignments) include four without a date:
        // 智慧交通 and its 交通运行数据 part, 互联网+医保, 智慧金融. On 2020-09-01 the earliest deadline (5G,
        // 2020-09-30) is 29 days away, so all 25 dated tasks are on track.
        tasks()->setPageSize(5);
        page()->setAsOf(QDate(2020, 9, 1));
        const QModelIndex ok = tasks()->index(tasks()->groupRow(DueState::OnTrack), 0);
        QCOMPARE(tasks()->groupTotal(DueState::OnTrack), 25);
        QCOMPARE(tasks()->rowCount(ok), 5); // the first page only
        QVERIFY(tasks()->canFetchMore(ok));
        tasks()->fetchMore(ok);
        QCOMPARE(tasks()->rowCount(ok), 10);
        // The tester fetches more itself while it walks the tree.
        QAbstractItemModelTester tester(tasks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (tasks()->canFetchMore(ok))
            tasks()->fetchMore(ok);
        QCOMPARE(tasks()->rowCount(ok), 25);
        // Oldest deadline first: 5G (2020-09-30) leads, the 2025 农业 task comes last.
        QCOMPARE(tasks()->index(0, WarningTaskModel::column(TaskColumn::Deadline), ok).data().toString(),
                 QStringLiteral("2020-09-30"));
        QCOMPARE(tasks()->index(24, WarningTaskModel::column(TaskColumn::Deadline), ok).data().toString(),
                 QStringLiteral("2025-12-31"));
        QSet<qint64> ids; // every task once
        for (int r = 0; r < 25; ++r)
            ids.insert(tasks()->index(r, 0, ok).data(WarningTaskModel::IdRole).toLongLong());
        QCOMPARE(ids.size(), 25);
        tasks()->setPageSize(WarningTaskModel::kPageSize);
    }

    void settingsDialogPresetsAndCustom()
    {
        WarningSettingsDialog d(WarningPalette::defaults());
        auto* preset = d.findChild<QComboBox*>(QStringLiteral("warningPreset"));
        QCOMPARE(preset->currentData().toString(), QStringLiteral("default"));
        d.applyPreset(QStringLiteral("blue_soon"));
        QCOMPARE(preset->currentData().toString(), QStringLiteral("blue_soon"));
        QCOMPARE(d.palette().dueSoon, WarningPalette::presets().at(2).palette.dueSoon);
        auto* days = d.findChild<QSpinBox*>(QStringLiteral("warningSoonDays"));
        QCOMPARE(days->value(), 7);
        days->setValue(10); // no preset has 10 days: the choice shows 自定义
        QCOMPARE(d.palette().rules.dueSoonDays, 10);
        QVERIFY(preset->currentData().toString().isEmpty());
        QCOMPARE(preset->currentText(), QStringLiteral("自定义"));
        d.applyPreset(QStringLiteral("three_days"));
        QCOMPARE(days->value(), 3);
        QCOMPARE(d.findChild<QPushButton*>(QStringLiteral("warningColor_overdue"))->text(),
                 WarningPalette::defaults().overdue.name());
    }

    void paceFilter()
    {
        // On 2021-06-30 the tasks due 2021-12-31 (started 2020-09-06) are 297 of 481 days in: 61% expected.
        // 物联感知 reported at 60% is on pace, 市场监管 at 70% ahead; every other dated task, at 0%, is
        // behind.
        const qint64 iot = taskIdOf(QStringLiteral("物联感知"));
        const qint64 market = taskIdOf(QStringLiteral("市场监管效能"));
        QVERIFY(iot > 0 && market > 0);
        m_window->repository()->applyEdit({iot, TaskField::Percent, 60}, QStringLiteral("test"));
        m_window->repository()->applyEdit({market, TaskField::Percent, 70}, QStringLiteral("test"));
        page()->setAsOf(QDate(2021, 6, 30));
        // Overdue: 5G (2020-09-30) and the nine due 2020-12-31; on track: eight due 2021-12-31, three 2022,
        // three 2023, one 2025.
        QCOMPARE(tasks()->groupTotal(DueState::Overdue), 10);
        QCOMPARE(tasks()->groupTotal(DueState::OnTrack), 15);
        QModelIndex i = findTask(DueState::OnTrack, QStringLiteral("物联感知"));
        QCOMPARE(i.siblingAtColumn(WarningTaskModel::column(TaskColumn::Pace)).data().toString(),
                 QStringLiteral("达进度"));
        i = findTask(DueState::OnTrack, QStringLiteral("市场监管效能"));
        QCOMPARE(i.siblingAtColumn(WarningTaskModel::column(TaskColumn::Pace)).data().toString(),
                 QStringLiteral("超进度"));

        auto* pace = page()->findChild<QComboBox*>(QStringLiteral("overduePace"));
        pace->setCurrentIndex(pace->findData(int(Pace::OnPace)));
        QCOMPARE(tasks()->groupTotal(DueState::Overdue), 0);
        QCOMPARE(tasks()->groupTotal(DueState::OnTrack), 1);
        QVERIFY(findTask(DueState::OnTrack, QStringLiteral("物联感知")).isValid());
        pace->setCurrentIndex(pace->findData(int(Pace::Ahead)));
        QCOMPARE(tasks()->groupTotal(DueState::OnTrack), 1);
        QVERIFY(findTask(DueState::OnTrack, QStringLiteral("市场监管效能")).isValid());
        pace->setCurrentIndex(pace->findData(int(Pace::Behind)));
        QCOMPARE(tasks()->groupTotal(DueState::Overdue), 0); // overdue, not also behind pace
        QCOMPARE(tasks()->groupTotal(DueState::OnTrack), 13);
        pace->setCurrentIndex(0);
        QCOMPARE(tasks()->groupTotal(DueState::OnTrack), 15);
        // Back to nothing reported, as the seed has it.
        m_window->repository()->applyEdit({iot, TaskField::Percent, 0}, QStringLiteral("test"));
        m_window->repository()->applyEdit({market, TaskField::Percent, 0}, QStringLiteral("test"));
    }

    void unitCountsByHand()
    {
        QAbstractItemModelTester tester(page()->unitModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page()->setAsOf(QDate(2022, 10, 15));
        const auto* n = unit(kNature);
        QVERIFY(n);
        QCOMPARE(n->total, 3);
        QCOMPARE(n->overdue, 2); // 2020-09-30, 2020-12-31
        QCOMPARE(n->dueSoon, 0); // 2022-12-31 is 77 days away
        QCOMPARE(n->done, 0);
        QCOMPARE(n->behindPace, 1); // the third, at 90% expected; the overdue two count as overdue only
        // Ranked by overdue: the industry bureau's three come first.
        QCOMPARE(page()->unitModel()->index(0, UnitWarningModel::Name).data().toString(), kIndustry);
        QCOMPARE(page()->unitModel()->index(0, UnitWarningModel::Overdue).data().toInt(), 3);

        // Done: 国土空间管控信息平台 reported finished.
        const qint64 id = taskIdOf(QStringLiteral("国土空间管控"));
        QVERIFY(id > 0);
        StoreError e;
        m_window->repository()->applyEdit({id, TaskField::Status, int(Status::Done)}, QStringLiteral("test"),
                                          &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        page()->reload();
        n = unit(kNature);
        QCOMPARE(n->total, 3);
        QCOMPARE(n->overdue, 2);
        QCOMPARE(n->done, 1);
        QCOMPARE(n->completionPercent, 33);
        QCOMPARE(n->behindPace, 0);
        const int row = page()->unitModel()->rowOfName(kNature);
        QCOMPARE(page()->unitModel()->index(row, UnitWarningModel::Completion).data().toString(),
                 QStringLiteral("33%"));
    }

    void chartHoldsOverdueAndDone()
    {
        QHorizontalBarSeries* s = page()->chartSeries();
        QVERIFY(s);
        QCOMPARE(s->count(), 2);
        QBarSet* overdue = s->barSets().at(0);
        QBarSet* done = s->barSets().at(1);
        QCOMPARE(overdue->color(), WarningPalette::current().overdue);
        const QStringList units = page()->chartUnits(); // top unit first
        QVERIFY(units.size() <= OverduePage::kChartUnits);
        QCOMPARE(units.first(), kIndustry);
        const int n = int(units.size());
        // Bars are stored bottom to top.
        QCOMPARE(overdue->at(n - 1), 3.0);
        QCOMPARE(done->at(n - 1), 0.0);
        const int nature = n - 1 - int(units.indexOf(kNature));
        QVERIFY(units.contains(kNature));
        QCOMPARE(overdue->at(nature), 2.0);
        QCOMPARE(done->at(nature), 1.0);
    }

    void clickingUnitShowsItsTasks()
    {
        QTableView* table = page()->unitTable();
        const int row = page()->unitModel()->rowOfName(kNature);
        QVERIFY(row >= 0);
        table->scrollTo(page()->unitModel()->index(row, UnitWarningModel::Name));
        const QRect r = table->visualRect(page()->unitModel()->index(row, UnitWarningModel::Name));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, r.center());
        auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("viewStack"));
        QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget*>(m_window->tasksPage()));
        QCOMPARE(m_window->findChild<QComboBox*>(QStringLiteral("unitFilter"))->currentText(), kNature);
        QTRY_COMPARE(m_window->tasksPage()->model()->rowCount(), 3);

        // Enter on a unit row does the same.
        m_window->showView(MainWindow::Overdue);
        const int industry = page()->unitModel()->rowOfName(kIndustry);
        table->setCurrentIndex(page()->unitModel()->index(industry, UnitWarningModel::Name));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget*>(m_window->tasksPage()));
        QCOMPARE(m_window->findChild<QComboBox*>(QStringLiteral("unitFilter"))->currentText(), kIndustry);
        QTRY_COMPARE(m_window->tasksPage()->model()->rowCount(), 3);
    }

    void enterOnTaskOpensIt()
    {
        const QModelIndex i = selectOverdue5G();
        QVERIFY(i.isValid());
        const qint64 id = i.data(WarningTaskModel::IdRole).toLongLong();
        QTest::keyClick(page()->taskTree(), Qt::Key_Return);
        auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("viewStack"));
        QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget*>(m_window->tasksPage()));
        QCOMPARE(m_window->tasksPage()->detail()->taskId(), id);
    }

    // Issue 13 item 5: another desk's write (the change feed, simulated by the editor's signal). A percent
    // changes the row in place: no reset, the selected row stays selected and the counts are read again.
    // A new deadline that takes the task out of 逾期 changes the groups: they are read anew.
    void anotherDesksWriteChangesTheRowInPlace()
    {
        QAbstractItemModelTester tester(tasks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex i = selectOverdue5G();
        QVERIFY(i.isValid());
        const qint64 id = i.data(WarningTaskModel::IdRole).toLongLong();
        QSignalSpy reset(tasks(), &QAbstractItemModel::modelReset);
        StoreError e;
        auto other = Repository::open(m_db, {}, &e);
        QVERIFY2(other, qPrintable(e.message));
        QVERIFY(other->applyEdit({id, TaskField::Percent, 30}, QStringLiteral("另一台电脑")).isValid());
        emit m_window->editor()->changed(EditScope::Fields, {id});
        const QModelIndex percent = i.siblingAtColumn(WarningTaskModel::column(TaskColumn::Percent));
        QTRY_VERIFY(percent.data().toString().contains(QStringLiteral("30")));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(page()->taskTree()->currentIndex(), i);

        const QDate deadline = other->task(id)->record.deadline;
        QVERIFY(
            other->applyEdits({{id, TaskField::Deadline, QDate(2020, 12, 31)}, {id, TaskField::Percent, 0}},
                              QStringLiteral("另一台电脑")));
        emit m_window->editor()->changed(EditScope::Fields, {id});
        QTRY_COMPARE(tasks()->groupTotal(DueState::Overdue), 0);
        QVERIFY(findTask(DueState::OnTrack, QStringLiteral("加快推进")).isValid());
        QVERIFY(
            other->applyEdit({id, TaskField::Deadline, deadline}, QStringLiteral("另一台电脑")).isValid());
        emit m_window->editor()->changed(EditScope::Fields, {id});
        QTRY_COMPARE(tasks()->groupTotal(DueState::Overdue), 1);
    }

    void settingsChangeReloadsViews()
    {
        m_window->showView(MainWindow::Overdue);
        page()->setAsOf(QDate(2020, 9, 25));
        QVERIFY(findTask(DueState::DueSoon, QStringLiteral("加快推进")).isValid());
        WarningPalette p;
        for (const WarningPalette::Preset& preset : WarningPalette::presets())
            if (preset.key == QLatin1String("three_days"))
                p = preset.palette;
        QCOMPARE(p.rules.dueSoonDays, 3);
        m_window->applyWarningPalette(p);
        QCOMPARE(page()->findChild<QSpinBox*>(QStringLiteral("overdueSoonDays"))->value(), 3);
        QVERIFY(findTask(DueState::OnTrack, QStringLiteral("加快推进")).isValid());
        QCOMPARE(QSettings().value(QStringLiteral("warnings/dueSoonDays")).toInt(), 3);
        m_window->applyWarningPalette(WarningPalette::defaults());
        QCOMPARE(page()->findChild<QSpinBox*>(QStringLiteral("overdueSoonDays"))->value(), 7);
    }
};

QTEST_MAIN(TestOverdueView)
#include "test_overdueview.moc"
