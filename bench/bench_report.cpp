// The weekly report on 1,000 generated tasks (Chinese titles, units from the alias directory, deadlines
// 2021–2023, as of Friday 2022-10-07 in 2022-W40), 200 of them with a progress note in the week and 50
// completed in it: time to read the report's data, to lay out the pages, and to write the PDF.
// Run: ./build/bin/bench_report [tasks]
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

QString pick(QRandomGenerator& rng, const QStringList& pool)
{
    return pool.at(int(rng.bounded(quint32(pool.size()))));
}

QList<TaskDraft> generate(int n)
{
    QRandomGenerator rng(20221007);
    const QStringList verbs{QStringLiteral("推进"), QStringLiteral("加快"), QStringLiteral("完善"),
                            QStringLiteral("健全"), QStringLiteral("深化"), QStringLiteral("落实")};
    const QStringList objects{QStringLiteral("老旧小区改造工程"), QStringLiteral("城乡环境卫生整治行动"),
                              QStringLiteral("政务服务一网通办"), QStringLiteral("高标准农田建设项目"),
                              QStringLiteral("农村人居环境整治"), QStringLiteral("重点项目建设"),
                              QStringLiteral("5G网络建设"),       QStringLiteral("智慧城市运行管理平台建设"),
                              QStringLiteral("食品安全监管体系"), QStringLiteral("安全生产专项整治三年行动"),
                              QStringLiteral("义务教育均衡发展"), QStringLiteral("交通基础设施互联互通"),
                              QStringLiteral("大气污染防治攻坚"), QStringLiteral("科技创新平台建设")};
    QStringList units;
    for (const UnitEntry& e : UnitDirectory::builtin().entries())
        units.append(e.canonical);
    QList<TaskDraft> out;
    DirectiveInfo dir;
    for (int i = 0; i < n; ++i) {
        if (i % 50 == 0) {
            dir.title = QStringLiteral("关于印发第%1号专项工作方案的通知").arg(i / 50 + 1);
            dir.docNumber = QStringLiteral("驻政办〔2022〕%1号").arg(i / 50 + 1);
            dir.date = QDate(2022, 1, 1).addDays(i / 50);
        }
        TaskDraft t;
        t.source = QStringLiteral("generated.txt");
        t.kind = QStringLiteral("inline");
        t.directive = dir;
        t.lineStart = t.lineEnd = 10 + i % 50;
        t.section = {QStringLiteral("二、重点任务")};
        t.title = pick(rng, verbs) + pick(rng, objects);
        t.deadline = QDate(2021, 1, 1).addDays(rng.bounded(3 * 365));
        t.deadlineText = t.deadline.toString(QStringLiteral("yyyy年M月底前"));
        t.text = t.title + QStringLiteral("，确保按期完成目标任务。");
        t.units = {pick(rng, units), pick(rng, units)};
        t.leadUnits = {t.units.first()};
        t.coUnits = t.units.first() == t.units.last() ? QStringList{} : QStringList{t.units.last()};
        out.append(t);
    }
    return out;
}

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
    batch.tasks = generate(n);
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
    int pages = 0;
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
    return 0;
}
