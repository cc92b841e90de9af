#pragma once

#include "store/repository.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <memory>
#include <optional>

class QProgressBar;
class QThreadPool;
class QTimer;
class QWidget;

namespace duban {

// A page's reads off the GUI thread, so that a slow server never freezes the window (issue 13 item 6).
// Each job opens its own read-only connection to the page's database in a worker (Qt's SQL connections
// are per thread), runs the same store query there and hands the result back to the GUI thread. A newer
// start() supersedes an older one: the older result is dropped. While the newest job runs, a busy bar
// shows at the page's top right. Writes stay on the GUI thread, through TaskEditor.
class BackgroundLoad : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundLoad(QWidget* page);
    ~BackgroundLoad() override;

    // `work` runs on the worker's connection and must capture values only (the page may be gone when it
    // ends); `done` runs on the GUI thread with its result, unless a newer start() or cancel() came first.
    // Without a second connection (an in-memory database) or when switched inline, both run at once here.
    template <class T>
    void start(Repository* repo, std::function<T(Repository&)> work, std::function<void(T)> done)
    {
        launch<T>(repo, std::move(work), std::move(done), true);
    }
    // A read beside the others (a page of rows as the view scrolls): no start() or add() drops it, only
    // cancel(). The caller tells whether its result still fits what it shows.
    template <class T>
    void add(Repository* repo, std::function<T(Repository&)> work, std::function<void(T)> done)
    {
        launch<T>(repo, std::move(work), std::move(done), false);
    }

    // Drops whatever is in flight (the page's repository is going away).
    void cancel();
    bool isBusy() const { return m_busy; }
    QProgressBar* indicator() const { return m_bar; }

    // Tests: every load runs at once on the calling thread (views checked right after their reload), and a
    // delay each worker waits before its query (a slow link).
    static void setInline(bool on);
    static bool isInline() { return s_inline; }
    static void setDelayForTests(int ms);
    // Whether any page still waits on a read: what looks at a view right after it loads (the window's
    // screenshots) waits until none does.
    static bool anyBusy() { return s_busyCount > 0; }

signals:
    void busyChanged(bool busy);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    template <class T>
    void launch(Repository* repo, std::function<T(Repository&)> work, std::function<void(T)> done,
                bool supersedes)
    {
        const quint64 generation = supersedes ? ++m_generation : m_generation;
        const quint64 epoch = m_epoch;
        if (!repo) {
            if (supersedes)
                m_latestPending = false;
            updateBusy();
            return;
        }
        auto opener = s_inline ? nullptr : repo->readerOpener();
        if (!opener) {
            if (supersedes)
                m_latestPending = false;
            updateBusy();
            done(work(*repo));
            return;
        }
        m_repo = repo;
        auto* watcher = new QFutureWatcher<std::optional<T>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, watcher, generation, epoch, supersedes, work, done] {
                    watcher->deleteLater();
                    if (epoch != m_epoch)
                        return; // cancelled: the repository it read is going away
                    if (supersedes) {
                        if (generation != m_generation)
                            return; // superseded: a newer load is on its way
                        m_latestPending = false;
                    } else {
                        --m_alongside;
                    }
                    updateBusy();
                    std::optional<T> result = watcher->result();
                    if (result)
                        done(std::move(*result));
                    else if (m_repo) // the worker could not connect: the page's own connection still can
                        done(work(*m_repo));
                });
        if (supersedes)
            m_latestPending = true;
        else
            ++m_alongside;
        updateBusy();
        const int delayMs = s_delayMs;
        watcher->setFuture(QtConcurrent::run(pool(), [opener, work, delayMs]() -> std::optional<T> {
            pauseForTests(delayMs);
            std::unique_ptr<Repository> mine = opener(nullptr);
            if (!mine)
                return std::nullopt;
            return work(*mine);
        }));
    }

    // Loads have threads of their own: a slow server must not hold up the global pool others wait on.
    static QThreadPool* pool();
    static void pauseForTests(int ms);
    void updateBusy() { setBusy(m_latestPending || m_alongside > 0); }
    void setBusy(bool busy);
    void place();

    QWidget* m_page;
    QProgressBar* m_bar;
    QTimer* m_showTimer;
    Repository* m_repo = nullptr;
    quint64 m_generation = 0; // start()s so far: only the newest one's result lands
    quint64 m_epoch = 0;      // cancel()s so far: nothing started before one lands
    bool m_latestPending = false;
    int m_alongside = 0; // add()s in flight since the last cancel()
    bool m_busy = false;
    static inline int s_busyCount = 0;
    static inline bool s_inline = false;
    static inline int s_delayMs = 0;
};

} // namespace duban
