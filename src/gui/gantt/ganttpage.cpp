#include "gui/gantt/ganttpage.h"

#include "core/clock.h"
#include "gui/gantt/ganttchart.h"
#include "gui/gantt/ganttmodel.h"
#include "gui/gantt/ganttprintdialog.h"
#include "gui/load/backgroundload.h"
#include "palette/warningpalette.h"
#include "store/repository.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace duban {

namespace {

struct Loaded
{
    GanttData data;
    QString error;
};

// Every tree row exactly as tall as a chart row, so that the two line up pixel for pixel.
class FixedRowDelegate : public QStyledItemDelegate
{
public:
    FixedRowDelegate(int height, QObject* parent) : QStyledItemDelegate(parent), m_height(height) {}
    QSize sizeHint(const QStyleOptionViewItem& o, const QModelIndex& i) const override
    {
        return QSize(QStyledItemDelegate::sizeHint(o, i).width(), m_height);
    }

private:
    int m_height;
};

} // namespace

GanttPage::GanttPage(QWidget* parent)
    : QWidget(parent), m_model(new GanttModel(this)), m_loader(new BackgroundLoad(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto* bar = new QHBoxLayout;
    layout->addLayout(bar);

    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("ganttGrouping"));
    m_grouping->addItem(tr("按文件分组"), int(GanttGrouping::Directive));
    m_grouping->addItem(tr("按牵头单位分组"), int(GanttGrouping::LeadUnit));
    auto* groupLabel = new QLabel(tr("分组："), this);
    groupLabel->setBuddy(m_grouping);
    bar->addWidget(groupLabel);
    bar->addWidget(m_grouping);
    bar->addSpacing(12);

    auto* zoomLabel = new QLabel(tr("时间刻度："), this);
    const QString zoomTip = tr("Ctrl+滚轮或 Ctrl++ / Ctrl+- 缩放，Shift+滚轮左右滚动");
    zoomLabel->setToolTip(zoomTip);
    bar->addWidget(zoomLabel);
    m_zoomButtons = new QButtonGroup(this);
    m_zoomButtons->setExclusive(true);
    const char* zoomNames[] = {"ganttZoomDay", "ganttZoomWeek", "ganttZoomMonth", "ganttZoomQuarter",
                               "ganttZoomYear"};
    for (GanttZoom z : kGanttZooms) {
        auto* b = new QToolButton(this);
        b->setObjectName(QString::fromLatin1(zoomNames[int(z)]));
        b->setText(ganttZoomLabel(z));
        b->setCheckable(true);
        b->setToolTip(zoomTip);
        b->setAutoRaise(true);
        b->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("中中")) + 12);
        m_zoomButtons->addButton(b, int(z));
        bar->addWidget(b);
    }
    auto* todayButton = new QToolButton(this);
    todayButton->setObjectName(QStringLiteral("ganttTodayButton"));
    todayButton->setText(tr("今天"));
    todayButton->setToolTip(tr("滚动到今天 (Ctrl+T)"));
    todayButton->setShortcut(QKeySequence(tr("Ctrl+T")));
    bar->addSpacing(12);
    bar->addWidget(todayButton);
    auto* expandButton = new QToolButton(this);
    expandButton->setText(tr("全部展开"));
    expandButton->setObjectName(QStringLiteral("ganttExpandAll"));
    auto* collapseButton = new QToolButton(this);
    collapseButton->setText(tr("全部折叠"));
    collapseButton->setObjectName(QStringLiteral("ganttCollapseAll"));
    bar->addWidget(expandButton);
    bar->addWidget(collapseButton);
    bar->addStretch(1);
    auto* printButton = new QToolButton(this);
    printButton->setObjectName(QStringLiteral("ganttPrint"));
    printButton->setText(tr("打印 / PDF…"));
    printButton->setToolTip(tr("打印、预览或导出 PDF (Ctrl+P)"));
    printButton->setShortcut(QKeySequence::Print);
    auto* imageButton = new QToolButton(this);
    imageButton->setObjectName(QStringLiteral("ganttExportImage"));
    imageButton->setText(tr("导出图片…"));
    bar->addWidget(printButton);
    bar->addWidget(imageButton);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("ganttSplitter"));
    m_tree = new QTreeView(m_splitter);
    m_tree->setObjectName(QStringLiteral("ganttTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_chart = new GanttChart(m_tree, m_model, m_splitter);
    m_chart->setObjectName(QStringLiteral("ganttChart"));
    m_tree->setItemDelegate(new FixedRowDelegate(m_chart->rowHeight(), m_tree));
    m_tree->header()->setFixedHeight(m_chart->headerHeight());
    m_tree->header()->setStretchLastSection(false);
    const int em = fontMetrics().horizontalAdvance(QStringLiteral("中"));
    const int dateWidth = fontMetrics().horizontalAdvance(QStringLiteral("2020-05-31")) + 16;
    const int widths[GanttModel::kColumnCount] = {
        17 * em, 7 * em, dateWidth, dateWidth, fontMetrics().horizontalAdvance(QStringLiteral("100%")) + 16};
    for (int c = 0; c < GanttModel::kColumnCount; ++c)
        m_tree->header()->resizeSection(c, widths[c]);
    m_tree->header()->setSectionHidden(GanttModel::column(TaskColumn::Start), true);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({widths[0] + widths[1] + widths[3] + widths[4] + 24, 1000});
    m_splitter->setCollapsible(1, false);
    layout->addWidget(m_splitter, 1);

    auto* zoomIn = new QAction(tr("放大"), this);
    zoomIn->setObjectName(QStringLiteral("actionGanttZoomIn"));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    zoomIn->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto* zoomOut = new QAction(tr("缩小"), this);
    zoomOut->setObjectName(QStringLiteral("actionGanttZoomOut"));
    zoomOut->setShortcuts({QKeySequence::ZoomOut});
    zoomOut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({zoomIn, zoomOut});
    connect(zoomIn, &QAction::triggered, m_chart, &GanttChart::zoomIn);
    connect(zoomOut, &QAction::triggered, m_chart, &GanttChart::zoomOut);

    connect(m_zoomButtons, &QButtonGroup::idClicked, this,
            [this](int id) { m_chart->setZoom(GanttZoom(id)); });
    connect(m_chart, &GanttChart::zoomChanged, this, [this](GanttZoom z) {
        m_zoomButtons->button(int(z))->setChecked(true);
        QSettings().setValue(QStringLiteral("gantt/zoom"), int(z));
    });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(QStringLiteral("gantt/grouping"), m_grouping->currentData().toInt());
        load();
    });
    connect(todayButton, &QToolButton::clicked, this, [this] { m_chart->centerOn(Clock::today()); });
    connect(expandButton, &QToolButton::clicked, this, &GanttPage::expandAll);
    connect(collapseButton, &QToolButton::clicked, this, &GanttPage::collapseAll);
    connect(printButton, &QToolButton::clicked, this, &GanttPage::printDialog);
    connect(imageButton, &QToolButton::clicked, this, &GanttPage::exportImage);
    connect(m_chart, &GanttChart::taskActivated, this, &GanttPage::taskActivated);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex& i) {
        if (const GanttTask* t = m_model->taskAt(i))
            emit taskActivated(t->id);
        else if (i.isValid())
            m_tree->setExpanded(i.siblingAtColumn(0), !m_tree->isExpanded(i.siblingAtColumn(0)));
    });

    QSettings s;
    const int g = m_grouping->findData(s.value(QStringLiteral("gantt/grouping"), 0).toInt());
    {
        const QSignalBlocker block(m_grouping);
        m_grouping->setCurrentIndex(std::max(0, g));
    }
    const int z = std::clamp(s.value(QStringLiteral("gantt/zoom"), int(GanttZoom::Quarter)).toInt(), 0, 4);
    m_chart->setZoom(GanttZoom(z));
}

