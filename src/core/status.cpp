#include "core/status.h"

#include "core/enumnames.h"

#include <QCoreApplication>

namespace duban {

namespace {

constexpr EnumName<Status> kStatusNames[] = {
    {Status::NotStarted, "not_started", QT_TRANSLATE_NOOP("Status", "未开始")},
    {Status::InProgress, "in_progress", QT_TRANSLATE_NOOP("Status", "进行中")},
    {Status::Done, "done", QT_TRANSLATE_NOOP("Status", "已办结")},
    {Status::Suspended, "suspended", QT_TRANSLATE_NOOP("Status", "暂缓")},
};

} // namespace

QString statusKey(Status s)
{
    return enumKey(kStatusNames, s);
}

QString statusLabel(Status s)
{
    return enumLabel("Status", kStatusNames, s);
}

std::optional<Status> statusFromKey(const QString& key)
{
    if (const auto s = enumFromName("Status", kStatusNames, key))
        return s;
    // What people write in a feedback sheet for done.
    for (const char* done : {"办结", "已完成", "销号"})
        if (key.trimmed() == QString::fromUtf8(done))
            return Status::Done;
    return std::nullopt;
}

StatusPercent followStatusRule(Status status, int percent)
{
    if (status == Status::Done)
        return {status, 100};
    if (status == Status::NotStarted && percent > 0)
        return {Status::InProgress, percent};
    return {status, percent};
}

} // namespace duban
