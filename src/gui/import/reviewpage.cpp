#include "gui/import/reviewpage.h"

#include "gui/import/pageimageview.h"
#include "gui/widgets/datedelegate.h"
#include "gui/widgets/unitlistdelegate.h"
#include "ui_reviewpage.h"

#include <QAction>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>

namespace duban {

ReviewPage::ReviewPage(QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::ReviewPage>()),
      m_model(new ReviewModel(UnitDirectory::builtin(), this))
{
    ui->setupUi(this);
    ui->reviewTable->setModel(m_model);
    ui->reviewTable->setItemDelegateForColumn(ReviewModel::Deadline, new DateDelegate(this));
    auto* units = new UnitListDelegate(this);
    ui->reviewTable->setItemDelegateForColumn(ReviewModel::LeadUnits, units);
    ui->reviewTable->setItemDelegateForColumn(ReviewModel::CoUnits, units);
    QHeaderView* h = ui->reviewTable->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->resizeSection(ReviewModel::Title, 260);
    h->resizeSection(ReviewModel::LeadUnits, 150);
    h->resizeSection(ReviewModel::CoUnits, 170);
    h->resizeSection(ReviewModel::Deadline, 100);
    h->resizeSection(ReviewModel::Targets, 160);
    h->setStretchLastSection(true);
    ui->reviewTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    ui->reviewSplitter->setStretchFactor(0, 3);
    ui->reviewSplitter->setStretchFactor(1, 2);
    ui->removedList->hide();
    m_pageView = new PageImageView(this);
    m_pageView->setObjectName(QStringLiteral("reviewPageImage"));
    m_pageView->setToolTip(tr("扫描原图：黄色为所选任务的行，红色虚线框为识别可信度低、需要核对的行"));
    ui->reviewSplitter->addWidget(m_pageView);
    ui->reviewSplitter->setStretchFactor(2, 2);
    m_pageView->hide();

    connect(ui->reviewTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewPage::showCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReviewPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReviewPage::updateSummary);

    connect(ui->acceptAllButton, &QPushButton::clicked, this, [this] {
        if (m_model->rowCount() == 0 && m_removedCount == 0)
            return;
        emit accepted(m_model->drafts());
    });
    connect(ui->acceptSelectedButton, &QPushButton::clicked, this, [this] {
        const QList<int> rows = selectedRows();
        if (rows.isEmpty()) {
            QMessageBox::information(this, tr("接受所选"), tr("请先在左侧表格中选择要接受的任务。"));
            return;
        }
        emit accepted(m_model->draftsAt(rows));
    });
    connect(ui->removeSelectedButton, &QPushButton::clicked, this,
            [this] { m_model->removeDrafts(selectedRows()); });
    connect(ui->rejectButton, &QPushButton::clicked, this, &ReviewPage::rejected);

    auto* remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, ui->removeSelectedButton, &QPushButton::click);
    ui->reviewTable->addAction(remove);
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::setUnitNames(const QStringList& names)
{
    static_cast<UnitListDelegate*>(ui->reviewTable->itemDelegateForColumn(ReviewModel::LeadUnits))
        ->setUnitNames(names);
}

void ReviewPage::setOutcome(const ImportOutcome& outcome)
{
    m_outcome = outcome;
    m_removedCount = 0;
    ui->removedList->clear();
    ui->removedList->hide();
    ui->reviewSource->setLines(outcome.doc.lines);
    m_doubtful.clear();
    for (qsizetype i = 0; i < outcome.doc.geometry.size(); ++i) {
        const float c = outcome.doc.geometry[i].confidence;
        if (c >= 0 && c < PageImageView::kLowConfidence)
            m_doubtful.append(int(i) + 1);
    }
    ui->reviewSource->setFlaggedLines(m_doubtful);
    m_pageView->setDocument(outcome.doc);
    if (outcome.doc.recognised() && !m_pageView->isVisible()) {
        // The page needs room to be read: table, text and image side by side.
        const int total = std::max(900, ui->reviewSplitter->width());
        m_pageView->show();
        ui->reviewSplitter->setSizes({total * 2 / 5, total * 3 / 10, total * 3 / 10});
    } else if (!outcome.doc.recognised()) {
        m_pageView->hide();
    }
    m_model->setDrafts(outcome.result.tasks);
    // Which directive a task comes from matters only when the file holds several (a gazette).
    ui->reviewTable->setColumnHidden(ReviewModel::Directive, outcome.result.directives.size() < 2);
    updateSummary();
    if (m_model->rowCount() > 0)
        selectRow(0);
}

void ReviewPage::setDiff(const QList<ReviewModel::ChangeKind>& kinds, const QStringList& removedTitles)
{
    m_model->setChangeKinds(kinds);
    m_removedCount = int(removedTitles.size());
    ui->removedList->clear();
    for (const QString& t : removedTitles)
        ui->removedList->addItem(tr("删除：%1").arg(t));
    ui->removedList->setVisible(!removedTitles.isEmpty());
    updateSummary();
}

void ReviewPage::selectRow(int row)
{
    ui->reviewTable->selectRow(row);
    ui->reviewTable->setCurrentIndex(m_model->index(row, 0));
}

QList<int> ReviewPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : ui->reviewTable->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ReviewPage::showCurrent()
{
    const QModelIndex cur = ui->reviewTable->currentIndex();
    if (!cur.isValid()) {
        ui->reviewSource->highlightLines(0, 0);
        m_pageView->highlightLines(0, 0);
        ui->reviewHint->clear();
        return;
    }
    const TaskDraft& d = m_model->draft(cur.row());
    ui->reviewSource->highlightLines(d.lineStart, d.lineEnd);
    m_pageView->highlightLines(d.lineStart, d.lineEnd);
    QStringList hints;
    // .txt lines are the file's own lines; other formats also say where (paragraph, table row, page).
    const QString where =
        m_outcome.doc.format == QStringLiteral("txt") || m_outcome.doc.format == QStringLiteral("paste")
            ? QString()
            : m_outcome.doc.locationOf(d.lineStart);
    hints << tr("第 %1–%2 行").arg(d.lineStart).arg(d.lineEnd) +
                 (where.isEmpty() ? QString() : tr("（%1）").arg(where));
    if (!d.section.isEmpty())
        hints << d.section.join(QStringLiteral(" › "));
    for (const auto& [unit, suggestion] : m_model->unknownUnits(cur.row()))
        hints << (suggestion.isEmpty() ? tr("⚠ 单位“%1”不在单位目录中，导入后将新建").arg(unit)
                                       : tr("⚠ 单位“%1”不在单位目录中，可能是“%2”").arg(unit, suggestion));
    const auto doubtful = std::count_if(m_doubtful.begin(), m_doubtful.end(),
                                        [&](int l) { return l >= d.lineStart && l <= d.lineEnd; });
    if (doubtful > 0)
        hints << tr("⚠ 有 %1 行识别可信度低，请对照右侧原图核对").arg(doubtful);
    ui->reviewHint->setText(hints.join(QStringLiteral("　·　")));
}

void ReviewPage::updateSummary()
{
    const QString name = QFileInfo(m_outcome.doc.path).fileName();
    QString text = tr("<b>%1</b>　共提取 %2 项任务").arg(name.toHtmlEscaped()).arg(m_model->rowCount());
    // A gazette holds several directives: name the count here, list them in the tooltip.
    QStringList titles;
    for (const DirectiveInfo& d : m_outcome.result.directives)
        titles << (d.docNumber.isEmpty() ? d.title : tr("%1（%2）").arg(d.title, d.docNumber));
    if (titles.size() == 1)
        text += tr("，来自：%1").arg(titles.first().toHtmlEscaped());
    else if (titles.size() > 1)
        text += tr("，来自 %1 份文件（鼠标悬停查看）").arg(titles.size());
    ui->reviewSummary->setToolTip(titles.join(u'\n'));
    const int unknown = m_model->unknownUnitCount();
    if (unknown > 0)
        text += tr("　<span style='color:#b45309'>%1 项含未识别单位</span>").arg(unknown);
    if (m_removedCount > 0)
        text += tr("　<span style='color:#b91c1c'>%1 项将被删除</span>").arg(m_removedCount);
    if (m_outcome.doc.recognised())
        text += tr("　<span style='color:#1d4ed8'>文字识别（OCR）结果</span>");
    if (!m_doubtful.isEmpty())
        text += tr("　<span style='color:#dc2626'>%1 行识别可信度低</span>").arg(m_doubtful.size());
    if (!m_outcome.doc.note.isEmpty())
        ui->reviewSummary->setToolTip(m_outcome.doc.note +
                                      (titles.isEmpty() ? QString() : u'\n' + titles.join(u'\n')));
    ui->reviewSummary->setText(text);
    showCurrent();
}

} // namespace duban
