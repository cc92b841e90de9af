#include "core/scoring.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace duban {

namespace {

// A change recorded on `day` counts for that day's end.
template <typename Value>
Value replay(const QList<DatedValue>& changes, const QDate& day, const Value& now,
             Value (*parse)(const QString&))
{
    // The last change by the day gives the value; before the first change, the value it replaced.
    const DatedValue* last = nullptr;
    for (const DatedValue& c : changes) {
        if (c.on > day)
            return last ? parse(last->newValue) : parse(c.oldValue);
        last = &c;
    }
    return last ? parse(last->newValue) : now;
}

Status parseStatus(const QString& key)
{
    return statusFromKey(key).value_or(Status::NotStarted);
}

QDate parseDate(const QString& iso)
{
    return QDate::fromString(iso, Qt::ISODate);
}

// An event naming no unit concerns every unit the task counts for.
bool concerns(const ScoreEvent& e, qint64 unit)
{
    return e.unitId == 0 || e.unitId == unit;
}

bool within(const QDate& d, const QDate& from, const QDate& to)
{
    return d.isValid() && d >= from && d <= to;
}

double round2(double v)
{
    return std::round(v * 100) / 100;
}

double rate(int part, int whole)
{
    return whole > 0 ? double(part) / whole : 1.0;
}

} // namespace

QJsonObject ScoreRule::toJson() const
{
    QJsonArray chase;
    for (double d : chaseDeduction)
        chase.append(d);
    return {{QStringLiteral("on_time_weight"), onTimeWeight},
            {QStringLiteral("sign_weight"), signWeight},
            {QStringLiteral("report_weight"), reportWeight},
            {QStringLiteral("overdue_task_deduction"), overdueTaskDeduction},
            {QStringLiteral("overdue_day_deduction"), overdueDayDeduction},
            {QStringLiteral("chase_deduction"), chase},
            {QStringLiteral("sign_working_days"), signWorkingDays},
            {QStringLiteral("include_co_units"), includeCoUnits}};
}

ScoreRule ScoreRule::fromJson(const QJsonObject& o)
{
    ScoreRule r;
    const auto number = [&](const char* key, double& out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isDouble() && v.toDouble() >= 0)
            out = v.toDouble();
    };
    number("on_time_weight", r.onTimeWeight);
    number("sign_weight", r.signWeight);
    number("report_weight", r.reportWeight);
    number("overdue_task_deduction", r.overdueTaskDeduction);
    number("overdue_day_deduction", r.overdueDayDeduction);
    const QJsonArray chase = o.value(QStringLiteral("chase_deduction")).toArray();
    for (int i = 0; i < kChaseLevels && i < chase.size(); ++i)
        if (chase[i].isDouble() && chase[i].toDouble() >= 0)
            r.chaseDeduction[size_t(i)] = chase[i].toDouble();
    const QJsonValue days = o.value(QStringLiteral("sign_working_days"));
    if (days.isDouble() && days.toInt() >= 0)
        r.signWorkingDays = days.toInt();
    const QJsonValue co = o.value(QStringLiteral("include_co_units"));
    if (co.isBool())
        r.includeCoUnits = co.toBool();
    return r;
}

Status statusOn(const ScoreTaskInput& t, const QDate& day)
{
    return replay<Status>(t.statusChanges, day, t.status, parseStatus);
}

QDate deadlineOn(const ScoreTaskInput& t, const QDate& day)
{
    return replay<QDate>(t.deadlineChanges, day, t.deadline, parseDate);
}

QDate doneOn(const ScoreTaskInput& t, const QDate& day)
{
    if (statusOn(t, day) != Status::Done)
        return {};
    QDate last;
    for (const DatedValue& c : t.statusChanges)
        if (c.on <= day && c.newValue == statusKey(Status::Done))
            last = c.on;
    // Done from the start (imported as done) counts from the day the task was created.
    return last.isValid() ? last : t.created;
}

QDate judgedDeadline(const ScoreTaskInput& t, const QDate& day)
{
    if (t.originalDeadline.isValid())
        for (const ScoreEvent& e : t.events)
            if (e.kind == QLatin1String("extend_approve") && e.on <= day)
                return t.originalDeadline;
    return deadlineOn(t, day);
}

