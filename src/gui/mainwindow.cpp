#include "gui/mainwindow.h"

#include "extract/documentreader.h"
#include "extract/extractor.h"
#include "gui/appicon.h"
#include "gui/feedback/feedbackdialog.h"
#include "gui/gantt/ganttpage.h"
#include "gui/import/emptyextraction.h"
#include "gui/import/importformats.h"
#include "gui/import/reviewpage.h"
#include "gui/kanban/kanbanpage.h"
#include "gui/language.h"
#include "gui/load/backgroundload.h"
#include "gui/overdue/overduepage.h"
#include "gui/overdue/warningsettingsdialog.h"
#include "gui/reminders/reminderbanner.h"
#include "gui/reminders/reminders.h"
#include "gui/reports/reportspage.h"
#include "gui/score/scorepage.h"
#include "gui/server/connectserverdialog.h"
#include "gui/server/serverlogin.h"
#include "gui/storeaccess.h"
#include "gui/tasks/taskdetailpanel.h"
#include "gui/tasks/taskspage.h"
#include "gui/units/unitspage.h"
#include "gui/workflow/chasenoticedialog.h"
#include "gui/workflow/workflowpanel.h"
#include "palette/warningpalette.h"
#include "store/databaseurl.h"
#include "store/repository.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace duban {

namespace {

// Views hold pointers into the repository; they let go of it before it is replaced or destroyed.
template <typename... View> void detach(View*... views)
{
    (views->setRepository(nullptr), ...);
}
const char* kRecentKey = "db/recent";
const char* kLastKey = "db/last";
const int kMaxRecent = 8;
} // namespace

MainWindow::MainWindow(const Options& options, QWidget* parent)
    : QMainWindow(parent), ui(std::make_unique<Ui::MainWindow>()), m_options(options),
      m_editor(new TaskEditor(this)), m_job(new ImportJob(this))
{
    ui->setupUi(this);
    setWindowIcon(appIcon());
    setAcceptDrops(true);

    m_review = new ReviewPage(this);
    m_unitNamesLoad = new BackgroundLoad(m_review);
    m_review->setObjectName(QStringLiteral("reviewPage"));
    m_tasks = new TasksPage(m_editor, this);
    m_tasks->setObjectName(QStringLiteral("tasksPage"));
    m_units = new UnitsPage(m_editor, this);
    m_units->setObjectName(QStringLiteral("unitsPage"));
    m_viewPages[Tasks] = m_tasks;
    m_kanban = new KanbanPage(m_editor, this);
    m_viewPages[Kanban] = m_kanban;
    m_gantt = new GanttPage(this);
    m_viewPages[Gantt] = m_gantt;
    m_overdue = new OverduePage(this);
    m_viewPages[Overdue] = m_overdue;
    m_reports = new ReportsPage(this);
    m_viewPages[Reports] = m_reports;
    m_viewPages[Units] = m_units;
    m_score = new ScorePage(m_editor, this);
    m_viewPages[Score] = m_score;
    const char* names[] = {"tasksView",   "kanbanView", "ganttView", "overdueView",
                           "reportsView", "unitsView",  "scoreView"};
    for (int v = 0; v < ViewCount; ++v) {
        if (v != Tasks && v != Units) // the kanban is named here too
            m_viewPages[v]->setObjectName(QString::fromLatin1(names[v]));
        ui->viewStack->addWidget(m_viewPages[v]);
    }
    ui->viewStack->addWidget(m_review);
    // The reminder strip sits above whichever view is shown.
    m_banner = new ReminderBanner(this);
    auto* column = new QVBoxLayout;
    column->setSpacing(0);
    ui->centralLayout->removeWidget(ui->viewStack);
    column->addWidget(m_banner);
    column->addWidget(ui->viewStack, 1);
    ui->centralLayout->addLayout(column, 1);
    m_reminders = new Reminders(this);
    m_reminders->setLoader(new BackgroundLoad(m_banner)); // the strip shows once the list has landed
    connect(m_reminders, &Reminders::newReminders, m_banner, &ReminderBanner::showReminders);
    connect(m_banner, &ReminderBanner::showRequested, this, [this] { showView(Overdue); });
    connect(m_reminders, &Reminders::trayClicked, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showView(Overdue);
    });

    buildActions();
    buildMenus();
    buildNavigation();

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("statusCounts"));
    m_countsLoad = new BackgroundLoad(m_countsLabel);
    m_dbLabel = new QLabel(this);
    m_dbLabel->setObjectName(QStringLiteral("statusDatabase"));
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_dbLabel);

    connect(m_job, &ImportJob::progress, this, [this](int done, int total) {
        if (m_progress) {
            m_progress->setMaximum(std::max(total, 1));
            m_progress->setValue(done);
        }
    });
    connect(m_job, &ImportJob::progressText, this, [this](const QString& text) {
        if (m_progress && !text.isEmpty())
            m_progress->setLabelText(text);
    });
    connect(m_job, &ImportJob::finished, this, &MainWindow::onExtracted);
    connect(m_review, &ReviewPage::accepted, this, &MainWindow::onReviewAccepted);
    connect(m_review, &ReviewPage::rejected, this, [this] {
        statusBar()->showMessage(tr("已放弃导入“%1”").arg(QFileInfo(m_review->outcome().doc.path).fileName()),
                                 5000);
        leaveReview();
    });
    connect(m_tasks, &TasksPage::dataChanged, this, &MainWindow::showCounts); // the list's count
    connect(m_tasks, &TasksPage::queryChanged, this, [this] { m_kanban->setQuery(m_tasks->query()); });
    connect(m_kanban, &KanbanPage::openTask, this, &MainWindow::openTask);
    connect(m_units, &UnitsPage::showTasksOf, this, [this](const QString& unit) {
        showView(Tasks);
        m_tasks->filterByUnit(unit);
    });
    connect(m_gantt, &GanttPage::taskActivated, this, &MainWindow::openTask);
    connect(m_overdue, &OverduePage::showTasksOf, this, [this](const QString& unit) {
        showView(Tasks);
        m_tasks->filterByUnit(unit);
    });
    connect(m_overdue, &OverduePage::openTask, this, &MainWindow::openTask);
    connect(m_overdue, &OverduePage::settingsRequested, this, &MainWindow::editWarningSettings);
    // The one edit path: every write (and undo, redo) of every view reloads the views from here, and a
    // refused one or a cleared history says so here.
    connect(m_editor, &TaskEditor::changed, this, &MainWindow::onEdited);
    connect(m_editor, &TaskEditor::refused, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    connect(m_editor, &TaskEditor::historyCleared, this,
            [this](const QString& why) { statusBar()->showMessage(why, 8000); });

    restoreSettings();
    QString path = options.databasePath;
    if (path.isEmpty()) {
        path = QSettings().value(QString::fromLatin1(kLastKey)).toString();
        if (DatabaseLocation::isUrl(path)) // a server remembered without its password
            path = serverlogin::withRememberedPassword(path);
        // The last-used file is gone (moved, deleted, a disk not mounted): ask, never silently create
        // an empty database in its place.
        if (!path.isEmpty() && !DatabaseLocation::isUrl(path) && !QFileInfo::exists(path) &&
            path != defaultDatabasePath())
            path = askForMissingDatabase(path);
    }
    if (path.isEmpty() ||
        (!DatabaseLocation::isUrl(path) && !QFileInfo(QFileInfo(path).absolutePath()).exists()))
        path = defaultDatabasePath();
    QString error;
    if (!openDatabase(path, &error) && path != defaultDatabasePath()) {
        statusBar()->showMessage(error, 10000);
        openDatabase(defaultDatabasePath(), &error);
    }
    if (!repository())
        QTimer::singleShot(0, this,
                           [this, error] { QMessageBox::critical(this, tr("无法打开数据库"), error); });
    showView(Tasks);
    if (m_options.offerSamples)
        QTimer::singleShot(0, this, &MainWindow::maybeOfferSamples);
}

