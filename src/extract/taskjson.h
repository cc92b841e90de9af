#pragma once

#include "core/taskdraft.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace duban {

// The JSON form of an extracted task, as `duban-cli extract --format json` prints it.
QJsonObject taskToJson(const TaskDraft& t);
QJsonArray tasksToJson(const QList<TaskDraft>& tasks);
TaskDraft taskFromJson(const QJsonObject& o);

} // namespace duban
