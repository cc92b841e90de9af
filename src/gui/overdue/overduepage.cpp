#include "gui/overdue/overduepage.h"

#include "core/clock.h"
#include "gui/load/backgroundload.h"
#include "gui/overdue/unitwarningmodel.h"
#include "gui/overdue/warningaccess.h"
#include "gui/overdue/warningtaskmodel.h"
#include "gui/tasks/taskcell.h"
#include "gui/widgets/datefield.h"
#include "palette/warningpalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace duban {

namespace {

// Which groups the "显示" choice shows.
const QList<QList<DueState>> kShowChoices = {
    {DueState::Overdue, DueState::DueSoon, DueState::OnTrack},
    {DueState::Overdue, DueState::DueSoon},
    {DueState::Overdue},
    {DueState::DueSoon},
    {DueState::OnTrack},
};

} // namespace

OverduePage::OverduePage(QWidget* parent)
    : QWidget(parent), m_tasks(new WarningTaskModel(this)), m_units(new UnitWarningModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* bar = new QWidget(this);
    buildBar(bar);
    layout->addWidget(bar);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("overdueSplitter"));
    m_tree = new QTreeView(split);
    m_tree->setObjectName(QStringLiteral("overdueTaskTree"));
    m_tree->setModel(m_tasks);
    m_tree->setUniformRowHeights(true); // rows are never measured one by one
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setIndentation(fontMetrics().height());
    m_taskLoad = new BackgroundLoad(m_tree);
    m_tasks->setLoader(m_taskLoad);
    const int em = fontMetrics().horizontalAdvance(QStringLiteral("中"));
    // Short columns fit their longest value in the current language (English labels run longer).
    auto fit = [this](QStringList texts, TaskColumn column) {
        texts << taskColumnTitle(column);
        int w = 0;
        for (const QString& t : texts)
            w = std::max(w, fontMetrics().horizontalAdvance(t));
        return w;
    };
    QStringList statuses, paces;
    for (Status st : kAllStatuses)
        statuses << statusLabel(st);
    for (duban::Pace p : {Pace::Behind, Pace::OnPace, Pace::Ahead})
        paces << paceLabel(p);
    const auto tc = [](const char* s) { return QCoreApplication::translate("TaskColumn", s); };
    const QPair<TaskColumn, int> widths[] = {
        {TaskColumn::Title, 17 * em},
        {TaskColumn::LeadUnits, 9 * em},
        {TaskColumn::Deadline, fit({QStringLiteral("2022-10-15")}, TaskColumn::Deadline)},
        {TaskColumn::Days,
         fit({tc("逾期 %1 天").arg(8888), tc("剩 %1 天").arg(888), tc("今日到期")}, TaskColumn::Days)},
        {TaskColumn::Pace, fit(paces, TaskColumn::Pace)},
        {TaskColumn::Percent, fit({QStringLiteral("100%")}, TaskColumn::Percent)},
        {TaskColumn::Status, fit(statuses, TaskColumn::Status)},
        {TaskColumn::DirectiveRef, 10 * em}};
    for (const auto& [c, w] : widths)
        m_tree->header()->resizeSection(WarningTaskModel::column(c), w + 16);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionsMovable(false);

    auto* right = new QSplitter(Qt::Vertical, split);
    m_unitTable = new QTableView(right);
    m_unitTable->setObjectName(QStringLiteral("overdueUnitTable"));
    m_unitTable->setModel(m_units);
    m_unitTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_unitTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_unitTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unitTable->setAlternatingRowColors(true);
    m_unitTable->verticalHeader()->hide();
    m_unitTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_unitTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_unitTable->setToolTip(tr("单击或按回车：在任务视图中查看该单位的任务"));
    QHeaderView* uh = m_unitTable->horizontalHeader();
    for (int c = 0; c < UnitWarningModel::ColumnCount; ++c) {
        const QString title = m_units->headerData(c, Qt::Horizontal).toString();
        const int w = std::max(fontMetrics().horizontalAdvance(title),
                               fontMetrics().horizontalAdvance(QStringLiteral("100%")));
        uh->resizeSection(c, c == UnitWarningModel::Name ? 13 * em : w + 18);
    }
    // The name takes what the figures leave; the figures keep their fitted widths.
    uh->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("100%")) + 12);
    uh->setSectionResizeMode(UnitWarningModel::Name, QHeaderView::Stretch);
    uh->setStretchLastSection(false);
    uh->setHighlightSections(false);
    m_unitTable->installEventFilter(this);

    buildChart();
    // On the ranking, not the splitter: a splitter makes every child widget a pane of its own.
    m_figuresLoad = new BackgroundLoad(m_unitTable);
    right->addWidget(m_unitTable);
    right->addWidget(m_chartView);
    right->setStretchFactor(0, 4);
    right->setStretchFactor(1, 5);
    right->setSizes({400, 500}); // the chart needs a line per unit for its labels
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({1500, 1000});
    layout->addWidget(split, 1);

    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& i) {
        if (const auto* t = m_tasks->taskAt(i))
            emit openTask(t->id);
    });
    connect(m_unitTable, &QTableView::clicked, this, [this](const QModelIndex& i) {
        if (i.isValid())
            emit showTasksOf(i.data(UnitWarningModel::NameRole).toString());
    });
    connect(m_tasks, &QAbstractItemModel::modelReset, this, [this] {
        // The groups that need attention open; 正常 stays folded until asked for.
        for (DueState s : {DueState::Overdue, DueState::DueSoon}) {
            const int r = m_tasks->groupRow(s);
            if (r >= 0)
                m_tree->expand(m_tasks->index(r, 0));
        }
        if (m_tasks->rowCount() == 1)
            m_tree->expand(m_tasks->index(0, 0));
    });
}

