#include "gui/units/unitspage.h"

#include "gui/edit/taskeditor.h"
#include "gui/load/backgroundload.h"
#include "gui/units/unitsmodel.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace duban {

UnitsPage::UnitsPage(TaskEditor* editor, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_model(new UnitsModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    // The directory is a few hundred rows held in memory, so a proxy is the right tool here.
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::DisplayRole);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* top = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("unitSearch"));
    m_filter->setPlaceholderText(tr("按名称或别名查找单位"));
    m_filter->setClearButtonEnabled(true);
    top->addWidget(m_filter, 1);
    auto* rename = new QPushButton(tr("重命名(F2)"), this);
    rename->setObjectName(QStringLiteral("renameUnitButton"));
    auto* merge = new QPushButton(tr("合并单位…"), this);
    merge->setObjectName(QStringLiteral("mergeUnitsButton"));
    merge->setToolTip(tr("选中两个单位：第一个合并到第二个；只选一个时再选择目标单位"));
    auto* tasks = new QPushButton(tr("查看任务"), this);
    tasks->setObjectName(QStringLiteral("unitTasksButton"));
    top->addWidget(rename);
    top->addWidget(merge);
    top->addWidget(tasks);
    layout->addLayout(top);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("unitTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UnitsModel::Tasks, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    const int em = fontMetrics().horizontalAdvance(QStringLiteral("中"));
    m_table->horizontalHeader()->resizeSection(UnitsModel::Name, 16 * em);
    m_table->horizontalHeader()->resizeSection(UnitsModel::Kind, 4 * em);
    m_table->horizontalHeader()->resizeSection(UnitsModel::Tasks, 5 * em);
    m_table->horizontalHeader()->setSectionResizeMode(UnitsModel::Aliases, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto* hint =
        new QLabel(tr("双击单位查看其任务；黄色标记的是导入时新出现的单位，请核对后重命名或合并。"), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(rename, &QPushButton::clicked, this, [this] {
        const QModelIndex cur = m_table->currentIndex();
        if (cur.isValid())
            m_table->edit(cur.siblingAtColumn(UnitsModel::Name));
    });
    connect(merge, &QPushButton::clicked, this, &UnitsPage::mergeSelected);
    auto openTasks = [this] {
        const QModelIndex cur = m_table->currentIndex();
        if (cur.isValid())
            emit showTasksOf(m_model->unit(m_proxy->mapToSource(cur).row()).name);
    };
    connect(tasks, &QPushButton::clicked, this, openTasks);
    connect(m_table, &QTableView::doubleClicked, this, [openTasks](const QModelIndex& i) {
        if (i.column() != UnitsModel::Name)
            openTasks();
    });
    m_model->setEditor(editor);
    m_model->setLoader(new BackgroundLoad(this));
}

void UnitsPage::setRepository(Repository* repo)
{
    m_repo = repo;
    m_model->setRepository(repo);
}

void UnitsPage::reload()
{
    m_model->reload();
}

QList<int> UnitsPage::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(i).row();
    return rows;
}

void UnitsPage::mergeSelected()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty() || rows.size() > 2) {
        QMessageBox::information(this, tr("合并单位"), tr("请选择一个或两个单位。"));
        return;
    }
    const StoreAccess::UnitInfo from = m_model->unit(rows.first());
    StoreAccess::UnitInfo into;
    if (rows.size() == 2) {
        into = m_model->unit(rows.at(1));
    } else {
        QStringList names;
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->unit(r).id != from.id)
                names << m_model->unit(r).name;
        const QString target = pickMergeTarget(from.name, names);
        if (target.isEmpty())
            return;
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->unit(r).name == target)
                into = m_model->unit(r);
    }
    const bool dropsUndo = m_editor->historyNamesUnits();
    const auto answer = QMessageBox::question(
        this, tr("合并单位"),
        tr("把“%1”（%2 项任务）合并到“%3”？\n任务将转到“%3”名下，“%1”保留为别名。合并本身不能撤销。")
                .arg(from.name)
                .arg(from.taskCount)
                .arg(into.name) +
            (dropsUndo ? tr("\n此前修改过单位的撤销步骤会引用被合并的单位，合并后将清空撤销记录。")
                       : tr("\n此前的其他修改仍可撤销。")));
    if (answer != QMessageBox::Yes)
        return;
    merge(from.id, into.id); // a refusal is announced by the editor
}

QString UnitsPage::pickMergeTarget(const QString& from, const QStringList& names)
{
    // A searchable list with nothing chosen: an arbitrary first unit as default invites a wrong merge.
    QDialog dlg(this);
    dlg.setObjectName(QStringLiteral("mergeTargetDialog"));
    dlg.setWindowTitle(tr("合并单位"));
    auto* layout = new QVBoxLayout(&dlg);
    auto* label = new QLabel(tr("把“%1”合并到（输入名称的一部分查找）：").arg(from), &dlg);
    auto* combo = new QComboBox(&dlg);
    combo->setObjectName(QStringLiteral("mergeTargetCombo"));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(names);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCurrentIndex(-1);
    combo->lineEdit()->setPlaceholderText(tr("单位名称"));
    label->setBuddy(combo);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("合并"));
    ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(combo, &QComboBox::editTextChanged, &dlg,
            [ok, names](const QString& t) { ok->setEnabled(names.contains(t.trimmed())); });
    connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(combo);
    layout->addWidget(buttons);
    dlg.resize(420, dlg.sizeHint().height());
    if (dlg.exec() != QDialog::Accepted || !names.contains(combo->currentText().trimmed()))
        return {};
    return combo->currentText().trimmed();
}

bool UnitsPage::merge(qint64 fromId, qint64 intoId, QString* error)
{
    return m_repo && m_editor->mergeUnits(fromId, intoId, error);
}

} // namespace duban
