#pragma once

#include <QDate>
#include <QDateTime>

namespace duban {

// The one source of "today" in the product; tests pin it so due-state and reports are reproducible.
class Clock
{
public:
    static QDate today();
    static QDateTime now();
    // Pins the clock (tests, `--as-of`); an invalid date releases it.
    static void pin(const QDateTime& at);
    static void release();
};

} // namespace duban
