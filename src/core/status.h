#pragma once

#include <QString>
#include <optional>

namespace duban {

enum class Status { NotStarted, InProgress, Done, Suspended };

// Stable keys stored in the database and accepted on the command line.
QString statusKey(Status s);
std::optional<Status> statusFromKey(const QString& key); // also accepts the Chinese labels
QString statusLabel(Status s);                           // translated, for display
// The one rule that keeps status and percent together, wherever either is recorded: progress above 0 %
// starts a task that had not started, and a task done is 100 %. Returns the pair after the rule.
struct StatusPercent
{
    Status status;
    int percent;
};
StatusPercent followStatusRule(Status status, int percent);

inline constexpr Status kAllStatuses[] = {Status::NotStarted, Status::InProgress, Status::Done,
                                          Status::Suspended};

} // namespace duban
