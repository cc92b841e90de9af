// The Reports page in the main window, on the five seeds and a real SQLite file: choose a week and a
// unit, save the report as PDF through the page (no file dialog), read it back with pdftotext; the
// issue number; the ledger of the same selection; the preview and the shortcuts.
#include "core/clock.h"
#include "gui/mainwindow.h"
#include "gui/reports/reportspage.h"
#include "guitest.h"
#include "seeddb.h"
#include "store/repository.h"
#include "testpaths.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace duban;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s+")));
}

int sqlCount(const QString& path, const QString& sql, const QString& bind)
{
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            q.addBindValue(bind);
            if (q.exec() && q.next())
                n = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
    ReportsPage* m_page = nullptr;

    void tickUnit(const QString& name, bool on)
    {
        auto* list = m_page->findChild<QListView*>(QStringLiteral("reportUnits"));
        QVERIFY(list);
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(list->model());
        QVERIFY(proxy);
        auto* model = qobject_cast<QStandardItemModel*>(proxy->sourceModel());
        QVERIFY(model);
        const auto found = model->findItems(name);
        QCOMPARE(found.size(), 1);
        found.first()->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(QStringLiteral("duban-reports-test"));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("seeds.sqlite"));
        Clock::pin(QDateTime(QDate(2022, 9, 20), QTime(9, 0)));
        {
            QString why;
            QVERIFY2(test::seededDatabase(m_db, test::seedNames(), &why), qPrintable(why));
        }
        Clock::pin(QDateTime(QDate(2022, 10, 7), QTime(9, 0)));
        m_window = test::mainWindowOn(m_db);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showView(MainWindow::Reports);
        m_page = qobject_cast<ReportsPage*>(m_window->findChild<QWidget*>(QStringLiteral("reportsView")));
        QVERIFY(m_page);
        QVERIFY(m_page->isVisible());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Clock::release();
    }

    void pageHasItsPartsAndShortcuts()
    {
        auto* feedback = m_page->findChild<QGroupBox*>(QStringLiteral("feedbackArea"));
        QVERIFY(feedback);
        QCOMPARE(feedback, m_page->feedbackArea());
        QVERIFY(feedback->layout());
        QStringList keys;
        for (QAction* a : m_page->actions())
            keys << a->shortcut().toString(QKeySequence::PortableText);
        QVERIFY2(keys.contains(QStringLiteral("Ctrl+P")), qPrintable(keys.join(u' ')));
        QVERIFY(keys.contains(QStringLiteral("Ctrl+Shift+S")));
        QVERIFY(
            keys.contains(QStringLiteral("Ctrl+Shift+L"))); // not Ctrl+Shift+E: the feedback export has it
        // This week, as of the pinned day, is the default; the preview paints the pages.
        QCOMPARE(m_page->findChild<QLineEdit*>(QStringLiteral("reportWeek"))->text(),
                 QStringLiteral("2022-W40"));
        auto* preview = m_page->findChild<QPrintPreviewWidget*>(QStringLiteral("reportPreview"));
        QVERIFY(preview);
        QTRY_VERIFY(preview->pageCount() >= 3);
    }

    void savePdfForAUnitThenAll()
    {
        m_page->findChild<QLineEdit*>(QStringLiteral("reportWeek"))->setText(QStringLiteral("2022-W40"));
        m_page->findChild<QLineEdit*>(QStringLiteral("reportOffice"))
            ->setText(QStringLiteral("驻马店市人民政府督查室"));
        m_page->findChild<QPlainTextEdit*>(QStringLiteral("reportRequirements"))
            ->setPlainText(QStringLiteral("各单位要对照清单逐项销号。"));
        tickUnit(QStringLiteral("市司法局"), true);
        const int justice =
            sqlCount(m_db,
                     QStringLiteral("SELECT count(DISTINCT t.id) FROM tasks t JOIN task_units tu ON "
                                    "tu.task_id = t.id JOIN units u ON u.id = tu.unit_id WHERE "
                                    "t.retired_at IS NULL AND u.name = ?"),
                     QStringLiteral("市司法局"));
        QVERIFY(justice > 0);
        const QString pdf = m_dir.filePath(QStringLiteral("unit.pdf"));
        QString error;
        QVERIFY2(m_page->savePdf(pdf, &error), qPrintable(error));
        QVERIFY(QFile::exists(pdf));
        QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("纳入本期督查的重点任务共%1项").arg(justice)),
                 qPrintable(text.left(600)));
        QVERIFY(text.contains(QStringLiteral("驻马店市人民政府督查室")));
        QVERIFY(text.contains(QStringLiteral("各单位要对照清单逐项销号。")));
        QVERIFY(text.contains(QStringLiteral("第1期")));
        QVERIFY(text.contains(
            QStringLiteral("明确实行告知承诺制的证明事项"))); // 市司法局, overdue since 2021-05-31
        QVERIFY(m_page->statusText().contains(QStringLiteral("第1期")));

        tickUnit(QStringLiteral("市司法局"), false);
        const QString all = m_dir.filePath(QStringLiteral("all.pdf"));
        QVERIFY2(m_page->savePdf(all, &error), qPrintable(error));
        text = pdfText(all);
        QVERIFY(text.contains(QStringLiteral("纳入本期督查的重点任务共274项")));
        QVERIFY(text.contains(QStringLiteral("第1期"))); // the same week keeps its number

        m_page->setWeek(QStringLiteral("2022-W41"));
        const QString next = m_dir.filePath(QStringLiteral("w41.pdf"));
        QVERIFY2(m_page->savePdf(next, &error), qPrintable(error));
        text = pdfText(next);
        QVERIFY(text.contains(QStringLiteral("第2期")));
        QVERIFY(text.contains(QStringLiteral("2022年第41周")));
    }

    void badWeekIsRefusedWithAMessage()
    {
        m_page->findChild<QLineEdit*>(QStringLiteral("reportWeek"))->setText(QStringLiteral("2022-W60"));
        QString error;
        QVERIFY(!m_page->savePdf(m_dir.filePath(QStringLiteral("bad.pdf")), &error));
        QVERIFY2(error.contains(QStringLiteral("没有第60周")), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.pdf"))));
        m_page->setWeek(QStringLiteral("2022-W40"));
    }

    void ledgerOfTheSelection()
    {
        tickUnit(QStringLiteral("市司法局"), true);
        const int led =
            sqlCount(m_db,
                     QStringLiteral("SELECT count(DISTINCT t.id) FROM tasks t JOIN task_units tu ON "
                                    "tu.task_id = t.id JOIN units u ON u.id = tu.unit_id WHERE "
                                    "t.retired_at IS NULL AND u.name = ?"),
                     QStringLiteral("市司法局"));
        const QString csv = m_dir.filePath(QStringLiteral("ledger.csv"));
        QString error;
        QVERIFY2(m_page->exportLedger(csv, false, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QCOMPARE(int(text.count(QStringLiteral("\r\n"))), led + 1);
        QVERIFY(text.contains(QStringLiteral("明确实行告知承诺制的证明事项")));
        const QString xlsx = m_dir.filePath(QStringLiteral("ledger.xlsx"));
        QVERIFY2(m_page->exportLedger(xlsx, true, &error), qPrintable(error));
        QVERIFY(QFileInfo(xlsx).size() > 1000);
        tickUnit(QStringLiteral("市司法局"), false);
    }
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestReportsPage t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_reportspage.moc"
