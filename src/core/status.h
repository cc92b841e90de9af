#pragma once

#include <QString>
#include <optional>

namespace duban {

enum class Status { NotStarted, InProgress, Done, Suspended };

// Stable keys stored in the database and accepted on the command line.
QString statusKey(Status s);
std::optional<Status> statusFromKey(const QString& key); // also accepts the Chinese labels
QString statusLabel(Status s);                           // translated, for display
inline constexpr Status kAllStatuses[] = {Status::NotStarted, Status::InProgress, Status::Done,
                                          Status::Suspended};

} // namespace duban
