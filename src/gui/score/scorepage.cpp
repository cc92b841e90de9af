#include "gui/score/scorepage.h"

#include "core/clock.h"
#include "core/scorecolumns.h"
#include "exchange/scoresheet.h"
#include "gui/edit/taskeditor.h"
#include "gui/load/backgroundload.h"
#include "gui/score/scoreaccess.h"
#include "gui/score/scoreruledialog.h"
#include "gui/widgets/recordtablemodel.h"
#include "palette/warningpalette.h"
#include "ui_scorepage.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QShowEvent>

namespace duban {

namespace {

QStringList headers()
{
    const QStringList chaseNames = WarningPalette::current().chaseNameList();
    QStringList out;
    for (int c = 0; c < kScoreColumnCount; ++c)
        out << scoreColumnLabel(ScoreColumn(c), chaseNames);
    return out;
}

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

ScorePage::ScorePage(TaskEditor* editor, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::ScorePage>()), m_editor(editor),
      m_model(new RecordTableModel(headers(), this)), m_rule(ScoreRuleDialog::saved()), m_shownRule(m_rule),
      m_loader(new BackgroundLoad(this))
{
    ui->setupUi(this);
    ui->asOfEdit->setEmptyAllowed(true);
    ui->asOfEdit->setPlaceholderText(tr("期末"));
    ui->scoreTable->setModel(m_model);
    ui->scoreTable->setAlternatingRowColors(true);
    ui->scoreTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    ui->scoreTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    ui->scoreTable->verticalHeader()->hide();
    ui->scoreTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->scoreTable->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    // This month so far: what an office looks at first.
    const QDate today = Clock::today();
    setPeriod({QDate(today.year(), today.month(), 1), today, {}});

    connect(ui->computeButton, &QPushButton::clicked, this, &ScorePage::compute);
    connect(ui->ruleButton, &QPushButton::clicked, this, &ScorePage::editRule);
    connect(ui->publishButton, &QPushButton::clicked, this, &ScorePage::publishDialog);
    connect(ui->exportButton, &QPushButton::clicked, this, &ScorePage::exportDialog);
    connect(ui->runCombo, &QComboBox::activated, this, &ScorePage::showRun);
    updateRuleLabel();
}

ScorePage::~ScorePage() = default;

QTableView* ScorePage::table() const
{
    return ui->scoreTable;
}

void ScorePage::setPeriod(const ScorePeriod& p)
{
    ui->fromEdit->setDate(p.from);
    ui->toEdit->setDate(p.to);
    ui->asOfEdit->setDate(p.asOf);
}

ScorePeriod ScorePage::period() const
{
    ui->fromEdit->commit();
    ui->toEdit->commit();
    ui->asOfEdit->commit();
    return {ui->fromEdit->date(), ui->toEdit->date(), ui->asOfEdit->date()};
}

void ScorePage::setRule(const ScoreRule& rule)
{
    m_rule = m_shownRule = rule;
    ScoreRuleDialog::save(rule);
    updateRuleLabel();
}

void ScorePage::reload()
{
    m_dirty = true;
    if (isVisible())
        compute();
}

void ScorePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        compute();
}

void ScorePage::compute()
{
    m_dirty = false;
    m_shownRule = m_rule;
    m_model->setHeaders(headers()); // the 催办 level names may have changed in 预警设置
    updateRuleLabel();
    reloadRuns();
    ui->runCombo->setCurrentIndex(0);
    Repository* repo = m_editor->repository();
    if (!repo) {
        m_loader->cancel();
        showScores({});
        return;
    }
    // 考评 reads every task of the period: on a server that takes a while, so it runs in a worker.
    struct Computed
    {
        QList<UnitScore> scores;
        QString error;
    };
    const ScorePeriod p = period();
    const ScoreRule rule = m_rule;
    m_loader->start<Computed>(
        repo,
        [p, rule](Repository& r) {
            Computed c;
            c.scores = StoreAccess::scores(r, p, rule, &c.error);
            return c;
        },
        [this, p](Computed c) {
            showScores(c.scores);
            if (!c.error.isEmpty()) {
                ui->summaryLabel->setText(c.error);
                return;
            }
            ui->summaryLabel->setText(tr("%1 至 %2，按截至 %3 的记录计算：%4 个单位参加排名（尚未发布）")
                                          .arg(iso(p.from), iso(p.to), iso(p.effectiveAsOf()))
                                          .arg(c.scores.size()));
        });
}

void ScorePage::showScores(const QList<UnitScore>& scores)
{
    m_scores = scores;
    QList<QStringList> rows;
    for (const UnitScore& s : scores) {
        QStringList r;
        for (int c = 0; c < kScoreColumnCount; ++c)
            r << scoreText(s, ScoreColumn(c));
        rows << r;
    }
    m_model->setRecords(rows);
    ui->publishButton->setEnabled(!scores.isEmpty() && ui->runCombo->currentIndex() <= 0);
    ui->exportButton->setEnabled(!scores.isEmpty());
}

void ScorePage::reloadRuns()
{
    Repository* repo = m_editor->repository();
    m_runs = repo ? StoreAccess::scoreRuns(*repo) : QList<ScoreRun>{};
    const QSignalBlocker block(ui->runCombo);
    ui->runCombo->clear();
    ui->runCombo->addItem(tr("（当前计算）"));
    for (const ScoreRun& r : std::as_const(m_runs))
        ui->runCombo->addItem(tr("%1 至 %2（截至 %3，%4 发布）")
                                  .arg(iso(r.period.from), iso(r.period.to), iso(r.period.asOf),
                                       r.computedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

void ScorePage::showRun(int index)
{
    if (index <= 0 || index > m_runs.size()) {
        compute();
        return;
    }
    const ScoreRun& run = m_runs[index - 1];
    {
        const QSignalBlocker block(ui->runCombo);
        ui->runCombo->setCurrentIndex(index);
    }
    setPeriod(run.period);
    m_shownRule = run.rule; // shown, not saved: the office's current rule stays as it is
    updateRuleLabel();
    showScores(run.scores);
    // A published ranking must reproduce from the trail; say whether it still does.
    QString error;
    const QList<UnitScore> again = StoreAccess::scores(*m_editor->repository(), run.period, run.rule, &error);
    const bool same = error.isEmpty() && scoresToJson(again) == scoresToJson(run.scores);
    ui->summaryLabel->setText(
        (same ? tr("已发布的考评（%1 发布，发布人 %2）：按审计记录重新计算，结果与发布时一致")
              : tr("已发布的考评（%1 发布，发布人 %2）：按审计记录重新计算，结果与发布时不同"))
            .arg(run.computedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), run.by));
}

void ScorePage::updateRuleLabel()
{
    const ScoreRule& r = m_shownRule;
    const WarningPalette& palette = WarningPalette::current();
    ui->ruleLabel->setText(tr("评分规则：按时完成率 %1 分 + 签收及时率 %2 分 + 进展报送率 %3 分；逾期每项扣 "
                              "%4 分、每天扣 %5 分；"
                              "%11 / %12 / %13每次扣 %6 / %7 / %8 分；签收时限 %9 个工作日；%10")
                               .arg(r.onTimeWeight)
                               .arg(r.signWeight)
                               .arg(r.reportWeight)
                               .arg(r.overdueTaskDeduction)
                               .arg(r.overdueDayDeduction)
                               .arg(r.chaseDeduction[0])
                               .arg(r.chaseDeduction[1])
                               .arg(r.chaseDeduction[2])
                               .arg(r.signWorkingDays)
                               .arg(r.includeCoUnits ? tr("牵头和配合单位均计入") : tr("只计牵头单位"))
                               .arg(palette.chaseName(1), palette.chaseName(2), palette.chaseName(3)));
}

void ScorePage::editRule()
{
    ScoreRuleDialog dialog(m_rule, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setRule(dialog.rule());
    compute();
}

qint64 ScorePage::publish(QString* error)
{
    ScoreRun run;
    const qint64 id = m_editor->publishScores(period(), m_rule, &run, error);
    if (id > 0) {
        reloadRuns();
        for (int i = 0; i < m_runs.size(); ++i)
            if (m_runs[i].id == id)
                showRun(i + 1);
    }
    return id;
}

void ScorePage::publishDialog()
{
    const ScorePeriod p = period();
    if (QMessageBox::question(this, tr("发布考评"),
                              tr("发布 %1 至 %2 的考评排名？排名和评分规则将一并保存，之后可随时重现。")
                                  .arg(iso(p.from), iso(p.to))) != QMessageBox::Yes)
        return;
    QString error;
    if (!publish(&error))
        QMessageBox::warning(this, tr("发布考评"), tr("未能发布：%1").arg(error));
}

bool ScorePage::exportXlsx(const QString& path, QString* error)
{
    return writeScoreXlsx(m_scores, period(), m_shownRule, path, error,
                          WarningPalette::current().chaseNameList());
}

void ScorePage::exportDialog()
{
    const ScorePeriod p = period();
    const QString path = QFileDialog::getSaveFileName(this, tr("导出考评排名"),
                                                      tr("考评排名_%1_%2.xlsx").arg(iso(p.from), iso(p.to)),
                                                      tr("Excel 工作簿 (*.xlsx)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportXlsx(path, &error))
        QMessageBox::warning(this, tr("导出考评排名"), error);
}

} // namespace duban