void GanttPage::setRepository(Repository* repo)
{
    m_repo = repo;
    m_dirty = true;
    if (isVisible() || !repo)
        load();
}

void GanttPage::reload()
{
    m_dirty = true;
    if (isVisible())
        load();
}

void GanttPage::setGrouping(GanttGrouping g)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(g)));
}

GanttGrouping GanttPage::grouping() const
{
    return GanttGrouping(m_grouping->currentData().toInt());
}

void GanttPage::expandAll()
{
    for (int g = 0; g < m_model->rowCount(); ++g)
        m_tree->expand(m_model->index(g, 0));
}

void GanttPage::collapseAll()
{
    for (int g = 0; g < m_model->rowCount(); ++g)
        m_tree->collapse(m_model->index(g, 0));
}

void GanttPage::showEvent(QShowEvent* e)
{
    QWidget::showEvent(e);
    if (m_dirty)
        load();
}

void GanttPage::load()
{
    m_dirty = false;
    if (!m_repo) {
        m_loader->cancel();
        showData({}, {});
        return;
    }
    m_refreshing.clear();
    const GanttGrouping g = grouping();
    const QDate today = Clock::today();
    const DueRules rules = WarningPalette::current().rules;
    m_loader->start<Loaded>(
        m_repo,
        [g, today, rules](Repository& repo) {
            StoreError e;
            Loaded l;
            l.data = loadGanttData(repo, g, today, rules, &e);
            l.error = e.message;
            return l;
        },
        [this](Loaded l) { showData(std::move(l.data), l.error); });
}

