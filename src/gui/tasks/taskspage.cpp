#include "gui/tasks/taskspage.h"

#include "core/clock.h"
#include "gui/edit/taskeditor.h"
#include "gui/load/backgroundload.h"
#include "gui/load/backgroundtaskreader.h"
#include "gui/tasks/manualtasks.h"
#include "gui/tasks/taskdetailpanel.h"
#include "gui/widgets/datedelegate.h"
#include "gui/widgets/datefield.h"
#include "gui/widgets/percentdelegate.h"
#include "gui/workflow/eventdialog.h"
#include "gui/workflow/workflowpanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace duban {

TasksPage::TasksPage(TaskEditor* editor, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_model(new TaskTableModel(this)),
      m_loader(new BackgroundLoad(this)), m_choicesLoad(new BackgroundLoad(this)),
      m_reader(std::make_unique<BackgroundTaskReader>(m_loader))
{
    m_choicesLoad->indicator()->setObjectName(QStringLiteral("choicesBusyIndicator")); // not the table's
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto* bar = new QWidget(this);
    buildFilterBar(bar);
    layout->addWidget(bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("tasksSplitter"));
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(col(TaskColumn::Deadline), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setItemDelegateForColumn(col(TaskColumn::Percent), new PercentDelegate(this));
    // Fixed row heights: the view never measures rows, which is what keeps 100,000 rows cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    QHeaderView* h = m_table->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionsMovable(true);
    h->setHighlightSections(false);
    const int em = fontMetrics().horizontalAdvance(QStringLiteral("中"));
    const QPair<TaskColumn, int> widths[] = {{TaskColumn::Id, 3},         {TaskColumn::Title, 15},
                                             {TaskColumn::LeadUnits, 8},  {TaskColumn::CoUnits, 8},
                                             {TaskColumn::Deadline, 6},   {TaskColumn::DueState, 5},
                                             {TaskColumn::Status, 3},     {TaskColumn::Percent, 3},
                                             {TaskColumn::Directive, 16}, {TaskColumn::Updated, 9}};
    // Short columns fit their longest value in the current language (English labels run longer).
    auto fit = [this](const QStringList& texts) {
        int w = 0;
        for (const QString& t : texts)
            w = std::max(w, fontMetrics().horizontalAdvance(t));
        return w;
    };
    QStringList statuses{taskColumnTitle(TaskColumn::Status)}, dues{taskColumnTitle(TaskColumn::DueState)};
    for (Status st : kAllStatuses)
        statuses << statusLabel(st);
    for (DueState d :
         {DueState::OnTrack, DueState::DueSoon, DueState::NoDeadline, DueState::Done, DueState::Suspended})
        dues << dueStateLabel(d);
    dues << TaskTableModel::tr("逾期 %1 天").arg(888);
    const QHash<int, int> fitted = {
        {col(TaskColumn::Status), fit(statuses)},
        {col(TaskColumn::DueState), fit(dues)},
        {col(TaskColumn::Percent), fit({taskColumnTitle(TaskColumn::Percent), QStringLiteral("100%")})},
        {col(TaskColumn::Id), fit({taskColumnTitle(TaskColumn::Id), QStringLiteral("100000")})}};
    for (const auto& [c, w] : widths)
        h->resizeSection(col(c), std::max(w * em, fitted.value(col(c))) + 14);
    h->setSectionHidden(col(TaskColumn::Updated), true);

    m_detail = new TaskDetailPanel(editor, m_splitter);
    m_detail->setObjectName(QStringLiteral("taskDetail"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({2000, 1000}); // two thirds for the table, as a start
    m_splitter->setCollapsible(0, false);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TasksPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The selection model drops the current index on reset; re-find the task shown, if it is loaded.
        const int row = m_model->rowOfId(m_detail->taskId());
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, col(TaskColumn::Title)));
        emit dataChanged();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                // The current row's page landed after the row became current (a jump far down): its
                // task shows now.
                const int row = m_table->currentIndex().row();
                if (row >= topLeft.row() && row <= bottomRight.row() && !m_detail->taskId() &&
                    m_model->idAt(row))
                    showCurrent();
            });

    m_bulkStatus = new QAction(tr("批量设置状态…"), this);
    m_bulkStatus->setObjectName(QStringLiteral("actionBulkStatus"));
    m_bulkStatus->setShortcut(QKeySequence(tr("Ctrl+Shift+T"))); // Ctrl+Shift+S is the report's PDF
    connect(m_bulkStatus, &QAction::triggered, this, [this] {
        if (selectedRows().isEmpty())
            return;
        QStringList labels;
        for (Status s : kAllStatuses)
            labels << statusLabel(s);
        bool ok = false;
        const QString choice = QInputDialog::getItem(
            this, tr("批量设置状态"), tr("把所选 %1 项任务的状态设为：").arg(selectedRows().size()), labels,
            0, false, &ok);
        if (ok)
            bulkSetStatus(kAllStatuses[labels.indexOf(choice)]);
    });
    m_bulkUnit = new QAction(tr("批量设置牵头单位…"), this);
    m_bulkUnit->setObjectName(QStringLiteral("actionBulkUnit"));
    m_bulkUnit->setShortcut(QKeySequence(tr("Ctrl+Shift+U")));
    connect(m_bulkUnit, &QAction::triggered, this, [this] {
        if (selectedRows().isEmpty() || !m_repo)
            return;
        bool ok = false;
        const QString unit = QInputDialog::getItem(
            this, tr("批量设置牵头单位"), tr("把所选 %1 项任务的牵头单位设为：").arg(selectedRows().size()),
            StoreAccess::unitNames(*m_repo), 0, true, &ok);
        if (ok && !unit.trimmed().isEmpty())
            bulkSetLeadUnit(unit.trimmed());
    });
    m_toggleDetail = new QAction(tr("显示详情面板"), this);
    m_toggleDetail->setObjectName(QStringLiteral("actionToggleDetail"));
    m_toggleDetail->setCheckable(true);
    m_toggleDetail->setChecked(true);
    m_toggleDetail->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_toggleDetail, &QAction::toggled, m_detail, &QWidget::setVisible);
    m_newTask = new QAction(tr("新建任务…"), this);
    m_newTask->setObjectName(QStringLiteral("actionNewTask"));
    m_newTask->setShortcut(QKeySequence(tr("Ctrl+N")));
    m_newTask->setStatusTip(tr("手工录入一项任务：提取遗漏的，或电话、会议交办的"));
    connect(m_newTask, &QAction::triggered, this, [this] { newTask(); });
    m_cancelTask = new QAction(tr("撤销任务…"), this);
    m_cancelTask->setObjectName(QStringLiteral("actionCancelTask"));
    m_cancelTask->setStatusTip(tr("任务不再办理：从列表和报表中移除，保留全部记录（须写明原因，可撤回）"));
    connect(m_cancelTask, &QAction::triggered, this, &TasksPage::cancelCurrent);
    m_suspendTask = new QAction(tr("暂缓任务…"), this);
    m_suspendTask->setObjectName(QStringLiteral("actionSuspendTask"));
    m_suspendTask->setStatusTip(tr("任务暂停办理（须写明原因），记入督办留痕，可恢复"));
    connect(m_suspendTask, &QAction::triggered, this, &TasksPage::suspendCurrent);
    m_deleteTask = new QAction(tr("删除任务"), this);
    m_deleteTask->setObjectName(QStringLiteral("actionDeleteTask"));
    m_deleteTask->setStatusTip(tr("删除误录的任务：仅限没有任何进展和修改记录的任务"));
    connect(m_deleteTask, &QAction::triggered, this, &TasksPage::deleteCurrent);
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addActions(
        {m_newTask, m_cancelTask, m_suspendTask, m_deleteTask, separator, m_bulkStatus, m_bulkUnit});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

