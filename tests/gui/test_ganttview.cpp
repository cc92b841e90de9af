// The Gantt view in the main window on a real SQLite file holding the 2020 consumption measures (seed 002),
// today pinned to 2020-10-15: grouping, zoom and the visible date range, bar colours sampled from the
// painted chart, milestones and open ends, tree/chart sync, double-click to the task, printing to PDF.
#include "core/clock.h"
#include "gui/edit/taskeditor.h"
#include "gui/gantt/ganttchart.h"
#include "gui/gantt/ganttmodel.h"
#include "gui/gantt/ganttpage.h"
#include "gui/gantt/ganttprintdialog.h"
#include "gui/load/backgroundload.h"
#include "gui/mainwindow.h"
#include "gui/tasks/taskdetailpanel.h"
#include "gui/tasks/taskspage.h"
#include "guitest.h"
#include "palette/warningpalette.h"
#include "seeddb.h"
#include "store/repository.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>

using namespace duban;

class TestGanttView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
    GanttPage* page() { return m_window->ganttPage(); }
    GanttChart* chart() { return page()->chart(); }
    GanttModel* model() { return page()->model(); }

    qint64 taskId(const QString& title)
    {
        auto repo = Repository::open(m_db);
        TaskFilter f;
        f.search = title;
        for (const TaskRecord& t : repo->tasks(f))
            if (t.title == title)
                return t.id;
        return 0;
    }
    // Group index in the model whose label is `label`, -1 if none.
    int groupIndex(const QString& label)
    {
        const QList<GanttGroup>& groups = model()->ganttData().groups;
        for (int g = 0; g < groups.size(); ++g)
            if (groups[g].label == label)
                return g;
        return -1;
    }
    QStringList titlesIn(int group)
    {
        QStringList out;
        for (const GanttTask& t : model()->ganttData().groups.value(group).tasks)
            out << t.title;
        return out;
    }
    static int pdfPages(const QString& pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), {pdf});
        p.waitForFinished(30000);
        for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n'))
            if (line.startsWith(QStringLiteral("Pages:")))
                return line.mid(6).trimmed().toInt();
        return -1;
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(QStringLiteral("duban-gantt-test"));
        Clock::pin(QDateTime(QDate(2020, 10, 15), QTime(9, 0)));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("gantt.sqlite"));
        {
            auto repo = Repository::open(m_db);
            QVERIFY(repo);
            QString why;
            QVERIFY2(test::importSeed(*repo, QStringLiteral("002_d0bee7f88f53cd37.txt"), &why),
                     qPrintable(why));
            // Half done, so that the bar has a filled and an open part to sample.
            StoreError e;
            repo->applyEdit({taskId(QStringLiteral("营造浓厚消费氛围")), TaskField::Percent, 50},
                            QStringLiteral("测试"), &e);
            QVERIFY2(!e.isError(), qPrintable(e.message));
        }
        m_window = test::mainWindowOn(m_db);
        m_window->resize(1500, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showView(MainWindow::Gantt);
        QCOMPARE(m_window->findChild<QWidget*>(QStringLiteral("ganttView")), static_cast<QWidget*>(page()));
        QTRY_VERIFY(model()->rowCount() > 0);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Clock::release();
    }

    void groupsByDirectiveThenUnit()
    {
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page()->setGrouping(GanttGrouping::Directive);
        // Seed 002 prints six directives; three of them assign tasks: 12 (2020-06-17, six measures for
        // fast-growing firms), 13 (2020-06-19, mineral resources), 11 (2020-07-05, consumption): by date.
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(model()->ganttData().groups[0].label.contains(QStringLiteral("高成长性工业企业")));
        QCOMPARE(model()->rowCount(model()->index(0, 0)), 6);
        QVERIFY(model()->ganttData().groups[1].label.contains(QStringLiteral("矿产资源")));
        QVERIFY(model()->ganttData().groups[2].label.contains(QStringLiteral("促消费")));
        QVERIFY(titlesIn(2).contains(QStringLiteral("支持发放消费券")));
        QCOMPARE(
            model()->index(0, GanttModel::column(TaskColumn::Title)).data(GanttModel::IsGroupRole).toBool(),
            true);

        auto* combo = page()->findChild<QComboBox*>(QStringLiteral("ganttGrouping"));
        combo->setCurrentIndex(combo->findData(int(GanttGrouping::LeadUnit)));
        QCOMPARE(page()->grouping(), GanttGrouping::LeadUnit);
        QVERIFY(model()->rowCount() > 3);
        const int commerce = groupIndex(QStringLiteral("市商务局"));
        QVERIFY(commerce >= 0);
        QVERIFY(titlesIn(commerce).contains(QStringLiteral("支持发放消费券"))); // 牵头单位：市商务局
        // 牵头单位：市商务局、市餐饮协会: under both.
        QVERIFY(titlesIn(commerce).contains(QStringLiteral("扩大餐饮服务消费")));
        QVERIFY(
            titlesIn(groupIndex(QStringLiteral("市餐饮协会"))).contains(QStringLiteral("扩大餐饮服务消费")));
        // 牵头单位：市发改委 (canonical 市发展和改革委员会); 市商务局 only helps.
        QVERIFY(!titlesIn(commerce).contains(QStringLiteral("繁荣夜间经济")));
        QVERIFY(titlesIn(groupIndex(QStringLiteral("市发展和改革委员会")))
                    .contains(QStringLiteral("繁荣夜间经济")));
        const int land = groupIndex(QStringLiteral("市自然资源和规划局"));
        QVERIFY(land >= 0);
        QVERIFY(
            titlesIn(land).contains(QStringLiteral("资源勘查"))); // 责任单位：市自然资源和规划局、各县区政府
        QVERIFY(titlesIn(commerce).contains(QStringLiteral("营造浓厚消费氛围")));
        QVERIFY(!titlesIn(land).contains(QStringLiteral("支持发放消费券")));
        // Unit groups are in name order (pinyin): 市… before 泌阳县… before 确山县….
        QVERIFY(groupIndex(QStringLiteral("泌阳县人民政府")) < groupIndex(QStringLiteral("确山县人民政府")));

        combo->setCurrentIndex(combo->findData(int(GanttGrouping::Directive)));
        QCOMPARE(model()->rowCount(), 3);
    }

    void treeAndChartShareRows()
    {
        page()->setGrouping(GanttGrouping::Directive);
        QTreeView* tree = page()->tree();
        // All expanded: 3 group rows + 37 tasks.
        QCOMPARE(chart()->renderer().rowCount(), 3 + 37);
        QCOMPARE(chart()->rowHeight(), tree->visualRect(model()->index(0, 0)).height());
        tree->collapse(model()->index(0, 0));
        QCOMPARE(chart()->renderer().rowCount(), 3 + 37 - 6);
        QCOMPARE(tree->visualRect(model()->index(1, 0)).top(), chart()->rowHeight());
        tree->expand(model()->index(0, 0));
        QCOMPARE(chart()->renderer().rowCount(), 40);
        // One vertical position.
        tree->verticalScrollBar()->setValue(3 * chart()->rowHeight());
        QCOMPARE(chart()->verticalScrollBar()->value(), 3 * chart()->rowHeight());
        chart()->verticalScrollBar()->setValue(5 * chart()->rowHeight());
        QCOMPARE(tree->verticalScrollBar()->value(), 5 * chart()->rowHeight());
        QCOMPARE(tree->indexAt(QPoint(5, 2)).row(), chart()->indexOfRow(5).row());
        tree->verticalScrollBar()->setValue(0);
        // Selection follows the tree.
        const QModelIndex second = model()->index(1, 0, model()->index(0, 0));
        tree->setCurrentIndex(second);
        QVERIFY(chart()->isRowSelected(2));
        QVERIFY(!chart()->isRowSelected(1));
        // …and is painted: the selected row's background differs from the row above's.
        chart()->scrollToDate(QDate(2019, 1, 1)); // no bars in view
        QApplication::processEvents();
        const QImage img = chart()->viewport()->grab().toImage();
        const int x = int(5 * img.devicePixelRatio());
        const QColor selected =
            img.pixelColor(x, int((2 * chart()->rowHeight() + 3) * img.devicePixelRatio()));
        const QColor plain = img.pixelColor(x, int((1 * chart()->rowHeight() + 3) * img.devicePixelRatio()));
        QCOMPARE(selected.rgb(), chart()->renderer().colors().selection.rgb());
        QVERIFY(plain.rgb() != selected.rgb());
    }

    void zoomChangesVisibleRange()
    {
        page()->setGrouping(GanttGrouping::Directive);
        // A 1000-pixel viewport: 400 days at the month scale (2.5 px a day), 125 at the week scale (8).
        auto* splitter = page()->findChild<QSplitter*>(QStringLiteral("ganttSplitter"));
        const int extra = chart()->width() - chart()->viewport()->width();
        splitter->setSizes({splitter->width() - 1000 - extra - splitter->handleWidth(), 1000 + extra});
        QTRY_COMPARE(chart()->viewport()->width(), 1000);
        chart()->setZoom(GanttZoom::Month);
        chart()->scrollToDate(QDate(2020, 7, 1));
        auto near = [](const QDate& got, const QDate& want) { return std::abs(got.daysTo(want)) <= 1; };
        QPair<QDate, QDate> r = chart()->visibleRange();
        QCOMPARE(r.first, QDate(2020, 7, 1));
        QVERIFY2(near(r.second, QDate(2021, 8, 4)), qPrintable(r.second.toString(Qt::ISODate))); // +399 days
        // Zooming in keeps the middle day (2020-07-01 + 200 = 2021-01-17) and shows 62.5 days either side.
        chart()->setZoom(GanttZoom::Week);
        r = chart()->visibleRange();
        QVERIFY2(near(r.first, QDate(2020, 11, 16)), qPrintable(r.first.toString(Qt::ISODate)));
        QVERIFY2(near(r.second, QDate(2021, 3, 20)), qPrintable(r.second.toString(Qt::ISODate)));
        QVERIFY(r.first.daysTo(r.second) + 1 >= 125 &&
                r.first.daysTo(r.second) + 1 <= 126); // partial days at the edges
        QVERIFY(page()->findChild<QToolButton*>(QStringLiteral("ganttZoomWeek"))->isChecked());

        // Ctrl+wheel up zooms in to days: 1000 / 28 = 35.7 days around the same middle.
        QWheelEvent up(QPointF(500, 100), chart()->viewport()->mapToGlobal(QPointF(500, 100)), QPoint(),
                       QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(chart()->viewport(), &up);
        QCOMPARE(chart()->zoom(), GanttZoom::Day);
        r = chart()->visibleRange();
        QVERIFY(r.first.daysTo(r.second) + 1 >= 35 && r.first.daysTo(r.second) + 1 <= 37);
        QVERIFY2(near(r.first, QDate(2020, 12, 30)),
                 qPrintable(r.first.toString(Qt::ISODate))); // 01-17 − 17.9
        QVERIFY(page()->findChild<QToolButton*>(QStringLiteral("ganttZoomDay"))->isChecked());

        // Ctrl+- twice: week, then month again, 400 days around 2021-01-17.
        chart()->viewport()->setFocus();
        QAction* out = page()->findChild<QAction*>(QStringLiteral("actionGanttZoomOut"));
        QVERIFY(out);
        QVERIFY(out->shortcuts().contains(QKeySequence(QKeySequence::ZoomOut)));
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(chart()->viewport(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(chart()->viewport(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(chart()->zoom(), GanttZoom::Month);
        r = chart()->visibleRange();
        QVERIFY2(near(r.first, QDate(2020, 7, 1)), qPrintable(r.first.toString(Qt::ISODate)));
        // The year scale (0.3 px a day) shows 3333 days: over nine years.
        page()->findChild<QToolButton*>(QStringLiteral("ganttZoomYear"))->click();
        QCOMPARE(chart()->zoom(), GanttZoom::Year);
        chart()->scrollToDate(chart()->renderer().from());
        r = chart()->visibleRange();
        QVERIFY(r.first.daysTo(r.second) + 1 >=
                std::min<qint64>(3333, chart()->renderer().from().daysTo(chart()->renderer().to())));
        chart()->setZoom(GanttZoom::Month);
    }

    void overdueBarIsPaintedInThePalettesOverdueColour()
    {
        page()->setGrouping(GanttGrouping::Directive);
        const qint64 id = taskId(QStringLiteral("营造浓厚消费氛围"));
        QVERIFY(id > 0);
        const int row = chart()->rowOfTask(id);
        QVERIFY(row >= 0);
        const GanttTask* t = chart()->renderer().rows()[row].task;
        // 2020-07-05 (directive date) to 10月1日: past on 2020-10-15, half done.
        QCOMPARE(t->start, QDate(2020, 7, 5));
        QCOMPARE(t->deadline, QDate(2020, 10, 1));
        QCOMPARE(t->due, DueState::Overdue);
        QCOMPARE(t->percent, 50);
        const QColor overdue = WarningPalette::current().overdue;
        QCOMPARE(chart()->renderer().barColor(row), overdue);

        page()->tree()->scrollTo(chart()->indexOfRow(row));
        chart()->scrollToDate(QDate(2020, 6, 1));
        QApplication::processEvents();
        const QRect bar = chart()->barRectInViewport(row);
        const QRect done = chart()->progressRectInViewport(row);
        QVERIFY(chart()->viewport()->rect().contains(bar));
        // Month scale: 89 days × 2.5 px; the filled half is about 111 px.
        QVERIFY2(std::abs(bar.width() - 222) <= 2,
                 qPrintable(QStringLiteral("%1 %2").arg(bar.width()).arg(done.width())));
        QVERIFY(std::abs(done.width() - 111) <= 2);
        const QImage img = chart()->viewport()->grab().toImage();
        const qreal dpr = img.devicePixelRatio();
        auto at = [&](QPoint p) { return img.pixelColor(int(p.x() * dpr), int(p.y() * dpr)); };
        QCOMPARE(at(done.center()).rgb(), overdue.rgb());
        // The open half is a light tint of the same colour.
        const QColor rest = at(QPoint(bar.left() + bar.width() * 3 / 4, bar.center().y()));
        QVERIFY(rest.rgb() != overdue.rgb());
        QVERIFY(rest.lightness() > overdue.lightness());
        QCOMPARE(rest.hslHue() / 10, overdue.hslHue() / 10);

        // An on-track task (due 2020-12-31) is not red.
        const int onTrack = chart()->rowOfTask(taskId(QStringLiteral("促进文旅行业迅速回暖")));
        QCOMPARE(chart()->renderer().barColor(onTrack), WarningPalette::current().onTrack);
        QVERIFY(chart()->renderer().toolTip(row).contains(QStringLiteral("逾期 14 天")));
        // Hovering the bar shows that tooltip.
        QHelpEvent help(QEvent::ToolTip, done.center(), chart()->viewport()->mapToGlobal(done.center()));
        QApplication::sendEvent(chart()->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QStringLiteral("营造浓厚消费氛围")));
        QVERIFY(QToolTip::text().contains(QStringLiteral("市商务局")));
        QToolTip::hideText();
        QVERIFY(chart()->renderer().toolTip(row).contains(QStringLiteral("2020-07-05")));
    }

    void milestonesAndOpenEnds()
    {
        // Printed deadline 2020-05-31 before the directive's date (2020-06-19): drawn as a milestone.
        const int m = chart()->rowOfTask(taskId(QStringLiteral("河南省泌阳县黑石板沟饰面花岗岩矿")));
        const GanttTask* mt = chart()->renderer().rows()[m].task;
        QVERIFY(mt->isMilestone());
        QCOMPARE(mt->deadline, QDate(2020, 5, 31));
        const QRectF mr = chart()->renderer().barRect(m);
        QVERIFY(mr.width() < chart()->rowHeight());
        // No deadline: open-ended, runs to the chart's right edge.
        const int o = chart()->rowOfTask(taskId(QStringLiteral("支持发放消费券")));
        const GanttTask* ot = chart()->renderer().rows()[o].task;
        QVERIFY(ot->isOpenEnded());
        QCOMPARE(ot->start, QDate(2020, 7, 5));
        QCOMPARE(chart()->renderer().barRect(o).right(), chart()->renderer().width());
        QCOMPARE(chart()->renderer().barColor(o), chart()->renderer().colors().noDeadline);
    }

    void doubleClickOpensTheTask()
    {
        const qint64 id = taskId(QStringLiteral("营造浓厚消费氛围"));
        const int row = chart()->rowOfTask(id);
        page()->tree()->scrollTo(chart()->indexOfRow(row));
        chart()->scrollToDate(QDate(2020, 6, 1));
        QApplication::processEvents();
        const QPoint c = chart()->barRectInViewport(row).center();
        QTest::mouseClick(chart()->viewport(), Qt::LeftButton, {}, c);
        QCOMPARE(page()->tree()->currentIndex().data(GanttModel::TaskIdRole).toLongLong(), id);
        QTest::mouseDClick(chart()->viewport(), Qt::LeftButton, {}, c);
        auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("viewStack"));
        QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget*>(m_window->tasksPage()));
        QCOMPARE(m_window->tasksPage()->detail()->taskId(), id);
        m_window->showView(MainWindow::Gantt);
    }

    void reloadsOnRefresh()
    {
        const qint64 id = taskId(QStringLiteral("繁荣夜间经济"));
        {
            auto repo = Repository::open(m_db);
            QVERIFY(!repo->applyEdit({id, TaskField::Title, QStringLiteral("繁荣夜间经济（夜市）")},
                                     QStringLiteral("测试"))
                         .isNull());
        }
        m_window->findChild<QAction*>(QStringLiteral("actionRefresh"))->trigger();
        const int row = chart()->rowOfTask(id);
        QVERIFY(row >= 0);
        QCOMPARE(chart()->renderer().rows()[row].task->title, QStringLiteral("繁荣夜间经济（夜市）"));
    }

    // Issue 13 item 5: another desk's write (the change feed, simulated by the editor's signal) reads that
    // task alone again; a field change keeps the tree's rows and selection (no reset), a lead-unit change
    // regroups exactly as a whole load would.
    void anotherDesksWriteIsReadInPlace()
    {
        m_window->showView(MainWindow::Gantt);
        page()->setGrouping(GanttGrouping::LeadUnit);
        QTRY_VERIFY(!BackgroundLoad::anyBusy());
        const qint64 id = taskId(QStringLiteral("支持发放消费券"));
        const int commerce = groupIndex(QStringLiteral("市商务局"));
        QVERIFY(commerce >= 0);
        int at = -1;
        for (int t = 0; t < model()->rowCount(model()->index(commerce, 0)); ++t)
            if (model()->index(t, 0, model()->index(commerce, 0)).data(GanttModel::TaskIdRole).toLongLong() ==
                id)
                at = t;
        QVERIFY(at >= 0);
        const QModelIndex cell = model()->index(at, 0, model()->index(commerce, 0));
        page()->tree()->setCurrentIndex(cell);
        QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
        auto repo = Repository::open(m_db);
        QVERIFY(repo->applyEdit({id, TaskField::Percent, 65}, QStringLiteral("另一台电脑")).isValid());
        emit m_window->editor()->changed(EditScope::Fields, {id});
        const int percent = GanttModel::column(TaskColumn::Percent);
        QTRY_COMPARE(cell.siblingAtColumn(percent).data(Qt::DisplayRole).toString(), QStringLiteral("65%"));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(page()->tree()->currentIndex(), cell);

        const QStringList lead = repo->task(id)->record.leadUnits;
        QVERIFY(repo->applyEdit({id, TaskField::LeadUnits, QStringList{QStringLiteral("市财政局")}},
                                QStringLiteral("另一台电脑"))
                    .isValid());
        emit m_window->editor()->changed(EditScope::Fields, {id});
        QTRY_VERIFY(
            groupIndex(QStringLiteral("市财政局")) >= 0 &&
            titlesIn(groupIndex(QStringLiteral("市财政局"))).contains(QStringLiteral("支持发放消费券")));
        QVERIFY(!titlesIn(groupIndex(QStringLiteral("市商务局"))).contains(QStringLiteral("支持发放消费券")));
        GanttData whole =
            loadGanttData(*repo, GanttGrouping::LeadUnit, Clock::today(), WarningPalette::current().rules);
        QCOMPARE(model()->rowCount(), int(whole.groups.size()));
        for (int g = 0; g < model()->rowCount(); ++g) {
            QCOMPARE(model()->ganttData().groups[g].label, whole.groups[g].label);
            QCOMPARE(titlesIn(g).size(), int(whole.groups[g].tasks.size()));
        }
        QVERIFY(repo->applyEdits({{id, TaskField::LeadUnits, lead}, {id, TaskField::Percent, 0}},
                                 QStringLiteral("另一台电脑")));
        emit m_window->editor()->changed(EditScope::Fields, {id});
        QTRY_VERIFY(
            titlesIn(groupIndex(QStringLiteral("市商务局"))).contains(QStringLiteral("支持发放消费券")));
        page()->setGrouping(GanttGrouping::Directive);
    }

    void printDialogWritesPdf()
    {
        QList<GanttRow> rows = chart()->rows();
        GanttPrintOptions o = page()->printOptions();
        o.from = QDate(2020, 1, 1);
        o.to = QDate(2021, 12, 31);
        GanttPrintDialog dlg(rows, o);
        auto* mode = dlg.findChild<QComboBox*>(QStringLiteral("ganttPrintMode"));
        QCOMPARE(dlg.options().from, QDate(2020, 1, 1));
        dlg.offerVisibleRange(QDate(2020, 6, 1), QDate(2020, 9, 30));
        dlg.findChild<QPushButton*>(QStringLiteral("ganttPrintVisibleRange"))->click();
        QCOMPARE(dlg.options().from, QDate(2020, 6, 1));
        QCOMPARE(dlg.options().to, QDate(2020, 9, 30));
        const QString pdf = m_dir.filePath(QStringLiteral("dialog.pdf"));
        auto print = [&](GanttPrintMode m) {
            mode->setCurrentIndex(mode->findData(int(m)));
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(pdf);
            printer.setPageOrientation(QPageLayout::Landscape);
            return dlg.paint(&printer);
        };
        QCOMPARE(print(GanttPrintMode::FitPage), 1);
        QCOMPARE(pdfPages(pdf), 1);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString t =
            QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        for (const char* title : {"营造浓厚消费氛围", "资源勘查", "强化企业资金保障", "按文件分组"})
            QVERIFY2(t.contains(QString::fromUtf8(title)), title);
        const int pages = print(GanttPrintMode::Pages);
        QVERIFY(pages > 1);
        QCOMPARE(pdfPages(pdf), pages);
    }

    // Years of tasks at day zoom would print across 150 pages of days: the print scale falls back to the
    // finest zoom at which the tasks' own dates fit a few pages; a short span keeps the screen's scale.
    void printScaleFitsTheTasksDates()
    {
        GanttTask a, b;
        a.start = QDate(2020, 1, 1);
        a.deadline = QDate(2020, 1, 20);
        b.start = QDate(2020, 3, 1);
        b.deadline = QDate(2035, 12, 31);
        GanttRow ra, rb;
        ra.task = &a;
        rb.task = &b;
        const double day = ganttPixelsPerDay(GanttZoom::Day);
        QCOMPARE(GanttPage::printScale({ra}, day), day);
        const double wide = GanttPage::printScale({ra, rb}, day);
        QVERIFY(wide < ganttPixelsPerDay(GanttZoom::Month));
        QVERIFY(double(a.start.daysTo(b.deadline)) * wide <= 3200);
        QCOMPARE(GanttPage::printScale({ra, rb}, ganttPixelsPerDay(GanttZoom::Year)),
                 ganttPixelsPerDay(GanttZoom::Year));
    }
};

QTEST_MAIN(TestGanttView)
#include "test_ganttview.moc"
