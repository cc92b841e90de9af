#include "core/duestate.h"

#include <QCoreApplication>
#include <algorithm>

namespace duban {

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
    switch (s) {
    case DueState::NoDeadline:
        return QStringLiteral("no_deadline");
    case DueState::OnTrack:
        return QStringLiteral("on_track");
    case DueState::DueSoon:
        return QStringLiteral("due_soon");
    case DueState::Overdue:
        return QStringLiteral("overdue");
    case DueState::Done:
        return QStringLiteral("done");
    case DueState::Suspended:
        return QStringLiteral("suspended");
    }
    return {};
}

QString dueStateLabel(DueState s)
{
    switch (s) {
    case DueState::NoDeadline:
        return QCoreApplication::translate("DueState", "无时限");
    case DueState::OnTrack:
        return QCoreApplication::translate("DueState", "正常");
    case DueState::DueSoon:
        return QCoreApplication::translate("DueState", "临期");
    case DueState::Overdue:
        return QCoreApplication::translate("DueState", "逾期");
    case DueState::Done:
        return QCoreApplication::translate("DueState", "已办结");
    case DueState::Suspended:
        return QCoreApplication::translate("DueState", "暂缓");
    }
    return {};
}

QString paceKey(Pace p)
{
    switch (p) {
    case Pace::NotApplicable:
        return QStringLiteral("n/a");
    case Pace::Behind:
        return QStringLiteral("behind");
    case Pace::OnPace:
        return QStringLiteral("on_pace");
    case Pace::Ahead:
        return QStringLiteral("ahead");
    }
    return {};
}

QString paceLabel(Pace p)
{
    switch (p) {
    case Pace::NotApplicable:
        return QStringLiteral("—");
    case Pace::Behind:
        return QCoreApplication::translate("Pace", "欠进度");
    case Pace::OnPace:
        return QCoreApplication::translate("Pace", "达进度");
    case Pace::Ahead:
        return QCoreApplication::translate("Pace", "超进度");
    }
    return {};
}

} // namespace duban
