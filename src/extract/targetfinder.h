#pragma once

#include <QString>
#include <QStringList>

namespace duban {

// Quantitative targets in a task's text: the clause that names a measurable goal
// (…知晓率达到98%以上, 创建10家以上绿色工厂, 能耗下降15%), with a leading 到2025年 taken off.
QStringList findTargets(const QString& text);

} // namespace duban
