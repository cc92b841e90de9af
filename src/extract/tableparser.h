#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace duban {

// One row of a task-division table (重点任务分工表), its continuation lines merged in.
struct TableRow
{
    int firstLine = 0; // 0-based
    int lastLine = 0;
    QString number;         // 序号
    QString category;       // the merged category cell in force (一、加强组织领导), carried down
    QString task;           // 重点任务 cell
    QString goal;           // 工作目标 / 具体措施 cell
    QString deadline;       // 完成时限 cell
    QString units;          // 责任单位 / 牵头单位 cell
    QString coUnits;        // 配合单位 cell, when the table has one
    bool unitsLead = false; // the units column is headed 牵头…: every unit in it leads
};

struct Table
{
    QString title;    // the line above the header (驻马店市数据共享重点任务分工表)
    QList<int> lines; // every line the table occupies (0-based), to keep them out of the prose
    QList<TableRow> rows;
};

// Finds tables exported as tab-separated lines (also what the .docx reader produces) whose header names
// a 序号 and a 责任单位/牵头单位 column. Repeated header rows continue the same table.
QList<Table> findTables(const QStringList& cleanedLines);

} // namespace duban