void OverduePage::buildBar(QWidget* bar)
{
    // Controls on one line, the counts on the next: together they do not fit 1024 px (less in English).
    auto* lines = new QVBoxLayout(bar);
    lines->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    lines->addLayout(row);
    auto label = [bar, row](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, bar);
        l->setBuddy(buddy);
        row->addWidget(l);
        row->addWidget(buddy);
    };
    m_asOf = new DateField(Clock::today(), bar);
    m_asOf->setObjectName(QStringLiteral("overdueAsOf"));
    m_asOf->setToolTip(tr("按这一天计算逾期、临期与序时进度"));
    label(tr("截至(&A)："), m_asOf);
    auto* today = new QPushButton(tr("今天"), bar);
    today->setObjectName(QStringLiteral("overdueTodayButton"));
    row->addWidget(today);

    m_soonDays = new QSpinBox(bar);
    m_soonDays->setObjectName(QStringLiteral("overdueSoonDays"));
    m_soonDays->setRange(0, 365);
    m_soonDays->setSuffix(tr(" 天内"));
    m_soonDays->setToolTip(tr("距完成时限不超过这么多天的任务算作临期（默认值在“预警设置”中）"));
    m_paletteDays = WarningPalette::current().rules.dueSoonDays;
    m_soonDays->setValue(m_paletteDays);
    label(tr("临期(&W)："), m_soonDays);

    m_show = new QComboBox(bar);
    m_show->setObjectName(QStringLiteral("overdueShow"));
    m_show->addItem(tr("逾期、临期与正常"));
    m_show->addItem(tr("逾期与临期"));
    m_show->addItem(tr("仅逾期"));
    m_show->addItem(tr("仅临期"));
    m_show->addItem(tr("仅正常"));
    // Sized to a short label, not the longest choice ("Overdue, due soon and on track" in English).
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_show->setMinimumContentsLength(9);
    label(tr("显示："), m_show);

    m_pace = new QComboBox(bar);
    m_pace->setObjectName(QStringLiteral("overduePace"));
    m_pace->setToolTip(tr("只列出处于这一序时进度的任务（完成百分比与已过时间的比例相比）"));
    m_pace->addItem(tr("全部"), -1);
    for (Pace p : {Pace::Behind, Pace::OnPace, Pace::Ahead})
        m_pace->addItem(paceLabel(p), int(p));
    m_pace->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pace->setMinimumContentsLength(6);
    label(tr("序时进度(&P)："), m_pace);

    // Offices assess 按原定时间: an approved 延期 does not clear a task of being late.
    m_judge = new QComboBox(bar);
    m_judge->setObjectName(QStringLiteral("overdueJudgeBy"));
    m_judge->setToolTip(tr("经批准延期的任务按调整后的完成时限，还是按延期前的原定时限评判逾期与临期"));
    m_judge->addItem(tr("按调整后时间"), false);
    m_judge->addItem(tr("按原定时间"), true);
    m_judge->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* settings = new QPushButton(tr("预警设置…"), bar);
    settings->setObjectName(QStringLiteral("overdueSettingsButton"));
    row->addWidget(settings);
    row->addStretch();
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("overdueSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    // Beside the counts it changes: the controls' line has no room left at 1024 px.
    auto* counts = new QHBoxLayout;
    counts->addWidget(m_judge);
    counts->addWidget(m_summary, 1);
    lines->addLayout(counts);

    connect(m_asOf, &DateField::dateChanged, this, [this] { reloadNow(); });
    connect(today, &QPushButton::clicked, this, [this] { m_asOf->setDate(Clock::today()); });
    connect(m_soonDays, &QSpinBox::valueChanged, this, [this] { reloadNow(); });
    connect(m_show, &QComboBox::currentIndexChanged, this, &OverduePage::applyGroups);
    connect(m_judge, &QComboBox::currentIndexChanged, this, [this] { reloadNow(); });
    connect(m_pace, &QComboBox::currentIndexChanged, this, [this] {
        const int p = m_pace->currentData().toInt();
        m_tasks->setPaceFilter(p >= 0 ? std::optional<Pace>(Pace(p)) : std::nullopt);
    });
    connect(settings, &QPushButton::clicked, this, &OverduePage::settingsRequested);
}

