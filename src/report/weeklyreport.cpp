#include "report/weeklyreport.h"

#include "core/clock.h"
#include "core/translate.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace duban {

QString ReportOptions::chaseName(int level) const
{
    if (level >= 1 && level <= kChaseLevels && !chaseNames[level - 1].trimmed().isEmpty())
        return chaseNames[level - 1].trimmed();
    return chaseLevelLabel(level);
}

namespace {

QString tr(const char* s)
{
    return translateIn({"Report", "duban::ReportPeriod", "duban::ReportDocument::Impl", "duban"}, s);
}

bool failWith(StoreError* error, StoreError::Kind kind, const QString& message)
{
    if (error) {
        error->kind = kind;
        error->message = message;
    }
    return false;
}

// The figure each status, and each pace of an open task, counts in (in the enums' order).
constexpr int ReportFigures::*kByStatus[] = {&ReportFigures::notStarted, &ReportFigures::inProgress,
                                             &ReportFigures::done, &ReportFigures::suspended};
constexpr int ReportFigures::*kByPace[] = {&ReportFigures::noDeadline, &ReportFigures::behind,
                                           &ReportFigures::onPace, &ReportFigures::ahead};
static_assert(int(Status::Suspended) == 3 && int(Pace::Ahead) == 3);

// One task's category on a day; status may differ from the task's current one (last week's figures).
void count(ReportFigures& f, const TaskRecord& t, Status status, const QDate& asOf, const DueRules& rules,
           bool withPace)
{
    ++f.total;
    ++(f.*kByStatus[int(status)]);
    if (status == Status::Done || status == Status::Suspended)
        return;
    const DueState due = dueState(status, t.deadline, asOf, rules);
    if (due == DueState::Overdue) {
        ++f.overdue;
        return;
    }
    if (due == DueState::DueSoon)
        ++f.dueSoon;
    if (withPace)
        ++(f.*kByPace[int(pace(status, t.percent, t.startDate, t.deadline, asOf, rules))]);
}

ReportTaskLine lineOf(const TaskRecord& t)
{
    ReportTaskLine l;
    l.id = t.id;
    l.title = t.title;
    l.leadUnits = t.leadUnits.join(u'、');
    l.deadline = t.deadline;
    l.deadlineText = t.deadlineText;
    l.percent = t.percent;
    l.status = t.status;
    return l;
}

} // namespace

QString defaultReportTitle()
{
    return tr("督查周报");
}

