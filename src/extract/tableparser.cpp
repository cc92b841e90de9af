#include "extract/tableparser.h"

#include "extract/structure.h"
#include "extract/textutil.h"

#include <QRegularExpression>

namespace duban {

namespace {

enum Column { Number, Task, Goal, Deadline, Units, CoUnits, Ignore };

QList<Column> headerColumns(const QStringList& cells)
{
    QList<Column> cols;
    bool number = false, units = false;
    for (const QString& raw : cells) {
        const QString c = compactText(raw);
        Column col = Ignore;
        if (c == QStringLiteral("序号") || c == QStringLiteral("编号")) {
            col = Number;
            number = true;
        } else if (c.contains(QStringLiteral("配合"))) {
            col = CoUnits;
        } else if (c.contains(QStringLiteral("责任单位")) || c.contains(QStringLiteral("牵头单位")) ||
                   c.contains(QStringLiteral("责任部门")) || c.contains(QStringLiteral("牵头部门"))) {
            col = Units;
            units = true;
        } else if (c.contains(QStringLiteral("时限")) || c.contains(QStringLiteral("完成时间")) ||
                   c.contains(QStringLiteral("时间节点")) || c.contains(QStringLiteral("时间安排"))) {
            col = Deadline;
        } else if (c.contains(QStringLiteral("目标")) || c.contains(QStringLiteral("措施")) ||
                   c.contains(QStringLiteral("内容")) || c.contains(QStringLiteral("要求"))) {
            col = Goal;
        } else if (c.contains(QStringLiteral("任务")) || c.contains(QStringLiteral("事项")) ||
                   c.contains(QStringLiteral("项目"))) {
            col = Task;
        }
        cols.append(col);
    }
    if (!number || !units)
        return {};
    // With both a 牵头单位 and a 责任单位 column, the second names the other responsible units.
    int leadColumn = -1;
    for (int i = 0; i < cells.size(); ++i) {
        if (cols[i] == Units && compactText(cells[i]).contains(QStringLiteral("牵头")))
            leadColumn = i;
    }
    if (leadColumn >= 0) {
        for (int i = 0; i < cols.size(); ++i) {
            if (cols[i] == Units && i != leadColumn)
                cols[i] = CoUnits;
        }
    }
    return cols;
}

void appendCell(QString& to, const QString& cell)
{
    const QString c = cell.trimmed();
    if (c.isEmpty())
        return;
    if (!to.isEmpty())
        to.append(u'\n');
    to.append(c);
}

bool isCategory(const QString& cell)
{
    return headingLevel(compactText(cell)) == 1;
}

} // namespace

QList<Table> findTables(const QStringList& lines)
{
    static const QRegularExpression rowNumber(QStringLiteral("^\\d{1,3}[.、．]?$"));
    QList<Table> tables;
    Table* cur = nullptr;
    QList<Column> cols;
    QString category;
    int lastTableLine = -10;
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (!line.contains(u'\t')) {
            if (!line.isEmpty() && cur && i - lastTableLine > 0) {
                // Prose ends the table, unless only the title of a continued page stands in between.
                cur = nullptr;
            }
            continue;
        }
        const QStringList cells = line.split(u'\t');
        const QList<Column> header = headerColumns(cells);
        if (!header.isEmpty()) {
            if (!cur || i - lastTableLine > 3) {
                tables.append(Table());
                cur = &tables.last();
                category.clear();
                // Title: the nearest non-empty line above, if it reads like one.
                for (int j = i - 1; j >= 0 && j >= i - 4; --j) {
                    const QString t = compactText(lines[j]);
                    if (t.isEmpty())
                        continue;
                    if (t.size() <= 60 && !t.contains(u'\t') && !t.endsWith(u'。'))
                        cur->title = t;
                    break;
                }
            }
            cols = header;
            cur->lines.append(i);
            lastTableLine = i;
            continue;
        }
        if (!cur)
            continue;
        cur->lines.append(i);
        lastTableLine = i;
        auto cell = [&](Column which) {
            QString v;
            for (int c = 0; c < cells.size() && c < cols.size(); ++c) {
                if (cols[c] == which)
                    appendCell(v, cells[c]);
            }
            return v;
        };
        const QString number = compactText(cell(Number));
        const QString task = cell(Task);
        if (rowNumber.match(number).hasMatch()) {
            TableRow row;
            row.firstLine = row.lastLine = i;
            row.number = number;
            if (isCategory(task)) {
                category = compactText(task);
                row.category = category;
            } else {
                row.task = task;
                row.category = category;
            }
            row.goal = cell(Goal);
            row.deadline = cell(Deadline);
            row.units = cell(Units);
            row.coUnits = cell(CoUnits);
            cur->rows.append(row);
        } else if (!cur->rows.isEmpty()) {
            // A continuation line: the row's text went on below its first line.
            TableRow& row = cur->rows.last();
            row.lastLine = i;
            if (!isCategory(task))
                appendCell(row.task, task);
            appendCell(row.goal, cell(Goal));
            appendCell(row.deadline, cell(Deadline));
            appendCell(row.units, cell(Units));
            appendCell(row.coUnits, cell(CoUnits));
        }
    }
    return tables;
}

} // namespace duban
