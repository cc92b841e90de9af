#include "core/workflow.h"

#include "core/enumnames.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace duban {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Workflow", text);
}

constexpr EnumName<EventKind> kEventNames[] = {
    {EventKind::Assign, "assign", QT_TRANSLATE_NOOP("Workflow", "交办")},
    {EventKind::Sign, "sign", QT_TRANSLATE_NOOP("Workflow", "签收")},
    {EventKind::Chase, "chase", QT_TRANSLATE_NOOP("Workflow", "催办")},
    {EventKind::ExtendRequest, "extend_request", QT_TRANSLATE_NOOP("Workflow", "延期申请")},
    {EventKind::ExtendApprove, "extend_approve", QT_TRANSLATE_NOOP("Workflow", "同意延期")},
    {EventKind::ExtendRefuse, "extend_refuse", QT_TRANSLATE_NOOP("Workflow", "不同意延期")},
    {EventKind::CloseRequest, "close_request", QT_TRANSLATE_NOOP("Workflow", "办结申请")},
    {EventKind::CloseAccept, "close_accept", QT_TRANSLATE_NOOP("Workflow", "复核通过")},
    {EventKind::CloseReturn, "close_return", QT_TRANSLATE_NOOP("Workflow", "复核退回")},
    {EventKind::StrikeOff, "strike_off", QT_TRANSLATE_NOOP("Workflow", "销号")},
    {EventKind::Suspend, "suspend", QT_TRANSLATE_NOOP("Workflow", "暂缓")},
    {EventKind::Resume, "resume", QT_TRANSLATE_NOOP("Workflow", "恢复")},
    {EventKind::Cancel, "cancel", QT_TRANSLATE_NOOP("Workflow", "撤销")},
};

bool isAnswer(EventKind k)
{
    return k == EventKind::ExtendApprove || k == EventKind::ExtendRefuse || k == EventKind::CloseAccept ||
           k == EventKind::CloseReturn;
}

} // namespace

QString eventKindKey(EventKind k)
{
    return enumKey(kEventNames, k);
}

QString eventKindLabel(EventKind k)
{
    return enumLabel("Workflow", kEventNames, k);
}

std::optional<EventKind> eventKindFromKey(const QString& key)
{
    return enumFromName("Workflow", kEventNames, key);
}

QString chaseLevelLabel(int level)
{
    switch (level) {
    case 1:
        return tr("提醒");
    case 2:
        return tr("催办");
    case 3:
        return tr("通报");
    }
    return {};
}

QString chaseNoticeTitle(int level)
{
    return level >= kChaseLevels ? tr("督办通知单") : tr("催办单");
}

QString chaseNoticeText(int year, int n)
{
    return tr("督办〔%1〕%2号").arg(year).arg(n);
}

int noticeSerial(const QString& noticeNo, int year)
{
    static const QRegularExpression serial(QStringLiteral("[〔\\[(（](\\d{4})[〕\\])）](\\d+)"));
    const auto m = serial.match(noticeNo);
    if (!m.hasMatch() || m.captured(1).toInt() != year)
        return 0;
    return m.captured(2).toInt();
}

void applyEvent(WorkflowState& s, const TaskEvent& e)
{
    s.lastEventId = e.id;
    switch (e.kind) {
    case EventKind::Assign:
        if (!s.assignedOn.contains(e.unitId))
            s.assignedOn.insert(e.unitId, e.onDate);
        break;
    case EventKind::Sign:
        s.signedOn.insert(e.unitId, e.onDate);
        break;
    case EventKind::Chase:
        ++s.chases;
        s.lastChaseLevel = e.level;
        s.lastChase = e.onDate;
        break;
    case EventKind::ExtendRequest:
        s.pendingExtension = e.id;
        s.requestedDeadline = e.deadline;
        break;
    case EventKind::ExtendApprove:
        ++s.extensionsGranted;
        s.grantedDeadline = e.deadline.isValid() ? e.deadline : s.requestedDeadline;
        s.pendingExtension = 0;
        s.requestedDeadline = {};
        break;
    case EventKind::ExtendRefuse:
        s.pendingExtension = 0;
        s.requestedDeadline = {};
        break;
    case EventKind::CloseRequest:
        s.pendingClose = e.id;
        break;
    case EventKind::CloseAccept:
        s.acceptedClose = s.pendingClose ? s.pendingClose : e.refId;
        s.pendingClose = 0;
        break;
    case EventKind::CloseReturn:
        ++s.closeReturns;
        s.pendingClose = 0;
        break;
    case EventKind::StrikeOff:
        s.struckOff = true;
        break;
    case EventKind::Suspend:
        s.suspended = true;
        break;
    case EventKind::Resume:
        s.suspended = false;
        break;
    case EventKind::Cancel:
        s.cancelled = true;
        break;
    }
}

WorkflowState replayEvents(const QList<TaskEvent>& events)
{
    WorkflowState s;
    for (const TaskEvent& e : events)
        applyEvent(s, e);
    return s;
}

qint64 answeredRequest(const WorkflowState& s, EventKind answer)
{
    switch (answer) {
    case EventKind::ExtendApprove:
    case EventKind::ExtendRefuse:
        return s.pendingExtension;
    case EventKind::CloseAccept:
    case EventKind::CloseReturn:
        return s.pendingClose;
    default:
        return 0;
    }
}

