// 考评 and reminders in the whole window, on a database of two tasks entered by hand:
//   "编制财政预算执行方案" (市财政局), due 2024-03-15, done 2024-03-10;
//   "开展招商引资专项行动" (市商务局), due 2024-03-10, open.
// By hand, March 2024 as of 03-31, default rule: 财政局 due 1 on time 1 → 60, 签收 nothing to judge → 20,
// reports 0 of 1 → 0: 80. 商务局 due 1 on time 0 → 0 + 20 + 0, overdue 1 task 21 days → − 2 − 2.1: 15.9.
// With 50 points for on-time completion 财政局 has 70.
// Reminders on 03-31: the 商务局 task, 21 days overdue; nothing else open.
#include "core/clock.h"
#include "gui/mainwindow.h"
#include "gui/reminders/reminderbanner.h"
#include "gui/reminders/reminders.h"
#include "gui/score/scorepage.h"
#include "gui/score/scoreruledialog.h"
#include "gui/widgets/datefield.h"
#include "gui/widgets/recordtablemodel.h"
#include "guitest.h"
#include "palette/warningpalette.h"
#include "store/repository.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace duban;

namespace {
const QString kFinance = QStringLiteral("编制财政预算执行方案");
const QString kCommerce = QStringLiteral("开展招商引资专项行动");
} // namespace