std::optional<WeeklyReport> buildWeeklyReport(Repository& repo, const ReportOptions& in, bool issue,
                                              const QString& by, StoreError* error)
{
    WeeklyReport r;
    r.options = in;
    ReportOptions& o = r.options;
    if (!o.period.isValid()) {
        failWith(error, StoreError::BadInput, tr("报告期间无效"));
        return std::nullopt;
    }
    if (o.title.trimmed().isEmpty())
        o.title = defaultReportTitle();
    const QDate today = Clock::today();
    if (!o.asOf.isValid())
        o.asOf = today >= o.period.from && today <= o.period.to ? today : o.period.to;
    if (!o.issued.isValid())
        o.issued = today;
    const QDate asOf = o.asOf;
    const QDate seenTo = std::min(o.period.to, asOf); // the period as far as the as-of day has seen it

    // Scope: directives and units asked for, each checked so that a typo is an error, not an empty report.
    QSet<qint64> directives;
    if (!o.directiveIds.isEmpty()) {
        QSet<qint64> known;
        for (const DirectiveRecord& d : repo.directives(error))
            known.insert(d.id);
        for (qint64 id : o.directiveIds) {
            if (!known.contains(id)) {
                failWith(error, StoreError::BadInput, tr("数据库中没有编号为 %1 的文件").arg(id));
                return std::nullopt;
            }
            directives.insert(id);
        }
    }
    TaskFilter all;
    all.asOf = asOf;
    all.dueSoonDays = o.rules.dueSoonDays;
    std::optional<QSet<qint64>> unitTasks;
    for (const QString& u : o.units) {
        StoreError e;
        if (!repo.findUnit(u, &e)) {
            failWith(error, e.isError() ? e.kind : StoreError::BadInput,
                     e.isError() ? e.message : tr("未知单位“%1”").arg(u));
            return std::nullopt;
        }
        TaskFilter byUnit = all;
        byUnit.unit = u;
        if (!unitTasks)
            unitTasks.emplace();
        for (const TaskRecord& t : repo.tasks(byUnit, {TaskSortKey::Id}, 0, -1, &e))
            unitTasks->insert(t.id);
        if (e.isError()) {
            failWith(error, e.kind, e.message);
            return std::nullopt;
        }
    }
    StoreError e;
    QList<TaskRecord> tasks = repo.tasks(all, {TaskSortKey::Id}, 0, -1, &e);
    if (e.isError()) {
        failWith(error, e.kind, e.message);
        return std::nullopt;
    }
    tasks.erase(std::remove_if(tasks.begin(), tasks.end(),
                               [&](const TaskRecord& t) {
                                   return (!directives.isEmpty() && !directives.contains(t.directiveId)) ||
                                          (unitTasks && !unitTasks->contains(t.id));
                               }),
                tasks.end());
    // 按原定时间: an extended task is judged, and listed, by the deadline it had before its first 延期.
    if (o.byOriginalDeadline) {
        for (TaskRecord& t : tasks) {
            if (t.originalDeadline.isValid())
                t.deadline = t.originalDeadline;
        }
    }
    QHash<qint64, int> index;
    for (int i = 0; i < tasks.size(); ++i)
        index.insert(tasks[i].id, i);

    // Last period's figures on the same weekday: a task's status then is the old value of its first
    // status edit after that day, else its status now.
    const QDate prevAsOf = asOf.addDays(-o.period.days());
    const QList<AuditRecord> later = repo.statusChanges(prevAsOf.addDays(1), {}, &e);
    const QList<ProgressRecord> notesUpToAsOf = repo.progressBetween({}, asOf, &e);
    const QList<AuditRecord> inPeriod = repo.statusChanges(o.period.from, seenTo, &e);
    if (e.isError()) {
        failWith(error, e.kind, e.message);
        return std::nullopt;
    }
    QHash<qint64, Status> statusThen;
    for (const AuditRecord& a : later) {
        if (!statusThen.contains(a.taskId))
            statusThen.insert(a.taskId, statusFromKey(a.oldValue).value_or(Status::NotStarted));
    }
    QHash<qint64, const ProgressRecord*> latestNote;
    for (const ProgressRecord& p : notesUpToAsOf)
        latestNote.insert(p.taskId, &p); // oldest first: the last one wins

    QHash<QString, ReportUnitLine> units;
    for (const TaskRecord& t : tasks) {
        count(r.current, t, t.status, asOf, o.rules, true);
        count(r.previous, t, statusThen.value(t.id, t.status), prevAsOf, o.rules, false);
        const DueState due = dueState(t.status, t.deadline, asOf, o.rules);
        const bool open = t.status == Status::NotStarted || t.status == Status::InProgress;
        const bool behind = due != DueState::Overdue &&
                            pace(t.status, t.percent, t.startDate, t.deadline, asOf, o.rules) == Pace::Behind;
        const QStringList leads = t.leadUnits.isEmpty() ? QStringList{tr("（未明确牵头单位）")} : t.leadUnits;
        for (const QString& u : leads) {
            ReportUnitLine& l = units[u];
            l.unit = u;
            ++l.tasks;
            l.done += t.status == Status::Done;
            l.inProgress += t.status == Status::InProgress;
            l.overdue += due == DueState::Overdue;
            l.behind += behind;
        }
        if (due == DueState::Overdue) {
            ReportTaskLine l = lineOf(t);
            l.daysOverdue = daysOverdue(t.deadline, asOf);
            if (const ProgressRecord* p = latestNote.value(t.id)) {
                l.noteDate = p->date;
                l.note = p->text;
            }
            r.overdue.append(l);
        } else if (open && due == DueState::DueSoon) {
            r.dueNext.append(lineOf(t)); // the same rule as the 临期 figure: from asOf, dueSoonDays ahead
        }
    }
    r.dueNextTo = asOf.addDays(o.rules.dueSoonDays);
    // Lagging ids per unit, overdue (longest first) before behind pace.
    std::stable_sort(
        r.overdue.begin(), r.overdue.end(),
        [](const ReportTaskLine& a, const ReportTaskLine& b) { return a.daysOverdue > b.daysOverdue; });
    for (const ReportTaskLine& l : r.overdue) {
        const TaskRecord& t = tasks[index.value(l.id)];
        for (const QString& u : t.leadUnits)
            units[u].laggingIds.append(l.id);
    }
    for (const TaskRecord& t : tasks) {
        if (dueState(t.status, t.deadline, asOf, o.rules) != DueState::Overdue &&
            pace(t.status, t.percent, t.startDate, t.deadline, asOf, o.rules) == Pace::Behind) {
            for (const QString& u : t.leadUnits)
                units[u].laggingIds.append(t.id);
        }
    }
    std::sort(r.dueNext.begin(), r.dueNext.end(), [](const ReportTaskLine& a, const ReportTaskLine& b) {
        return a.deadline != b.deadline ? a.deadline < b.deadline : a.id < b.id;
    });
    r.units = units.values();
    std::sort(r.units.begin(), r.units.end(), [](const ReportUnitLine& a, const ReportUnitLine& b) {
        if (a.overdue != b.overdue)
            return a.overdue > b.overdue;
        if (a.behind != b.behind)
            return a.behind > b.behind;
        if (a.tasks != b.tasks)
            return a.tasks > b.tasks;
        return a.unit < b.unit;
    });
    for (const ReportUnitLine& l : std::as_const(r.units)) {
        if (!l.laggingIds.isEmpty())
            r.lagging.append(l);
    }

    // Completed in the period: the task's last status edit in it set it to done.
    QHash<qint64, AuditRecord> lastEdit;
    for (const AuditRecord& a : inPeriod)
        lastEdit.insert(a.taskId, a);
    for (auto it = lastEdit.cbegin(); it != lastEdit.cend(); ++it) {
        if (!index.contains(it.key()) || it->newValue != statusKey(Status::Done))
            continue;
        ReportTaskLine l = lineOf(tasks[index.value(it.key())]);
        l.doneOn = it->at.date();
        r.completed.append(l);
    }
    std::sort(r.completed.begin(), r.completed.end(), [](const ReportTaskLine& a, const ReportTaskLine& b) {
        return a.doneOn != b.doneOn ? a.doneOn < b.doneOn : a.id < b.id;
    });
    r.completedInPeriod = int(r.completed.size());

    for (const ProgressRecord& p : notesUpToAsOf) {
        if (p.date < o.period.from || p.date > seenTo || !index.contains(p.taskId))
            continue;
        const TaskRecord& t = tasks[index.value(p.taskId)];
        r.notes.append({p.date, p.taskId, t.title, p.unit.isEmpty() ? t.leadUnits.join(u'、') : p.unit,
                        p.text, p.percent});
    }

    if (o.scoring) {
        // The same ranking the 考评 page and duban-cli score give for the period, replayed to asOf.
        for (const UnitScore& s : repo.computeScores({o.period.from, o.period.to, asOf}, o.scoreRule, &e))
            if (o.units.isEmpty() || o.units.contains(s.figures.name))
                r.scores.append(s);
        if (e.isError()) {
            failWith(error, e.kind, e.message);
            return std::nullopt;
        }
    }

    const QString period = o.period.key();
    r.number = issue ? repo.issueReport(o.title, period, by, &e) : repo.reportNumber(o.title, period, &e);
    if (e.isError()) {
        failWith(error, e.kind, e.message);
        return std::nullopt;
    }
    return r;
}

} // namespace duban
