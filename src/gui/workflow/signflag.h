#pragma once

// How every task view flags a late 签收 (core/workflow.h lateSigners under the palette's window): one
// icon and one sentence, so the table, the detail panel and the overdue view say the same thing.
#include "core/workflow.h"

#include <QHash>
#include <QIcon>
#include <QString>
#include <QVariant>

namespace duban {

QIcon signLateIcon();
// "签收超时：市财政局 2026-03-02 交办，3 个工作日内未签收（2026-03-09 签收）"; empty when none is late.
QString signLateText(const QList<LateSign>& late, int limit);
// The flag's part of a task's status cell: the icon (DecorationRole) and why (ToolTipRole) when the task
// is in `late`, else an invalid QVariant (the cell's own value then).
QVariant signLateCell(const QHash<qint64, QList<LateSign>>& late, qint64 taskId, int role);

} // namespace duban