QList<UnitFigures> unitFigures(const QList<ScoreTaskInput>& tasks, const QList<ScoreUnit>& units,
                               const ScorePeriod& period, const ScoreRule& rule)
{
    const QDate asOf = period.effectiveAsOf();
    const QDate to = std::min(period.to, asOf); // nothing after the as-of day is known
    QList<UnitFigures> out;
    out.reserve(units.size());
    for (const ScoreUnit& u : units)
        out.append(UnitFigures{u.id, u.name});
    QHash<qint64, int> index;
    for (int i = 0; i < units.size(); ++i)
        index.insert(units[i].id, i);

    for (const ScoreTaskInput& t : tasks) {
        if (!t.created.isValid() || t.created > asOf || (t.retired.isValid() && t.retired <= asOf))
            continue;
        if (statusOn(t, period.from.addDays(-1)) == Status::Done && t.created < period.from)
            continue; // finished before the period: nothing to assess in it
        const Status status = statusOn(t, asOf);
        const QDate deadline = deadlineOn(t, asOf);
        const QDate judged = judgedDeadline(t, asOf);
        const QDate done = doneOn(t, asOf);
        const bool open = status == Status::NotStarted || status == Status::InProgress;

        QList<qint64> mine = t.leadUnits;
        if (rule.includeCoUnits)
            for (qint64 c : t.coUnits)
                if (!mine.contains(c))
                    mine.append(c);
        for (qint64 unit : std::as_const(mine)) {
            const auto it = index.constFind(unit);
            if (it == index.constEnd())
                continue;
            UnitFigures& f = out[*it];
            ++f.tasks;
            if (within(judged, period.from, to)) {
                ++f.due;
                if (done.isValid() && done <= judged)
                    ++f.doneOnTime;
            }
            if (open && deadline.isValid() && deadline < asOf) {
                ++f.overdue;
                f.overdueDays += int(deadline.daysTo(asOf));
            } else if (within(done, period.from, to) && deadline.isValid() && done > deadline) {
                ++f.overdue;
                f.overdueDays += int(deadline.daysTo(done));
            }
            bool reported = false;
            for (const QDate& r : t.reports)
                if (within(r, period.from, to)) {
                    ++f.reports;
                    reported = true;
                }
            if (reported)
                ++f.reported;
            for (const ScoreEvent& e : t.events) {
                if (!concerns(e, unit) || !within(e.on, period.from, to))
                    continue;
                if (e.kind == QLatin1String("chase") && e.level >= 1 && e.level <= kChaseLevels)
                    ++f.chases[size_t(e.level - 1)];
                if (e.kind != QLatin1String("assign"))
                    continue;
                QDate signedOn;
                for (const ScoreEvent& s : t.events)
                    if (s.kind == QLatin1String("sign") && concerns(s, unit) && s.on >= e.on &&
                        s.on <= asOf) {
                        signedOn = s.on;
                        break;
                    }
                // The clock the task views flag 签收 by (core/workflow.h), with the rule's own window.
                const SignTiming timing = signTiming(e.on, signedOn, asOf, rule.signWorkingDays);
                if (timing == SignTiming::Pending)
                    continue; // still time to sign: not judged yet
                ++f.assigned;
                if (timing == SignTiming::OnTime)
                    ++f.signedOnTime;
            }
        }
    }
    // A unit is assessed for the tasks it has; the others have nothing in the period.
    out.erase(std::remove_if(out.begin(), out.end(), [](const UnitFigures& f) { return f.tasks == 0; }),
              out.end());
    return out;
}

