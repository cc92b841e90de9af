#pragma once

#include "store/taskrecord.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QStringList>

class QSystemTrayIcon;
class QTimer;

namespace duban {

class BackgroundLoad;
class Repository;

// 临近提醒: when a database opens and again each new day while the app runs, the open tasks overdue and
// due within the palette's due-soon window. "New" ones — not shown before for this database — go to the
// banner and, where the desktop has one, the tray; what was shown is remembered in QSettings per database,
// so the same list does not come back at every start.
class Reminders : public QObject
{
    Q_OBJECT
public:
    explicit Reminders(QObject* parent = nullptr);
    ~Reminders() override;

    // Checks at once (nullptr stops), through the loader when there is one. dbPath names the database in
    // the settings.
    void setRepository(Repository* repo, const QString& dbPath);
    // The checks of a newly opened database and of a new day read off the GUI thread (not owned).
    void setLoader(BackgroundLoad* loader) { m_loader = loader; }
    // Reads the list for today; announces the new ones (newReminders) and remembers them as shown.
    // Returns the new ones.
    QList<TaskRecord> check();
    QList<TaskRecord> current() const { return m_current; }

    // A task is new again when it turns from due soon to overdue or its deadline moves.
    static QString keyOf(const TaskRecord& t);
    static QString settingsKey(const QString& dbPath);
    // "新增逾期 2 项、临期 1 项：…" over the first few titles; empty for an empty list.
    static QString summary(const QList<TaskRecord>& fresh, int maxTitles = 5);

    QSystemTrayIcon* tray() const { return m_tray; } // nullptr where the desktop has no tray

signals:
    void newReminders(const QList<TaskRecord>& fresh);
    void trayClicked();

private:
    void checkIfNewDay();
    void checkInWorker();
    QList<TaskRecord> announce(QList<TaskRecord> current); // the new ones of today's list

    Repository* m_repo = nullptr;
    BackgroundLoad* m_loader = nullptr;
    QString m_dbPath;
    QDate m_checkedOn;
    QList<TaskRecord> m_current;
    QTimer* m_timer;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace duban
