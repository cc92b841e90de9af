#include "gui/reminders/reminders.h"

#include "core/clock.h"
#include "gui/appicon.h"
#include "gui/load/backgroundload.h"
#include "gui/score/scoreaccess.h"
#include "palette/warningpalette.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>

namespace duban {

namespace {

// A day can change under a running app (overnight, a laptop woken up): look every few minutes.
constexpr int kDayCheckMs = 5 * 60 * 1000;

} // namespace

Reminders::Reminders(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(kDayCheckMs);
    connect(m_timer, &QTimer::timeout, this, &Reminders::checkIfNewDay);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(appIcon(), this);
        m_tray->setToolTip(tr("督办"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Reminders::trayClicked);
        connect(m_tray, &QSystemTrayIcon::activated, this, &Reminders::trayClicked);
    }
}

Reminders::~Reminders() = default;

QString Reminders::keyOf(const TaskRecord& t)
{
    return QStringLiteral("%1:%2:%3")
        .arg(t.id)
        .arg(t.due == DueState::Overdue ? QStringLiteral("overdue") : QStringLiteral("soon"),
             t.deadline.toString(Qt::ISODate));
}

QString Reminders::settingsKey(const QString& dbPath)
{
    const QByteArray hash =
        QCryptographicHash::hash(dbPath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("reminders/%1/shown").arg(QString::fromLatin1(hash));
}

QString Reminders::summary(const QList<TaskRecord>& fresh, int maxTitles)
{
    if (fresh.isEmpty())
        return {};
    int overdue = 0;
    for (const TaskRecord& t : fresh)
        overdue += t.due == DueState::Overdue;
    const int soon = int(fresh.size()) - overdue;
    QString head;
    if (overdue > 0 && soon > 0)
        head = tr("新增逾期 %1 项、临期 %2 项").arg(overdue).arg(soon);
    else if (overdue > 0)
        head = tr("新增逾期 %1 项").arg(overdue);
    else
        head = tr("新增临期 %1 项").arg(soon);
    QStringList items;
    for (int i = 0; i < fresh.size() && i < maxTitles; ++i) {
        const TaskRecord& t = fresh[i];
        const QString lead = t.leadUnits.join(QStringLiteral("、"));
        const QString when = t.due == DueState::Overdue ? tr("逾期 %1 天").arg(t.daysOverdue)
                             : t.daysLeft == 0          ? tr("今天到期")
                                                        : tr("%1 天后到期").arg(t.daysLeft);
        items << (lead.isEmpty() ? tr("%1（%2）").arg(t.title, when)
                                 : tr("%1（%2，%3）").arg(t.title, lead, when));
    }
    QString text = head + tr("：") + items.join(tr("；"));
    if (fresh.size() > maxTitles)
        text += tr("；另有 %1 项").arg(fresh.size() - maxTitles);
    return text;
}

void Reminders::setRepository(Repository* repo, const QString& dbPath)
{
    m_repo = repo;
    m_dbPath = dbPath;
    m_current.clear();
    m_checkedOn = {};
    if (m_loader)
        m_loader->cancel(); // nothing read from the old database lands
    if (!repo) {
        m_timer->stop();
        return;
    }
    m_timer->start();
    checkInWorker();
}

void Reminders::checkIfNewDay()
{
    if (m_repo && Clock::today() != m_checkedOn)
        checkInWorker();
}

void Reminders::checkInWorker()
{
    if (!m_loader) {
        check();
        return;
    }
    m_checkedOn = Clock::today();
    const QDate day = m_checkedOn;
    const DueRules rules = WarningPalette::current().rules;
    m_loader->start<QList<TaskRecord>>(
        m_repo, [day, rules](Repository& repo) { return StoreAccess::reminders(repo, day, rules); },
        [this](QList<TaskRecord> current) { announce(std::move(current)); });
}

QList<TaskRecord> Reminders::check()
{
    if (!m_repo)
        return {};
    m_checkedOn = Clock::today();
    return announce(StoreAccess::reminders(*m_repo, m_checkedOn, WarningPalette::current().rules));
}

QList<TaskRecord> Reminders::announce(QList<TaskRecord> current)
{
    m_current = std::move(current);
    QSettings s;
    const QString key = settingsKey(m_dbPath);
    const QStringList shownList = s.value(key).toStringList();
    const QSet<QString> shown(shownList.cbegin(), shownList.cend()); // thousands of overdue tasks at start-up

    QList<TaskRecord> fresh;
    QStringList now;
    for (const TaskRecord& t : std::as_const(m_current)) {
        const QString k = keyOf(t);
        now << k;
        if (!shown.contains(k))
            fresh << t;
    }
    // Only what is still on the list: a task that leaves it and comes back is new again.
    s.setValue(key, now);
    if (!fresh.isEmpty()) {
        if (m_tray) {
            m_tray->show();
            m_tray->showMessage(tr("督办提醒"), summary(fresh, 3), QSystemTrayIcon::Warning, 15000);
        }
        emit newReminders(fresh);
    }
    return fresh;
}

} // namespace duban
