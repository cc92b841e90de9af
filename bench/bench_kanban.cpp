// Kanban board with 5,000 tasks in a real SQLite file (filled through the store's import, statuses
// spread over the four columns by audited edits): time to load the board (one SQL query + grouping),
// first paint, full repaints into a QImage, scrolling, swimlane regrouping, and a card move (store
// edit + undo step + reload). Run: ./build/bin/bench_kanban [--tasks N] [--keep DB] [--shot PNG]
#include "core/clock.h"
#include "core/unitdirectory.h"
#include "gui/kanban/kanbandelegate.h"
#include "gui/kanban/kanbanmodel.h"
#include "gui/kanban/kanbanview.h"
#include "store/repository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <algorithm>
#include <cstdio>

using namespace duban;

namespace {

// Directives of up to 500 tasks with titles and units like a city's supervision list.
bool fill(Repository& repo, int tasks)
{
    const auto& units = UnitDirectory::builtin().entries();
    static const QStringList places = {
        QStringLiteral("驿城区"), QStringLiteral("西平县"), QStringLiteral("上蔡县"),
        QStringLiteral("平舆县"), QStringLiteral("正阳县"), QStringLiteral("确山县"),
        QStringLiteral("泌阳县"), QStringLiteral("汝南县"), QStringLiteral("遂平县"),
        QStringLiteral("新蔡县"), QStringLiteral("全市")};
    static const QStringList verbs = {QStringLiteral("加快推进"), QStringLiteral("全面完成"),
                                      QStringLiteral("持续深化"), QStringLiteral("统筹推进"),
                                      QStringLiteral("着力强化"), QStringLiteral("建立健全")};
    static const QStringList topics = {QStringLiteral("城镇老旧小区改造和配套基础设施建设"),
                                       QStringLiteral("政务服务“一网通办”事项标准化"),
                                       QStringLiteral("农村人居环境整治提升五年行动"),
                                       QStringLiteral("重点项目审批提速和要素保障"),
                                       QStringLiteral("规上工业企业节能降碳改造"),
                                       QStringLiteral("公共卫生应急管理体系"),
                                       QStringLiteral("黑臭水体排查整治"),
                                       QStringLiteral("冷链物流骨干网络建设"),
                                       QStringLiteral("高标准农田建设任务"),
                                       QStringLiteral("义务教育阶段学校扩容"),
                                       QStringLiteral("安全生产专项整治三年行动"),
                                       QStringLiteral("营商环境评价反馈问题整改")};
    int made = 0;
    for (int batch = 0; made < tasks; ++batch) {
        ImportBatch b;
        b.sourceFile = QStringLiteral("kanban_bench_%1.txt").arg(batch);
        DirectiveInfo d;
        d.title = QStringLiteral("驻马店市人民政府办公室关于印发2022年第%1批重点工作任务分解方案的通知")
                      .arg(batch + 1);
        d.docNumber = QStringLiteral("驻政办〔2022〕%1号").arg(batch + 11);
        d.date = QDate(2022, 1, 10).addDays(batch * 20);
        d.year = 2022;
        b.directives = {d};
        QStringList lines;
        for (int i = 0; i < 500 && made < tasks; ++i, ++made) {
            TaskDraft t;
            t.source = b.sourceFile;
            t.lineStart = t.lineEnd = i + 1;
            t.kind = QStringLiteral("inline");
            t.directive = d;
            t.title = places.at(made % places.size()) + verbs.at((made / 11) % verbs.size()) +
                      topics.at((made / 66) % topics.size()) + QStringLiteral("（第%1项）").arg(made + 1);
            t.text = t.title + QStringLiteral("，建立工作台账，明确时间节点和责任人，确保按期保质完成。");
            const UnitEntry& lead = units.at((made * 13) % units.size());
            const UnitEntry& co = units.at((made * 7 + 3) % units.size());
            t.units = {lead.canonical, co.canonical};
            t.leadUnits = {lead.canonical};
            t.coUnits = {co.canonical};
            t.unitsCanonical = t.units;
            t.deadline = QDate(2022, 6, 30).addDays((made * 37) % 540);
            t.deadlineText = t.deadline.toString(QStringLiteral("yyyy年M月底前"));
            b.tasks << t;
            lines << t.text;
        }
        b.contentHash = ImportBatch::hashOf(lines);
        b.importedBy = QStringLiteral("bench");
        StoreError e;
        if (!repo.applyImport(b, true, nullptr, &e)) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(e.message));
            return false;
        }
    }
    // Spread over the columns: 40% 未开始, 35% 进行中, 20% 已办结, 5% 暂缓.
    QList<TaskEdit> edits;
    for (const TaskRecord& t : repo.tasks({}, {TaskSortKey::Id}, 0, -1)) {
        const int k = int(t.id % 20);
        const Status s = k < 8    ? Status::NotStarted
                         : k < 15 ? Status::InProgress
                         : k < 19 ? Status::Done
                                  : Status::Suspended;
        if (s != Status::NotStarted)
            edits << TaskEdit{t.id, TaskField::Status, int(s)};
    }
    StoreError e;
    if (!repo.applyEdits(edits, QStringLiteral("bench"), nullptr, &e)) {
        std::fprintf(stderr, "status edits failed: %s\n", qPrintable(e.message));
        return false;
    }
    return true;
}

double ms(const QElapsedTimer& t)
{
    return t.nsecsElapsed() / 1e6;
}

