// The paged task model over a counting fake source: pages are fetched on demand, never all rows,
// and filters/sorts turn into new queries. With a reader (reads held back until a test lets them land,
// as on a slow link) the rows shown stay until newer ones land and an older query's rows never do.
#include "core/clock.h"
#include "gui/tasks/tasktablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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

// Keeps every read until land(): the worker's side of a slow link.
class HeldReader : public TaskReader
{
public:
    explicit HeldReader(TaskSource& source) : m_source(source) {}
    void read(const TaskRead& r, std::function<void(TaskReadResult)> done) override
    {
        held.append({r, done});
    }
    // Lands the read at `i` (oldest first); false when none is held there.
    bool land(int i = 0)
    {
        if (i >= held.size())
            return false;
        auto [r, done] = held.takeAt(i);
        done(runTaskRead(m_source, r));
        return true;
    }
    void landAll()
    {
        while (land())
            ;
    }
    QList<std::pair<TaskRead, std::function<void(TaskReadResult)>>> held;

private:
    TaskSource& m_source;
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

    void readerKeepsRowsUntilTheNewOnesLand()
    {
        FakeSource src(1000);
        HeldReader reader(src);
        TaskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &TaskTableModel::loaded);
        model.setSource(&src, &reader);
        QCOMPARE(model.rowCount(), 0); // nothing read on the GUI thread
        QCOMPARE(src.counts, 0);
        QVERIFY(model.isLoading());
        reader.landAll();
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.data(model.index(0, col(TaskColumn::Title))).toString(), QStringLiteral("任务1"));
        QCOMPARE(loaded.size(), 1);

        TaskQuery done;
        done.status = Status::Done;
        model.setQuery(done);
        QCOMPARE(model.rowCount(), 1000); // the old rows stay while the new ones are read
        QCOMPARE(model.data(model.index(0, col(TaskColumn::Title))).toString(), QStringLiteral("任务1"));
        reader.landAll();
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.isLoading());
    }

    void newerQuerySupersedesTheOlder()
    {
        FakeSource src(1000);
        HeldReader reader(src);
        TaskTableModel model;
        model.setSource(&src, &reader);
        reader.landAll();
        QSignalSpy loaded(&model, &TaskTableModel::loaded);
        TaskQuery done;
        done.status = Status::Done;
        model.setQuery(done);
        model.setQuery(TaskQuery{});
        QCOMPARE(reader.held.size(), 2);
        reader.land(1); // the newer one first: all 1000
        QCOMPARE(model.rowCount(), 1000);
        reader.land(0); // the older one late: dropped
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(loaded.size(), 1);
    }

    void pagesLandAsTheViewAsks()
    {
        FakeSource src(1000);
        HeldReader reader(src);
        TaskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&src, &reader);
        reader.landAll();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex far = model.index(600, col(TaskColumn::Id));
        QVERIFY(!far.data().isValid()); // page 2 is on its way
        QVERIFY(!model.index(601, 0).data().isValid());
        QCOMPARE(reader.held.size(), 1); // one read per page, however many rows ask
        reader.landAll();
        QCOMPARE(far.data().toLongLong(), 601);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 512);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 767);
        // A page asked for under an older query never lands under the newer one.
        QVERIFY(!model.index(900, 0).data().isValid());
        model.sort(col(TaskColumn::Id), Qt::DescendingOrder);
        reader.land(1); // the sort's reset
        reader.land(0); // the old page 3: dropped
        QCOMPARE(model.index(0, col(TaskColumn::Id)).data().toLongLong(), 1000);
        QVERIFY(!model.index(900, 0).data().isValid());
        reader.landAll();
        QCOMPARE(model.index(900, col(TaskColumn::Id)).data().toLongLong(), 100);
    }

    // With no page held (an empty filter that gains rows), a refresh reads the first page with its count:
    // the table fills when the refresh lands, with no second round trip.
    void refreshWithNoPageHeldReadsTheFirst()
    {
        FakeSource src(0);
        HeldReader reader(src);
        TaskTableModel model;
        model.setSource(&src, &reader);
        reader.landAll();
        QCOMPARE(model.rowCount(), 0);
        src.total = 10;
        model.refresh();
        QCOMPARE(reader.held.size(), 1);
        QCOMPARE(reader.held.first().first.pages, QList<int>{0});
        reader.landAll();
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.rowOfId(1), 0); // held: no read is needed to show it
        QCOMPARE(model.data(model.index(9, col(TaskColumn::Title))).toString(), QStringLiteral("任务10"));
        QVERIFY(reader.held.isEmpty());
    }

    void findRowWaitsForTheReset()
    {
        FakeSource src(10000);
        HeldReader reader(src);
        TaskTableModel model;
        model.setSource(&src, &reader);
        int found = -2;
        model.findRow(3000, [&](int row) { found = row; });
        QCOMPARE(found, -2);
        reader.landAll(); // the reset, then the look through the first pages
        QCOMPARE(found, 2999);
        QCOMPARE(model.idAt(2999), 3000);
        found = -2;
        model.findRow(6000, [&](int row) { found = row; }); // past the pages looked through
        reader.landAll();
        QCOMPARE(found, -1);
        // A bulk edit reads the rows it needs at once, held or not.
        const QList<TaskRecord> rows = model.rowsNow({0, 4500});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).id, 4501);
    }
};

QTEST_MAIN(TestTaskTableModel)
#include "test_tasktablemodel.moc"
