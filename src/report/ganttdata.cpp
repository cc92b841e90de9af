#include "report/ganttdata.h"

#include "core/translate.h"
#include "store/repository.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace duban {

namespace {

QString tr(const char* s)
{
    return translateIn({"duban::GanttData", "duban"}, s);
}

// Every title of one issuer starts alike (驻马店市人民政府办公室关于…的通知): the group reads its 文号 and
// what the title is about.
QString distinctiveTitle(const QString& title)
{
    QString t = title.simplified().remove(u' ');
    const int about = t.indexOf(QStringLiteral("关于"));
    if (about >= 0 && about <= 24)
        t = t.mid(about + 2);
    static const QStringList endings{QStringLiteral("的通知"), QStringLiteral("的实施意见"),
                                     QStringLiteral("的意见"), QStringLiteral("的决定"),
                                     QStringLiteral("的函")};
    for (const QString& e : endings) {
        if (t.endsWith(e) && t.size() > e.size()) {
            t.chop(e.size());
            break;
        }
    }
    if (t.startsWith(QStringLiteral("印发")) && t.size() > 4)
        t = t.mid(2);
    // The issuer's city again (驻马店市促消费…): the subject is what follows it.
    static const QRegularExpression city(QStringLiteral("^\\p{Han}{2,3}市(?!场)(?=\\p{Han}{4,})"));
    t.remove(city);
    return t;
}

QString directiveLabel(const DirectiveRecord& d)
{
    const QString about = distinctiveTitle(d.title);
    if (!d.docNumber.isEmpty())
        return about.isEmpty() ? d.docNumber : QStringLiteral("%1 %2").arg(d.docNumber, about);
    if (!about.isEmpty())
        return about;
    return d.sourceFile;
}

void summarise(GanttGroup& g)
{
    std::stable_sort(g.tasks.begin(), g.tasks.end(), [](const GanttTask& a, const GanttTask& b) {
        if (a.start != b.start)
            return a.start.isValid() && (!b.start.isValid() || a.start < b.start);
        if (a.deadline != b.deadline)
            return a.deadline.isValid() && (!b.deadline.isValid() || a.deadline < b.deadline);
        return a.id < b.id;
    });
    qint64 sum = 0;
    for (const GanttTask& t : g.tasks) {
        if (t.start.isValid() && (!g.start.isValid() || t.start < g.start))
            g.start = t.start;
        if (t.end().isValid() && (!g.end.isValid() || t.end() > g.end))
            g.end = t.end();
        g.openEnded = g.openEnded || t.isOpenEnded();
        g.overdue += t.due == DueState::Overdue ? 1 : 0;
        sum += t.percent;
    }
    g.percent = g.tasks.isEmpty() ? 0 : int(sum / g.tasks.size());
}

} // namespace

int GanttData::taskCount() const
{
    int n = 0;
    for (const GanttGroup& g : groups)
        n += int(g.tasks.size());
    return n;
}

GanttTask ganttTask(const TaskRecord& item, const QDate& directiveDate)
{
    GanttTask t;
    static_cast<TaskRecord&>(t) = item;
    t.start = item.startDate.isValid() ? item.startDate : directiveDate;
    // An import date later than the printed deadline says nothing about the work: fall back, then clamp.
    if (t.deadline.isValid() && t.start.isValid() && t.start > t.deadline)
        t.start = directiveDate.isValid() && directiveDate <= t.deadline ? directiveDate : t.deadline;
    if (!t.start.isValid())
        t.start = t.deadline;
    return t;
}