TasksPage::~TasksPage()
{
    m_loader->cancel(); // nothing lands on a model going away
}

QList<QAction*> TasksPage::bulkActions() const
{
    return {m_bulkStatus, m_bulkUnit};
}

void TasksPage::buildFilterBar(QWidget* bar)
{
    // Two lines of filters: on one, 1024 px (and English labels) do not hold them all.
    auto* lines = new QVBoxLayout(bar);
    lines->setContentsMargins(0, 0, 0, 0);
    lines->setSpacing(4);
    QHBoxLayout* row = new QHBoxLayout;
    lines->addLayout(row);
    auto label = [bar, &row](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, bar);
        l->setBuddy(buddy);
        row->addWidget(l);
        row->addWidget(buddy);
    };
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("搜索任务、单位、原文（Ctrl+F）"));
    m_search->setClearButtonEnabled(true);
    // Room for a few words; at 1024 px the whole placeholder would push the filters over their labels.
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(u'中') * 10);
    m_search->setToolTip(m_search->placeholderText());
    row->addWidget(m_search, 2);

    m_unit = new QComboBox(bar);
    m_unit->setObjectName(QStringLiteral("unitFilter"));
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_unit->completer()->setFilterMode(Qt::MatchContains);
    m_unit->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_unit->setMinimumContentsLength(10);
    label(tr("单位："), m_unit);

    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("全部"), -1);
    for (Status s : kAllStatuses)
        m_status->addItem(statusLabel(s), int(s));
    label(tr("状态："), m_status);

    m_due = new QComboBox(bar);
    m_due->setObjectName(QStringLiteral("dueFilter"));
    m_due->addItem(tr("全部"), -1);
    for (DueState d : {DueState::Overdue, DueState::DueSoon, DueState::OnTrack, DueState::NoDeadline})
        m_due->addItem(dueStateLabel(d), int(d));
    label(tr("预警："), m_due);
    row->addStretch();
    row = new QHBoxLayout;
    lines->addLayout(row);

    m_directive = new QComboBox(bar);
    m_directive->setObjectName(QStringLiteral("directiveFilter"));
    m_directive->setMinimumContentsLength(12);
    m_directive->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    label(tr("文件："), m_directive);

    auto makeDate = [bar](const char* name) {
        auto* d = new DateField(bar);
        d->setObjectName(QString::fromLatin1(name));
        d->setEmptyAllowed(true);
        d->setPlaceholderText(tr("不限"));
        return d;
    };
    m_from = makeDate("deadlineFrom");
    m_to = makeDate("deadlineTo");
    label(tr("时限："), m_from);
    row->addWidget(new QLabel(QStringLiteral("–"), bar));
    row->addWidget(m_to);

    auto* clear = new QPushButton(tr("清除筛选"), bar);
    clear->setObjectName(QStringLiteral("clearFiltersButton"));
    row->addWidget(clear);
    row->addStretch();

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // typing a phrase runs one query, not one per keystroke
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &TasksPage::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyFilters();
        focusTable(); // Enter runs the search and goes to its results
    });
    m_search->installEventFilter(this);
    // Enter on a typed unit filters by it, as picking it from the list does.
    connect(m_unit->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        applyFilters();
        focusTable();
    });
    connect(m_unit, &QComboBox::currentTextChanged, this, [this] {
        // Picking from the list filters at once; a partly typed name waits for Enter.
        if (m_unit->currentText().isEmpty() || m_unit->findText(m_unit->currentText()) >= 0)
            applyFilters();
    });
    for (QComboBox* c : {m_status, m_due, m_directive})
        connect(c, &QComboBox::currentIndexChanged, this, &TasksPage::applyFilters);
    for (DateField* d : {m_from, m_to})
        connect(d, &DateField::dateChanged, this, &TasksPage::applyFilters);
    connect(clear, &QPushButton::clicked, this, [this] {
        const QSignalBlocker b1(m_search), b2(m_unit), b3(m_status), b4(m_due), b5(m_directive), b6(m_from),
            b7(m_to);
        m_search->clear();
        m_unit->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_due->setCurrentIndex(0);
        m_directive->setCurrentIndex(0);
        m_from->setDate({});
        m_to->setDate({});
        applyFilters();
    });
}

