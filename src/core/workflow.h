#pragma once

// The 督办 workflow as events (交办, 签收, 催办, 延期, 办结申请 → 复核 → 销号, 暂缓, 撤销): what a task's
// event list says about it, and which event may follow. Pure functions: the store validates every event
// with eventRefusal() inside its transaction, and replaying the stored events (or their audit rows) gives
// the same state.
#include "core/status.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace duban {

enum class EventKind {
    Assign,        // 交办: the send date starts the 签收 clock
    Sign,          // 签收
    Chase,         // 催办 at a level, with a numbered notice
    ExtendRequest, // 延期申请
    ExtendApprove,
    ExtendRefuse,
    CloseRequest, // 办结申请
    CloseAccept,  // 复核通过
    CloseReturn,  // 复核退回
    StrikeOff,    // 销号: only now 已办结
    Suspend,      // 暂缓
    Resume,       // 恢复
    Cancel,       // 撤销
};

inline constexpr EventKind kAllEventKinds[] = {
    EventKind::Assign,        EventKind::Sign,         EventKind::Chase,        EventKind::ExtendRequest,
    EventKind::ExtendApprove, EventKind::ExtendRefuse, EventKind::CloseRequest, EventKind::CloseAccept,
    EventKind::CloseReturn,   EventKind::StrikeOff,    EventKind::Suspend,      EventKind::Resume,
    EventKind::Cancel};

// Stable keys stored in task_events.kind and audit_log.action, accepted on the command line.
QString eventKindKey(EventKind k);
std::optional<EventKind> eventKindFromKey(const QString& key); // also accepts the Chinese labels
QString eventKindLabel(EventKind k);                           // translated: 签收, 延期申请, …

// 催办 levels: 1 提醒, 2 催办, 3 通报 (the default names; the palette may rename and colour them).
inline constexpr int kChaseLevels = 3;
QString chaseLevelLabel(int level);
// The notice a chase sends: 督办通知单 for 通报, 催办单 below it.
QString chaseNoticeTitle(int level);
// "督办〔2026〕7号": the text of the n-th notice of a year; noticeSerial reads n back (0 = not one).
QString chaseNoticeText(int year, int n);
int noticeSerial(const QString& noticeNo, int year);

// What someone records. unitId 0 = the task as a whole.
struct EventInput
{
    EventKind kind = EventKind::Sign;
    qint64 unitId = 0;
    QDate onDate;     // invalid = today
    QString text;     // reason / note
    int level = 0;    // chase: 1..kChaseLevels
    QDate deadline;   // extend_request: requested; extend_approve: granted (invalid = as requested)
    QString noticeNo; // chase: empty = the next number
    qint64 refId = 0; // approve/refuse/accept/return: the request answered (0 = the pending one)
};

// One stored event.
struct TaskEvent
{
    qint64 id = 0;
    qint64 taskId = 0;
    EventKind kind = EventKind::Sign;
    qint64 unitId = 0;
    QString unit; // the unit's name, empty for the task
    QDate onDate;
    QDateTime at;
    QString by;
    QString text;
    int level = 0;
    QDate deadline;
    QString noticeNo;
    qint64 refId = 0;
};

// What a task's events say, oldest first replayed.
struct WorkflowState
{
    QHash<qint64, QDate> assignedOn; // unit (0 = the task) → first 交办 date
    QHash<qint64, QDate> signedOn;   // unit (0 = the task) → 签收 date
    qint64 pendingExtension = 0;     // the 延期申请 awaiting an answer
    QDate requestedDeadline;
    int extensionsGranted = 0;
    QDate grantedDeadline;    // the last approved one
    qint64 pendingClose = 0;  // the 办结申请 awaiting 复核
    qint64 acceptedClose = 0; // the 办结申请 accepted, awaiting 销号
    int closeReturns = 0;
    bool struckOff = false;
    bool suspended = false;
    bool cancelled = false;
    int chases = 0;
    int lastChaseLevel = 0;
    QDate lastChase;
    qint64 lastEventId = 0;

    bool operator==(const WorkflowState&) const = default;
};

WorkflowState replayEvents(const QList<TaskEvent>& events);
void applyEvent(WorkflowState& state, const TaskEvent& e);

// What the task itself says, beside its events: a status edited by hand and a 撤销 by hand count too.
struct TaskFacts
{
    Status status = Status::NotStarted;
    QDate deadline;
    bool cancelled = false;
};

// Why `in` may not follow `state` (translated Chinese, naming the event), or empty when it may.
// unitName is how the message names in.unitId.
QString eventRefusal(const WorkflowState& state, const TaskFacts& facts, const EventInput& in,
                     const QString& unitName = {});

// The request an answer refers to when the input leaves refId 0: the pending one for its kind.
qint64 answeredRequest(const WorkflowState& state, EventKind answer);

// Working days (Monday to Friday) after `from` up to and including `to`; 0 when to <= from.
int workingDaysAfter(const QDate& from, const QDate& to);
// 签收 not done within `limit` working days of 交办: late when signed later, or unsigned on asOf.
bool signLate(const QDate& assigned, const QDate& signedOn, const QDate& asOf, int limit);
// The one 签收 clock the task views flag and 考评 counts "签收 on time" by. Pending: unsigned on asOf (a
// 签收 after asOf has not happened yet) with working days left; an invalid asOf judges signedOn alone.
enum class SignTiming { NotAssigned, Pending, OnTime, Late };
SignTiming signTiming(const QDate& assigned, const QDate& signedOn, const QDate& asOf, int limit);

// A unit (0 = the task) whose 签收 was or is late on a day.
struct LateSign
{
    qint64 unitId = 0;
    QDate assignedOn;
    QDate signedOn; // invalid: still unsigned
    QString unit;   // the unit's name where the caller knows it
};
// The task's late signers, by unit id. A 签收 answers a 交办 on or before it; one for the task as a whole
// (unit 0) answers every unit's, and any unit's answers a 交办 of the whole task.
QList<LateSign> lateSigners(const WorkflowState& state, const QDate& asOf, int limit);

} // namespace duban
