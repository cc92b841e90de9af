#include "extract/tableparser.h"

#include "core/unitdirectory.h"
#include "extract/clauseparser.h"
#include "extract/structure.h"
#include "extract/textutil.h"

#include <QRegularExpression>
#include <algorithm>

namespace duban {

namespace {

enum Column { Number, Task, Goal, Deadline, Units, CoUnits, Ignore };

// The row field each column's text fills, in Column order: none for the number and ignored columns.
constexpr QString TableRow::*kField[] = {
    nullptr,          &TableRow::task,    &TableRow::goal, &TableRow::deadline,
    &TableRow::units, &TableRow::coUnits, nullptr};

bool isNumberHeader(const QString& c)
{
    return c == QStringLiteral("序号") || c == QStringLiteral("编号") || c == QStringLiteral("序");
}

Column columnOf(const QString& c)
{
    if (isNumberHeader(c))
        return Number;
    if (c.contains(QStringLiteral("领导")) || c.contains(QStringLiteral("责任人")) ||
        c.contains(QStringLiteral("联系人")))
        return Ignore; // people, not units
    if (c.contains(QStringLiteral("配合")) || c.contains(QStringLiteral("协办")) ||
        c.contains(QStringLiteral("协同")) || c.contains(QStringLiteral("参与")))
        return CoUnits;
    static const QRegularExpression units(
        QStringLiteral("(责任|牵头|主办|指导|实施|落实|承办)(单位|部门|处室|机构)|^责任主体$|^牵头$|^责任$"));
    if (units.match(c).hasMatch())
        return Units;
    if (c.contains(QStringLiteral("时限")) || c.contains(QStringLiteral("完成时间")) ||
        c.contains(QStringLiteral("时间节点")) || c.contains(QStringLiteral("时间安排")) ||
        c.contains(QStringLiteral("进度安排")) || c.contains(QStringLiteral("完成期限")) ||
        c == QStringLiteral("时间"))
        return Deadline;
    if (c.contains(QStringLiteral("目标")) || c.contains(QStringLiteral("措施")) ||
        c.contains(QStringLiteral("内容")) || c.contains(QStringLiteral("要求")))
        return Goal;
    if (c.contains(QStringLiteral("任务")) || c.contains(QStringLiteral("事项")) ||
        c.contains(QStringLiteral("项目")) || c.contains(QStringLiteral("举措")))
        return Task;
    return Ignore;
}

QList<Column> headerColumns(const QStringList& cells)
{
    QList<Column> cols;
    bool number = false, units = false;
    for (const QString& raw : cells) {
        const Column col = columnOf(compactText(raw));
        number = number || col == Number;
        units = units || col == Units;
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

// The units column is headed 牵头单位/牵头部门: every unit it names leads.
bool unitsColumnLeads(const QStringList& cells, const QList<Column>& cols)
{
    for (int i = 0; i < cells.size() && i < cols.size(); ++i) {
        if (cols[i] == Units && compactText(cells[i]).contains(QStringLiteral("牵头")))
            return true;
    }
    return false;
}

// The second row of a two-row header: under a cell that spans several columns (责任单位 over 牵头单位 and
// 配合单位) it names each column. Every cell it fills is itself a header word, and it has no row number.
// Refines the columns it names; false when the line is no such row.
bool refineHeader(const QStringList& cells, QList<Column>* cols, bool* leadHeader)
{
    QList<std::pair<int, Column>> named;
    for (int c = 0; c < cells.size(); ++c) {
        const QString cell = compactText(cells[c]);
        if (cell.isEmpty())
            continue;
        const Column col = columnOf(cell);
        if (c >= cols->size() || col == Ignore || col == Number)
            return false;
        named.append({c, col});
    }
    if (named.isEmpty())
        return false;
    for (const auto& [c, col] : named) {
        (*cols)[c] = col;
        if (col == Units && compactText(cells[c]).contains(QStringLiteral("牵头")))
            *leadHeader = true;
    }
    // A 牵头 column beside another units column makes that one the co units, as in a one-row header.
    if (*leadHeader) {
        for (const auto& [c, col] : named) {
            if (col == Units && !compactText(cells[c]).contains(QStringLiteral("牵头")))
                (*cols)[c] = CoUnits;
        }
    }
    return true;
}

bool isDashCell(const QString& c);

void appendCell(QString& to, const QString& cell)
{
    const QString c = cell.trimmed();
    if (c.isEmpty() || isDashCell(c))
        return;
    if (!to.isEmpty())
        to.append(u'\n');
    to.append(c);
}

bool isCategory(const QString& cell)
{
    return headingLevel(compactText(cell)) == 1;
}

QList<Table> findTabbedTables(const QStringList& lines);

// "| a | b |" → "a\tb"; the |---|---| rule under a Markdown header becomes an empty table line.
QString pipeRowAsTabs(const QString& line, bool* rule)
{
    *rule = false;
    if (line.size() < 3 || line.front() != u'|' || line.count(u'|') < 3)
        return {};
    QString inner = line.mid(1);
    if (inner.endsWith(u'|'))
        inner.chop(1);
    QStringList cells = inner.split(u'|');
    bool allRule = true;
    for (QString& c : cells) {
        c = c.trimmed();
        for (QChar ch : c) {
            if (ch != u'-' && ch != u':')
                allRule = false;
        }
    }
    if (allRule) {
        *rule = true;
        return {};
    }
    return cells.join(u'\t');
}

int chineseNumber(const QString& s);

// A header whose cells stand one per line (a web page or pdftotext flattened the table): 序号, then the
// other header cells, each a short line. Returns the header cells, or nothing.
QStringList verticalHeader(const QStringList& lines, int at)
{
    if (compactLongerThan(lines[at], 2) || !isNumberHeader(compactText(lines[at])))
        return {};
    QStringList cells{compactText(lines[at])};
    for (int j = at + 1; j < lines.size() && cells.size() < 12; ++j) {
        const QString c = compactText(lines[j]);
        if (c.isEmpty())
            continue;
        if (c.size() > 12 || c.contains(u'\t') || headingLevel(c) > 0 || c.front().isDigit())
            break;
        if ((columnOf(c) == Ignore && c.size() > 6) || isDashCell(c) || chineseNumber(c) > 0)
            break; // a category row's mark (—, 一) starts the body
        cells.append(c);
    }
    return cells.size() >= 3 && !headerColumns(cells).isEmpty() ? cells : QStringList{};
}

// The next 序号: `expected`, or — where the row before is complete — a later one (a copy marked 有删减
// leaves gaps: 14, then 21).
// 一 … 九十九 in Chinese numerals, or -1.
int chineseNumber(const QString& s)
{
    static const QString digits = QStringLiteral("一二三四五六七八九");
    auto digit = [&](QChar c) { return int(digits.indexOf(c)) + 1; };
    if (s.isEmpty() || s.size() > 3)
        return -1;
    const qsizetype ten = s.indexOf(u'十');
    if (ten < 0)
        return s.size() == 1 && digit(s[0]) > 0 ? digit(s[0]) : -1;
    const int tens = ten == 0 ? 1 : (ten == 1 ? digit(s[0]) : 0);
    const int units = ten + 1 < s.size() ? digit(s[ten + 1]) : 0;
    if (tens <= 0 || units < 0 || (ten + 1 < s.size() && units == 0) || ten + 2 < s.size())
        return -1;
    return tens * 10 + units;
}

// A 序号 cell: 12, 12., 12、 or （十二）/(十二) — tables numbered like sub-items restart at each category.
int rowNumberValue(const QString& c)
{
    static const QRegularExpression digits(QStringLiteral("^(\\d{1,4})[.、．]?$"));
    if (const auto m = digits.match(c); m.hasMatch())
        return m.captured(1).toInt();
    static const QRegularExpression bracketed(QStringLiteral("^[（(]([一二三四五六七八九十]{1,3})[）)]$"));
    if (const auto m = bracketed.match(c); m.hasMatch())
        return chineseNumber(m.captured(1));
    return -1;
}

bool isRowNumber(const QString& c, int expected, bool mayJump, int* number = nullptr)
{
    const int n = rowNumberValue(c);
    if (n < 0)
        return false;
    if (number)
        *number = n;
    return n == expected || (mayJump && n > expected && n <= expected + 50);
}

// A cell standing for "none": — or -- (a dash for an empty cell).
bool isDashCell(const QString& c)
{
    return !c.isEmpty() && std::all_of(c.cbegin(), c.cend(), [](QChar ch) { return isOneOf(ch, u"—-－–"); });
}

// The 序号 cell of a category row: 一 / 二 (or a dash a copy made of 一), its title in the next cell.
bool isCategoryMark(const QString& c)
{
    return c == QStringLiteral("—") || c == QStringLiteral("-") || chineseNumber(c) > 0 ||
           headingLevel(c) == 1;
}

// A cell that names units: its first name reads as one, or it is a dash.
bool isUnitsCell(const QString& c)
{
    if (isDashCell(compactText(c)))
        return true;
    const QStringList units = ClauseParser::splitUnits(c);
    return !units.isEmpty() && (ClauseParser::looksLikeUnit(units.first()) ||
                                UnitDirectory::guessKind(units.first()) == UnitKind::Collective);
}

// Rows whose 重点任务 cell spans several sub-rows, each with its own 内容 and units (unnumbered, the
// task cell printed once): a row with k-1 cells, then groups of k-2 more whose unit columns name units and
// whose other cells do not. Each sub-row becomes a row of its own that repeats the task cell.
void splitSubRows(Table& t, QList<QStringList>& cells, QList<QList<int>>& cellLines,
                  const QList<Column>& cols)
{
    const int k = int(cols.size());
    const int per = k - 2;
    if (per < 2 || cols[1] != Task)
        return;
    auto unitColumn = [&](int col) { return cols[col] == Units || cols[col] == CoUnits; };
    bool anyUnits = false;
    for (int col = 2; col < k; ++col)
        anyUnits = anyUnits || unitColumn(col);
    if (!anyUnits)
        return;
    // cells[i] is the cell of column i + 1 in the first sub-row, of column i + 2 in the others.
    auto fits = [&](const QStringList& cs, int from) {
        for (int i = 0; i < per; ++i) {
            const int col = i + 2;
            if (unitColumn(col) != isUnitsCell(cs[from + i]))
                return false;
        }
        return true;
    };
    QList<TableRow> rows;
    QList<QStringList> outCells;
    QList<QList<int>> outLines;
    for (int r = 0; r < t.rows.size(); ++r) {
        const QStringList& cs = cells[r];
        const int n = int(cs.size());
        const int extra = n - (k - 1);
        bool split = extra > 0 && extra % per == 0 && fits(cs, 1);
        for (int from = k - 1; split && from < n; from += per)
            split = fits(cs, from);
        if (!split) {
            rows.append(t.rows[r]);
            outCells.append(cs);
            outLines.append(cellLines[r]);
            continue;
        }
        for (int from = 0; from < n;) {
            const int count = from == 0 ? k - 1 : per;
            TableRow row = t.rows[r];
            QStringList sub = cs.mid(from, count);
            const QList<int> subLines = cellLines[r].mid(from, count);
            if (from > 0) {
                sub.prepend(cs.first()); // the task cell, printed once for all its sub-rows
                row.firstLine = subLines.first();
            }
            row.lastLine = subLines.last();
            rows.append(row);
            outCells.append(sub);
            outLines.append(subLines);
            from += count;
        }
    }
    t.rows = rows;
    cells = outCells;
    cellLines = outLines;
}

// Cells that each run over several lines (a web copy keeps the line breaks inside a cell): the units cell
// is the run of lines naming units after the wide 内容 cell, one last cell after it takes the lines that
// follow the run, and short lines before the 内容 cell make up the one cell before it. Returns false where
// the row does not have that shape.
bool spreadOverLines(const QStringList& cs, const QList<Column>& cols, int wide, QStringList& byCol)
{
    const int k = int(cols.size());
    const int n = int(cs.size());
    if (wide != 2 || k != 5 || cols[3] != Units || cols[4] == CoUnits || cols[4] == Units)
        return false;
    int unitsEnd = n; // one past the last line naming units
    while (unitsEnd > 0 && !isUnitsCell(cs[unitsEnd - 1]))
        --unitsEnd;
    int unitsStart = unitsEnd;
    while (unitsStart > 0 && isUnitsCell(cs[unitsStart - 1]))
        --unitsStart;
    if (unitsEnd == n || unitsStart == unitsEnd)
        return false; // no cell after the units: the plain rule does
    int taskEnd = 0;
    while (taskEnd < unitsStart - 1 && cs[taskEnd].size() <= 12 && !cs[taskEnd].endsWith(u'。'))
        ++taskEnd;
    if (taskEnd == 0 || taskEnd >= unitsStart)
        return false;
    byCol[1] = cs.mid(0, taskEnd).join(QString());
    byCol[2] = cs.mid(taskEnd, unitsStart - taskEnd).join(u'\n');
    byCol[3] = cs.mid(unitsStart, unitsEnd - unitsStart).join(QString());
    byCol[4] = cs.mid(unitsEnd).join(QString());
    return true;
}

// Rebuilds the rows of a one-cell-per-line table from its header and the 序号 sequence (1, 2, 3 …): each
// number line starts a row whose cells follow it; a 一、… line between rows is a category.
Table verticalTable(const QStringList& lines, int at, const QStringList& header, int* end)
{
    const QList<Column> cols = headerColumns(header);
    const int k = int(header.size());
    Table t;
    for (int j = at - 1; j >= 0 && j >= at - 3; --j) {
        const QString c = compactText(lines[j]);
        if (c.isEmpty())
            continue;
        if (c.size() <= 60 && !c.endsWith(u'。'))
            t.title = c;
        break;
    }
    QList<QStringList> cells;    // per row
    QList<QList<int>> cellLines; // the line of each of those cells
    QString category;
    int expected = 1;
    int j = at;
    for (int seen = 0; j < lines.size() && seen < k; ++j) {
        if (!compactText(lines[j]).isEmpty())
            ++seen;
        t.lines.append(j);
    }
    auto nextLine = [&](int from) {
        while (from < lines.size() && compactText(lines[from]).isEmpty())
            ++from;
        return from;
    };
    // A category row at `x`: its mark (一, 二, —), a short title, then a row numbered anew. Returns the
    // title's line, or -1.
    auto categoryAt = [&](int x) {
        if (!isCategoryMark(compactText(lines[x])))
            return -1;
        const int title = nextLine(x + 1);
        const int first = title < lines.size() ? nextLine(title + 1) : title;
        if (first >= lines.size())
            return -1;
        const QString tc = compactText(lines[title]);
        const bool short_ = tc.size() <= 40 && !tc.endsWith(u'。') && rowNumberValue(tc) < 0;
        return short_ && rowNumberValue(compactText(lines[first])) >= 0 ? title : -1;
    };
    auto nextNumberWithin = [&](int from, int reach) {
        for (int x = from, seen = 0; x < lines.size() && seen < reach; ++x) {
            const QString c = compactText(lines[x]);
            if (c.isEmpty())
                continue;
            if (isRowNumber(c, expected, true) || verticalHeader(lines, x).size() == header.size() ||
                categoryAt(x) >= 0)
                return true;
            ++seen;
        }
        return false;
    };
    // Lines from `x` that make one more sub-row of a task cell printed once (see splitSubRows): k - 2 cells,
    // the unit columns' naming units and the others not.
    auto subRowAt = [&](int x) {
        if (k < 4 || cols[1] != Task)
            return false;
        for (int col = 2; col < k; ++col, x = nextLine(x + 1)) {
            x = nextLine(x);
            if (x >= lines.size())
                return false;
            const bool unitColumn = cols[col] == Units || cols[col] == CoUnits;
            if (unitColumn != isUnitsCell(lines[x]))
                return false;
        }
        return true;
    };
    // A row holding `n` cells is part-way through such a sub-row.
    auto inSubRow = [&](qsizetype n) { return k >= 4 && n > k - 1 && (n - (k - 1)) % (k - 2) != 0; };
    for (; j < lines.size(); ++j) {
        const QString c = compactText(lines[j]);
        if (c.isEmpty())
            continue;
        const bool rowFull = !t.rows.isEmpty() && cells.last().size() >= k - 1;
        int number = 0;
        if (isRowNumber(c, expected, t.rows.isEmpty() || rowFull, &number)) {
            TableRow row;
            row.firstLine = row.lastLine = j;
            row.number = c;
            row.category = category;
            t.rows.append(row);
            cells.append(QStringList());
            cellLines.append(QList<int>());
            expected = number + 1;
        } else if (verticalHeader(lines, j).size() == header.size() && (t.rows.isEmpty() || rowFull)) {
            // The header repeated on a new page.
            for (int seen = 0; j < lines.size() && seen < k; ++j) {
                if (!compactText(lines[j]).isEmpty())
                    ++seen;
                t.lines.append(j);
            }
            --j;
            continue;
        } else if (const int title = (t.rows.isEmpty() || rowFull) ? categoryAt(j) : -1; title >= 0) {
            // 一 / 构建…体系 on lines of their own; the rows under it may number from （一） again.
            category = compactText(lines[title]);
            for (int x = j + 1; x < title; ++x)
                t.lines.append(x);
            t.lines.append(j);
            j = title;
            const int first = rowNumberValue(compactText(lines[nextLine(title + 1)]));
            if (first >= 0 && first < expected)
                expected = first;
        } else if ((t.rows.isEmpty() || rowFull) && headingLevel(c) > 0 && headingLevel(c) <= 2 &&
                   nextNumberWithin(j + 1, 2)) {
            category = c;
        } else if (t.rows.isEmpty()) {
            break;
        } else if (rowFull && !inSubRow(cells.last().size()) &&
                   !nextNumberWithin(j + 1, std::max(3, k - 1)) && !subRowAt(j)) {
            break; // the table is over: prose follows its last row
        } else {
            cells.last().append(lines[j].trimmed());
            cellLines.last().append(j);
            t.rows.last().lastLine = j;
        }
        t.lines.append(j);
    }
    *end = j;
    splitSubRows(t, cells, cellLines, cols);
    // Cells to columns: with more lines than columns, the extra lines belong to the longest text (the
    // 内容/措施 cell); the columns after it take the last lines.
    int wide = -1;
    for (int c = 1; c < k; ++c) {
        if (cols[c] == Goal || (wide < 0 && cols[c] == Task))
            wide = c;
    }
    for (int r = 0; r < t.rows.size(); ++r) {
        const QStringList& cs = cells[r];
        QStringList byCol(k);
        const int n = int(cs.size());
        if (n < k - 1) {
            // Fewer cells than columns: a leading cell merged with the row above (任务名称 spanning rows), so
            // the cells fill the columns from the right — unless the last column is a time the last cell is
            // not.
            static const QRegularExpression timeLike(
                QStringLiteral("\\d|年|月|季度|前|底|长期|持续|常态|每|即时|立即"));
            int last = k - 1;
            if (cols[last] == Deadline && !timeLike.match(cs.last()).hasMatch())
                --last;
            for (int c = n - 1, col = last; c >= 0; --c, col = std::max(1, col - 1))
                appendCell(byCol[col], cs[c]);
        } else if (n == k - 1 || wide < 0) {
            for (int c = 0; c < n; ++c)
                appendCell(byCol[std::min(c + 1, k - 1)], cs[c]);
        } else if (!spreadOverLines(cs, cols, wide, byCol)) {
            const int after = k - 1 - wide;
            for (int c = 1; c < wide; ++c)
                byCol[c] = cs[c - 1];
            for (int c = 0; c < after; ++c)
                byCol[k - 1 - c] = cs[n - 1 - c];
            byCol[wide] = cs.mid(wide - 1, n - after - (wide - 1)).join(u'\n');
        }
        TableRow& row = t.rows[r];
        row.unitsLead = unitsColumnLeads(header, cols);
        for (int c = 1; c < k; ++c) {
            if (QString TableRow::*field = kField[cols[c]])
                appendCell(row.*field, byCol[c]);
        }
    }
    return t;
}

} // namespace

QList<Table> findTables(const QStringList& rawLines)
{
    QStringList lines = rawLines;
    QList<int> rules;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].startsWith(u'|')) {
            bool rule = false;
            const QString tabs = pipeRowAsTabs(lines[i], &rule);
            if (rule)
                rules.append(i);
            if (rule || !tabs.isEmpty())
                lines[i] = tabs;
        }
    }
    QList<Table> tables = findTabbedTables(lines);
    for (Table& t : tables) {
        for (int r : rules) {
            if (!t.lines.isEmpty() && r > t.lines.first() && r < t.lines.last())
                t.lines.append(r);
        }
    }
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].size() > 4 || lines[i].contains(u'\t'))
            continue;
        const QStringList header = verticalHeader(lines, i);
        if (header.isEmpty())
            continue;
        int end = i;
        Table t = verticalTable(lines, i, header, &end);
        if (!t.rows.isEmpty())
            tables.append(t);
        i = std::max(i, end - 1);
    }
    return tables;
}

namespace {

QList<Table> findTabbedTables(const QStringList& lines)
{
    static const QRegularExpression rowNumber(QStringLiteral("^\\d{1,4}[.、．]?$"));
    QList<Table> tables;
    Table* cur = nullptr;
    QList<Column> cols;
    bool leadHeader = false;
    QString category;
    int lastTableLine = -10;
    int headerLine = -10;
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
            leadHeader = unitsColumnLeads(cells, cols);
            cur->lines.append(i);
            lastTableLine = i;
            headerLine = i;
            continue;
        }
        if (!cur)
            continue;
        if (headerLine == i - 1 && refineHeader(cells, &cols, &leadHeader)) {
            cur->lines.append(i);
            lastTableLine = i;
            continue;
        }
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
            row.unitsLead = leadHeader;
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

} // namespace

} // namespace duban
