// The overdue view (逾期预警): time from a fresh page to its first paint (counts, the first page of each
// traffic-light group, per-unit figures with pace, the chart), and the mean reload after an as-of change.
//   ./build/bin/bench_overdue                 the five seeds (/work/shared/seeds) imported into a temp file
//   ./build/bin/bench_overdue --db PATH...    existing databases (e.g. bench_gui's 100,000 tasks)
#include "core/clock.h"
#include "extract/documentreader.h"
#include "extract/extractor.h"
#include "gui/overdue/overduepage.h"
#include "gui/overdue/unitwarningmodel.h"
#include "gui/overdue/warningtaskmodel.h"
#include "store/repository.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>

using namespace duban;

namespace {

bool importSeeds(Repository& repo, const QString& dir)
{
    const Extractor extractor;
    const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QFileInfo& f : files) {
        const ReadResult read = DocumentReader::read(f.filePath());
        if (!read.ok())
            return false;
        const ExtractionResult x = extractor.extract(read.doc);
        ImportBatch b;
        b.sourceFile = f.fileName();
        b.contentHash = ImportBatch::hashOf(read.doc.lines);
        b.directives = x.directives;
        b.tasks = x.tasks;
        b.importedBy = QStringLiteral("bench");
        StoreError e;
        if (!repo.applyImport(b, true, nullptr, &e)) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message));
            return false;
        }
    }
    return !files.isEmpty();
}

void measure(const QString& path)
{
    StoreError e;
    auto repo = Repository::open(path, {}, &e);
    if (!repo) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return;
    }
    const int tasks = repo->countTasks({});
    QElapsedTimer t;
    t.start();
    OverduePage page;
    page.resize(1500, 880);
    page.setAsOf(QDate(2022, 10, 15));
    page.setRepository(repo.get());
    page.show();
    const QPixmap first = page.grab();
    Q_UNUSED(first);
    const double firstMs = t.nsecsElapsed() / 1e6;

    const int runs = 20;
    double sum = 0, most = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer r;
        r.start();
        page.setAsOf(QDate(2022, 10, 15).addDays(i + 1)); // reloads: counts, groups, units, chart
        const QPixmap pm = page.grab();
        Q_UNUSED(pm);
        const double ms = r.nsecsElapsed() / 1e6;
        sum += ms;
        most = std::max(most, ms);
    }
    std::printf(
        "%s: %d tasks, %d units | first paint %.1f ms | as-of change + repaint mean %.1f ms, max %.1f ms | "
        "overdue on 2022-11-04: %d\n",
        qPrintable(QFileInfo(path).fileName()), tasks, page.unitModel()->rowCount(), firstMs, sum / runs,
        most, page.taskModel()->groupTotal(DueState::Overdue));
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Clock::pin(QDateTime(QDate(2022, 10, 15), QTime(9, 0)));
    QStringList dbs;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i)
        if (args.at(i) == QLatin1String("--db"))
            dbs << args.at(++i);
    QTemporaryDir tmp;
    if (dbs.isEmpty()) {
        const QString path = tmp.filePath(QStringLiteral("seeds.sqlite"));
        StoreError e;
        auto repo = Repository::open(path, {}, &e);
        if (!repo || !importSeeds(*repo, QStringLiteral(DUBAN_SHARED_DIR "/seeds"))) {
            std::fprintf(stderr, "could not import the seeds\n");
            return 1;
        }
        dbs << path;
    }
    for (const QString& db : dbs)
        measure(db);
    return 0;
}
