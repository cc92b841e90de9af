// Extraction speed on the five real gazettes (about 0.9 MB of text). Run: ./build/bin/bench_extract
#include "extract/extractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <benchmark/benchmark.h>

using namespace duban;

namespace {

QList<SourceDocument> loadSeeds(qint64* bytes)
{
    QList<SourceDocument> docs;
    const QDir dir(QStringLiteral(DUBAN_SHARED_DIR "/seeds"));
    for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        *bytes += data.size();
        SourceDocument d;
        d.path = name;
        d.lines = QString::fromUtf8(data).split(u'\n');
        docs.append(d);
    }
    return docs;
}

void BM_ExtractSeeds(benchmark::State& state)
{
    qint64 bytes = 0;
    const QList<SourceDocument> docs = loadSeeds(&bytes);
    if (docs.isEmpty()) {
        state.SkipWithError("no seeds found next to the repository (../shared/seeds)");
        return;
    }
    const Extractor ex;
    qsizetype tasks = 0;
    for (auto _ : state) {
        tasks = 0;
        for (const auto& d : docs)
            tasks += ex.extract(d).tasks.size();
        benchmark::DoNotOptimize(tasks);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["tasks"] = double(tasks);
    state.counters["input_KB"] = double(bytes) / 1024.0;
}
BENCHMARK(BM_ExtractSeeds)->Unit(benchmark::kMillisecond);

void BM_ExtractLargeDocument(benchmark::State& state)
{
    // The seeds repeated to about 50 MB: extraction must stay linear.
    qint64 bytes = 0;
    const QList<SourceDocument> docs = loadSeeds(&bytes);
    if (docs.isEmpty()) {
        state.SkipWithError("no seeds");
        return;
    }
    SourceDocument big;
    const int copies = int(50LL * 1024 * 1024 / std::max<qint64>(bytes, 1));
    for (int i = 0; i < copies; ++i) {
        for (const auto& d : docs)
            big.lines += d.lines;
    }
    const Extractor ex;
    for (auto _ : state)
        benchmark::DoNotOptimize(ex.extract(big).tasks.size());
    state.SetBytesProcessed(state.iterations() * bytes * copies);
}
BENCHMARK(BM_ExtractLargeDocument)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