QList<UnitScore> scoreUnits(const QList<UnitFigures>& figures, const ScoreRule& rule)
{
    QList<UnitScore> out;
    for (const UnitFigures& f : figures) {
        if (f.tasks == 0)
            continue;
        UnitScore s;
        s.figures = f;
        s.onTimeRate = rate(f.doneOnTime, f.due);
        s.signRate = rate(f.signedOnTime, f.assigned);
        s.reportRate = rate(f.reported, f.tasks);
        s.points = rule.onTimeWeight * s.onTimeRate + rule.signWeight * s.signRate +
                   rule.reportWeight * s.reportRate;
        s.deductions = rule.overdueTaskDeduction * f.overdue + rule.overdueDayDeduction * f.overdueDays;
        for (int l = 0; l < kChaseLevels; ++l)
            s.deductions += rule.chaseDeduction[size_t(l)] * f.chases[size_t(l)];
        s.points = round2(s.points);
        s.deductions = round2(s.deductions);
        s.score = std::max(0.0, round2(s.points - s.deductions));
        out.append(s);
    }
    std::stable_sort(out.begin(), out.end(), [](const UnitScore& a, const UnitScore& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.figures.name < b.figures.name;
    });
    for (int i = 0; i < out.size(); ++i)
        out[i].rank = i > 0 && out[i].score == out[i - 1].score ? out[i - 1].rank : i + 1;
    return out;
}

QJsonObject scoresToJson(const QList<UnitScore>& scores)
{
    QJsonArray rows;
    for (const UnitScore& s : scores) {
        const UnitFigures& f = s.figures;
        QJsonArray chases;
        for (int c : f.chases)
            chases.append(c);
        rows.append(QJsonObject{{QStringLiteral("rank"), s.rank},
                                {QStringLiteral("unit_id"), f.unitId},
                                {QStringLiteral("unit"), f.name},
                                {QStringLiteral("tasks"), f.tasks},
                                {QStringLiteral("due"), f.due},
                                {QStringLiteral("done_on_time"), f.doneOnTime},
                                {QStringLiteral("overdue"), f.overdue},
                                {QStringLiteral("overdue_days"), f.overdueDays},
                                {QStringLiteral("assigned"), f.assigned},
                                {QStringLiteral("signed_on_time"), f.signedOnTime},
                                {QStringLiteral("reported"), f.reported},
                                {QStringLiteral("reports"), f.reports},
                                {QStringLiteral("chases"), chases},
                                {QStringLiteral("on_time_rate"), round2(s.onTimeRate * 100)},
                                {QStringLiteral("sign_rate"), round2(s.signRate * 100)},
                                {QStringLiteral("report_rate"), round2(s.reportRate * 100)},
                                {QStringLiteral("points"), s.points},
                                {QStringLiteral("deductions"), s.deductions},
                                {QStringLiteral("score"), s.score}});
    }
    return {{QStringLiteral("units"), rows}};
}

QList<UnitScore> scoresFromJson(const QJsonObject& o)
{
    QList<UnitScore> out;
    for (const QJsonValue& v : o.value(QStringLiteral("units")).toArray()) {
        const QJsonObject r = v.toObject();
        UnitScore s;
        UnitFigures& f = s.figures;
        const auto i = [&](const char* key) { return r.value(QLatin1String(key)).toInt(); };
        const auto d = [&](const char* key) { return r.value(QLatin1String(key)).toDouble(); };
        s.rank = i("rank");
        f.unitId = r.value(QStringLiteral("unit_id")).toInteger();
        f.name = r.value(QStringLiteral("unit")).toString();
        f.tasks = i("tasks");
        f.due = i("due");
        f.doneOnTime = i("done_on_time");
        f.overdue = i("overdue");
        f.overdueDays = i("overdue_days");
        f.assigned = i("assigned");
        f.signedOnTime = i("signed_on_time");
        f.reported = i("reported");
        f.reports = i("reports");
        const QJsonArray chases = r.value(QStringLiteral("chases")).toArray();
        for (int l = 0; l < kChaseLevels && l < chases.size(); ++l)
            f.chases[size_t(l)] = chases[l].toInt();
        s.onTimeRate = d("on_time_rate") / 100;
        s.signRate = d("sign_rate") / 100;
        s.reportRate = d("report_rate") / 100;
        s.points = d("points");
        s.deductions = d("deductions");
        s.score = d("score");
        out.append(s);
    }
    return out;
}

} // namespace duban