// Renders the whole view (headers, cards, scroll bars) into an image: the real paint path, synchronously.
double repaint(KanbanView& view, QImage& into)
{
    QElapsedTimer t;
    t.start();
    into.fill(Qt::white);
    QPainter p(&into);
    view.render(&p);
    return ms(t);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--tasks")));
    const int tasks = at > 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : 5000;
    Clock::pin(QDateTime(QDate(2022, 10, 15), QTime(9, 0)));

    QTemporaryDir dir;
    const int keep = int(args.indexOf(QStringLiteral("--keep")));
    const QString path = keep > 0 && keep + 1 < args.size()
                             ? args.at(keep + 1)
                             : dir.filePath(QStringLiteral("kanban-bench.sqlite"));
    StoreError e;
    auto repo = Repository::open(path, {}, &e);
    if (!repo) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    if (repo->countTasks({}) < tasks && !fill(*repo, tasks - repo->countTasks({})))
        return 1;
    std::printf("database %s: %d tasks (filled in %.1f s)\n", qPrintable(path), repo->countTasks({}),
                t.elapsed() / 1000.0);

    QUndoStack undo;
    KanbanModel model;
    KanbanView view;
    view.resize(1600, 960);
    view.setModel(&model);
    view.show();

    // Load: the store query, the due states, the grouping into cells; best of 5 after a warm-up.
    double loadBest = 1e9, loadSum = 0;
    model.setStore(repo.get(), &undo, false);
    for (int i = 0; i < 6; ++i) {
        t.start();
        model.reload();
        const double m = ms(t);
        if (i > 0) {
            loadBest = std::min(loadBest, m);
            loadSum += m;
        }
    }
    double sqlBest = 1e9;
    for (int i = 0; i < 5; ++i) {
        t.start();
        TaskFilter f;
        const int got = int(repo->tasks(f, {TaskSortKey::Deadline}, 0, -1).size());
        sqlBest = std::min(sqlBest, ms(t));
        Q_UNUSED(got);
    }
    std::printf("of which the store's query alone (Repository::tasks, all rows): best %.1f ms\n", sqlBest);
    std::printf("load %d cards: mean %.1f ms, best %.1f ms (columns %d / %d / %d / %d)\n", model.rowCount(),
                loadSum / 5, loadBest, model.columnTotal(0), model.columnTotal(1), model.columnTotal(2),
                model.columnTotal(3));

    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    const double first = repaint(view, image);
    double sum = 0, worst = 0;
    const int n = 50;
    for (int i = 0; i < n; ++i) {
        const double m = repaint(view, image);
        sum += m;
        worst = std::max(worst, m);
    }
    std::printf("full repaint into a QImage (1600x960): first %.2f ms, mean %.2f ms, max %.2f ms\n", first,
                sum / n, worst);

    {
        // The delegate alone: one card after another into a small image.
        KanbanDelegate delegate;
        QStyleOptionViewItem opt;
        opt.font = view.font();
        opt.fontMetrics = view.fontMetrics();
        opt.palette = view.palette();
        opt.state = QStyle::State_Enabled;
        opt.rect = QRect(0, 0, 380, KanbanDelegate::cardHeight(opt.fontMetrics));
        QImage card(opt.rect.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&card);
        const int cards = std::min(2000, model.rowCount());
        t.start();
        for (int i = 0; i < cards; ++i)
            delegate.paint(&p, opt, model.index(i, 0));
        std::printf("delegate paint: %.1f us per card (%d cards)\n", t.nsecsElapsed() / 1e3 / cards, cards);
    }

    QScrollBar* bar = view.verticalScrollBar();
    sum = worst = 0;
    for (int i = 0; i < n; ++i) {
        bar->setValue(int((i * 7919LL) % (bar->maximum() + 1)));
        const double m = repaint(view, image);
        sum += m;
        worst = std::max(worst, m);
    }
    std::printf("repaint after a scroll jump: mean %.2f ms, max %.2f ms (board height %d px)\n", sum / n,
                worst, bar->maximum() + bar->pageStep());

    for (KanbanLanes lanes : {KanbanLanes::LeadUnit, KanbanLanes::Directive}) {
        t.start();
        model.setLanes(lanes);
        const double load = ms(t);
        const double paint = repaint(view, image);
        std::printf("swimlanes %s: reload %.1f ms, %d lanes, repaint %.2f ms\n",
                    lanes == KanbanLanes::LeadUnit ? "by lead unit" : "by directive", load, model.laneCount(),
                    paint);
    }
    model.setLanes(KanbanLanes::None);

    // A card moved to the next column: audited store edit, undo step, board reload, repaint.
    const int row = model.cellFirst(0, 0);
    const qint64 id = model.idAt(row);
    t.start();
    model.moveTasks({{id, Status::InProgress}});
    const double moved = ms(t);
    const double paint = repaint(view, image);
    t.start();
    undo.undo();
    model.reload();
    std::printf("move one card: %.1f ms (audited edit + undo step + regroup in memory), repaint %.2f ms; "
                "undo + reload %.1f ms\n",
                moved, paint, ms(t));
    const int shot = int(args.indexOf(QStringLiteral("--shot")));
    if (shot > 0 && shot + 1 < args.size()) // the board as measured, to look at
        image.save(args.at(shot + 1));
    Clock::release();
    return 0;
}
