#include "gui/kanban/kanbanpage.h"

#include "gui/edit/taskeditor.h"
#include "gui/kanban/kanbanview.h"
#include "gui/load/backgroundload.h"
#include "gui/workflow/eventdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace duban {

namespace {
const char* kLanesKey = "kanban/lanes";
}

KanbanPage::KanbanPage(TaskEditor* editor, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_model(new KanbanModel(this)), m_loader(new BackgroundLoad(this)),
      m_reloadTimer(new QTimer(this))
{
    m_model->setLoader(m_loader);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto* bar = new QHBoxLayout;
    m_lanes = new QComboBox(this);
    m_lanes->setObjectName(QStringLiteral("kanbanLanes"));
    m_lanes->addItem(tr("无泳道"), int(KanbanLanes::None));
    m_lanes->addItem(tr("按牵头单位"), int(KanbanLanes::LeadUnit));
    m_lanes->addItem(tr("按文件"), int(KanbanLanes::Directive));
    auto* lanesLabel = new QLabel(tr("泳道："), this);
    lanesLabel->setBuddy(m_lanes);
    bar->addWidget(lanesLabel);
    bar->addWidget(m_lanes);
    bar->addSpacing(12);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("kanbanFilterSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setMinimumWidth(100);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long filters elide, not widen
    bar->addWidget(m_summary, 1);
    auto* hint = new QLabel(tr("拖动卡片或按 Ctrl+Shift+←/→ 改变状态，Enter 打开任务"), this);
    hint->setEnabled(false);
    bar->addWidget(hint);
    layout->addLayout(bar);

    m_view = new KanbanView(this);
    m_view->setObjectName(QStringLiteral("kanbanBoard"));
    m_view->setModel(m_model);
    layout->addWidget(m_view, 1);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        // The model may have reloaded on its own since (after a move): then nothing is stale.
        if (m_model->generation() == m_generationAtInvalidate)
            reloadNow();
    });
    connect(m_view, &KanbanView::openRequested, this, &KanbanPage::openTask);
    connect(m_model, &KanbanModel::suspendRequested, this,
            [this](const QList<qint64>& ids, const QString& title) {
                EventDialog dlg(WorkflowStep::Suspend, title, {}, this);
                if (dlg.exec() == QDialog::Accepted)
                    m_editor->recordEvent(ids, dlg.input());
            });
    // A refused move is announced once, by the editor (the window's status bar).
    connect(m_model, &QAbstractItemModel::modelReset, this, &KanbanPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &KanbanPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &KanbanPage::updateSummary);
    const int lanes = QSettings().value(QString::fromLatin1(kLanesKey), 0).toInt();
    m_lanes->setCurrentIndex(std::clamp(lanes, 0, m_lanes->count() - 1));
    m_model->setLanes(KanbanLanes(m_lanes->currentData().toInt()));
    connect(m_lanes, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(QString::fromLatin1(kLanesKey), m_lanes->currentIndex());
        m_model->setLanes(KanbanLanes(m_lanes->currentData().toInt()));
    });
    updateSummary();
}

void KanbanPage::setRepository(Repository* repo)
{
    m_repo = repo;
    m_reloadTimer->stop();
    const bool visible = isVisible();
    m_model->setStore(repo, m_editor, visible && repo);
    m_stale = !visible && repo; // hidden: the query runs when the board is first shown
}

void KanbanPage::setQuery(const TaskQuery& q)
{
    m_tableQuery = q;
    if (isVisible())
        reloadNow();
    else
        m_stale = true;
}

void KanbanPage::invalidate()
{
    m_generationAtInvalidate = m_model->generation();
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_reloadTimer->start();
}

void KanbanPage::refreshTasks(const QList<qint64>& ids)
{
    if (!isVisible() || m_stale) {
        m_stale = m_repo != nullptr;
        return;
    }
    if (m_reloadTimer->isActive())
        return; // the whole board is about to be read
    m_model->refreshTasks(ids);
}

void KanbanPage::reloadNow()
{
    m_stale = false;
    m_reloadTimer->stop();
    if (!m_model->setQuery(m_tableQuery)) // reloads when the filter changed
        m_model->reload();
}

void KanbanPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reloadNow();
    m_view->setFocus(Qt::OtherFocusReason); // arrows and Ctrl+Shift+arrows work right after Ctrl+2
}

QString KanbanPage::filterSummary() const
{
    const TaskQuery& q = m_tableQuery;
    QStringList parts;
    if (!q.unit.isEmpty())
        parts << tr("单位“%1”").arg(q.unit);
    // The title comes with the cards (read off the GUI thread), once they are in under this filter.
    if (const QString title = m_model->directiveTitle(); q.directiveId && !title.isEmpty())
        parts << tr("文件“%1”").arg(title.size() > 24 ? title.left(23) + QStringLiteral("…") : title);
    if (q.due)
        parts << tr("预警“%1”").arg(dueStateLabel(*q.due));
    if (q.deadlineFrom.isValid() || q.deadlineTo.isValid())
        parts << tr("时限 %1 至 %2")
                     .arg(q.deadlineFrom.isValid() ? q.deadlineFrom.toString(QStringLiteral("yyyy-MM-dd"))
                                                   : tr("不限"),
                          q.deadlineTo.isValid() ? q.deadlineTo.toString(QStringLiteral("yyyy-MM-dd"))
                                                 : tr("不限"));
    if (!q.search.isEmpty())
        parts << tr("搜索“%1”").arg(q.search);
    const int n = m_model->rowCount();
    QString line =
        parts.isEmpty()
            ? tr("全部任务，共 %1 项").arg(n)
            : tr("与任务列表相同的筛选：%1，共 %2 项").arg(parts.join(tr("、")), QString::number(n));
    if (q.status)
        line += tr("（任务列表的状态筛选“%1”不适用于看板）").arg(statusLabel(*q.status));
    return line;
}

void KanbanPage::updateSummary()
{
    const QString s = filterSummary();
    m_summary->setText(s);
    m_summary->setToolTip(s);
}

} // namespace duban
