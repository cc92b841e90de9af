#pragma once

// Live views (issue 13 item 5): what other desks wrote to a shared server, as the task ids it names.
// PostgreSQL announces every write to a task, its units, progress or events on the channel duban_tasks
// (db/migrations/postgresql/0008_notify.sql); this object listens on the repository's connection and passes
// on what others wrote. Our own writes are left out: the editor that made them already said so.
// On an SQLite file it never emits.
#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <functional>

class QTimer;

namespace duban {

class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(QObject* parent = nullptr);

    // Listens on `driver` (nullptr: nothing to listen to); again after a reconnect, which forgets it.
    bool listen(QSqlDriver* driver);
    bool listening() const { return m_driver != nullptr; }

    // One payload of the channel: "t:" or "f:", then ids or "*". Public for tests of the format.
    void take(const QString& payload);

    // A desk that only watches never writes, so nothing would notice its connection drop and its views
    // would stop following the others: `ping` runs every intervalMs (a cheap statement, which reconnects
    // after a drop). Not while nothing listens.
    void watch(std::function<void()> ping, int intervalMs);
    void setWatchInterval(int intervalMs);
    // The connection was opened again: what others wrote meanwhile was never announced, so the views
    // read everything once.
    void missedSome();

signals:
    // Tasks other desks changed, a few ms after they committed (notifications of one burst merged).
    // ids empty: more than a notification can name, read everything again. tasksAddedOrRemoved: the
    // filter choices may have changed too.
    void tasksChanged(const QList<qint64>& ids, bool tasksAddedOrRemoved);

private:
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void flush();

    QSqlDriver* m_driver = nullptr;
    QTimer* m_batch;
    QTimer* m_watch;
    std::function<void()> m_ping;
    QSet<qint64> m_ids;
    bool m_all = false;
    bool m_addedOrRemoved = false;
};

} // namespace duban
