#pragma once

#include "core/taskdraft.h"
#include "gui/edit/taskeditor.h"
#include "gui/import/importjob.h"
#include "gui/storeaccess.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QProgressDialog;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace duban {

class BackgroundLoad;
class GanttPage;
class KanbanPage;
struct WarningPalette;
class OverduePage;
class ReminderBanner;
class Reminders;
class Repository;
class ScorePage;
class ReportsPage;
class ReviewPage;
class TasksPage;
class UnitsPage;

// The application window: navigation between views, menus and shortcuts, import-and-review, and the
// database it works on (remembered with the window state in QSettings).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath;     // empty: the last one used, else the default under AppDataLocation
        bool offerSamples = true; // on an empty database, offer to import the shipped samples
    };
    // Views in navigation order; Ctrl+1..7 follow it.
    enum View { Tasks, Kanban, Gantt, Overdue, Reports, Units, Score, ViewCount };

    explicit MainWindow(const Options& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    static QString defaultDatabasePath();
    // The last-used database is gone: asks whether to create it again, open another or use the default.
    QString askForMissingDatabase(const QString& path);
    bool openDatabase(const QString& path, QString* error = nullptr);
    QString databasePath() const { return m_dbPath; }
    Repository* repository() const { return m_editor->repository(); }
    // Every write of every view goes through it; the views reload from its changed() signal.
    TaskEditor* editor() const { return m_editor; }
    QUndoStack* undoStack() const { return m_editor->undoStack(); }

    void showView(View v);
    // Queues files for import; each is extracted in the background, then reviewed.
    void importFiles(const QStringList& paths);
    void importText(const QString& text, const QString& name);
    void importSamples();
    ImportJob* importJob() const { return m_job; }
    ReviewPage* reviewPage() const { return m_review; }
    TasksPage* tasksPage() const { return m_tasks; }
    KanbanPage* kanbanPage() const { return m_kanban; }
    UnitsPage* unitsPage() const { return m_units; }
    GanttPage* ganttPage() const { return m_gantt; }
    OverduePage* overduePage() const { return m_overdue; }
    // 预警设置: the dialog, then every view repaints with the new palette.
    void editWarningSettings();
    void applyWarningPalette(const WarningPalette& p);
    // Shows one task in the task view (from the overdue list, or any other view).
    void openTask(qint64 id);
    // 催办: the numbered notice for a unit of the task, recorded as sent when saved or printed.
    void chaseNoticeDialog(qint64 taskId);
    ReportsPage* reportsPage() const { return m_reports; }
    ScorePage* scorePage() const { return m_score; }
    Reminders* reminders() const { return m_reminders; }
    ReminderBanner* reminderBanner() const { return m_banner; }

    // Grabs every view into DIR/*.png (docs); returns false if any image could not be written.
    bool saveScreenshots(const QString& dir);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    void buildNavigation();
    void restoreSettings();
    void updateRecentMenu();
    void updateStatusCounts(); // reads the figures off the GUI thread, then showCounts()
    void showCounts();         // the figures last read, with the task list's own count
    void loadUnitNames();      // the review screen's unit choices, off the GUI thread
    void updateTitle();
    void reloadViews();
    // One reload of each view per write; ids: the tasks another desk changed (only their rows reload).
    void onEdited(EditScopes what, const QList<qint64>& ids = {});
    void maybeOfferSamples();

    void newDatabase();
    void openDatabaseDialog();
    void connectServerDialog(const QString& url = {}); // 连接服务器…, filled in from a recent server's URL
    void backupDatabase();
    void importDialog();
    void pasteDialog();
    void startNextImport();
    void onExtracted(const ImportOutcome& outcome);
    // No task found: says what was read (no text layer / no clause) and offers OCR or tasks by hand.
    void explainEmptyExtraction(const ImportOutcome& outcome);
    // Text recognition for a file without a text layer; false while this build has none (the OCR hook).
    bool offerTextRecognition(const ImportOutcome& outcome);
    void onReviewAccepted(const QList<TaskDraft>& drafts);
    void leaveReview();
    void chooseLanguage(const QString& code);
    void feedbackDialog(int tab); // 0 export, 1 import

    static QStringList importableFiles(const QList<QUrl>& urls);

    std::unique_ptr<Ui::MainWindow> ui;
    Options m_options;
    TaskEditor* m_editor;
    QString m_dbPath;
    ImportJob* m_job;
    QPointer<QProgressDialog> m_progress;
    QStringList m_importQueue;
    struct Pending
    {
        QString path;
        QString text;
        QString name;
    };
    QList<Pending> m_pending;

    ReviewPage* m_review = nullptr;
    TasksPage* m_tasks = nullptr;
    KanbanPage* m_kanban = nullptr;
    UnitsPage* m_units = nullptr;
    GanttPage* m_gantt = nullptr;
    OverduePage* m_overdue = nullptr;
    ReportsPage* m_reports = nullptr;
    ScorePage* m_score = nullptr;
    Reminders* m_reminders = nullptr;
    ReminderBanner* m_banner = nullptr;
    QWidget* m_viewPages[ViewCount] = {};
    View m_lastView = Tasks;

    QLabel* m_countsLabel = nullptr;
    BackgroundLoad* m_countsLoad = nullptr;
    BackgroundLoad* m_unitNamesLoad = nullptr;
    std::optional<StoreAccess::Counts> m_counts; // none until the first read lands
    QLabel* m_dbLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_pasteAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_progressAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_warningSettingsAction = nullptr;
    QAction* m_viewActions[ViewCount] = {};
};

} // namespace duban
