#include "store/changefeed.h"

#include <QTimer>
#include <QVariant>
#include <algorithm>

namespace duban {

namespace {
const QString kChannel = QStringLiteral("duban_tasks");
constexpr int kBatchMs = 30; // an import commits several statements: one reload for all of them
} // namespace

ChangeFeed::ChangeFeed(QObject* parent)
    : QObject(parent), m_batch(new QTimer(this)), m_watch(new QTimer(this))
{
    m_batch->setSingleShot(true);
    m_batch->setInterval(kBatchMs);
    connect(m_batch, &QTimer::timeout, this, &ChangeFeed::flush);
    connect(m_watch, &QTimer::timeout, this, [this] {
        if (m_ping && m_driver)
            m_ping();
    });
}

void ChangeFeed::watch(std::function<void()> ping, int intervalMs)
{
    m_ping = std::move(ping);
    setWatchInterval(intervalMs);
}

void ChangeFeed::setWatchInterval(int intervalMs)
{
    m_watch->setInterval(intervalMs);
    if (m_ping && intervalMs > 0)
        m_watch->start();
    else
        m_watch->stop();
}

void ChangeFeed::missedSome()
{
    m_all = true;
    m_addedOrRemoved = true;
    if (!m_batch->isActive())
        m_batch->start();
}

bool ChangeFeed::listen(QSqlDriver* driver)
{
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    if (driver != m_driver) {
        if (m_driver)
            disconnect(m_driver, nullptr, this, nullptr);
        m_driver = driver;
        connect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification);
    }
    // A closed connection forgot its channels; subscribing twice is refused by the driver, so ask first.
    return driver->subscribedToNotifications().contains(kChannel) ||
           driver->subscribeToNotification(kChannel);
}

void ChangeFeed::onNotification(const QString& name, QSqlDriver::NotificationSource source,
                                const QVariant& payload)
{
    if (name != kChannel || source == QSqlDriver::SelfSource)
        return;
    take(payload.toString());
}

void ChangeFeed::take(const QString& payload)
{
    const QStringView kind = QStringView(payload).left(2);
    if (kind == u"t:")
        m_addedOrRemoved = true;
    else if (kind != u"f:")
        return; // not ours
    const QStringView ids = QStringView(payload).mid(2);
    if (ids == u"*") {
        m_all = true;
    } else {
        for (QStringView id : ids.split(u',')) {
            bool ok = false;
            const qint64 n = id.toLongLong(&ok);
            if (ok && n > 0)
                m_ids.insert(n);
        }
    }
    if (!m_batch->isActive())
        m_batch->start();
}

void ChangeFeed::flush()
{
    QList<qint64> ids;
    if (!m_all) {
        ids = QList<qint64>(m_ids.cbegin(), m_ids.cend());
        std::sort(ids.begin(), ids.end());
    }
    const bool all = m_all;
    const bool addedOrRemoved = m_addedOrRemoved;
    m_ids.clear();
    m_all = false;
    m_addedOrRemoved = false;
    if (all || !ids.isEmpty())
        emit tasksChanged(ids, addedOrRemoved);
}

} // namespace duban
