// The weekly report on 1,000 generated tasks (Chinese titles, units from the alias directory, deadlines
// 2021–2023, as of Friday 2022-10-07 in 2022-W40), 200 of them with a progress note in the week and 50
// completed in it: time to read the report's data, to lay out the pages, and to write the PDF.
// Run: ./build/bin/bench_report [tasks]
#include "../tests/report/generatedtasks.h"
#include "core/clock.h"
#include "report/reportdocument.h"
#include "store/repository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace duban;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, atoi(argv[1])) : 1000;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench.sqlite"));
    Clock::pin(QDateTime(QDate(2022, 9, 1), QTime(9, 0)));
    auto repo = Repository::open(db);
    if (!repo)
        return 1;
    ImportBatch batch;
    batch.sourceFile = QStringLiteral("generated.txt");
    batch.contentHash = QStringLiteral("bench-report-%1").arg(n);
    batch.tasks = test::generateReportTasks(n);
    batch.importedBy = QStringLiteral("bench");
    ImportResult imported;
    if (!repo->applyImport(batch, false, &imported))
        return 1;
    QRandomGenerator rng(7);
    for (int i = 0; i < std::min(200, n); ++i) {
        Clock::pin(QDateTime(QDate(2022, 10, 3 + i % 5), QTime(10, 0)));
        ProgressInput p;
        p.date = Clock::today();
        p.text = QStringLiteral("已召开专题推进会，明确责任分工和时间节点，正在协调解决资金和审批问题");
        p.percent = int(rng.bounded(90u));
        p.author = QStringLiteral("bench");
        repo->addProgress(imported.taskIds[i * 3 % n], p);
    }
    for (int i = 0; i < std::min(50, n); ++i) {
        Clock::pin(QDateTime(QDate(2022, 10, 3 + i % 5), QTime(15, 0)));
        repo->applyEdit({imported.taskIds[i * 7 % n], TaskField::Status, int(Status::Done)},
                        QStringLiteral("bench"));
    }
    Clock::pin(QDateTime(QDate(2022, 10, 7), QTime(18, 0)));

    ReportOptions o;
    o.period = *ReportPeriod::parseWeek(QStringLiteral("2022-W40"), nullptr);
    o.asOf = QDate(2022, 10, 7);
    o.office = QStringLiteral("驻马店市人民政府督查室");
    o.requirements = QStringLiteral("各单位要对照逾期任务清单逐项销号。");
    QList<double> data, layout, pdf, total;
    int pages = 0, passes = 0;
    qint64 bytes = 0;
    std::optional<WeeklyReport> r;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        r = buildWeeklyReport(*repo, o, false, {}, nullptr);
        if (!r)
            return 1;
        const double d = t.nsecsElapsed() / 1e6;
        {
            ReportDocument doc(*r);
            doc.pageCount();
            passes = doc.layoutPasses();
        }
        const double l = t.nsecsElapsed() / 1e6 - d;
        const QString out = dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QElapsedTimer w;
        w.start();
        if (!writeReportPdf(*r, out, &error, &pages)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const double p = w.nsecsElapsed() / 1e6;
        data << d;
        layout << l;
        pdf << p;
        total << d + p; // data, then layout and PDF in one go
        bytes = QFileInfo(out).size();
    }
    printf(
        "weekly report, %d tasks (%d overdue, %lld in the overdue list rows, %lld notes, %lld completed)\n",
        n, r->current.overdue, qlonglong(r->overdue.size()), qlonglong(r->notes.size()),
        qlonglong(r->completed.size()));
    printf("  read report data      %8.1f ms (median of 5)\n", median(data));
    printf("  lay out pages         %8.1f ms\n", median(layout));
    printf("  layout + write PDF    %8.1f ms  (%d pages, %lld KiB)\n", median(pdf), pages, bytes / 1024);
    printf("  data to PDF           %8.1f ms\n", median(total));
    printf("  layout passes         %8d\n", passes);
    return 0;
}
