// Seconds per page of OCR on a degraded scan of known text (300 dpi A4, 2° turn, blur, noise), and its
// character accuracy: ./build/bin/bench_ocr
#include "extract/documentreader.h"
#include "scanfixture.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

namespace {
QString g_png, g_known;

void BM_OcrPage(benchmark::State& state)
{
    double acc = 0;
    for (auto _ : state) {
        const duban::ReadResult r = duban::DocumentReader::read(g_png);
        if (!r.ok()) {
            state.SkipWithError(r.error.toStdString().c_str());
            return;
        }
        acc = duban::test::characterAccuracy(g_known, r.doc.lines.join(QString()));
    }
    state.counters["accuracy_pct"] = acc * 100;
}
BENCHMARK(BM_OcrPage)->Unit(benchmark::kSecond)->Iterations(3);
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    g_known =
        duban::test::knownPageText(QStringLiteral(DUBAN_SHARED_DIR "/corpus/guobanfa-2018-128-wufei.txt"));
    const QString pdf = dir.filePath(QStringLiteral("known.pdf"));
    duban::test::writeTextPdf(pdf, g_known);
    g_png = dir.filePath(QStringLiteral("scan.png"));
    duban::test::degrade(duban::test::renderPage(pdf)).save(g_png);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