void TasksPage::setRepository(Repository* repo)
{
    m_repo = repo;
    m_detail->setRepository(repo);
    m_reader->setRepository(repo);
    m_choicesLoad->cancel();     // the old database's choices never land
    m_model->setSource(nullptr); // no reads on the old connection while the choices are refilled
    m_source = repo ? StoreAccess::taskSource(*repo) : nullptr;
    // At once: the first query must not filter by a file or unit of the database before.
    fillChoices(repo ? readChoices(*repo) : Choices{});
    applyFilters();
    // One read for the new store, under the filter the choices leave.
    m_model->setSource(m_source.get(), m_reader.get());
}

void TasksPage::reload()
{
    loadChoices();
    if (!applyFilters())
        m_model->refresh();
}

void TasksPage::loadChoices()
{
    if (m_repo)
        m_choicesLoad->start<Choices>(m_repo, readChoices, [this](Choices c) {
            // Someone typing a unit keeps the text and the filter the list shows until Enter.
            if (fillChoices(c))
                applyFilters(); // a file or unit chosen that is gone: the list shows all again
        });
}

TasksPage::Choices TasksPage::readChoices(Repository& repo)
{
    return {StoreAccess::unitNames(repo), StoreAccess::directives(repo)};
}

bool TasksPage::fillChoices(const Choices& c)
{
    const QSignalBlocker b1(m_unit), b2(m_directive);
    const QString unit = m_unit->currentText();
    QLineEdit* edit = m_unit->lineEdit();
    const bool typing = edit && edit->hasFocus();
    const int cursor = edit ? edit->cursorPosition() : 0;
    const qint64 directive = m_directive->currentData().toLongLong();
    m_unit->clear();
    m_unit->addItem(tr("全部单位"));
    m_directive->clear();
    m_directive->addItem(tr("全部文件"), 0);
    m_unit->addItems(c.units);
    for (const auto& [id, title] : c.directives) {
        m_directive->addItem(title, id);
        m_directive->setItemData(m_directive->count() - 1, title, Qt::ToolTipRole);
    }
    const int u = m_unit->findText(unit);
    m_unit->setCurrentIndex(u >= 0 ? u : 0);
    const int d = m_directive->findData(directive);
    m_directive->setCurrentIndex(d >= 0 ? d : 0);
    if (typing && u < 0) {
        m_unit->setEditText(unit);
        edit->setCursorPosition(cursor);
    }
    return !typing;
}

