// The 督办 workflow's events: checked against the task's earlier events (core/workflow) in the transaction
// that writes them, kept in task_events and, as JSON, in the audit trail, so the trail alone replays the
// same state. What an event implies for the task (deadline, status, 撤销) goes through the same edit
// helpers as a person's edit, audited under the event's kind.
#include "core/clock.h"
#include "store/repositoryimpl.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace duban {

using store::setError;
using store::tr;

namespace {

const QString kEventField = QStringLiteral("event");
const QString kRemoved = QStringLiteral("event_removed");

const QString kEventColumns = QStringLiteral(
    "SELECT e.id, e.task_id, e.kind, e.unit_id, COALESCE(u.name, ''), e.on_date, e.at, e.\"by\", e.text, "
    "e.level, "
    "e.deadline, e.notice_no, e.ref_id FROM task_events e LEFT JOIN units u ON u.id = e.unit_id");

QList<TaskEvent> eventRows(QSqlQuery& q)
{
    QList<TaskEvent> out;
    while (q.next()) {
        TaskEvent e;
        e.id = q.value(0).toLongLong();
        e.taskId = q.value(1).toLongLong();
        e.kind = eventKindFromKey(q.value(2).toString()).value_or(EventKind::Sign);
        e.unitId = q.value(3).toLongLong();
        e.unit = q.value(4).toString();
        e.onDate = store::dateFrom(q.value(5));
        e.at = store::timeFrom(q.value(6));
        e.by = q.value(7).toString();
        e.text = q.value(8).toString();
        e.level = q.value(9).toInt();
        e.deadline = store::dateFrom(q.value(10));
        e.noticeNo = q.value(11).toString();
        e.refId = q.value(12).toLongLong();
        out.append(e);
    }
    return out;
}

QVariant nullable(qint64 v)
{
    return v > 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null of another type: store::bind() writes a null QString as '' (the NOT NULL text columns' "none").
const QVariant kNull = QVariant(QMetaType(QMetaType::Int));

QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? kNull : QVariant(s);
}

// What the task held before an event changed it, so that removing the event can put it back.
struct Before
{
    QDate deadline, originalDeadline;
    int status = 0, percent = 0;
};

QJsonObject eventJson(const TaskEvent& e, const Before& before)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("unit_id"), e.unitId},
                  {QStringLiteral("on_date"), store::isoDate(e.onDate)},
                  {QStringLiteral("text"), e.text}};
    if (e.level)
        o.insert(QStringLiteral("level"), e.level);
    if (e.deadline.isValid())
        o.insert(QStringLiteral("deadline"), store::isoDate(e.deadline));
    if (!e.noticeNo.isEmpty())
        o.insert(QStringLiteral("notice_no"), e.noticeNo);
    if (e.refId)
        o.insert(QStringLiteral("ref_id"), e.refId);
    o.insert(QStringLiteral("before"),
             QJsonObject{{QStringLiteral("deadline"), store::isoDate(before.deadline)},
                         {QStringLiteral("original_deadline"), store::isoDate(before.originalDeadline)},
                         {QStringLiteral("status"), statusKey(Status(before.status))},
                         {QStringLiteral("percent"), before.percent}});
    return o;
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

TaskEvent eventFromJson(qint64 taskId, const QString& kind, const QString& at, const QString& by,
                        const QJsonObject& o)
{
    TaskEvent e;
    e.id = o.value(QStringLiteral("id")).toInteger();
    e.taskId = taskId;
    e.kind = eventKindFromKey(kind).value_or(EventKind::Sign);
    e.unitId = o.value(QStringLiteral("unit_id")).toInteger();
    e.onDate = QDate::fromString(o.value(QStringLiteral("on_date")).toString(), Qt::ISODate);
    e.at = store::timeFrom(at);
    e.by = by;
    e.text = o.value(QStringLiteral("text")).toString();
    e.level = o.value(QStringLiteral("level")).toInt();
    e.deadline = QDate::fromString(o.value(QStringLiteral("deadline")).toString(), Qt::ISODate);
    e.noticeNo = o.value(QStringLiteral("notice_no")).toString();
    e.refId = o.value(QStringLiteral("ref_id")).toInteger();
    return e;
}