GanttData groupGanttTasks(const QList<GanttTask>& tasks, GanttGrouping grouping,
                          const QList<DirectiveRecord>& directives)
{
    GanttData out;
    QHash<QString, int> index;
    auto groupFor = [&](const QString& key, const QString& label, const QString& detail) -> GanttGroup& {
        auto it = index.constFind(key);
        if (it != index.constEnd())
            return out.groups[*it];
        index.insert(key, int(out.groups.size()));
        out.groups.append(GanttGroup{label, detail, {}, {}, {}, false, 0, 0});
        return out.groups.last();
    };
    if (grouping == GanttGrouping::Directive) {
        // Directives in the store's order first, so that groups appear even in the order they were signed.
        QList<DirectiveRecord> sorted = directives;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const DirectiveRecord& a, const DirectiveRecord& b) {
                             if (a.date != b.date)
                                 return a.date.isValid() && (!b.date.isValid() || a.date < b.date);
                             return a.id < b.id;
                         });
        for (const DirectiveRecord& d : sorted)
            groupFor(QString::number(d.id), directiveLabel(d), d.docNumber);
        for (const GanttTask& t : tasks)
            groupFor(QString::number(t.directiveId), t.directive, QString()).tasks.append(t);
    } else {
        const QString none = tr("未定牵头单位");
        for (const GanttTask& t : tasks) {
            if (t.leadUnits.isEmpty())
                groupFor(QString(), none, QString()).tasks.append(t);
            for (const QString& u : t.leadUnits)
                groupFor(u, u, QString()).tasks.append(t);
        }
        QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
        std::stable_sort(out.groups.begin(), out.groups.end(), [&](const GanttGroup& a, const GanttGroup& b) {
            return collator.compare(a.label, b.label) < 0;
        });
    }
    out.groups.removeIf([](const GanttGroup& g) { return g.tasks.isEmpty(); });
    for (GanttGroup& g : out.groups) {
        summarise(g);
        if (g.start.isValid() && (!out.first.isValid() || g.start < out.first))
            out.first = g.start;
        if (g.end.isValid() && (!out.last.isValid() || g.end > out.last))
            out.last = g.end;
    }
    return out;
}

GanttData loadGanttData(Repository& repo, GanttGrouping grouping, const QDate& asOf, const DueRules& rules,
                        StoreError* error)
{
    StoreError e;
    const QList<DirectiveRecord> directives = repo.directives(&e);
    if (e.isError()) {
        if (error)
            *error = e;
        return {};
    }
    QHash<qint64, QDate> dates;
    for (const DirectiveRecord& d : directives)
        dates.insert(d.id, d.date);
    TaskFilter f;
    f.asOf = asOf;
    f.dueSoonDays = rules.dueSoonDays;
    const QList<TaskRecord> items = repo.tasks(f, {TaskSortKey::Id, Qt::AscendingOrder}, 0, -1, &e);
    if (e.isError()) {
        if (error)
            *error = e;
        return {};
    }
    QList<GanttTask> tasks;
    tasks.reserve(items.size());
    for (const TaskRecord& it : items)
        tasks.append(ganttTask(it, dates.value(it.directiveId)));
    return groupGanttTasks(tasks, grouping, directives);
}

GanttData refreshGanttData(Repository& repo, const GanttData& held, const QList<qint64>& ids,
                           GanttGrouping grouping, const QDate& asOf, const DueRules& rules,
                           StoreError* error)
{
    StoreError e;
    const QList<DirectiveRecord> directives = repo.directives(&e);
    TaskFilter f;
    f.asOf = asOf;
    f.dueSoonDays = rules.dueSoonDays;
    f.ids = ids;
    const QList<TaskRecord> items = e.isError() ? QList<TaskRecord>() : repo.tasks(f, {}, 0, -1, &e);
    if (e.isError()) {
        if (error)
            *error = e;
        return held;
    }
    QHash<qint64, QDate> dates;
    for (const DirectiveRecord& d : directives)
        dates.insert(d.id, d.date);
    const QSet<qint64> changed(ids.cbegin(), ids.cend());
    QMap<qint64, GanttTask> tasks; // by id, as loadGanttData reads them; a task under two units once
    for (const GanttGroup& g : held.groups)
        for (const GanttTask& t : g.tasks)
            if (!changed.contains(t.id))
                tasks.insert(t.id, t);
    for (const TaskRecord& it : items)
        tasks.insert(it.id, ganttTask(it, dates.value(it.directiveId)));
    return groupGanttTasks(tasks.values(), grouping, directives);
}

} // namespace duban
