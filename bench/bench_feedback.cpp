// Unit feedback sheet with 500 tasks of one unit: export, fill in every row (shared strings, as Excel
// saves), preview and import. Run: ./build/bin/bench_feedback [rows]
#include "../tests/feedbackfill.h"
#include "core/clock.h"
#include "exchange/feedbackimport.h"
#include "exchange/feedbacksheet.h"
#include "store/repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace duban;

namespace {

ImportBatch batchOf(int n)
{
    ImportBatch b;
    b.sourceFile = QStringLiteral("bench.txt");
    b.contentHash = ImportBatch::hashOf({QStringLiteral("bench %1").arg(n)});
    b.importedBy = QStringLiteral("bench");
    DirectiveInfo d;
    d.title = QStringLiteral("关于印发重点任务分工方案的通知");
    d.docNumber = QStringLiteral("驻政办〔2022〕9号");
    d.date = QDate(2022, 3, 1);
    for (int i = 0; i < n; ++i) {
        TaskDraft t;
        t.source = b.sourceFile;
        t.kind = QStringLiteral("inline");
        t.directive = d;
        t.title = QStringLiteral("推进第 %1 项重点工作落地见效").arg(i + 1);
        t.text = t.title + QStringLiteral("，确保按期完成。");
        t.section = {QStringLiteral("一、重点任务")};
        t.leadUnits = {QStringLiteral("市商务局")};
        t.coUnits = {QStringLiteral("市财政局")};
        t.units = t.leadUnits + t.coUnits;
        t.deadline = QDate(2022, 12, 31).addDays(-(i % 200));
        t.lineStart = t.lineEnd = i + 1;
        b.tasks.append(t);
    }
    return b;
}

double ms(QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::max(1, atoi(argv[1])) : 500;
    Clock::pin(QDateTime(QDate(2022, 10, 15), QTime(9, 0)));
    std::vector<double> exportMs, previewMs, applyMs;
    for (int run = 0; run < 5; ++run) {
        QTemporaryDir dir;
        auto repo = Repository::open(dir.filePath(QStringLiteral("b.sqlite")));
        if (!repo || !repo->applyImport(batchOf(rows), false))
            return 1;
        const qint64 unit = repo->findUnit(QStringLiteral("市商务局")).value_or(0);
        const QString sheet = dir.filePath(QStringLiteral("s.xlsx"));
        QString error;
        QElapsedTimer t;
        t.start();
        if (!writeFeedbackSheet(*repo, unit, sheet, Clock::today(), nullptr, &error))
            return 1;
        exportMs.push_back(ms(t));
        QList<test::FillCell> cells;
        for (int r = 5; r < 5 + rows; ++r) {
            const QString n = QString::number(r);
            cells.append({QStringLiteral("I") + n,
                          QStringLiteral("已完成阶段性任务，正在推进下一步工作（第 %1 行）").arg(r)});
            cells.append({QStringLiteral("J") + n, QString::number(r % 101), true});
            cells.append({QStringLiteral("K") + n, QStringLiteral("进行中")});
            cells.append({QStringLiteral("L") + n, QStringLiteral("李四")});
        }
        if (!test::fillSheet(sheet, cells, test::SaveStyle::SharedStrings))
            return 1;
        t.restart();
        FeedbackPreview pv;
        if (!previewFeedback(*repo, sheet, &pv, &error))
            return 1;
        previewMs.push_back(ms(t));
        t.restart();
        FeedbackResult result;
        if (!applyFeedbackPreview(*repo, pv, QStringLiteral("bench"), &result, &error) ||
            result.progressAdded != rows)
            return 1;
        applyMs.push_back(ms(t));
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf("feedback sheet, %d rows (median of 5): export %.1f ms, preview (read + check) %.1f ms, "
                "import (one transaction) %.1f ms\n",
                rows, median(exportMs), median(previewMs), median(applyMs));
    return 0;
}