MainWindow::~MainWindow()
{
    m_job->cancel();
    m_job->waitForFinished();
    detach(m_tasks, m_kanban, m_units, m_gantt, m_overdue, m_reports);
    m_editor->setRepository(nullptr);
}

QString MainWindow::askForMissingDatabase(const QString& path)
{
    QMessageBox box(
        QMessageBox::Warning, tr("找不到上次使用的数据库"),
        tr("上次使用的数据库文件 %1 不存在，可能已被移动或删除，或所在的磁盘、网络位置未连接。\n\n"
           "在原位置新建的数据库是空的，不含原来的任务。")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("missingDatabaseBox"));
    QPushButton* other = box.addButton(tr("打开其他数据库…"), QMessageBox::ActionRole);
    other->setObjectName(QStringLiteral("missingOpenOther"));
    QPushButton* create = box.addButton(tr("在原位置新建空数据库"), QMessageBox::AcceptRole);
    create->setObjectName(QStringLiteral("missingCreate"));
    QPushButton* fallback = box.addButton(tr("使用默认数据库"), QMessageBox::RejectRole);
    fallback->setObjectName(QStringLiteral("missingDefault"));
    box.setDefaultButton(fallback);
    box.exec();
    if (box.clickedButton() == create)
        return path;
    if (box.clickedButton() == other) {
        const QString chosen =
            QFileDialog::getOpenFileName(this, tr("打开数据库"), QFileInfo(path).absolutePath(),
                                         tr("督办数据库 (*.sqlite *.db);;所有文件 (*)"));
        if (!chosen.isEmpty())
            return chosen;
    }
    return defaultDatabasePath();
}

QString MainWindow::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/duban.sqlite");
}