class TestScorePage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;

    qint64 createTask(Repository& repo, const QString& title, const QString& unit, const QDate& deadline)
    {
        NewTask t;
        t.title = title;
        t.leadUnits = {unit};
        t.deadline = deadline;
        StoreError e;
        const qint64 id = repo.createTask(t, QStringLiteral("测试"), &e);
        [&] { QVERIFY2(id > 0, qPrintable(e.message)); }();
        return id;
    }
    void openWindow()
    {
        m_window = test::mainWindowOn(m_db);
        m_window->resize(1500, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(QStringLiteral("duban-score-test"));
        m_db = m_dir.filePath(QStringLiteral("score.sqlite"));
        Clock::pin(QDateTime(QDate(2024, 2, 20), QTime(9, 0)));
        {
            StoreError e;
            auto repo = Repository::open(m_db, {}, &e);
            QVERIFY2(repo, qPrintable(e.message));
            const qint64 finance =
                createTask(*repo, kFinance, QStringLiteral("市财政局"), QDate(2024, 3, 15));
            createTask(*repo, kCommerce, QStringLiteral("市商务局"), QDate(2024, 3, 10));
            Clock::pin(QDateTime(QDate(2024, 3, 10), QTime(9, 0)));
            QVERIFY(
                repo->applyEdit({finance, TaskField::Status, int(Status::Done)}, QStringLiteral("测试"), &e)
                    .isValid());
        }
        Clock::pin(QDateTime(QDate(2024, 3, 31), QTime(9, 0)));
        openWindow();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Clock::release();
    }

    void bannerListsTheNewlyOverdueTask()
    {
        auto* banner = m_window->findChild<ReminderBanner*>(QStringLiteral("reminderBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        const QString text = m_window->findChild<QLabel*>(QStringLiteral("reminderText"))->text();
        QVERIFY2(text.contains(QStringLiteral("新增逾期 1 项")), qPrintable(text));
        QVERIFY2(text.contains(kCommerce + QStringLiteral("（市商务局，逾期 21 天）")), qPrintable(text));
        QVERIFY(!text.contains(kFinance));
        // 查看 opens the overdue view and closes the strip.
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("reminderShow")), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QCOMPARE(
            m_window->findChild<QStackedWidget*>(QStringLiteral("viewStack"))->currentWidget()->objectName(),
            QStringLiteral("overdueView"));
    }

    void shownRemindersDoNotComeBackButNewOnesDo()
    {
        // The same database opened again: nothing new, no banner.
        openWindow();
        auto* banner = m_window->reminderBanner();
        QVERIFY(!banner->isVisible());
        QCOMPARE(m_window->reminders()->current().size(), 1);
        // A task due in three days appears: only it is new.
        createTask(*m_window->repository(), QStringLiteral("完善应急物资储备"), QStringLiteral("市财政局"),
                   QDate(2024, 4, 3));
        const QList<TaskRecord> fresh = m_window->reminders()->check();
        QCOMPARE(fresh.size(), 1);
        QCOMPARE(fresh[0].title, QStringLiteral("完善应急物资储备"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().startsWith(
            QStringLiteral("新增临期 1 项：完善应急物资储备（市财政局，3 天后到期）")));
        QVERIFY(m_window->reminders()->check().isEmpty());
        // Remembered per database, under a key of its own.
        const QStringList shown =
            QSettings().value(Reminders::settingsKey(QFileInfo(m_db).absoluteFilePath())).toStringList();
        QCOMPARE(shown.size(), 2);
    }

    void rankingAsComputedByHand()
    {
        m_window->showView(MainWindow::Score);
        ScorePage* page = m_window->scorePage();
        QCOMPARE(m_window->findChild<QStackedWidget*>(QStringLiteral("viewStack"))->currentWidget(), page);
        page->findChild<DateField*>(QStringLiteral("fromEdit"))->setDate(QDate(2024, 3, 1));
        page->findChild<DateField*>(QStringLiteral("toEdit"))->setDate(QDate(2024, 3, 31));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("computeButton")), Qt::LeftButton);
        const RecordTableModel* m = page->model();
        QCOMPARE(m->rowCount(), 2);
        QCOMPARE(m->records()[0][1], QStringLiteral("市财政局"));
        QCOMPARE(m->records()[0].last(), QStringLiteral("80"));
        QCOMPARE(m->records()[0][5], QStringLiteral("100%"));
        QCOMPARE(m->records()[1][1], QStringLiteral("市商务局"));
        QCOMPARE(m->records()[1][7], QStringLiteral("21")); // 逾期天数
        QCOMPARE(m->records()[1][10], QStringLiteral("—")); // 签收: nothing to judge
        QCOMPARE(m->records()[1].last(), QStringLiteral("15.9"));
        QCOMPARE(m->headerData(18, Qt::Horizontal).toString(), QStringLiteral("总分"));
    }

    void ruleChangesTheScore()
    {
        ScorePage* page = m_window->scorePage();
        ScoreRuleDialog dialog(page->rule());
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("ruleOnTimeWeight"))->setValue(50);
        page->setRule(dialog.rule());
        page->compute();
        QCOMPARE(page->model()->records()[0].last(), QStringLiteral("70"));
        QCOMPARE(ScoreRuleDialog::saved().onTimeWeight, 50.0);
        page->setRule(ScoreRule{});
        page->compute();
    }

    // The 催办 levels are named in 预警设置; the ranking's columns and its rule line use those names.
    void chaseColumnsUseThePaletteNames()
    {
        ScorePage* page = m_window->scorePage();
        const WarningPalette before = WarningPalette::current();
        WarningPalette p = before;
        p.chaseNames[0] = QStringLiteral("一次提醒");
        p.chaseNames[1] = QStringLiteral("二次催办");
        p.chaseNames[2] = QStringLiteral("挂牌督办");
        WarningPalette::setCurrent(p);
        page->reload();
        QCOMPARE(page->model()->headerData(13, Qt::Horizontal).toString(), QStringLiteral("一次提醒"));
        QCOMPARE(page->model()->headerData(14, Qt::Horizontal).toString(), QStringLiteral("二次催办"));
        QCOMPARE(page->model()->headerData(15, Qt::Horizontal).toString(), QStringLiteral("挂牌督办"));
        const QString rule = page->findChild<QLabel*>(QStringLiteral("ruleLabel"))->text();
        QVERIFY2(rule.contains(QStringLiteral("一次提醒 / 二次催办 / 挂牌督办每次扣")), qPrintable(rule));
        WarningPalette::setCurrent(before);
        page->reload();
        QCOMPARE(page->model()->headerData(15, Qt::Horizontal).toString(), QStringLiteral("通报"));
    }

    void publishedRankingReproduces()
    {
        ScorePage* page = m_window->scorePage();
        QString error;
        const qint64 id = page->publish(&error);
        QVERIFY2(id > 0, qPrintable(error));
        auto* runs = page->findChild<QComboBox*>(QStringLiteral("runCombo"));
        QCOMPARE(runs->count(), 2);
        QCOMPARE(runs->currentIndex(), 1);
        const QString summary = page->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
        QVERIFY2(summary.contains(QStringLiteral("结果与发布时一致")), qPrintable(summary));
        QCOMPARE(page->model()->records()[0].last(), QStringLiteral("80"));
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("publishButton"))->isEnabled());
        const QString xlsx = m_dir.filePath(QStringLiteral("考评.xlsx"));
        QVERIFY2(page->exportXlsx(xlsx, &error), qPrintable(error));
        QVERIFY(QFileInfo(xlsx).size() > 0);
        page->showRun(0);
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("publishButton"))->isEnabled());
    }
};

QTEST_MAIN(TestScorePage)
#include "test_scorepage.moc"
