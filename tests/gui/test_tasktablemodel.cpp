// The paged task model over a counting fake source: pages are fetched on demand, never all rows,
// and filters/sorts turn into new queries.
#include "core/clock.h"
#include "gui/tasks/tasktablemodel.h"

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTest>

using namespace duban;

namespace {
class FakeSource : public TaskSource
{
public:
    explicit FakeSource(int n) : total(n) {}
    int count(const TaskQuery& q) override
    {
        ++counts;
        last = q;
        return q.status == Status::Done ? total / 4 : total;
    }
    QList<TaskRecord> page(const TaskQuery& q, int offset, int limit) override
    {
        ++pages;
        last = q;
        QList<TaskRecord> out;
        const int n = count(q);
        --counts;
        for (int i = offset; i < std::min(n, offset + limit); ++i) {
            TaskRecord r;
            r.id = q.sortOrder == Qt::AscendingOrder ? i + 1 : n - i;
            r.title = QStringLiteral("任务%1").arg(r.id);
            r.leadUnits = {QStringLiteral("市财政局")};
            r.deadline = QDate(2022, 9, 30).addDays(i % 60 - 30);
            r.status = i % 4 == 0 ? Status::Done : Status::InProgress;
            r.percent = i % 101;
            out << r;
        }
        return out;
    }
    int total;
    int counts = 0, pages = 0;
    TaskQuery last;
};
} // namespace

class TestTaskTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init() { Clock::pin(QDateTime(QDate(2022, 9, 30), QTime(9, 0))); }
    void cleanup() { Clock::release(); }

    void pagesOnDemand()
    {
        FakeSource src(100000);
        TaskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&src);
        QCOMPARE(model.rowCount(), 100000);
        QCOMPARE(model.data(model.index(0, col(TaskColumn::Title))).toString(), QStringLiteral("任务1"));
        QCOMPARE(model.data(model.index(99999, col(TaskColumn::Id))).toLongLong(), 100000);
        QVERIFY(src.pages <= 4); // the tester touches a few rows, not 100,000
        QTableView view;
        view.setModel(&model);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scrollToBottom();
        QTest::qWait(20);
        QVERIFY(model.pagesFetched() < 10);
    }

    void dueColoursAndFilters()
    {
        FakeSource src(1000);
        TaskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&src);
        // Row 1: deadline 2022-09-01, in progress → overdue, red.
        const QModelIndex due = model.index(1, col(TaskColumn::DueState));
        QCOMPARE(DueState(due.data(TaskTableModel::DueStateRole).toInt()), DueState::Overdue);
        QCOMPARE(due.data(Qt::BackgroundRole).value<QBrush>().color(),
                 TaskTableModel::dueColor(DueState::Overdue));
        // Row 35: 2022-10-05 → due soon (yellow); row 59: 2022-10-29 → on track (green).
        QCOMPARE(DueState(model.index(35, 0).data(TaskTableModel::DueStateRole).toInt()), DueState::DueSoon);
        QCOMPARE(DueState(model.index(59, 0).data(TaskTableModel::DueStateRole).toInt()), DueState::OnTrack);

        TaskQuery q;
        q.status = Status::Done;
        q.search = QStringLiteral("污水");
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(src.last.search, QStringLiteral("污水"));
        model.sort(col(TaskColumn::Title), Qt::DescendingOrder);
        QCOMPARE(model.query().sortColumn, TaskColumn::Title);
        QCOMPARE(model.data(model.index(0, 0)).toLongLong(), 250);
        QCOMPARE(src.last.sortOrder, Qt::DescendingOrder);
    }

    // Issue 12, defect 1: a page fetched when the cache is full evicts the oldest one. The row read
    // then must come from the page just fetched, not from wherever the hash moved entries on erase.
    // Every row is checked against its id while far more pages than the cache holds go through it.
    void evictionKeepsRowsOnTheirPage()
    {
        FakeSource src(100000);
        TaskTableModel model;
        model.setSource(&src);
        const int pageSize = 256;
        int wrong = 0;
        for (int round = 0; round < 3; ++round) {
            for (int p = 0; p < 100000 / pageSize; p += 1 + round) {
                const int row = p * pageSize + (p * 37 + round) % pageSize;
                if (model.idAt(row) != row + 1)
                    ++wrong;
            }
            for (int row = 99999; row >= 0; row -= 997 + round)
                if (model.idAt(row) != row + 1)
                    ++wrong;
        }
        QCOMPARE(wrong, 0);
        QVERIFY(model.pagesFetched() > 12 * 10);
    }
};

QTEST_MAIN(TestTaskTableModel)
#include "test_tasktablemodel.moc"