void TasksPage::refresh()
{
    m_model->refresh();
    m_detail->reload();
}

void TasksPage::refreshTasks(const QList<qint64>& ids, bool choicesToo)
{
    if (choicesToo)
        loadChoices();
    m_model->refresh(); // pages are read again as the table asks for them: the rows on screen
    if (ids.contains(m_detail->taskId()) && !m_detail->isAncestorOf(QApplication::focusWidget()))
        m_detail->reload();
}

bool TasksPage::applyFilters()
{
    TaskQuery q = m_model->query();
    q.search = m_search->text().trimmed();
    // What is typed counts, picked from the list or not: the box's index may still be on 全部单位.
    const QString unit = m_unit->currentText().trimmed();
    q.unit = unit == m_unit->itemText(0) ? QString() : unit;
    const int st = m_status->currentData().toInt();
    q.status = st >= 0 ? std::optional<Status>(Status(st)) : std::nullopt;
    const int du = m_due->currentData().toInt();
    q.due = du >= 0 ? std::optional<DueState>(DueState(du)) : std::nullopt;
    q.directiveId = m_directive->currentData().toLongLong();
    q.deadlineFrom = m_from->date();
    q.deadlineTo = m_to->date();
    if (q == m_model->query())
        return false;
    m_model->setQuery(q);
    emit queryChanged();
    return true;
}

void TasksPage::filterByUnit(const QString& unit)
{
    const int i = m_unit->findText(unit);
    if (i >= 0)
        m_unit->setCurrentIndex(i);
    else
        m_unit->setCurrentText(unit);
    applyFilters();
}

void TasksPage::showTask(qint64 id)
{
    // Also when the row is current already (no currentRowChanged) or is not listed.
    m_detail->showTask(id);
    m_model->findRow(id, [this, id](int row) {
        if (m_detail->taskId() != id)
            return; // another task was picked while the rows were read
        if (row >= 0) {
            const QModelIndex i = m_model->index(row, col(TaskColumn::Title));
            m_table->setCurrentIndex(i);
            m_table->selectRow(row);
            m_table->scrollTo(i, QAbstractItemView::PositionAtCenter);
            m_table->setFocus();
        } else {
            // Not focused: a table gaining focus with no current row makes its first row current.
            m_table->clearSelection();
        }
    });
}

