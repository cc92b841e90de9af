#include "extract/extractor.h"

#include "core/clock.h"
#include "extract/clauseparser.h"
#include "extract/deadlineparser.h"
#include "extract/structure.h"
#include "extract/tableparser.h"
#include "extract/targetfinder.h"
#include "extract/textstream.h"
#include "extract/textutil.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace duban {

namespace {

struct PlacedHeading
{
    Heading h;
    int pos = 0;
    QStringList path; // labels of the headings above it
};

struct Clause
{
    int open = 0;  // position of the opening bracket (or of the label line)
    int close = 0; // position just past the clause
    ClauseUnits units;
    QString schedule; // a 时间计划 line that belongs to the task
    int lastLine = 0;
};

const QString kMarkers[] = {QStringLiteral("牵头"), QStringLiteral("负责"), QStringLiteral("配合"),
                            QStringLiteral("责任"), QStringLiteral("参与"), QStringLiteral("落实"),
                            QStringLiteral("指导"), QStringLiteral("会同"), QStringLiteral("协同"),
                            QStringLiteral("协助"), QStringLiteral("单位"), QStringLiteral("部门")};

bool mayBeClause(QStringView content)
{
    for (const QString& m : kMarkers) {
        if (content.contains(m))
            return true;
    }
    return false;
}

bool isOpen(QChar c)
{
    return c == u'（' || c == u'(' || c == u'【' || c == u'[' || c == u'［' || c == u'〔';
}
bool isClose(QChar c)
{
    return c == u'）' || c == u')' || c == u'】' || c == u']' || c == u'］' || c == u'〕';
}

// Position of the bracket closing the one at `open`, or -1 within `limit` characters.
int matchingClose(const QString& text, int open, int limit)
{
    int depth = 0;
    const int end = std::min<int>(int(text.size()), open + limit);
    for (int i = open; i < end; ++i) {
        if (isOpen(text[i]))
            ++depth;
        else if (isClose(text[i]) && --depth == 0)
            return i;
    }
    return -1;
}

bool isSkippable(QChar c)
{
    return isSpaceChar(c) || isOneOf(c, u"，。；、：,.;:）)");
}

// A short name for a task without a heading of its own: its first phrase, passing over a leading date
// (2021年12月底前，…) that says when rather than what.
QString firstFragment(const QString& text, int cap = 40)
{
    static const QRegularExpression timeOnly(
        QStringLiteral("^(力争|争取)?(到|至|于)?[\\d\\s年月日底前以内上下半季度第一二三四]+$"));
    int n = 0;
    headingLevel(text, &n);
    for (int from = n; from < text.size();) {
        int end = from;
        while (end < text.size() && end - from < cap && !isOneOf(text[end], u"，。；：,;:"))
            ++end;
        const QString frag = text.mid(from, end - from).trimmed();
        if (!frag.isEmpty() && !timeOnly.match(frag).hasMatch())
            return frag;
        from = end + 1;
    }
    return text.mid(n, cap).trimmed();
}

const QRegularExpression& scheduleRe()
{
    static const QRegularExpression re(
        QStringLiteral("^(时间计划|完成时限|完成时间|时间节点|时间安排|进度安排|时限要求)[：:]\\s*(.*)$"));
    return re;
}

// `level`: the issuing government's level (directiveLevel), for names printed without one.
QStringList canonicalUnits(const UnitDirectory& dir, const QStringList& units, const QString& level)
{
    QStringList out;
    QString prefix;
    for (const QString& u : units) {
        out.append(dir.canonical(u, prefix, level));
        if (u.startsWith(u'市'))
            prefix = QStringLiteral("市");
    }
    return out;
}

// The width at which an export hard-wrapped the text (most lines cut at one length), or 0 when lines
// are whole paragraphs.
int hardWrapWidth(const QStringList& lines)
{
    QHash<int, int> byLength;
    int counted = 0;
    for (const QString& l : lines) {
        if (l.size() < 8 || l.contains(u'\t'))
            continue;
        ++byLength[int(l.size())];
        ++counted;
    }
    int mode = 0, best = 0;
    for (auto it = byLength.cbegin(); it != byLength.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            mode = it.key();
        }
    }
    if (counted < 20 || mode > 60)
        return 0;
    int near = 0;
    for (auto it = byLength.cbegin(); it != byLength.cend(); ++it) {
        if (std::abs(it.key() - mode) <= 2)
            near += it.value();
    }
    return near * 2 >= counted ? mode : 0;
}

} // namespace

Extractor::Extractor(const UnitDirectory& units) : m_units(units) {}

