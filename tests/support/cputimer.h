#pragma once

// CPU time of this process in ms since construction: bounds written with it stand for "does not run away",
// and the wall clock of a machine shared with other builds (or an ASan build) says more about the machine
// than about the code under test.
#include <QtGlobal>
#include <time.h>

namespace duban::test {

class CpuTimer
{
public:
    CpuTimer() : m_start(now()) {}
    qint64 elapsed() const { return now() - m_start; }

private:
    static qint64 now()
    {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
    }
    qint64 m_start;
};

} // namespace duban::test