bool MainWindow::openDatabase(const QString& path, QString* error)
{
    const bool server = DatabaseLocation::isUrl(path);
    if (!server)
        QDir().mkpath(QFileInfo(path).absolutePath());
    QString why;
    std::unique_ptr<Repository> repo = StoreAccess::open(path, &why);
    if (!repo) {
        DatabaseLocation where; // a URL's password never reaches a message
        DatabaseLocation::parse(path, &where);
        const QString shown = server ? where.display() : QDir::toNativeSeparators(path);
        const QString message = tr("无法打开数据库 %1：%2").arg(shown, why);
        qWarning("%s", qPrintable(message));
        if (error)
            *error = message;
        return false;
    }
    detach(m_tasks, m_kanban, m_units, m_gantt, m_overdue, m_reports);
    m_reminders->setRepository(nullptr, {});
    m_editor->setRepository(std::move(repo));
    Repository* r = m_editor->repository();
    // A server is remembered by its URL without the password (Repository::path()).
    m_dbPath = server ? r->path() : QFileInfo(path).absoluteFilePath();
    m_tasks->setRepository(r);
    m_kanban->setQuery(m_tasks->query());
    m_kanban->setRepository(r);
    m_units->setRepository(r);
    m_gantt->setRepository(r);
    m_overdue->setRepository(r);
    m_reports->setRepository(r);
    m_counts.reset(); // the old database's figures are not this one's
    loadUnitNames();
    m_score->reload();
    m_reminders->setRepository(r, m_dbPath);

    QSettings s;
    s.setValue(QString::fromLatin1(kLastKey), m_dbPath);
    QStringList recent = s.value(QString::fromLatin1(kRecentKey)).toStringList();
    recent.removeAll(m_dbPath);
    recent.prepend(m_dbPath);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    s.setValue(QString::fromLatin1(kRecentKey), recent);
    updateRecentMenu();
    updateTitle();
    updateStatusCounts();
    return true;
}

