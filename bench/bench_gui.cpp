// Task table with 100,000 tasks: time to first paint, and scrolling (page steps and long jumps).
// Two sources: an in-memory one that isolates the GUI's own cost (model + view + delegates), and,
// when built with the store, a real SQLite database (--db PATH, filled with 100,000 tasks if empty).
#include "gui/tasks/tasktablemodel.h"
#include "gui/widgets/percentdelegate.h"

#ifdef DUBAN_HAVE_STORE
#include "core/unitdirectory.h"
#include "gui/storeaccess.h"
#include "store/repository.h"
#endif

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace duban;

namespace {

// Rows made up on demand, with realistic lengths of Chinese text; counts what the model asks for.
class GeneratedSource : public TaskSource
{
public:
    explicit GeneratedSource(int n) : m_n(n) {}
    int count(const TaskQuery&) override { return m_n; }
    QList<TaskRecord> page(const TaskQuery&, int offset, int limit) override
    {
        static const QStringList units = {QStringLiteral("市发展和改革委员会"), QStringLiteral("市财政局"),
                                          QStringLiteral("市政务服务和大数据管理局"),
                                          QStringLiteral("各县区人民政府")};
        QList<TaskRecord> out;
        for (int i = offset; i < std::min(m_n, offset + limit); ++i) {
            TaskRecord r;
            r.id = i + 1;
            r.title = QStringLiteral("深入开展城乡环境卫生综合整治，推进第%1项重点任务落实").arg(i + 1);
            r.leadUnits = {units.at(i % units.size())};
            r.coUnits = {units.at((i + 1) % units.size()), units.at((i + 2) % units.size())};
            r.deadline = QDate(2022, 1, 1).addDays(i % 730);
            r.status = Status(i % 4);
            r.percent = i % 101;
            r.directive = QStringLiteral("驻马店市人民政府关于印发“十四五”节能减排综合工作方案的通知");
            out << r;
        }
        return out;
    }

private:
    int m_n;
};

#ifdef DUBAN_HAVE_STORE
// Fills the database with generated directives of 1,000 tasks each, through the store's own import.
bool fill(Repository& repo, int tasks)
{
    const auto& units = UnitDirectory::builtin().entries();
    static const QStringList verbs = {QStringLiteral("推进"), QStringLiteral("加快"), QStringLiteral("完善"),
                                      QStringLiteral("深化"), QStringLiteral("强化")};
    static const QStringList topics = {
        QStringLiteral("城镇污水处理设施建设"), QStringLiteral("政务服务一网通办"),
        QStringLiteral("农村人居环境整治"),     QStringLiteral("重点项目审批提速"),
        QStringLiteral("工业企业节能改造"),     QStringLiteral("公共卫生应急体系")};
    int made = 0;
    for (int batch = 0; made < tasks; ++batch) {
        ImportBatch b;
        b.sourceFile = QStringLiteral("bench_%1.txt").arg(batch);
        DirectiveInfo d;
        d.title = QStringLiteral("驻马店市人民政府关于印发第%1批重点工作任务分工方案的通知").arg(batch + 1);
        d.docNumber = QStringLiteral("驻政办〔2022〕%1号").arg(batch + 1);
        d.date = QDate(2022, 1, 1).addDays(batch % 300);
        d.year = 2022;
        b.directives = {d};
        QStringList lines;
        for (int i = 0; i < 1000 && made < tasks; ++i, ++made) {
            TaskDraft t;
            t.source = b.sourceFile;
            t.lineStart = t.lineEnd = i + 1;
            t.kind = QStringLiteral("inline");
            t.directive = d;
            t.title = verbs.at(made % verbs.size()) + topics.at(made % topics.size()) + QString::number(made);
            t.text = t.title + QStringLiteral("，建立工作台账，明确时间节点，确保按期完成。");
            const UnitEntry& lead = units.at(made % units.size());
            const UnitEntry& co = units.at((made * 7 + 3) % units.size());
            t.units = {lead.canonical, co.canonical};
            t.leadUnits = {lead.canonical};
            t.coUnits = {co.canonical};
            t.unitsCanonical = t.units;
            t.deadline = QDate(2022, 3, 31).addDays(made % 900);
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
    return true;
}

// The store source under a fixed query (a search), as the filter bar would set it.
class FilteredSource : public TaskSource
{
public:
    FilteredSource(TaskSource& inner, const TaskQuery& q) : m_inner(inner), m_q(q) {}
    int count(const TaskQuery&) override { return m_inner.count(m_q); }
    QList<TaskRecord> page(const TaskQuery&, int offset, int limit) override
    {
        return m_inner.page(m_q, offset, limit);
    }

private:
    TaskSource& m_inner;
    TaskQuery m_q;
};
#endif

struct Figures
{
    double firstPaintMs = 0, pageMeanMs = 0, pageMaxMs = 0, jumpMeanMs = 0, jumpMaxMs = 0;
    int fetches = 0;
};

// Renders the viewport into an image now and returns how long it took. grab() runs the view's real
// paint path synchronously, whether or not the platform has exposed a window (offscreen).
double paintNow(QTableView& view)
{
    QElapsedTimer t;
    t.start();
    const QPixmap pm = view.viewport()->grab();
    Q_UNUSED(pm);
    return t.nsecsElapsed() / 1e6;
}

Figures measure(TaskSource& source)
{
    Figures f;
    QElapsedTimer t;
    t.start();
    TaskTableModel model;
    model.setSource(&source);
    QTableView view;
    view.setModel(&model);
    view.setItemDelegateForColumn(col(TaskColumn::Percent), new PercentDelegate(&view));
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 10);
    view.setSortingEnabled(true);
    view.resize(1600, 1000);
    view.show();
    const QPixmap first = view.grab(); // header, scroll bars and the first screen of rows
    Q_UNUSED(first);
    f.firstPaintMs = t.nsecsElapsed() / 1e6;

    QScrollBar* bar = view.verticalScrollBar();
    const int steps = 200;
    double sum = 0;
    for (int i = 0; i < steps; ++i) {
        bar->setValue(bar->value() + bar->pageStep());
        const double ms = paintNow(view);
        sum += ms;
        f.pageMaxMs = std::max(f.pageMaxMs, ms);
    }
    f.pageMeanMs = sum / steps;
    sum = 0;
    const int jumps = 50;
    for (int i = 0; i < jumps; ++i) {
        bar->setValue(int((i * 7919LL) % (bar->maximum() + 1))); // scattered positions: a cold page each time
        const double ms = paintNow(view);
        sum += ms;
        f.jumpMaxMs = std::max(f.jumpMaxMs, ms);
    }
    f.jumpMeanMs = sum / jumps;
    f.fetches = model.pagesFetched();
    return f;
}

void print(const char* label, int rows, const Figures& f)
{
    std::printf("%-28s rows=%d  first paint %.1f ms | page-down repaint mean %.2f ms, max %.2f ms | "
                "jump repaint mean %.2f ms, max %.2f ms | pages fetched %d\n",
                label, rows, f.firstPaintMs, f.pageMeanMs, f.pageMaxMs, f.jumpMeanMs, f.jumpMaxMs, f.fetches);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rows = 100000;

    GeneratedSource generated(rows);
    print("in-memory source (GUI only)", rows, measure(generated));

#ifdef DUBAN_HAVE_STORE
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--db")));
    const QString path = at > 0 && at + 1 < args.size()
                             ? args.at(at + 1)
                             : QDir::tempPath() + QStringLiteral("/duban-bench-gui.sqlite");
    StoreError e;
    auto repo = Repository::open(path, {}, &e);
    if (!repo) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 1;
    }
    if (repo->countTasks({}) < rows) {
        QElapsedTimer t;
        t.start();
        if (!fill(*repo, rows - repo->countTasks({})))
            return 1;
        std::printf("filled %s with %d tasks in %.1f s\n", qPrintable(path), repo->countTasks({}),
                    t.elapsed() / 1000.0);
    }
    {
        // Time to first paint as the app sees it: open the file, count, first page, paint.
        repo.reset();
        QElapsedTimer t;
        t.start();
        repo = Repository::open(path, {}, &e);
        auto source = StoreAccess::taskSource(*repo);
        const double openMs = t.nsecsElapsed() / 1e6;
        const Figures f = measure(*source);
        std::printf("SQLite open %.1f ms, then:\n", openMs);
        print("SQLite store (sorted by deadline)", source->count({}), f);
        TaskQuery q;
        q.search = QStringLiteral("污水处理");
        q.sortColumn = TaskColumn::Title;
        FilteredSource filtered(*source, q);
        print("SQLite store (search 污水处理)", filtered.count({}), measure(filtered));
    }
#endif
    return 0;
}
