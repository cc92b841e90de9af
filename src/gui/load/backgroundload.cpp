#include "gui/load/backgroundload.h"

#include <QCoreApplication>
#include <QEvent>
#include <QProgressBar>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

namespace duban {

BackgroundLoad::BackgroundLoad(QWidget* page)
    : QObject(page), m_page(page), m_bar(new QProgressBar(page)), m_showTimer(new QTimer(this))
{
    m_bar->setObjectName(QStringLiteral("busyIndicator"));
    m_bar->setRange(0, 0); // busy: no percentage to show
    m_bar->setTextVisible(false);
    m_bar->setFixedSize(m_page->fontMetrics().horizontalAdvance(u'中') * 8,
                        m_page->fontMetrics().height() * 2 / 3);
    m_bar->setToolTip(tr("正在读取数据…"));
    m_bar->hide();
    // A quick load shows nothing: the bar only appears when reading takes long enough to notice.
    m_showTimer->setSingleShot(true);
    m_showTimer->setInterval(150);
    connect(m_showTimer, &QTimer::timeout, this, [this] {
        place();
        m_bar->raise();
        m_bar->show();
    });
    page->installEventFilter(this);
}

BackgroundLoad::~BackgroundLoad()
{
    if (m_busy)
        --s_busyCount;
}

void BackgroundLoad::cancel()
{
    ++m_generation;
    ++m_epoch;
    m_repo = nullptr;
    m_latestPending = false;
    m_alongside = 0;
    setBusy(false);
}

void BackgroundLoad::setInline(bool on)
{
    s_inline = on;
}

void BackgroundLoad::setDelayForTests(int ms)
{
    s_delayMs = ms;
}

QThreadPool* BackgroundLoad::pool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool(qApp); // threads end with the application, not at static teardown
        p->setMaxThreadCount(4);         // they mostly wait on the server
        return p;
    }();
    return pool;
}

void BackgroundLoad::pauseForTests(int ms)
{
    if (ms > 0)
        QThread::msleep(ulong(ms));
}

void BackgroundLoad::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    s_busyCount += busy ? 1 : -1;
    if (busy) {
        m_showTimer->start();
    } else {
        m_showTimer->stop();
        m_bar->hide();
    }
    emit busyChanged(busy);
}

void BackgroundLoad::place()
{
    const int margin = m_bar->height() / 2;
    m_bar->move(m_page->width() - m_bar->width() - margin, margin);
}

bool BackgroundLoad::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Resize && m_bar->isVisible())
        place();
    return QObject::eventFilter(watched, event);
}

} // namespace duban