void MainWindow::buildActions()
{
    QStyle* st = style();
    auto make = [this](const QString& text, const QKeySequence& key, const char* name) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setToolTip(QStringLiteral("%1 (%2)").arg(
                QString(text).remove(QStringLiteral("...")).remove(QStringLiteral("…")),
                key.toString(QKeySequence::NativeText)));
        }
        addAction(a); // shortcuts work whichever view has focus
        return a;
    };
    m_importAction = make(tr("导入文件…"), QKeySequence(tr("Ctrl+O")), "actionImport");
    m_importAction->setIcon(st->standardIcon(QStyle::SP_DialogOpenButton));
    m_importAction->setStatusTip(
        tr("导入 Word、WPS、OFD、PDF、Excel、文本文件或扫描件、照片，提取任务后审核"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importDialog);
    m_pasteAction = make(tr("粘贴文本导入…"), QKeySequence(tr("Ctrl+Shift+V")), "actionPaste");
    m_pasteAction->setIcon(st->standardIcon(QStyle::SP_FileDialogContentsView));
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::pasteDialog);

    m_undoAction = m_editor->undoStack()->createUndoAction(this, tr("撤销"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(st->standardIcon(QStyle::SP_ArrowBack));
    addAction(m_undoAction);
    m_redoAction = m_editor->undoStack()->createRedoAction(this, tr("重做"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    m_redoAction->setIcon(st->standardIcon(QStyle::SP_ArrowForward));
    addAction(m_redoAction);

    m_findAction = make(tr("搜索任务"), QKeySequence::Find, "actionFind");
    connect(m_findAction, &QAction::triggered, this, [this] {
        showView(Tasks);
        m_tasks->focusSearch();
    });
    m_progressAction = make(tr("记录进展…"), QKeySequence(tr("Ctrl+E")), "actionAddProgress");
    m_progressAction->setIcon(st->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_progressAction->setStatusTip(tr("为当前任务记录一条进展"));
    connect(m_progressAction, &QAction::triggered, this, [this] {
        showView(Tasks);
        m_tasks->addProgressToCurrent();
    });
    m_refreshAction = make(tr("刷新"), QKeySequence::Refresh, "actionRefresh");
    m_refreshAction->setIcon(st->standardIcon(QStyle::SP_BrowserReload));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::reloadViews);
    QAction* toTable = make(tr("转到任务列表"), QKeySequence(Qt::Key_F6), "actionFocusTable");
    connect(toTable, &QAction::triggered, this, [this] {
        showView(Tasks);
        m_tasks->focusTable();
    });
    m_warningSettingsAction = make(tr("预警设置…"), QKeySequence(tr("Ctrl+Alt+W")), "actionWarningSettings");
    m_warningSettingsAction->setStatusTip(tr("临期天数、序时进度容差与预警颜色（可选预设方案）"));
    connect(m_warningSettingsAction, &QAction::triggered, this, &MainWindow::editWarningSettings);

    const QString viewNames[ViewCount] = {tr("任务"), tr("看板"), tr("甘特图"), tr("逾期预警"),
                                          tr("报表"), tr("单位"), tr("考评")};
    const char* actionNames[ViewCount] = {"actionViewTasks",   "actionViewKanban",  "actionViewGantt",
                                          "actionViewOverdue", "actionViewReports", "actionViewUnits",
                                          "actionViewScore"};
    auto* group = new QActionGroup(this);
    for (int v = 0; v < ViewCount; ++v) {
        QAction* a = make(viewNames[v], QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + v)), actionNames[v]);
        a->setCheckable(true);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, v] {
            showView(View(v));
            if (v == Tasks)
                m_tasks->focusTable(); // not back into the last filter, where Down would change it
        });
        m_viewActions[v] = a;
    }
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("文件(&F)"));
    QAction* newDb = file->addAction(tr("新建数据库…"), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence(tr("Ctrl+Shift+N"))); // Ctrl+N is 新建任务, the daily one
    newDb->setObjectName(QStringLiteral("actionNewDatabase"));
    QAction* openDb = file->addAction(tr("打开数据库…"), this, &MainWindow::openDatabaseDialog);
    openDb->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    openDb->setObjectName(QStringLiteral("actionOpenDatabase"));
    QAction* server = file->addAction(tr("连接服务器…"), this, [this] { connectServerDialog(); });
    server->setObjectName(QStringLiteral("actionConnectServer"));
    m_recentMenu = file->addMenu(tr("最近的数据库"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    QAction* backup = file->addAction(tr("备份数据库…"), this, &MainWindow::backupDatabase);
    backup->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    backup->setObjectName(QStringLiteral("actionBackup"));
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_pasteAction);
    file->addAction(m_tasks->taskActions().first()); // 新建任务
    file->addAction(tr("导入示例文件"), this, &MainWindow::importSamples)
        ->setObjectName(QStringLiteral("actionImportSamples"));
    file->addSeparator();
    QAction* exportFeedback = file->addAction(tr("导出单位反馈表…"), this, [this] { feedbackDialog(0); });
    exportFeedback->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    exportFeedback->setObjectName(QStringLiteral("actionExportFeedback"));
    QAction* importFeedback = file->addAction(tr("导入单位反馈表…"), this, [this] { feedbackDialog(1); });
    importFeedback->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    importFeedback->setObjectName(QStringLiteral("actionImportFeedback"));
    // The Reports page offers the same two actions beside the report and the ledger.
    for (QAction* a : {exportFeedback, importFeedback}) {
        auto* b = new QToolButton(m_reports->feedbackArea());
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        m_reports->feedbackArea()->layout()->addWidget(b);
    }
    file->addSeparator();
    QAction* quit = file->addAction(tr("退出"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("编辑(&E)"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_progressAction);
    edit->addSeparator();
    for (QAction* a : m_tasks->taskActions().mid(1)) // 撤销任务, 删除任务 (新建 is in the File menu)
        edit->addAction(a);
    edit->addSeparator();
    for (QAction* a : m_tasks->bulkActions())
        edit->addAction(a);
    edit->addSeparator();
    edit->addAction(m_warningSettingsAction);

    // 督办 steps on the current task: window-wide keys, whichever view has focus.
    QMenu* workflow = menuBar()->addMenu(tr("督办(&D)"));
    workflow->setObjectName(QStringLiteral("workflowMenu"));
    for (QAction* a : m_tasks->detail()->workflow()->stepActions()) {
        if (a->objectName() == QLatin1String("actionExtendRequest") ||
            a->objectName() == QLatin1String("actionSuspend"))
            workflow->addSeparator();
        workflow->addAction(a);
        addAction(a);
    }
    connect(m_tasks->detail()->workflow(), &WorkflowPanel::chaseRequested, this,
            &MainWindow::chaseNoticeDialog);

    QMenu* view = menuBar()->addMenu(tr("视图(&V)"));
    for (QAction* a : m_viewActions)
        view->addAction(a);
    view->addSeparator();
    view->addAction(m_refreshAction);
    view->addAction(m_tasks->detailToggleAction());

    QMenu* lang = view->addMenu(tr("界面语言"));
    lang->setObjectName(QStringLiteral("languageMenu"));
    auto* langGroup = new QActionGroup(this);
    const QString current = languageSetting();
    const QPair<QString, QString> langs[] = {{QString(), tr("跟随系统")},
                                             {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
                                             {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto& [code, label] : langs) {
        QAction* a = lang->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == current);
        langGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }

    QMenu* help = menuBar()->addMenu(tr("帮助(&H)"));
    help->addAction(tr("快捷键一览"), this, [this] {
        QMessageBox::information(
            this, tr("快捷键一览"),
            tr("Ctrl+O 导入文件　Ctrl+Shift+V 粘贴文本导入　Ctrl+N 新建任务\n"
               "Ctrl+F 搜索（↓ 或 Enter 转到结果）　F6 转到任务列表　F5 刷新　Ctrl+E 记录进展（Ctrl+Enter "
               "保存）\n"
               "Ctrl+1…7 切换视图（任务、看板、甘特图、逾期预警、报表、单位、考评）\n"
               "Ctrl+Z 撤销　Ctrl+Shift+Z 重做\n"
               "Ctrl+Shift+T 批量设置状态　Ctrl+Shift+U 批量设置牵头单位　F9 详情面板\n"
               "Ctrl+Shift+N 新建数据库　Ctrl+Shift+O 打开数据库　Ctrl+Shift+B 备份\n"
               "Ctrl+Shift+E 导出单位反馈表　Ctrl+Shift+I 导入单位反馈表　Ctrl+Alt+W 预警设置\n"
               "督办：Ctrl+Alt+J 交办　Ctrl+Alt+Q 签收　Ctrl+Alt+C 催办单　Ctrl+Alt+Y 延期申请　Ctrl+Alt+P "
               "审批延期\n"
               "　　　Ctrl+Alt+B 办结申请　Ctrl+Alt+F 复核　Ctrl+Alt+X 销号　Ctrl+Alt+H 暂缓　Ctrl+Alt+G "
               "恢复\n"
               "审核时：Delete 剔除所选任务，F2 编辑单元格\n"
               "日期：可输入 2024-06-30、2024/6/30、20240630 或 2024年6月30日，Alt+↓ 打开日历\n"
               "看板：方向键选择卡片，Ctrl+Shift+←/→ 改变状态，Enter 打开任务\n"
               "甘特图：Ctrl+滚轮或 Ctrl++ / Ctrl+- 缩放，Shift+滚轮左右滚动，Ctrl+T 今天，Ctrl+P 打印\n"
               "报表：Ctrl+P 打印预览　Ctrl+Shift+P 打印　Ctrl+Shift+S 另存为 PDF　Ctrl+Shift+L 导出台账"));
    });
    help->addAction(tr("关于督办"), this, [this] {
        QMessageBox::about(this, tr("关于督办"),
                           tr("<b>督办</b> %1<br>政府督查督办任务跟踪：导入文件、提取任务、跟踪进展。")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar* tb = addToolBar(tr("工具栏"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->addAction(m_importAction);
    tb->addAction(m_pasteAction);
    tb->addSeparator();
    tb->addAction(m_undoAction);
    tb->addAction(m_redoAction);
    tb->addSeparator();
    tb->addAction(m_progressAction);
    tb->addAction(m_refreshAction);
}

void MainWindow::buildNavigation()
{
    QStyle* st = style();
    const QStyle::StandardPixmap icons[ViewCount] = {
        QStyle::SP_FileDialogListView, QStyle::SP_FileDialogDetailedView,
        QStyle::SP_FileDialogInfoView, QStyle::SP_MessageBoxWarning,
        QStyle::SP_FileIcon,           QStyle::SP_DirHomeIcon,
        QStyle::SP_DialogApplyButton};
    int widest = 0;
    for (int v = 0; v < ViewCount; ++v) {
        auto* item = new QListWidgetItem(st->standardIcon(icons[v]), m_viewActions[v]->text(), ui->navList);
        item->setToolTip(m_viewActions[v]->toolTip());
        item->setSizeHint(QSize(0, fontMetrics().height() + 18));
        widest = std::max(widest, fontMetrics().horizontalAdvance(item->text()));
    }
    ui->navList->setFixedWidth(widest + 24 + 48);
    connect(ui->navList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < ViewCount)
            showView(View(row));
    });
}

void MainWindow::showView(View v)
{
    if (ui->viewStack->currentWidget() == m_review && m_review->model()->rowCount() > 0 &&
        m_pending.isEmpty()) {
        // A review in progress stays reachable: leaving it only hides it until accepted or rejected.
        statusBar()->showMessage(tr("审核尚未完成，可随时通过“文件 › 导入”返回"), 4000);
    }
    m_lastView = v;
    ui->viewStack->setCurrentWidget(m_viewPages[v]);
    const QSignalBlocker block(ui->navList);
    ui->navList->setCurrentRow(v);
    m_viewActions[v]->setChecked(true);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 840);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    // Column widths fit the language's labels ("Not started" is wider than 未开始): kept per language.
    m_tasks->restoreState(s.value(QStringLiteral("tasks/state/") + effectiveLanguage()).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_job->isRunning())
        m_job->cancel();
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("tasks/state/") + effectiveLanguage(), m_tasks->saveState());
    event->accept();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QString::fromLatin1(kRecentKey)).toStringList();
    int n = 0;
    for (const QString& path : recent) {
        QAction* a =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(++n).arg(QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path] {
            if (DatabaseLocation::isUrl(path)) // its password is in the keyring, or asked for
                return connectServerDialog(path);
            QString error;
            if (!openDatabase(path, &error))
                QMessageBox::warning(this, tr("无法打开数据库"), error);
        });
    }
    m_recentMenu->setEnabled(n > 0);
}

void MainWindow::updateTitle()
{
    // The platform adds " — 督办" (the application display name) itself.
    DatabaseLocation where;
    DatabaseLocation::parse(m_dbPath, &where);
    setWindowTitle(where.server ? where.database : QFileInfo(m_dbPath).fileName());
    m_dbLabel->setText(QDir::toNativeSeparators(m_dbPath));
}

void MainWindow::updateStatusCounts()
{
    if (!repository()) {
        m_countsLoad->cancel();
        m_counts.reset();
        m_countsLabel->clear();
        return;
    }
    m_countsLoad->start<StoreAccess::Counts>(
        repository(), [](Repository& repo) { return StoreAccess::counts(repo); },
        [this](StoreAccess::Counts c) {
            m_counts = c;
            showCounts();
        });
}

void MainWindow::showCounts()
{
    if (!repository() || !m_counts) {
        m_countsLabel->clear();
        return;
    }
    const StoreAccess::Counts& c = *m_counts;
    m_countsLabel->setText(tr("共 %1 项任务　逾期 %2　即将到期 %3　已办结 %4　当前列表 %5 项")
                               .arg(c.total)
                               .arg(c.overdue)
                               .arg(c.dueSoon)
                               .arg(c.done)
                               .arg(m_tasks->filteredCount()));
}

// The unit feedback sheet round trip (src/gui/feedback/feedbackdialog.*); the import goes through the
// editor, which clears the history and reloads the views.
void MainWindow::feedbackDialog(int tab)
{
    if (!repository())
        return;
    FeedbackDialog dialog(*m_editor, FeedbackDialog::Tab(tab), this);
    dialog.exec();
}

void MainWindow::chaseNoticeDialog(qint64 taskId)
{
    if (!repository() || taskId <= 0)
        return;
    ChaseNoticeDialog dialog(m_editor, taskId, this);
    dialog.exec();
    if (!dialog.lastMessage().isEmpty())
        statusBar()->showMessage(dialog.lastMessage(), 8000);
}

void MainWindow::onEdited(EditScopes what, const QList<qint64>& ids)
{
    m_score->reload();
    if (what == EditScopes(EditScope::Scores))
        return; // a published ranking changes no task
    if ((what & EditScope::Units) || ((what & EditScope::Tasks) && ids.isEmpty())) {
        reloadViews(); // tasks came or went, or units changed: the filter choices too
        m_tasks->detail()->reload();
        return;
    }
    if (ids.isEmpty()) {
        m_tasks->refresh();
        m_kanban->invalidate();
        m_gantt->reload();
        m_overdue->reload();
    } else { // another desk's write: only what it named is read again, in place
        const bool cameOrWent = what & EditScope::Tasks; // added or deleted there: the filter choices too
        m_tasks->refreshTasks(ids, cameOrWent);          // the rows on screen, the detail if it shows one
        m_kanban->refreshTasks(ids);
        m_gantt->refreshTasks(ids);
        m_overdue->refreshTasks();
        if (cameOrWent) {
            m_reports->reload();
            loadUnitNames();
        }
    }
    m_units->reload(); // task counts
    updateStatusCounts();
}

void MainWindow::reloadViews()
{
    m_tasks->reload();
    m_kanban->invalidate();
    m_units->reload();
    m_gantt->reload();
    m_overdue->reload();
    m_reports->reload();
    m_score->reload();
    loadUnitNames();
    updateStatusCounts();
}

void MainWindow::loadUnitNames()
{
    if (!repository()) {
        m_unitNamesLoad->cancel();
        return;
    }
    m_unitNamesLoad->start<QStringList>(
        repository(), [](Repository& repo) { return StoreAccess::unitNames(repo); },
        [this](QStringList names) { m_review->setUnitNames(names); });
}

void MainWindow::editWarningSettings()
{
    WarningSettingsDialog dialog(WarningPalette::current(), this);
    if (dialog.exec() == QDialog::Accepted)
        applyWarningPalette(dialog.palette());
}

void MainWindow::applyWarningPalette(const WarningPalette& p)
{
    if (p == WarningPalette::current())
        return;
    WarningPalette::setCurrent(p);
    reloadViews();
    statusBar()->showMessage(tr("预警设置已更新：%1 天内到期为临期").arg(p.rules.dueSoonDays), 5000);
}

void MainWindow::openTask(qint64 id)
{
    showView(Tasks);
    m_tasks->showTask(id);
}

bool MainWindow::offerTextRecognition(const ImportOutcome&)
{
    // Hook for text recognition (OCR) of a file without a text layer: returns true once it has started
    // recognising the file (the text then comes back through importText). Not available in this build.
    return false;
}

void MainWindow::explainEmptyExtraction(const ImportOutcome& outcome)
{
    const EmptyExtraction e = describeEmptyExtraction(outcome);
    QMessageBox box(QMessageBox::Information, tr("没有找到任务"), e.message, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("emptyExtractionBox"));
    QPushButton* ocr = nullptr;
    if (e.noTextLayer) {
        ocr = box.addButton(tr("文字识别（OCR）…"), QMessageBox::ActionRole);
        ocr->setObjectName(QStringLiteral("emptyExtractionOcr"));
        ocr->setEnabled(false);
        ocr->setToolTip(tr("本版本尚不能识别图片中的文字：可先用扫描软件转成文字，再导入或粘贴"));
    }
    QPushButton* byHand = box.addButton(e.characters > 0 ? tr("对照正文新建任务…") : tr("手工新建任务…"),
                                        QMessageBox::ActionRole);
    byHand->setObjectName(QStringLiteral("emptyExtractionNewTask"));
    box.addButton(tr("关闭"), QMessageBox::RejectRole);
    box.exec();
    if (ocr && box.clickedButton() == ocr && offerTextRecognition(outcome))
        return;
    if (box.clickedButton() == byHand) {
        showView(Tasks);
        m_tasks->newTask(outcome.doc.lines.join(u'\n').trimmed().left(4000));
    }
}

void MainWindow::maybeOfferSamples()
{
    if (!repository() || StoreAccess::counts(*repository()).total > 0)
        return;
    QSettings s;
    if (s.value(QStringLiteral("firstRun/samplesOffered")).toBool())
        return;
    s.setValue(QStringLiteral("firstRun/samplesOffered"), true);
    const auto answer =
        QMessageBox::question(this, tr("欢迎使用督办"),
                              tr("数据库还是空的。要导入随程序附带的 %1 "
                                 "期驻马店市政府公报（其中收录多份文件），看看督办如何提取和跟踪任务吗？")
                                  .arg(QDir(QStringLiteral(":/samples")).entryList(QDir::Files).size()),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        importSamples();
}

void MainWindow::importSamples()
{
    const QDir samples(QStringLiteral(":/samples"));
    for (const QString& name : samples.entryList(QDir::Files, QDir::Name)) {
        QFile f(samples.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            importText(QString::fromUtf8(f.readAll()), name);
    }
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("新建数据库"), QFileInfo(m_dbPath).absolutePath(), tr("督办数据库 (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("新建数据库"),
                             tr("文件 %1 已存在。请换一个名字，或用“打开数据库”打开它。").arg(path));
        return;
    }
    QString error;
    if (!openDatabase(path, &error))
        QMessageBox::warning(this, tr("新建数据库"), error);
}

void MainWindow::connectServerDialog(const QString& url)
{
    ConnectServerDialog dialog([this](const QString& u, QString* error) { return openDatabase(u, error); },
                               this);
    if (!url.isEmpty())
        dialog.setServer(url);
    if (dialog.exec() == QDialog::Accepted && !dialog.notice().isEmpty())
        statusBar()->showMessage(dialog.notice(), 15000);
}

void MainWindow::openDatabaseDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("打开数据库"), QFileInfo(m_dbPath).absolutePath(),
                                     tr("督办数据库 (*.sqlite *.db);;所有文件 (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openDatabase(path, &error))
        QMessageBox::warning(this, tr("打开数据库"), error);
}

void MainWindow::backupDatabase()
{
    if (!repository())
        return;
    const QString suggested = QFileInfo(m_dbPath).absolutePath() + QStringLiteral("/duban-backup-") +
                              QDate::currentDate().toString(QStringLiteral("yyyyMMdd")) +
                              QStringLiteral(".sqlite");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("备份数据库"), suggested, tr("督办数据库 (*.sqlite)"));
    if (path.isEmpty())
        return;
    QString error;
    if (StoreAccess::backup(*repository(), path, &error))
        statusBar()->showMessage(tr("已备份到 %1").arg(QDir::toNativeSeparators(path)), 8000);
    else
        QMessageBox::warning(this, tr("备份数据库"), tr("备份失败：%1").arg(error));
}

void MainWindow::importDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("导入文件"), QSettings().value(QStringLiteral("import/lastDir")).toString(),
        ImportFormats::dialogFilter());
    if (paths.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastDir"), QFileInfo(paths.first()).absolutePath());
    importFiles(paths);
}

void MainWindow::pasteDialog()
{
    // A real editor, sized for a page of a directive and wrapping its lines (QInputDialog's is tiny).
    QDialog dlg(this);
    dlg.setObjectName(QStringLiteral("pasteDialog"));
    dlg.setWindowTitle(tr("粘贴文本导入"));
    auto* layout = new QVBoxLayout(&dlg);
    auto* label = new QLabel(tr("把文件正文粘贴到下面（Ctrl+V），督办会从中提取任务："), &dlg);
    auto* edit = new QPlainTextEdit(&dlg);
    edit->setObjectName(QStringLiteral("pasteText"));
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setTabChangesFocus(true);
    label->setBuddy(edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("提取任务"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(edit, 1);
    layout->addWidget(buttons);
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1024, 700);
    dlg.resize(std::min(760, screen.width() - 40), std::min(560, screen.height() - 60));
    edit->setFocus();
    if (dlg.exec() == QDialog::Accepted && !edit->toPlainText().trimmed().isEmpty())
        importText(edit->toPlainText(), tr("粘贴文本"));
}

void MainWindow::importFiles(const QStringList& paths)
{
    for (const QString& p : paths)
        m_pending.append({p, QString(), QString()});
    if (!m_job->isRunning() && ui->viewStack->currentWidget() != m_review)
        startNextImport();
}

void MainWindow::importText(const QString& text, const QString& name)
{
    m_pending.append({QString(), text, name});
    if (!m_job->isRunning() && ui->viewStack->currentWidget() != m_review)
        startNextImport();
}

void MainWindow::startNextImport()
{
    if (m_pending.isEmpty())
        return;
    const Pending next = m_pending.takeFirst();
    const QString label = next.path.isEmpty() ? next.name : QFileInfo(next.path).fileName();
    if (!m_progress) {
        m_progress = new QProgressDialog(this);
        m_progress->setObjectName(QStringLiteral("importProgress"));
        m_progress->setWindowTitle(tr("正在提取任务"));
        m_progress->setCancelButtonText(tr("取消"));
        m_progress->setMinimumDuration(400); // small files finish before it would flash up
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, m_job, &ImportJob::cancel);
    }
    m_progress->setLabelText(tr("正在读取并提取“%1”…").arg(label));
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    if (next.path.isEmpty())
        m_job->startText(next.text, next.name);
    else
        m_job->startFile(next.path);
    statusBar()->showMessage(tr("正在提取“%1”…").arg(label));
}

void MainWindow::onExtracted(const ImportOutcome& outcome)
{
    if (m_progress) {
        m_progress->reset();
        m_progress->hide();
    }
    statusBar()->clearMessage();
    const QString name = QFileInfo(outcome.doc.path).fileName();
    if (outcome.canceled) {
        statusBar()->showMessage(tr("已取消导入"), 5000);
        m_pending.clear();
        return;
    }
    if (!outcome.error.isEmpty()) {
        QMessageBox::warning(this, tr("导入失败"), outcome.error);
        startNextImport();
        return;
    }
    if (outcome.result.tasks.isEmpty()) {
        explainEmptyExtraction(outcome);
        startNextImport();
        return;
    }
    if (repository()) {
        const StoreAccess::Preview preview = StoreAccess::preview(*repository(), outcome);
        if (preview.alreadyImported) {
            statusBar()->showMessage(tr("“%1”已导入过，内容没有变化").arg(name), 8000);
            startNextImport();
            return;
        }
        m_review->setOutcome(outcome);
        if (preview.isChange)
            m_review->setDiff(preview.kinds, preview.removedTitles);
    } else {
        m_review->setOutcome(outcome);
    }
    ui->viewStack->setCurrentWidget(m_review);
    {
        const QSignalBlocker block(ui->navList);
        ui->navList->clearSelection();
        ui->navList->setCurrentRow(-1);
    }
    setWindowTitle(tr("督办 — 审核 %1").arg(name));
}

void MainWindow::onReviewAccepted(const QList<TaskDraft>& drafts)
{
    if (!repository())
        return;
    // Not undoable: the editor clears the history and reloads the views; a refusal is announced by it.
    const int stored = m_editor->importDirective(m_review->outcome(), drafts);
    if (stored < 0)
        return;
    statusBar()->showMessage(tr("已导入 %1 项任务").arg(stored), 8000);
    leaveReview();
}

void MainWindow::leaveReview()
{
    m_review->setOutcome({});
    updateTitle();
    showView(m_lastView);
    startNextImport();
}

QStringList MainWindow::importableFiles(const QList<QUrl>& urls)
{
    return ImportFormats::importable(urls);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && !importableFiles(event->mimeData()->urls()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = importableFiles(event->mimeData()->urls());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(files);
}

void MainWindow::chooseLanguage(const QString& code)
{
    setLanguageSetting(code);
    QMessageBox::information(
        this, tr("界面语言"),
        tr("界面语言将在重新启动督办后切换。\nThe language changes when Duban is restarted."));
}

bool MainWindow::saveScreenshots(const QString& dir)
{
    QDir().mkpath(dir);
    resize(1600, 960);
    bool ok = true;
    // The views read off the GUI thread: a shot waits until their rows have landed.
    auto settle = [] {
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        QDeadlineTimer patience(30000);
        while (BackgroundLoad::anyBusy() && !patience.hasExpired()) {
            QApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(10);
        }
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
    };
    auto shoot = [&](const QString& name) {
        settle();
        QPixmap shot = grab();
        if (BackgroundLoad::anyBusy()) { // painting asked for rows not held yet (the table's pages)
            settle();
            shot = grab();
        }
        ok = shot.save(dir + u'/' + name + QStringLiteral(".png")) && ok;
    };
    const char* names[ViewCount] = {"tasks", "kanban", "gantt", "overdue", "reports", "units", "score"};
    settle();
    m_tasks->selectFirstRow();
    // The views without the reminder strip; then the strip itself, over the overdue view.
    const bool banner = m_banner->isVisible();
    m_banner->hide();
    for (int v = 0; v < ViewCount; ++v) {
        showView(View(v));
        shoot(QString::fromLatin1(names[v]));
    }
    if (!m_reminders->current().isEmpty()) {
        m_banner->showReminders(m_reminders->current());
        showView(Overdue);
        shoot(QStringLiteral("reminders"));
    }
    m_banner->setVisible(banner);
    {
        // The warning settings, as a dialog of its own.
        WarningSettingsDialog dialog(WarningPalette::current(), this);
        dialog.adjustSize();
        dialog.show();
        settle();
        ok = dialog.grab().save(dir + QStringLiteral("/warning-settings.png")) && ok;
    }
    {
        // 连接服务器, filled in as for the README's local server; it opens nothing here.
        ConnectServerDialog dialog([](const QString&, QString*) { return false; }, this);
        dialog.setServer(QStringLiteral("postgresql://duchashi@/duban?host=/tmp/duban-pg"));
        dialog.adjustSize();
        dialog.show();
        settle();
        ok = dialog.grab().save(dir + QStringLiteral("/connect-server.png")) && ok;
    }
    // The task detail's progress log.
    showView(Tasks);
    if (auto* tabs = m_tasks->findChild<QTabWidget*>(QStringLiteral("detailTabs"))) {
        tabs->setCurrentIndex(1);
        shoot(QStringLiteral("task-progress"));
        // The 督办 timeline of the same task.
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->findChild<QWidget*>(QStringLiteral("workflowPanel")) ||
                tabs->widget(i)->objectName() == QLatin1String("workflowPanel")) {
                tabs->setCurrentIndex(i);
                shoot(QStringLiteral("task-workflow"));
            }
        tabs->setCurrentIndex(0);
    }
    // The review screen on the first shipped sample, shown directly (it may be imported already);
    // nothing is written, and the review is dropped afterwards.
    QFile sample(QStringLiteral(":/samples/001_b627dadf859ee7b6.txt"));
    if (sample.open(QIODevice::ReadOnly)) {
        ImportOutcome out;
        out.doc = DocumentReader::fromText(QString::fromUtf8(sample.readAll()),
                                           QStringLiteral("001_b627dadf859ee7b6.txt"));
        out.result = Extractor().extract(out.doc);
        m_review->setOutcome(out);
        ui->viewStack->setCurrentWidget(m_review);
        m_review->selectRow(std::min(4, m_review->model()->rowCount() - 1));
        shoot(QStringLiteral("review"));
        m_review->setOutcome({});
        showView(Tasks);
    }
    return ok;
}

} // namespace duban
