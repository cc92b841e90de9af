// Task table with 100,000 tasks: time to first paint, and scrolling (page steps and long jumps).
// Two sources: an in-memory one that isolates the GUI's own cost (model + view + delegates), and,
// when built with the store, a real SQLite database (--db PATH, filled with 100,000 tasks if empty).
#include "gui/tasktablemodel.h"
#include "gui/percentdelegate.h"

#ifdef DUBAN_HAVE_STORE
#include "gui/storeaccess.h"
#include "store/repository.h"
#endif

#include <QApplication>
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
    QList<TaskRow> page(const TaskQuery&, int offset, int limit) override
    {
        static const QStringList units = {QStringLiteral("市发展和改革委员会"), QStringLiteral("市财政局"),
                                          QStringLiteral("市政务服务和大数据管理局"), QStringLiteral("各县区人民政府")};
        QList<TaskRow> out;
        for (int i = offset; i < std::min(m_n, offset + limit); ++i) {
            TaskRow r;
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
    if (at > 0 && at + 1 < args.size()) {
        QString error;
        auto repo = StoreAccess::open(args.at(at + 1), &error);
        if (!repo) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        auto source = StoreAccess::taskSource(*repo);
        const int n = source->count({});
        QElapsedTimer t;
        t.start();
        print("SQLite store", n, measure(*source));
    }
#endif
    return 0;
}
