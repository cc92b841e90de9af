#include "core/status.h"

#include <QCoreApplication>

namespace duban {

QString statusKey(Status s)
{
    switch (s) {
    case Status::NotStarted:
        return QStringLiteral("not_started");
    case Status::InProgress:
        return QStringLiteral("in_progress");
    case Status::Done:
        return QStringLiteral("done");
    case Status::Suspended:
        return QStringLiteral("suspended");
    }
    return {};
}

QString statusLabel(Status s)
{
    switch (s) {
    case Status::NotStarted:
        return QCoreApplication::translate("Status", "未开始");
    case Status::InProgress:
        return QCoreApplication::translate("Status", "进行中");
    case Status::Done:
        return QCoreApplication::translate("Status", "已办结");
    case Status::Suspended:
        return QCoreApplication::translate("Status", "暂缓");
    }
    return {};
}

std::optional<Status> statusFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (Status s : kAllStatuses) {
        if (k == statusKey(s) || k == statusLabel(s))
            return s;
    }
    static const QHash<QString, Status> zh = {
        {QStringLiteral("未开始"), Status::NotStarted}, {QStringLiteral("进行中"), Status::InProgress},
        {QStringLiteral("已办结"), Status::Done},       {QStringLiteral("办结"), Status::Done},
        {QStringLiteral("已完成"), Status::Done},       {QStringLiteral("销号"), Status::Done},
        {QStringLiteral("暂缓"), Status::Suspended},
    };
    if (auto it = zh.find(key.trimmed()); it != zh.end())
        return *it;
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