void GanttPage::refreshTasks(const QList<qint64>& ids)
{
    if (!m_repo || !isVisible() || m_dirty || ids.isEmpty() ||
        (m_loader->isBusy() && m_refreshing.isEmpty()) || m_refreshing.size() + ids.size() > 500) {
        reload(); // a whole load on its way may have read before the write: it starts again
        return;
    }
    m_refreshing << ids; // this read supersedes the one on its way, so it reads that one's tasks too
    const QList<qint64> all = m_refreshing;
    const GanttData held = m_model->ganttData();
    const GanttGrouping g = grouping();
    const QDate today = Clock::today();
    const DueRules rules = WarningPalette::current().rules;
    m_loader->start<Loaded>(
        m_repo,
        [held, all, g, today, rules](Repository& repo) {
            StoreError e;
            Loaded l;
            l.data = refreshGanttData(repo, held, all, g, today, rules, &e);
            l.error = e.message;
            return l;
        },
        [this](Loaded l) {
            m_refreshing.clear();
            showData(std::move(l.data), l.error);
        });
}

void GanttPage::showData(GanttData data, const QString& error)
{
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("甘特图"), tr("读取任务失败：%1").arg(error));
    // Collapsed groups stay collapsed across a reload (by label); the shown position is kept too.
    QSet<QString> collapsed;
    for (int g = 0; g < m_model->rowCount(); ++g)
        if (!m_tree->isExpanded(m_model->index(g, 0)))
            collapsed.insert(m_model->ganttData().groups[g].label);
    const bool first = m_model->rowCount() == 0;
    const int v = m_tree->verticalScrollBar()->value();
    m_model->setData(std::move(data));
    for (int g = 0; g < m_model->rowCount(); ++g)
        if (!collapsed.contains(m_model->ganttData().groups[g].label))
            m_tree->setExpanded(m_model->index(g, 0), true);
    m_chart->rebuildRows();
    if (first) // today two thirds across: what is overdue lies to its left
        m_chart->scrollToDate(Clock::today().addDays(
            -qint64(m_chart->viewport()->width() * 2 / 3 / m_chart->renderer().pixelsPerDay())));
    else
        m_tree->verticalScrollBar()->setValue(v);
}

GanttPrintOptions GanttPage::printOptions() const
{
    GanttPrintOptions o;
    o.title = tr("甘特图（%1）").arg(m_grouping->currentText());
    o.today = Clock::today();
    o.colors = m_chart->renderer().colors();
    o.pixelsPerDay = printScale(m_chart->rows(), m_chart->renderer().pixelsPerDay());
    return o;
}

double GanttPage::printScale(const QList<GanttRow>& rows, double screenScale)
{
    // The scale on screen, unless the tasks' own dates would then run across more than a few page widths
    // (years at day zoom make 150 pages): then the finest zoom at which they fit.
    QDate from, to;
    ganttExtent(rows, &from, &to);
    if (!from.isValid() || !to.isValid())
        return screenScale;
    constexpr double kMaxTimelinePixels = 3200; // about three landscape pages of time at print scale
    const double days = double(from.daysTo(to) + 1);
    if (days * screenScale <= kMaxTimelinePixels)
        return screenScale;
    for (GanttZoom z : kGanttZooms) {
        const double ppd = ganttPixelsPerDay(z);
        if (ppd <= screenScale && days * ppd <= kMaxTimelinePixels)
            return ppd;
    }
    return ganttPixelsPerDay(GanttZoom::Year);
}

void GanttPage::printDialog()
{
    QList<GanttRow> rows = m_chart->rows();
    for (GanttRow& r : rows)
        r.selected = false;
    GanttPrintDialog dlg(rows, printOptions(), this);
    dlg.setObjectName(QStringLiteral("ganttPrintDialog"));
    const QPair<QDate, QDate> visible = m_chart->visibleRange();
    dlg.offerVisibleRange(visible.first, visible.second);
    dlg.exec();
}

void GanttPage::exportImage()
{
    QSettings s;
    const QString dir = s.value(QStringLiteral("gantt/lastDir"), QDir::homePath()).toString();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("导出图片"), dir + tr("/甘特图.png"), tr("PNG 图片 (*.png)"));
    if (path.isEmpty())
        return;
    s.setValue(QStringLiteral("gantt/lastDir"), QFileInfo(path).absolutePath());
    QList<GanttRow> rows = m_chart->rows();
    for (GanttRow& r : rows)
        r.selected = false;
    const QImage img = renderGanttImage(rows, printOptions());
    if (!img.save(path, "PNG"))
        QMessageBox::warning(this, tr("导出图片"), tr("无法写入 %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace duban