bool loadEvents(const Repository::Impl& d, qint64 taskId, QList<TaskEvent>* out, StoreError* error)
{
    QSqlQuery q = d.query();
    if (!d.run(q, kEventColumns + QStringLiteral(" WHERE e.task_id = ? ORDER BY e.id"), {taskId}, error))
        return false;
    *out = eventRows(q);
    return true;
}

bool readBefore(const Repository::Impl& d, qint64 taskId, Before* b, bool* cancelled, StoreError* error)
{
    QSqlQuery q = d.query();
    if (!d.run(q,
               QStringLiteral("SELECT deadline, original_deadline, status, percent, retired_at FROM tasks "
                              "WHERE id = ?"),
               {taskId}, error))
        return false;
    if (!q.next())
        return setError(error, StoreError::BadInput,
                        tr("数据库 %1 中没有编号为 %2 的任务").arg(d.path).arg(taskId));
    b->deadline = store::dateFrom(q.value(0));
    b->originalDeadline = store::dateFrom(q.value(1));
    b->status = int(statusFromKey(q.value(2).toString()).value_or(Status::NotStarted));
    b->percent = q.value(3).toInt();
    *cancelled = !q.value(4).isNull();
    return true;
}

// The unit's name when it is one of the task's units; an error naming both otherwise.
bool unitOfTask(const Repository::Impl& d, qint64 taskId, qint64 unitId, QString* name, StoreError* error)
{
    QSqlQuery q = d.query();
    if (!d.run(q, QStringLiteral("SELECT name FROM units WHERE id = ?"), {unitId}, error))
        return false;
    if (!q.next())
        return setError(error, StoreError::BadInput,
                        tr("数据库 %1 中没有编号为 %2 的单位").arg(d.path).arg(unitId));
    *name = q.value(0).toString();
    q.finish();
    if (!d.run(q, QStringLiteral("SELECT 1 FROM task_units WHERE task_id = ? AND unit_id = ?"),
               {taskId, unitId}, error))
        return false;
    if (!q.next())
        return setError(error, StoreError::BadInput,
                        tr("%1不是任务 %2 的牵头或配合单位").arg(*name).arg(taskId));
    return true;
}

bool setOriginalDeadline(const Repository::Impl& d, qint64 taskId, const QDate& from, const QDate& to,
                         const QString& by, const QString& action, StoreError* error)
{
    QSqlQuery q = d.query();
    return d.run(q, QStringLiteral("UPDATE tasks SET original_deadline = ? WHERE id = ?"),
                 {store::dateValue(to), taskId}, error) &&
           d.audit(taskId, by, action, QStringLiteral("original_deadline"), store::isoDate(from),
                   store::isoDate(to), error);
}

bool setRetired(const Repository::Impl& d, qint64 taskId, bool retired, StoreError* error)
{
    const QString now = store::nowText();
    QSqlQuery q = d.query();
    return d.run(q, QStringLiteral("UPDATE tasks SET retired_at = ?, updated_at = ? WHERE id = ?"),
                 {retired ? QVariant(now) : kNull, now, taskId}, error);
}

bool edit(const Repository::Impl& d, qint64 taskId, TaskField f, const QVariant& v, const QString& by,
          const QString& action, StoreError* error)
{
    QVariant old;
    return applyTaskEdit(d, {taskId, f, v}, by, action, &old, error);
}

// Numbers run per year and are never reused: the next is one past the highest issued, so removing a
// notice from the middle cannot hand its number out twice.
QString nextNotice(const Repository::Impl& d, int year, StoreError* error)
{
    QSqlQuery q = d.query();
    if (!d.run(q,
               QStringLiteral("SELECT notice_no FROM task_events WHERE kind = 'chase' AND notice_no LIKE ?"),
               {QStringLiteral("%") + QString::number(year) + QStringLiteral("%")}, error))
        return {};
    int last = 0;
    while (q.next())
        last = std::max(last, noticeSerial(q.value(0).toString(), year));
    return chaseNoticeText(year, last + 1);
}

