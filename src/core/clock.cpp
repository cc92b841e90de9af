#include "core/clock.h"

namespace duban {

namespace {
QDateTime& pinned()
{
    static QDateTime at;
    return at;
}
} // namespace

QDate Clock::today()
{
    return now().date();
}

QDateTime Clock::now()
{
    return pinned().isValid() ? pinned() : QDateTime::currentDateTime();
}

void Clock::pin(const QDateTime& at)
{
    pinned() = at;
}

void Clock::release()
{
    pinned() = QDateTime();
}

} // namespace duban