ExtractionResult Extractor::extract(const SourceDocument& doc, const Progress& progress) const
{
    ExtractionResult result;
    const int n = int(doc.lines.size());
    auto report = [&](int done) { return !progress || progress(done, n); };

    QStringList cleaned;
    cleaned.reserve(n);
    for (int i = 0; i < n; ++i) {
        cleaned.append(TextStream::cleanLine(doc.lines[i]));
        if ((i & 0xFFFF) == 0 && !report(i / 4))
            return {};
    }

    // Directives and the lines each one covers; speeches end the directive before them.
    QList<DirectiveSpan> directives = findDirectives(cleaned);
    // A web copy opens with the directive's title and has no 文号 line of its own (a 文号 further down
    // belongs to a directive it forwards or cites): the document is one directive from its first line.
    int firstText = 0;
    while (firstText < n && cleaned[firstText].isEmpty())
        ++firstText;
    const bool titledCopy = !directives.isEmpty() && directives.first().firstLine > firstText &&
                            firstText < n && cleaned[firstText].size() <= 80 &&
                            isDirectiveTitle(compactText(cleaned[firstText]));
    if (titledCopy)
        directives.clear();
    const bool pseudo = directives.isEmpty();
    if (pseudo) {
        DirectiveSpan d;
        static const QRegularExpression yearRe(QStringLiteral("((?:19|20)\\d{2})\\s*年"));
        for (int i = 0; i < n; ++i) {
            if (cleaned[i].isEmpty())
                continue;
            if (cleaned[i].size() <= 80 && isDirectiveTitle(compactText(cleaned[i])))
                d.info.title = QString(cleaned[i]).remove(QRegularExpression(QStringLiteral("\\s")));
            break;
        }
        for (int i = 0; i < std::min(n, 200) && !d.info.year; ++i) {
            const auto m = yearRe.match(cleaned[i]);
            if (m.hasMatch())
                d.info.year = m.captured(1).toInt();
        }
        for (int i = 0; i < n && !d.info.date.isValid(); ++i) {
            if (cleaned[i].size() <= 24)
                d.info.date = dateOfLine(cleaned[i]);
        }
        if (d.info.date.isValid())
            d.info.year = d.info.date.year();
        if (!d.info.year)
            d.info.year = m_fallbackYear ? m_fallbackYear : Clock::today().year();
        d.info.lineStart = 1;
        directives.append(d);
    }
    QList<int> dirOfLine(n, -1);
    {
        const QList<int> speeches = findSpeechStarts(cleaned);
        for (int k = 0; k < directives.size(); ++k) {
            const int from = directives[k].firstLine;
            const int to = k + 1 < directives.size() ? directives[k + 1].firstLine : n;
            for (int i = from; i < to; ++i)
                dirOfLine[i] = k;
        }
        if (!pseudo) {
            for (int s : speeches) {
                const int d = dirOfLine[s];
                for (int i = s; i < n && d >= 0 && dirOfLine[i] == d; ++i)
                    dirOfLine[i] = -1;
            }
        }
    }
    QStringList levels;
    for (const auto& d : directives) {
        result.directives.append(d.info);
        levels.append(directiveLevel(d.info));
    }

    const QList<Table> tables = findTables(cleaned);
    QList<bool> skip(n, false);
    for (const Table& t : tables) {
        for (int l : t.lines)
            skip[l] = true;
    }
    const TextStream stream(cleaned, skip);
    const QString& text = stream.text();
    if (!report(n / 3))
        return {};

    const int wrapWidth = hardWrapWidth(cleaned);

    // Numbered headings with the path of headings above them, reset at each directive.
    QList<PlacedHeading> heads;
    {
        QList<PlacedHeading> stack;
        int dir = -2;
        for (int i = 0; i < n; ++i) {
            if (skip[i] || cleaned[i].isEmpty())
                continue;
            if (dirOfLine[i] != dir) {
                dir = dirOfLine[i];
                stack.clear();
            }
            int numberLength = 0;
            const int level = headingLevel(cleaned[i], &numberLength);
            if (!level)
                continue;
            PlacedHeading ph;
            ph.h.line = i;
            ph.h.level = level;
            ph.pos = stream.posOfLine(i);
            // A heading ends with its line, unless the export hard-wrapped it at the page width.
            const int lineLength = int(cleaned[i].size());
            const bool wrapped = wrapWidth > 0 && lineLength >= wrapWidth - 2;
            const int span = wrapped ? 200 : lineLength;
            headingTexts(QStringView(text).mid(ph.pos, span).toString(), numberLength, &ph.h.label,
                         &ph.h.title);
            while (!stack.isEmpty() && stack.last().h.level >= level)
                stack.removeLast();
            for (const auto& s : stack)
                ph.path.append(s.h.label);
            stack.append(ph);
            heads.append(ph);
        }
    }

    // Responsibility clauses: bracketed ones anywhere in the prose, labelled ones on lines of their own.
    QList<Clause> clauses;
    for (int i = 0; i < text.size(); ++i) {
        if (!isOpen(text[i]))
            continue;
        const int close = matchingClose(text, i, 700);
        if (close < 0)
            continue;
        const QStringView content = QStringView(text).mid(i + 1, close - i - 1);
        if (!mayBeClause(content))
            continue;
        if (auto units = ClauseParser::parse(content.toString())) {
            Clause c;
            c.open = i;
            c.close = close + 1;
            c.units = *units;
            c.lastLine = stream.lineAt(close);
            clauses.append(c);
            i = close;
        }
        if ((i & 0xFFFFF) == 0 &&
            !report(n / 3 + int(qint64(i) * n / 3 / std::max<qsizetype>(1, text.size()))))
            return {};
    }
    // Labels outside brackets count where a sentence or line begins: 责任单位：A、B。时间计划：…
    static const QRegularExpression labelRe(QStringLiteral(
        "(?:主要|具体)?(?:责任|牵头|负责|主责|主办|承办|实施|落实){1,2}(?:单位|部门|处室|机构|主体)[：:]"));
    // The bracketed clauses, and the labelled ones appended after them, are each in text order and do
    // not overlap: only the one opened last before a position can hold it.
    const qsizetype bracketed = clauses.size();
    auto insideClause = [](QList<Clause>::const_iterator from, QList<Clause>::const_iterator to, int pos) {
        const auto after = std::upper_bound(from, to, pos, [](int p, const Clause& c) { return p < c.open; });
        return after != from && pos < std::prev(after)->close;
    };
    for (auto lm = labelRe.globalMatch(text); lm.hasNext();) {
        const int start = int(lm.next().capturedStart());
        const int i = stream.lineAt(start);
        const bool sentenceStart =
            start == stream.posOfLine(i) || (start > 0 && QStringLiteral("。；").contains(text[start - 1]));
        if (!sentenceStart)
            continue;
        if (insideClause(clauses.cbegin(), clauses.cbegin() + bracketed, start) ||
            insideClause(clauses.cbegin() + bracketed, clauses.cend(), start))
            continue;
        const int lineEnd = stream.endOfLine(i);
        int end = int(text.indexOf(u'。', start));
        if (end < 0 || end > lineEnd)
            end = lineEnd;
        auto units = ClauseParser::parse(text.mid(start, end - start));
        if (!units)
            continue;
        Clause c;
        c.open = start;
        c.close = std::min(end + 1, lineEnd);
        c.units = *units;
        c.lastLine = i;
        for (int j = i + 1, seen = 0; j < n && seen < 2; ++j) {
            if (cleaned[j].isEmpty())
                continue;
            ++seen;
            const auto m = scheduleRe().match(cleaned[j]);
            if (m.hasMatch()) {
                c.schedule = m.captured(2);
                c.lastLine = j;
                c.close = stream.endOfLine(j);
                break;
            }
        }
        clauses.append(c);
    }
    std::sort(clauses.begin(), clauses.end(),
              [](const Clause& a, const Clause& b) { return a.open < b.open; });
    if (!report(2 * n / 3))
        return {};

    // Each clause closes a task that began at its item's heading or after the clause before it.
    QList<TaskDraft> tasks;
    QList<QStringList> standing(directives.size()); // units a standing note adds to later tasks
    QList<bool> leadRule(directives.size(), false); // a 逗号前为牵头单位，下同 note seen earlier
    int prevDir = -2;
    int prevEnd = 0;
    for (const Clause& c : clauses) {
        const int line = stream.lineAt(c.open);
        const int dir = dirOfLine[line];
        if (dir < 0)
            continue; // front matter, contents, speeches
        const DirectiveSpan& d = directives[dir];
        int scopeStart = 0;
        for (int l = d.firstLine; l < n; ++l) {
            if (stream.posOfLine(l) >= 0) {
                scopeStart = stream.posOfLine(l);
                break;
            }
        }
        if (dir != prevDir)
            prevEnd = scopeStart;
        prevDir = dir;
        auto it = std::upper_bound(heads.cbegin(), heads.cend(), c.open,
                                   [](int pos, const PlacedHeading& h) { return pos < h.pos; });
        const PlacedHeading* head = nullptr;
        if (it != heads.cbegin() && std::prev(it)->pos >= scopeStart)
            head = &*std::prev(it);
        int start = std::max(prevEnd, head ? head->pos : scopeStart);
        prevEnd = c.close;
        while (start < c.open && isSkippable(text[start]))
            ++start;
        const QString body = text.mid(start, c.open - start).trimmed();
        if (body.size() < 6)
            continue;

        TaskDraft t;
        t.source = doc.path;
        t.kind = QStringLiteral("inline");
        t.directive = d.info;
        t.lineStart = stream.lineAt(start) + 1;
        t.lineEnd = c.lastLine + 1;
        t.text = body;
        const bool headStartsTask = head && head->pos >= start - 1 && head->pos <= start;
        const bool shortHead = head && head->h.title.size() <= 30 && !head->h.title.isEmpty();
        if (head) {
            t.section = head->path;
            if (shortHead)
                t.section.append(head->h.label);
        }
        t.title = headStartsTask && shortHead ? head->h.title : firstFragment(body);
        ClauseUnits units = c.units;
        if (units.leadsBeforeComma == 2)
            leadRule[dir] = true;
        else if (leadRule[dir] && !units.leadsBeforeComma && !units.roles.contains(QStringLiteral("lead")))
            ClauseParser::leadWithFirstGroup(units); // an earlier 第一个逗号前为牵头单位，下同 still holds
        t.units = units.units;
        t.leadUnits = units.leads;
        t.coUnits = units.co;
        t.roles = units.roles;
        t.unitsCanonical = canonicalUnits(m_units, t.units, levels[dir]);
        for (const QString& u : standing[dir]) {
            if (!t.units.contains(u))
                t.inheritedUnits.append(u);
        }
        if (!c.units.inherited.isEmpty())
            standing[dir] = c.units.inherited;
        DeadlineFind dl;
        if (!c.schedule.isEmpty())
            dl = DeadlineParser::find(c.schedule, d.info.year, true, d.info.date);
        else if (!c.units.deadlineText.isEmpty())
            dl = DeadlineParser::find(c.units.deadlineText, d.info.year, true, d.info.date);
        else
            dl = DeadlineParser::find(body, d.info.year, false, d.info.date);
        t.deadline = dl.date;
        t.deadlineText = dl.text;
        t.otherDeadlines = dl.others;
        t.deadlineKind = dl.kind;
        t.targets = findTargets(body);
        tasks.append(t);
    }

    // Task-division tables: one task per row.
    for (const Table& table : tables) {
        for (const TableRow& row : table.rows) {
            const int dir = dirOfLine[row.firstLine];
            if (dir < 0)
                continue;
            const auto units = ClauseParser::parseCell(row.units, row.coUnits, row.unitsLead);
            if (!units)
                continue;
            const DirectiveSpan& d = directives[dir];
            TaskDraft t;
            t.source = doc.path;
            t.kind = QStringLiteral("table_row");
            t.directive = d.info;
            t.lineStart = row.firstLine + 1;
            t.lineEnd = row.lastLine + 1;
            if (!table.title.isEmpty())
                t.section.append(table.title);
            if (!row.category.isEmpty())
                t.section.append(row.category);
            QString goal = row.goal;
            QString name = row.task;
            if (name.isEmpty()) {
                // The sub-item's name often sits on the goal cell's first line (1.建立市级议事协调机制).
                const QString firstGoalLine = goal.section(u'\n', 0, 0);
                int nl = 0;
                if (headingLevel(firstGoalLine, &nl) >= 3 && firstGoalLine.size() <= 40 &&
                    goal.contains(u'\n')) {
                    name = firstGoalLine;
                    goal = goal.section(u'\n', 1);
                }
            }
            goal.replace(u'\n', QString());
            name.replace(u'\n', QString());
            t.title = !name.isEmpty() ? firstFragment(QString(name).remove(u' ')) : firstFragment(goal);
            t.text = name.isEmpty() ? goal : (goal.isEmpty() ? name : name + u' ' + goal);
            t.units = units->units;
            t.leadUnits = units->leads;
            t.coUnits = units->co;
            t.roles = units->roles;
            t.unitsCanonical = canonicalUnits(m_units, t.units, levels[dir]);
            DeadlineFind dl = DeadlineParser::find(row.deadline, d.info.year, true, d.info.date);
            if (!dl.date.isValid() && !DeadlineParser::isOpenEnded(row.deadline))
                dl = DeadlineParser::find(goal, d.info.year, false, d.info.date);
            t.deadline = dl.date;
            t.deadlineText = dl.date.isValid() ? QString(row.deadline).remove(u'\n') : QString();
            if (t.deadlineText.isEmpty() && dl.date.isValid())
                t.deadlineText = dl.text;
            t.otherDeadlines = dl.others;
            t.deadlineKind = dl.kind;
            t.targets = findTargets(goal);
            tasks.append(t);
        }
    }
    std::stable_sort(tasks.begin(), tasks.end(),
                     [](const TaskDraft& a, const TaskDraft& b) { return a.lineStart < b.lineStart; });
    result.tasks = tasks;
    report(n);
    return result;
}

} // namespace duban