// What the event implies for the task itself.
bool applyImplied(const Repository::Impl& d, const TaskEvent& e, const Before& before, const QString& by,
                  StoreError* error)
{
    const QString action = eventKindKey(e.kind);
    switch (e.kind) {
    case EventKind::ExtendApprove:
        // The first approval keeps the deadline offices assess by (按原定时间); later ones leave it.
        if (!before.originalDeadline.isValid() && before.deadline.isValid() &&
            !setOriginalDeadline(d, e.taskId, {}, before.deadline, by, action, error))
            return false;
        return edit(d, e.taskId, TaskField::Deadline, e.deadline, by, action, error);
    case EventKind::StrikeOff:
        return edit(d, e.taskId, TaskField::Status, int(Status::Done), by, action, error) &&
               applyStatusRule(d, e.taskId, by, action, error);
    case EventKind::Suspend:
        return edit(d, e.taskId, TaskField::Status, int(Status::Suspended), by, action, error);
    case EventKind::Resume:
        return edit(d, e.taskId, TaskField::Status,
                    int(followStatusRule(Status::NotStarted, before.percent).status), by, action, error);
    case EventKind::Cancel:
        return setRetired(d, e.taskId, true, error);
    default:
        return true;
    }
}

} // namespace

qint64 insertEvent(const Repository::Impl& d, qint64 taskId, const EventInput& in, const QString& by,
                   StoreError* error)
{
    if (by.trimmed().isEmpty()) {
        setError(error, StoreError::BadInput, tr("修改必须注明修改人"));
        return 0;
    }
    Before before;
    bool cancelled = false;
    if (!readBefore(d, taskId, &before, &cancelled, error))
        return 0;
    QString unitName;
    if (in.unitId > 0 && !unitOfTask(d, taskId, in.unitId, &unitName, error))
        return 0;
    QList<TaskEvent> earlier;
    if (!loadEvents(d, taskId, &earlier, error))
        return 0;
    const WorkflowState state = replayEvents(earlier);
    const TaskFacts facts{Status(before.status), before.deadline, cancelled};
    const QString why = eventRefusal(state, facts, in, unitName);
    if (!why.isEmpty()) {
        setError(error, StoreError::BadInput, tr("任务 %1：%2").arg(taskId).arg(why));
        return 0;
    }

    TaskEvent e;
    e.taskId = taskId;
    e.kind = in.kind;
    e.unitId = in.unitId;
    e.unit = unitName;
    e.onDate = in.onDate.isValid() ? in.onDate : Clock::today();
    e.by = by.trimmed();
    e.text = in.text.trimmed();
    e.level = in.kind == EventKind::Chase ? in.level : 0;
    e.deadline = in.deadline;
    if (in.kind == EventKind::ExtendApprove && !e.deadline.isValid())
        e.deadline = state.requestedDeadline;
    e.refId = in.refId ? in.refId : answeredRequest(state, in.kind);
    e.noticeNo = in.noticeNo.trimmed();
    if (in.kind == EventKind::Chase && e.noticeNo.isEmpty()) {
        e.noticeNo = nextNotice(d, e.onDate.year(), error);
        if (e.noticeNo.isEmpty())
            return 0;
    }
    const QString at = store::nowText();
    QSqlQuery q = d.query();
    if (!d.run(q,
               QStringLiteral(
                   "INSERT INTO task_events (task_id, kind, unit_id, on_date, at, \"by\", text, level, "
                   "deadline, notice_no, ref_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {taskId, eventKindKey(e.kind), nullable(e.unitId), store::isoDate(e.onDate), at, e.by, e.text,
                e.level ? QVariant(e.level) : QVariant(QMetaType(QMetaType::Int)),
                store::dateValue(e.deadline), nullableText(e.noticeNo), nullable(e.refId)},
               error))
        return 0;
    e.id = q.lastInsertId().toLongLong();
    e.at = store::timeFrom(at);
    if (!d.audit(taskId, e.by, eventKindKey(e.kind), kEventField, QVariant(), compact(eventJson(e, before)),
                 error) ||
        !applyImplied(d, e, before, e.by, error) || !d.touch(taskId, error))
        return 0;
    return e.id;
}

qint64 Repository::recordEvent(qint64 taskId, const EventInput& in, const QString& by, StoreError* error)
{
    const QList<qint64> ids = recordEvents({taskId}, in, by, error);
    return ids.value(0);
}

