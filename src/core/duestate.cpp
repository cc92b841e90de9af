#include "core/duestate.h"

#include "core/enumnames.h"

#include <QCoreApplication>
#include <algorithm>

namespace duban {

namespace {

constexpr EnumName<DueState> kDueStateNames[] = {
    {DueState::NoDeadline, "no_deadline", QT_TRANSLATE_NOOP("DueState", "无时限")},
    {DueState::OnTrack, "on_track", QT_TRANSLATE_NOOP("DueState", "正常")},
    {DueState::DueSoon, "due_soon", QT_TRANSLATE_NOOP("DueState", "临期")},
    {DueState::Overdue, "overdue", QT_TRANSLATE_NOOP("DueState", "逾期")},
    {DueState::Done, "done", QT_TRANSLATE_NOOP("DueState", "已办结")},
    {DueState::Suspended, "suspended", QT_TRANSLATE_NOOP("DueState", "暂缓")},
};

constexpr EnumName<Pace> kPaceNames[] = {
    {Pace::NotApplicable, "n/a", "—"},
    {Pace::Behind, "behind", QT_TRANSLATE_NOOP("Pace", "欠进度")},
    {Pace::OnPace, "on_pace", QT_TRANSLATE_NOOP("Pace", "达进度")},
    {Pace::Ahead, "ahead", QT_TRANSLATE_NOOP("Pace", "超进度")},
};

} // namespace

DueState dueState(Status status, const QDate& deadline, const QDate& asOf, const DueRules& rules)
{
    if (status == Status::Done)
        return DueState::Done;
    if (status == Status::Suspended)
        return DueState::Suspended;
    if (!deadline.isValid())
        return DueState::NoDeadline;
    if (deadline < asOf)
        return DueState::Overdue;
    if (asOf.daysTo(deadline) <= rules.dueSoonDays)
        return DueState::DueSoon;
    return DueState::OnTrack;
}

int daysOverdue(const QDate& deadline, const QDate& asOf)
{
    if (!deadline.isValid() || deadline >= asOf)
        return 0;
    return int(deadline.daysTo(asOf));
}

int expectedPercent(const QDate& start, const QDate& deadline, const QDate& asOf)
{
    if (!start.isValid() || !deadline.isValid() || !asOf.isValid() || deadline < start)
        return -1;
    if (asOf <= start)
        return 0;
    if (asOf >= deadline)
        return 100;
    const qint64 total = start.daysTo(deadline);
    return int(std::clamp<qint64>(start.daysTo(asOf) * 100 / std::max<qint64>(total, 1), 0, 100));
}

Pace pace(Status status, int percent, const QDate& start, const QDate& deadline, const QDate& asOf,
          const DueRules& rules)
{
    if (status == Status::Done || status == Status::Suspended)
        return Pace::NotApplicable;
    // An overdue task is overdue, not also behind pace: every view, the report and the CLI count it once.
    if (deadline.isValid() && deadline < asOf)
        return Pace::NotApplicable;
    const int expected = expectedPercent(start, deadline, asOf);
    if (expected < 0)
        return Pace::NotApplicable;
    if (percent < expected - rules.paceTolerance)
        return Pace::Behind;
    if (percent > expected + rules.paceTolerance)
        return Pace::Ahead;
    return Pace::OnPace;
}

QString dueStateKey(DueState s)
{
    return enumKey(kDueStateNames, s);
}

QString dueStateLabel(DueState s)
{
    return enumLabel("DueState", kDueStateNames, s);
}

QString paceKey(Pace p)
{
    return enumKey(kPaceNames, p);
}

QString paceLabel(Pace p)
{
    return enumLabel("Pace", kPaceNames, p);
}

} // namespace duban
