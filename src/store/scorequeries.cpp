// 考评 and reminders: what the audit trail, the progress log and the workflow events say about each task,
// handed to core/scoring for the replay; the published rankings (score_runs); what to chase today.
#include "core/clock.h"
#include "core/translate.h"
#include "store/repositoryimpl.h"

#include <QJsonDocument>

namespace duban {

using store::setError;

namespace {

QString tr(const char* text)
{
    return translateIn({"duban::Repository", "Store", "duban::store", "duban"}, text);
}

// The local day a row was recorded on: ISO times with offset start with it.
QDate dayOf(const QVariant& at)
{
    return QDate::fromString(at.toString().left(10), Qt::ISODate);
}

// Everything recorded on or before `asOf`: what happened later cannot change a ranking of that day.
bool scoreInputs(const Repository::Impl& d, const QDate& asOf, QList<ScoreTaskInput>* tasks,
                 QList<ScoreUnit>* units, StoreError* error)
{
    const QString last = store::isoDate(asOf);
    QSqlQuery q = d.query();
    q.setForwardOnly(true);
    QHash<qint64, int> index;
    if (!d.run(q,
               QStringLiteral(
                   "SELECT id, created_at, retired_at, status, deadline, original_deadline FROM tasks "
                   "WHERE substr(created_at, 1, 10) <= ? ORDER BY id"),
               {last}, error))
        return false;
    while (q.next()) {
        ScoreTaskInput t;
        t.id = q.value(0).toLongLong();
        t.created = dayOf(q.value(1));
        t.retired = q.value(2).isNull() ? QDate() : dayOf(q.value(2));
        t.status = statusFromKey(q.value(3).toString()).value_or(Status::NotStarted);
        t.deadline = store::dateFrom(q.value(4));
        t.originalDeadline = store::dateFrom(q.value(5));
        index.insert(t.id, int(tasks->size()));
        tasks->append(t);
    }
    q.finish();
    // Rows whose first column is a task id, each handed to `add` with that task's input.
    const auto eachRow = [&](const QString& sql, const QVariantList& binds, auto add) {
        if (!d.run(q, sql, binds, error))
            return false;
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.constEnd())
                add((*tasks)[*it]);
        }
        q.finish();
        return true;
    };
    if (!eachRow(QStringLiteral("SELECT task_id, unit_id, role FROM task_units ORDER BY task_id, position"),
                 {}, [&](ScoreTaskInput& t) {
                     (q.value(2).toString() == QLatin1String("lead") ? t.leadUnits : t.coUnits)
                         .append(q.value(1).toLongLong());
                 }))
        return false;
    // The whole trail of status and deadline, later rows included: a change after the day tells what the
    // value was before it.
    if (!eachRow(QStringLiteral("SELECT task_id, at, field, old_value, new_value FROM audit_log "
                                "WHERE task_id IS NOT NULL AND field IN ('status', 'deadline') ORDER BY id"),
                 {}, [&](ScoreTaskInput& t) {
                     const DatedValue v{dayOf(q.value(1)), q.value(3).toString(), q.value(4).toString()};
                     (q.value(2).toString() == QLatin1String("status") ? t.statusChanges : t.deadlineChanges)
                         .append(v);
                 }))
        return false;
    if (!eachRow(
            QStringLiteral("SELECT task_id, on_date FROM progress_updates WHERE substr(recorded_at, 1, 10) "
                           "<= ? ORDER BY on_date, id"),
            {last}, [&](ScoreTaskInput& t) { t.reports.append(store::dateFrom(q.value(1))); }))
        return false;
    if (!eachRow(QStringLiteral("SELECT task_id, kind, unit_id, on_date, level FROM task_events "
                                "WHERE substr(at, 1, 10) <= ? ORDER BY on_date, id"),
                 {last}, [&](ScoreTaskInput& t) {
                     t.events.append(ScoreEvent{q.value(1).toString(), q.value(2).toLongLong(),
                                                store::dateFrom(q.value(3)), q.value(4).toInt()});
                 }))
        return false;
    if (!d.run(q, QStringLiteral("SELECT id, name FROM units ORDER BY name"), {}, error))
        return false;
    while (q.next())
        units->append(ScoreUnit{q.value(0).toLongLong(), q.value(1).toString()});
    return true;
}