QString eventRefusal(const WorkflowState& s, const TaskFacts& facts, const EventInput& in,
                     const QString& unitName)
{
    const QString what = eventKindLabel(in.kind);
    const QString who = unitName.isEmpty() ? tr("本任务") : unitName;
    if (s.cancelled || facts.cancelled)
        return tr("任务已撤销，不能再%1").arg(what);
    if (s.struckOff)
        return tr("任务已销号，不能再%1").arg(what);
    if (isAnswer(in.kind)) {
        const qint64 pending = answeredRequest(s, in.kind);
        if (pending == 0)
            return in.kind == EventKind::ExtendApprove || in.kind == EventKind::ExtendRefuse
                       ? tr("没有待审批的延期申请，不能%1").arg(what)
                       : tr("没有待复核的办结申请，不能%1").arg(what);
        if (in.refId != 0 && in.refId != pending)
            return tr("%1所答复的申请（事件 %2）不是待处理的那一件（事件 %3）")
                .arg(what)
                .arg(in.refId)
                .arg(pending);
    }
    const bool needsReason = in.kind == EventKind::ExtendRequest || in.kind == EventKind::ExtendRefuse ||
                             in.kind == EventKind::CloseReturn || in.kind == EventKind::Suspend ||
                             in.kind == EventKind::Cancel;
    if (needsReason && in.text.trimmed().isEmpty())
        return tr("%1必须写明理由").arg(what);
    switch (in.kind) {
    case EventKind::Assign:
        if (s.assignedOn.contains(in.unitId))
            return tr("%1已于 %2 交办").arg(who, s.assignedOn.value(in.unitId).toString(Qt::ISODate));
        return {};
    case EventKind::Sign:
        if (s.signedOn.contains(in.unitId))
            return tr("%1已于 %2 签收，不能重复签收")
                .arg(who, s.signedOn.value(in.unitId).toString(Qt::ISODate));
        return {};
    case EventKind::Chase:
        if (in.level < 1 || in.level > kChaseLevels)
            return tr("催办级别应为 1（提醒）、2（催办）或 3（通报）");
        if (s.suspended || facts.status == Status::Suspended)
            return tr("任务已暂缓，不能催办");
        if (facts.status == Status::Done)
            return tr("任务已办结，不能催办");
        return {};
    case EventKind::ExtendRequest:
        if (s.pendingExtension)
            return tr("已有待审批的延期申请（事件 %1），请先审批").arg(s.pendingExtension);
        if (!in.deadline.isValid())
            return tr("延期申请必须写明申请延至的日期");
        if (facts.deadline.isValid() && in.deadline <= facts.deadline)
            return tr("申请延至 %1，不晚于现在的完成时限 %2")
                .arg(in.deadline.toString(Qt::ISODate), facts.deadline.toString(Qt::ISODate));
        return {};
    case EventKind::ExtendApprove: {
        const QDate granted = in.deadline.isValid() ? in.deadline : s.requestedDeadline;
        if (!granted.isValid())
            return tr("同意延期必须写明延至的日期");
        if (facts.deadline.isValid() && granted <= facts.deadline)
            return tr("延至 %1，不晚于现在的完成时限 %2")
                .arg(granted.toString(Qt::ISODate), facts.deadline.toString(Qt::ISODate));
        return {};
    }
    case EventKind::CloseRequest:
        if (s.pendingClose)
            return tr("已有待复核的办结申请（事件 %1）").arg(s.pendingClose);
        if (s.acceptedClose)
            return tr("办结申请已复核通过，待销号");
        return {};
    case EventKind::StrikeOff:
        if (!s.acceptedClose)
            return s.pendingClose ? tr("办结申请尚未复核，不能销号") : tr("没有复核通过的办结申请，不能销号");
        return {};
    case EventKind::Suspend:
        if (s.suspended || facts.status == Status::Suspended)
            return tr("任务已暂缓");
        return {};
    case EventKind::Resume:
        if (!s.suspended && facts.status != Status::Suspended)
            return tr("任务没有暂缓，无需恢复");
        return {};
    case EventKind::ExtendRefuse:
    case EventKind::CloseAccept:
    case EventKind::CloseReturn:
    case EventKind::Cancel:
        return {};
    }
    return {};
}

int workingDaysAfter(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    const qint64 days = from.daysTo(to);
    int n = int(days / 7) * 5;
    for (QDate d = from.addDays(days / 7 * 7 + 1); d <= to; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5)
            ++n;
    }
    return n;
}

bool signLate(const QDate& assigned, const QDate& signedOn, const QDate& asOf, int limit)
{
    return signTiming(assigned, signedOn, asOf, limit) == SignTiming::Late;
}

SignTiming signTiming(const QDate& assigned, const QDate& signedOn, const QDate& asOf, int limit)
{
    if (!assigned.isValid())
        return SignTiming::NotAssigned;
    if (signedOn.isValid() && (!asOf.isValid() || signedOn <= asOf))
        return workingDaysAfter(assigned, signedOn) <= limit ? SignTiming::OnTime : SignTiming::Late;
    return workingDaysAfter(assigned, asOf) > limit ? SignTiming::Late : SignTiming::Pending;
}

QList<LateSign> lateSigners(const WorkflowState& state, const QDate& asOf, int limit)
{
    QList<LateSign> out;
    for (auto a = state.assignedOn.cbegin(); a != state.assignedOn.cend(); ++a) {
        QDate signedOn;
        for (auto s = state.signedOn.cbegin(); s != state.signedOn.cend(); ++s) {
            const bool answers = a.key() == 0 || s.key() == 0 || s.key() == a.key();
            if (answers && s.value() >= a.value() && (!signedOn.isValid() || s.value() < signedOn))
                signedOn = s.value();
        }
        if (signTiming(a.value(), signedOn, asOf, limit) == SignTiming::Late)
            out.append({a.key(), a.value(), signedOn, {}});
    }
    std::sort(out.begin(), out.end(),
              [](const LateSign& x, const LateSign& y) { return x.unitId < y.unitId; });
    return out;
}

} // namespace duban