void TasksPage::showCurrent()
{
    const QModelIndex cur = m_table->currentIndex();
    m_detail->showTask(cur.isValid() ? m_model->idAt(cur.row()) : 0);
}

void TasksPage::focusTable()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, col(TaskColumn::Title)));
}

bool TasksPage::eventFilter(QObject* watched, QEvent* event)
{
    // Down (or Escape) in the search box moves into the results.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Escape) {
            if (key == Qt::Key_Down)
                applyFilters();
            focusTable();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TasksPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void TasksPage::addProgressToCurrent()
{
    if (!m_detail->taskId())
        selectFirstRow();
    m_detail->addProgress();
}

void TasksPage::selectFirstRow()
{
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, col(TaskColumn::Title)));
        m_table->selectRow(0);
    }
}

QList<int> TasksPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    return rows;
}

void TasksPage::bulkSetStatus(Status s)
{
    if (!m_repo)
        return;
    if (s == Status::Suspended) {
        QList<qint64> ids;
        QString title;
        for (const TaskRecord& t : m_model->rowsNow(selectedRows()))
            if (t.status != s) {
                ids << t.id;
                title = t.title;
            }
        if (ids.isEmpty())
            return;
        EventDialog dlg(WorkflowStep::Suspend, ids.size() == 1 ? title : tr("所选 %1 项任务").arg(ids.size()),
                        {}, this);
        if (dlg.exec() == QDialog::Accepted)
            m_editor->recordEvent(ids, dlg.input());
        return;
    }
    QList<TaskEdit> edits;
    for (const TaskRecord& t : m_model->rowsNow(selectedRows()))
        if (t.status != s)
            edits.append({t.id, TaskField::Status, int(s), t.version});
    m_editor->setFields(edits, tr("批量设置状态为“%1”（%2 项）").arg(statusLabel(s)).arg(edits.size()));
}

void TasksPage::bulkSetLeadUnit(const QString& unit)
{
    if (!m_repo)
        return;
    QList<TaskEdit> edits;
    for (const TaskRecord& t : m_model->rowsNow(selectedRows()))
        if (t.leadUnits != QStringList{unit})
            edits.append({t.id, TaskField::LeadUnits, QStringList{unit}, t.version});
    m_editor->setFields(edits, tr("批量设置牵头单位为“%1”（%2 项）").arg(unit).arg(edits.size()));
}

qint64 TasksPage::newTask(const QString& text)
{
    if (!m_repo)
        return 0;
    NewTaskDialog dlg(StoreAccess::unitNames(*m_repo), text, this);
    if (dlg.exec() != QDialog::Accepted)
        return 0;
    const qint64 id = m_editor->createTask(StoreAccess::newTask(dlg.entry()));
    if (id > 0)
        showTask(id); // the views have reloaded (the 手工录入 file joins the file filter)
    return id;
}

void TasksPage::cancelCurrent()
{
    if (m_repo && m_detail->taskId())
        m_detail->workflow()->takeStep(WorkflowStep::Cancel);
}

void TasksPage::suspendCurrent()
{
    if (m_repo && m_detail->taskId())
        m_detail->workflow()->takeStep(WorkflowStep::Suspend);
}

void TasksPage::deleteCurrent()
{
    const qint64 id = m_detail->taskId();
    if (!m_repo || !id)
        return;
    QString why;
    if (!StoreAccess::canDeleteTask(*m_repo, id, &why)) {
        QMessageBox::information(this, tr("删除任务"), why);
        return;
    }
    const auto t = StoreAccess::task(*m_repo, id);
    if (!t || QMessageBox::question(this, tr("删除任务"),
                                    tr("删除误录的任务“%1”？可用 Ctrl+Z 撤回。").arg(t->record.title)) !=
                  QMessageBox::Yes)
        return;
    m_editor->deleteTask(id, t->record.title);
}

QByteArray TasksPage::saveState() const
{
    return m_table->horizontalHeader()->saveState();
}

void TasksPage::restoreState(const QByteArray& state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

} // namespace duban