bool checkPeriod(const ScorePeriod& p, StoreError* error)
{
    if (!p.from.isValid() || !p.to.isValid() || p.from > p.to)
        return setError(error, StoreError::BadInput, tr("考评期间无效：起止日期须有效且起始不晚于截止"));
    return true;
}

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonFrom(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QList<ScoreRun> runRows(QSqlQuery& q)
{
    QList<ScoreRun> out;
    while (q.next()) {
        ScoreRun r;
        r.id = q.value(0).toLongLong();
        r.period = {store::dateFrom(q.value(1)), store::dateFrom(q.value(2)), store::dateFrom(q.value(3))};
        r.rule = ScoreRule::fromJson(jsonFrom(q.value(4)));
        r.scores = scoresFromJson(jsonFrom(q.value(5)));
        r.computedAt = store::timeFrom(q.value(6));
        r.by = q.value(7).toString();
        out.append(r);
    }
    return out;
}

const QString kRunColumns = QStringLiteral(
    "SELECT id, period_from, period_to, as_of, rule_json, result_json, computed_at, \"by\" FROM score_runs ");

} // namespace

QList<UnitScore> Repository::computeScores(const ScorePeriod& period, const ScoreRule& rule,
                                           StoreError* error)
{
    if (!checkPeriod(period, error))
        return {};
    QList<ScoreTaskInput> tasks;
    QList<ScoreUnit> units;
    if (!scoreInputs(*d, period.effectiveAsOf(), &tasks, &units, error))
        return {};
    return scoreUnits(unitFigures(tasks, units, period, rule), rule);
}

qint64 Repository::publishScores(const ScorePeriod& periodIn, const ScoreRule& rule, const QString& by,
                                 ScoreRun* run, StoreError* error)
{
    if (d->refuseIfReadOnly(error) || !checkPeriod(periodIn, error))
        return 0;
    // The as-of day is stored, never "today", so the run reproduces later.
    const ScorePeriod period{periodIn.from, periodIn.to, periodIn.effectiveAsOf()};
    WriteTransaction tx(*d, error);
    if (!tx.ok())
        return 0;
    ScoreRun r;
    r.period = period;
    r.rule = rule;
    r.scores = computeScores(period, rule, error);
    if (error && error->isError())
        return 0;
    r.computedAt = Clock::now();
    r.by = by;
    QSqlQuery q = d->query();
    if (!d->run(
            q,
            QStringLiteral("INSERT INTO score_runs (period_from, period_to, as_of, rule_json, result_json, "
                           "computed_at, \"by\") VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {store::isoDate(period.from), store::isoDate(period.to), store::isoDate(period.asOf),
             jsonText(rule.toJson()), jsonText(scoresToJson(r.scores)), store::nowText(), by},
            error))
        return 0;
    r.id = q.lastInsertId().toLongLong();
    q.finish();
    if (!tx.commit(error))
        return 0;
    if (run)
        *run = r;
    return r.id;
}

QList<ScoreRun> Repository::scoreRuns(StoreError* error)
{
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    if (!d->run(q, kRunColumns + QStringLiteral("ORDER BY id DESC"), {}, error))
        return {};
    return runRows(q);
}

std::optional<ScoreRun> Repository::scoreRun(qint64 id, StoreError* error)
{
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    if (!d->run(q, kRunColumns + QStringLiteral("WHERE id = ?"), {id}, error))
        return std::nullopt;
    const QList<ScoreRun> runs = runRows(q);
    if (runs.isEmpty()) {
        setError(error, StoreError::BadInput, tr("没有编号为 %1 的考评结果").arg(id));
        return std::nullopt;
    }
    return runs.front();
}

QList<TaskRecord> Repository::reminders(const QDate& asOfIn, const DueRules& rules, const QString& unit,
                                        StoreError* error)
{
    TaskFilter f;
    f.asOf = asOfIn.isValid() ? asOfIn : Clock::today();
    f.dueSoonDays = rules.dueSoonDays;
    f.byOriginalDeadline = rules.byOriginalDeadline;
    f.unit = unit;
    if (!unit.isEmpty() && !findUnit(unit, error))
        return {}; // an unknown name is an error, not an empty list to chase
    QList<TaskRecord> out;
    for (DueState due : {DueState::Overdue, DueState::DueSoon}) {
        f.due = due;
        StoreError e;
        QList<TaskRecord> part = tasks(f, {}, 0, -1, &e);
        if (e.isError()) {
            if (error)
                *error = e;
            return {};
        }
        for (TaskRecord& t : part)
            t.derive(f.asOf, rules);
        out += part;
    }
    return out;
}

} // namespace duban