void OverduePage::buildChart()
{
    m_chart = new QChart;
    m_chart->setObjectName(QStringLiteral("overdueChart"));
    m_chart->setTitle(tr("各单位逾期与已办结任务（逾期最多的前 %1 个单位）").arg(kChartUnits));
    QFont title = font();
    title.setBold(true);
    m_chart->setTitleFont(title);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setFont(font());
    // Room on the left for the axis labels' first character, which the chart's layout otherwise clips.
    m_chart->setMargins(QMargins(fontMetrics().horizontalAdvance(u'中') + 4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);

    m_unitAxis = new QBarCategoryAxis(m_chart);
    m_unitAxis->setLabelsFont(font());
    m_unitAxis->setTruncateLabels(false); // a unit name cut to "市…" says nothing
    m_valueAxis = new QValueAxis(m_chart);
    m_valueAxis->setLabelFormat(QStringLiteral("%d"));
    m_valueAxis->setLabelsFont(font());
    m_valueAxis->setTitleText(tr("任务数"));
    m_valueAxis->setTitleFont(font());
    m_chart->addAxis(m_unitAxis, Qt::AlignLeft);
    m_chart->addAxis(m_valueAxis, Qt::AlignBottom);

    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("overdueChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(fontMetrics().height() * 24);
}

void OverduePage::setRepository(Repository* repo)
{
    m_repo = repo;
    m_figuresLoad->cancel();
    m_tasks->setRepository(nullptr); // no queries on the old connection; reloadNow() attaches the new one
    m_dirty = true;
    reload();
    // A hidden page's first read of the day would count every link while the user waits for it: keep the
    // day now, in a worker (a visible page's load keeps what it counted).
    if (m_repo && !m_repo->isReadOnly() && m_dirty)
        StoreAccess::keepUnitFigures(*m_repo, asOf(), rules());
}

void OverduePage::reload()
{
    const int days = WarningPalette::current().rules.dueSoonDays;
    if (days != m_paletteDays) {
        // The settings changed: their window replaces whatever the spin box was left at.
        m_paletteDays = days;
        const QSignalBlocker block(m_soonDays);
        m_soonDays->setValue(days);
    }
    if (isVisible())
        reloadNow();
    else
        m_dirty = true;
}

void OverduePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reloadNow();
}

void OverduePage::setAsOf(const QDate& asOf)
{
    m_asOf->setDate(asOf);
}

QDate OverduePage::asOf() const
{
    return m_asOf->date();
}

void OverduePage::setDueSoonDays(int days)
{
    m_soonDays->setValue(days);
}

DueRules OverduePage::rules() const
{
    DueRules r = WarningPalette::current().rules;
    r.dueSoonDays = m_soonDays->value();
    r.byOriginalDeadline = m_judge->currentData().toBool();
    return r;
}

void OverduePage::reloadNow()
{
    m_dirty = false;
    m_tasks->configure(m_repo, asOf(), rules());
    if (!m_repo) {
        m_figuresLoad->cancel();
        m_units->setUnits({});
        updateSummary({});
        updateChart();
        return;
    }
    loadFigures();
}

void OverduePage::refreshTasks()
{
    if (!isVisible() || m_dirty || !m_repo) {
        reload();
        return;
    }
    m_tasks->refresh();
    loadFigures();
}

void OverduePage::loadFigures()
{
    struct Figures
    {
        QList<StoreAccess::UnitWarningInfo> units;
        StoreAccess::WarningCounts counts;
        bool kept = true; // the unit figures were read kept, not counted over every link
    };
    const QDate day = asOf();
    const DueRules r = rules();
    m_figuresLoad->start<Figures>(
        m_repo,
        [day, r](Repository& repo) {
            const bool kept = StoreAccess::unitFiguresKept(repo, day, r);
            return Figures{StoreAccess::unitWarnings(repo, day, r), StoreAccess::warningCounts(repo, day, r),
                           kept};
        },
        [this, day, r](Figures f) {
            m_units->setUnits(std::move(f.units));
            updateSummary(f.counts);
            updateChart();
            // The worker's read-only connection could not keep the day it counted: the page's own keeps it
            // (once a day and rule set), so the next reads, another desk's changes included, read it kept.
            if (!f.kept && m_repo && !m_repo->isReadOnly())
                StoreAccess::keepUnitFigures(*m_repo, day, r);
        });
}

bool OverduePage::isLoading() const
{
    return m_taskLoad->isBusy() || m_figuresLoad->isBusy();
}

void OverduePage::applyGroups()
{
    m_tasks->setGroups(kShowChoices.value(m_show->currentIndex(), kShowChoices.first()));
}

void OverduePage::updateSummary(const StoreAccess::WarningCounts& c)
{
    if (!m_repo) {
        m_summary->clear();
        return;
    }
    const WarningPalette& pal = WarningPalette::current();
    const DueRules r = rules();
    auto chip = [&](DueState s, const QString& label, int n) {
        return QStringLiteral("<span style=\"background:%1;color:%2\">&nbsp;%3 <b>%4</b>&nbsp;</span>")
            .arg(pal.tint(s).name(), pal.strong(s).darker(140).name(), label.toHtmlEscaped())
            .arg(n);
    };
    const int overdue = c.overdue, soon = c.dueSoon, ok = c.onTrack, none = c.noDeadline, behind = c.behind;
    m_summary->setToolTip(tr("逾期：已过完成时限仍未办结；临期：%1 天内到期；"
                             "欠进度：未逾期，完成进度低于序时进度 %2 个百分点以上（与督查周报同一口径）")
                              .arg(r.dueSoonDays)
                              .arg(r.paceTolerance));
    m_summary->setText(chip(DueState::Overdue, tr("逾期"), overdue) + QStringLiteral("&nbsp; ") +
                       chip(DueState::DueSoon, tr("临期"), soon) + QStringLiteral("&nbsp; ") +
                       chip(DueState::OnTrack, tr("正常"), ok) + QStringLiteral("&nbsp; ") +
                       tr("无时限 %1").arg(none) + QStringLiteral("&nbsp;&nbsp;") +
                       QStringLiteral("<span style=\"color:%1\">%2 <b>%3</b></span>")
                           .arg(pal.behindPace.darker(130).name(), tr("欠进度").toHtmlEscaped())
                           .arg(behind));
}

void OverduePage::updateChart()
{
    const WarningPalette& pal = WarningPalette::current();
    if (m_series) {
        m_chart->removeSeries(m_series);
        delete m_series;
    }
    m_series = new QHorizontalBarSeries(m_chart);
    m_series->setObjectName(QStringLiteral("overdueChartSeries"));
    auto* overdue = new QBarSet(tr("逾期"), m_series);
    overdue->setColor(pal.overdue);
    overdue->setBorderColor(pal.overdue.darker(120));
    auto* done = new QBarSet(tr("已办结"), m_series);
    done->setColor(pal.done);
    done->setBorderColor(pal.done.darker(120));

    // The ranking is the unit table's (most overdue first); units with nothing to show are left out.
    QList<const StoreAccess::UnitWarningInfo*> top;
    for (const StoreAccess::UnitWarningInfo& u : m_units->units())
        if ((u.overdue > 0 || u.done > 0) && top.size() < kChartUnits)
            top << &u;
    // Horizontal bars run bottom to top: append in reverse so the most overdue unit is at the top.
    QStringList names;
    int most = 0;
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        names << (*it)->name;
        *overdue << (*it)->overdue;
        *done << (*it)->done;
        most = std::max({most, (*it)->overdue, (*it)->done});
    }
    m_series->append(overdue);
    m_series->append(done);
    m_series->setBarWidth(0.8);
    m_chart->addSeries(m_series);
    m_unitAxis->clear();
    m_unitAxis->append(names.isEmpty() ? QStringList{tr("（无逾期或已办结任务）")} : names);
    m_series->attachAxis(m_unitAxis);
    m_series->attachAxis(m_valueAxis);
    // Whole-number ticks: at most about 8 of them.
    const int step = std::max(1, (most + 7) / 8);
    const int axisMax = std::max(step, ((most + step - 1) / step) * step);
    m_valueAxis->setRange(0, axisMax);
    m_valueAxis->setTickCount(axisMax / step + 1);
}

QStringList OverduePage::chartUnits() const
{
    QStringList out = m_unitAxis->categories();
    std::reverse(out.begin(), out.end());
    return out;
}

bool OverduePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_unitTable && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_unitTable->currentIndex().isValid()) {
            emit showTasksOf(m_unitTable->currentIndex().data(UnitWarningModel::NameRole).toString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace duban
