#pragma once

// Pins the product's clock for one scope: a test that fails half-way still releases it, so the next
// test does not inherit a date.
#include "core/clock.h"

namespace duban::test {

class PinnedClock
{
public:
    explicit PinnedClock(const QDateTime& at) { Clock::pin(at); }
    PinnedClock(const QDate& day, const QTime& time = QTime(9, 0)) { Clock::pin(QDateTime(day, time)); }
    ~PinnedClock() { Clock::release(); }
    PinnedClock(const PinnedClock&) = delete;
    PinnedClock& operator=(const PinnedClock&) = delete;

    void moveTo(const QDateTime& at) { Clock::pin(at); }
};

} // namespace duban::test