QList<qint64> Repository::recordEvents(const QList<qint64>& taskIds, const EventInput& in, const QString& by,
                                       StoreError* error)
{
    WriteTransaction tx(*d, error);
    if (!tx.ok())
        return {};
    EventInput shared = in;
    if (in.kind == EventKind::Chase && in.noticeNo.trimmed().isEmpty()) {
        shared.noticeNo = nextNotice(*d, (in.onDate.isValid() ? in.onDate : Clock::today()).year(), error);
        if (shared.noticeNo.isEmpty())
            return {};
    }
    QList<qint64> ids;
    for (qint64 taskId : taskIds) {
        const qint64 id = insertEvent(*d, taskId, shared, by, error);
        if (id <= 0)
            return {};
        ids.append(id);
    }
    if (!tx.commit(error))
        return {};
    return ids;
}

QList<TaskEvent> Repository::events(qint64 taskId, StoreError* error)
{
    QList<TaskEvent> out;
    loadEvents(*d, taskId, &out, error);
    return out;
}

WorkflowState Repository::workflowState(qint64 taskId, StoreError* error)
{
    return replayEvents(events(taskId, error));
}

QList<TaskEvent> Repository::eventsBetween(const QDate& from, const QDate& to, const QList<EventKind>& kinds,
                                           StoreError* error)
{
    QStringList where;
    QVariantList binds;
    if (from.isValid()) {
        where << QStringLiteral("e.on_date >= ?");
        binds << store::isoDate(from);
    }
    if (to.isValid()) {
        where << QStringLiteral("e.on_date <= ?");
        binds << store::isoDate(to);
    }
    if (!kinds.isEmpty()) {
        QStringList marks;
        for (EventKind k : kinds) {
            marks << QStringLiteral("?");
            binds << eventKindKey(k);
        }
        where << QStringLiteral("e.kind IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    QSqlQuery q = d->query();
    const QString sql =
        kEventColumns +
        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY e.on_date, e.id");
    if (!d->run(q, sql, binds, error))
        return {};
    return eventRows(q);
}

QHash<qint64, QList<LateSign>> Repository::lateSigns(const QDate& asOf, int limit, qint64 taskId,
                                                     StoreError* error)
{
    StoreError e;
    const QList<TaskEvent> events =
        taskId ? this->events(taskId, &e) : eventsBetween({}, asOf, {EventKind::Assign, EventKind::Sign}, &e);
    if (e.isError()) {
        if (error)
            *error = e;
        return {};
    }
    QHash<qint64, WorkflowState> states;
    QHash<qint64, QString> names;
    for (const TaskEvent& ev : events) {
        if ((ev.kind != EventKind::Assign && ev.kind != EventKind::Sign) || ev.onDate > asOf)
            continue;
        applyEvent(states[ev.taskId], ev);
        if (ev.unitId != 0)
            names.insert(ev.unitId, ev.unit);
    }
    QHash<qint64, QList<LateSign>> out;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        QList<LateSign> late = lateSigners(it.value(), asOf, limit);
        if (late.isEmpty())
            continue;
        for (LateSign& l : late)
            l.unit = names.value(l.unitId);
        out.insert(it.key(), late);
    }
    return out;
}

QList<TaskEvent> Repository::eventsFromAudit(qint64 taskId, StoreError* error)
{
    QSqlQuery q = d->query();
    if (!d->run(q,
                QStringLiteral("SELECT action, at, \"by\", old_value, new_value FROM audit_log "
                               "WHERE task_id = ? AND field = ? ORDER BY id"),
                {taskId, kEventField}, error))
        return {};
    QList<TaskEvent> out;
    while (q.next()) {
        const QString action = q.value(0).toString();
        if (action == kRemoved) {
            const qint64 id = parse(q.value(3)).value(QStringLiteral("id")).toInteger();
            out.removeIf([id](const TaskEvent& e) { return e.id == id; });
            continue;
        }
        out.append(
            eventFromJson(taskId, action, q.value(1).toString(), q.value(2).toString(), parse(q.value(4))));
    }
    return out;
}

QString Repository::chaseNoticeNumber(int year, StoreError* error)
{
    return nextNotice(*d, year, error);
}

namespace {

bool removeOne(const Repository::Impl* d, qint64 eventId, const QString& by, StoreError* error)
{
    QSqlQuery q = d->query();
    if (!d->run(q, kEventColumns + QStringLiteral(" WHERE e.id = ?"), {eventId}, error))
        return false;
    const QList<TaskEvent> found = eventRows(q);
    if (found.isEmpty())
        return setError(error, StoreError::BadInput,
                        tr("数据库 %1 中没有编号为 %2 的督办事件").arg(d->path).arg(eventId));
    const TaskEvent e = found.first();
    const QString label = eventKindLabel(e.kind);
    QList<TaskEvent> all;
    if (!loadEvents(*d, e.taskId, &all, error))
        return false;
    if (all.last().id != e.id)
        return setError(error, StoreError::Conflict,
                        tr("任务 %1 在“%2”之后又记录了“%3”，不能撤回这一步")
                            .arg(e.taskId)
                            .arg(label, eventKindLabel(all.last().kind)));
    // The event's audit row holds what the task was before it.
    if (!d->run(
            q,
            QStringLiteral("SELECT new_value FROM audit_log WHERE task_id = ? AND field = ? AND action = ? "
                           "ORDER BY id DESC"),
            {e.taskId, kEventField, eventKindKey(e.kind)}, error))
        return false;
    QJsonObject stored;
    while (q.next()) {
        const QJsonObject o = parse(q.value(0));
        if (o.value(QStringLiteral("id")).toInteger() == e.id) {
            stored = o;
            break;
        }
    }
    q.finish();
    const QJsonObject before = stored.value(QStringLiteral("before")).toObject();
    Before now;
    bool cancelled = false;
    if (!readBefore(*d, e.taskId, &now, &cancelled, error))
        return false;
    const auto changed = [&](const QString& what) {
        return setError(error, StoreError::Conflict,
                        tr("任务 %1 的%2已被改动，不能撤回“%3”").arg(e.taskId).arg(what, label));
    };
    const QString action = kRemoved;
    switch (e.kind) {
    case EventKind::ExtendApprove: {
        if (now.deadline != e.deadline)
            return changed(tr("完成时限"));
        const QDate oldDeadline =
            QDate::fromString(before.value(QStringLiteral("deadline")).toString(), Qt::ISODate);
        const QDate oldOriginal =
            QDate::fromString(before.value(QStringLiteral("original_deadline")).toString(), Qt::ISODate);
        if (!edit(*d, e.taskId, TaskField::Deadline, oldDeadline, by, action, error))
            return false;
        if (oldOriginal != now.originalDeadline &&
            !setOriginalDeadline(*d, e.taskId, now.originalDeadline, oldOriginal, by, action, error))
            return false;
        break;
    }
    case EventKind::StrikeOff:
    case EventKind::Suspend:
    case EventKind::Resume: {
        const Status wrote = e.kind == EventKind::StrikeOff ? Status::Done
                             : e.kind == EventKind::Suspend ? Status::Suspended
                                                            : Status(now.status);
        if (Status(now.status) != wrote || (e.kind == EventKind::Resume && wrote == Status::Suspended))
            return changed(tr("状态"));
        const auto status = statusFromKey(before.value(QStringLiteral("status")).toString());
        if (status && !edit(*d, e.taskId, TaskField::Status, int(*status), by, action, error))
            return false;
        if (e.kind == EventKind::StrikeOff &&
            !edit(*d, e.taskId, TaskField::Percent, before.value(QStringLiteral("percent")).toInt(), by,
                  action, error))
            return false;
        break;
    }
    case EventKind::Cancel:
        if (!cancelled)
            return changed(tr("撤销状态"));
        if (!setRetired(*d, e.taskId, false, error))
            return false;
        break;
    default:
        break;
    }
    if (!d->run(q, QStringLiteral("DELETE FROM task_events WHERE id = ?"), {e.id}, error) ||
        !d->audit(e.taskId, by, kRemoved, kEventField,
                  compact(stored.isEmpty() ? QJsonObject{{QStringLiteral("id"), e.id}} : stored), QVariant(),
                  error) ||
        !d->touch(e.taskId, error))
        return false;
    return true;
}

} // namespace

bool Repository::removeEvent(qint64 eventId, const QString& by, StoreError* error)
{
    return removeEvents({eventId}, by, error);
}

bool Repository::removeEvents(const QList<qint64>& eventIds, const QString& by, StoreError* error)
{
    if (by.trimmed().isEmpty())
        return setError(error, StoreError::BadInput, tr("修改必须注明修改人"));
    WriteTransaction tx(*d, error);
    if (!tx.ok())
        return false;
    for (auto it = eventIds.crbegin(); it != eventIds.crend(); ++it) {
        if (!removeOne(d.get(), *it, by, error))
            return false;
    }
    return tx.commit(error);
}

} // namespace duban
