#include "core/workflow.h"

#include <gtest/gtest.h>

using namespace duban;

namespace {

// Builds an event list step by step, each checked by the rule first, the way the store does.
struct Flow
{
    QList<TaskEvent> events;
    TaskFacts facts{Status::InProgress, QDate(2026, 6, 30), false};

    WorkflowState state() const { return replayEvents(events); }
    QString refusal(const EventInput& in) const { return eventRefusal(state(), facts, in); }
    // Records `in` when allowed; returns the refusal otherwise.
    QString record(const EventInput& in)
    {
        const QString why = refusal(in);
        if (!why.isEmpty())
            return why;
        TaskEvent e;
        e.id = events.size() + 1;
        e.kind = in.kind;
        e.unitId = in.unitId;
        e.onDate = in.onDate.isValid() ? in.onDate : QDate(2026, 3, 2);
        e.text = in.text;
        e.level = in.level;
        e.deadline = in.deadline;
        e.refId = in.refId ? in.refId : answeredRequest(state(), in.kind);
        events.append(e);
        return {};
    }
};

EventInput ev(EventKind k, const QString& text = {}, qint64 unit = 0)
{
    EventInput in;
    in.kind = k;
    in.text = text;
    in.unitId = unit;
    return in;
}

EventInput extendTo(const QDate& d)
{
    EventInput in = ev(EventKind::ExtendRequest, QStringLiteral("资金未到位"));
    in.deadline = d;
    return in;
}

EventInput chase(int level)
{
    EventInput in = ev(EventKind::Chase, {}, 7);
    in.level = level;
    return in;
}

} // namespace

TEST(Workflow, KeysRoundTripAndMatchTheSchema)
{
    const QStringList schema = {
        QStringLiteral("assign"),         QStringLiteral("sign"),           QStringLiteral("chase"),
        QStringLiteral("extend_request"), QStringLiteral("extend_approve"), QStringLiteral("extend_refuse"),
        QStringLiteral("close_request"),  QStringLiteral("close_accept"),   QStringLiteral("close_return"),
        QStringLiteral("strike_off"),     QStringLiteral("suspend"),        QStringLiteral("resume"),
        QStringLiteral("cancel")};
    QStringList keys;
    for (EventKind k : kAllEventKinds) {
        keys << eventKindKey(k);
        EXPECT_EQ(eventKindFromKey(eventKindKey(k)), k);
        EXPECT_EQ(eventKindFromKey(eventKindLabel(k)), k);
    }
    EXPECT_EQ(keys, schema);
    EXPECT_EQ(eventKindFromKey(QStringLiteral("销号")), EventKind::StrikeOff);
    EXPECT_FALSE(eventKindFromKey(QStringLiteral("finish")).has_value());
}

TEST(Workflow, SignOncePerUnit)
{
    Flow f;
    EXPECT_EQ(f.record(ev(EventKind::Assign, {}, 7)), QString());
    EXPECT_EQ(f.record(ev(EventKind::Assign, {}, 8)), QString());
    EXPECT_NE(f.record(ev(EventKind::Assign, {}, 7)), QString()); // 已交办
    EXPECT_EQ(f.record(ev(EventKind::Sign, {}, 7)), QString());
    EXPECT_EQ(f.record(ev(EventKind::Sign, {}, 8)), QString());
    const QString twice =
        eventRefusal(f.state(), f.facts, ev(EventKind::Sign, {}, 7), QStringLiteral("市财政局"));
    EXPECT_TRUE(twice.contains(QStringLiteral("市财政局"))) << twice.toStdString();
    EXPECT_TRUE(twice.contains(QStringLiteral("重复签收"))) << twice.toStdString();
    EXPECT_EQ(f.state().signedOn.size(), 2);
    EXPECT_EQ(f.state().assignedOn.value(7), QDate(2026, 3, 2));
}

TEST(Workflow, ChaseNeedsALevelAndAnOpenTask)
{
    Flow f;
    EXPECT_NE(f.refusal(chase(0)), QString());
    EXPECT_NE(f.refusal(chase(4)), QString());
    EXPECT_EQ(f.record(chase(1)), QString());
    EXPECT_EQ(f.record(chase(3)), QString());
    EXPECT_EQ(f.state().chases, 2);
    EXPECT_EQ(f.state().lastChaseLevel, 3);
    f.facts.status = Status::Done;
    EXPECT_NE(f.refusal(chase(2)), QString());
    f.facts.status = Status::Suspended;
    EXPECT_NE(f.refusal(chase(2)), QString());
}

TEST(Workflow, ExtensionRequestThenApproveOrRefuse)
{
    Flow f;
    EXPECT_NE(f.refusal(ev(EventKind::ExtendApprove)), QString()); // nothing pending
    EXPECT_NE(f.refusal(ev(EventKind::ExtendRefuse, QStringLiteral("理由"))), QString());
    EXPECT_NE(f.refusal(extendTo({})), QString());                 // no date
    EXPECT_NE(f.refusal(extendTo(QDate(2026, 6, 30))), QString()); // not later than the deadline
    EXPECT_NE(f.refusal(ev(EventKind::ExtendRequest)), QString()); // no reason
    EXPECT_EQ(f.record(extendTo(QDate(2026, 9, 30))), QString());
    EXPECT_EQ(f.state().pendingExtension, 1);
    EXPECT_EQ(f.state().requestedDeadline, QDate(2026, 9, 30));
    EXPECT_NE(f.refusal(extendTo(QDate(2026, 10, 31))), QString()); // one pending at a time
    EXPECT_NE(f.refusal(ev(EventKind::ExtendRefuse)), QString());   // refusal needs a reason
    EXPECT_EQ(f.record(ev(EventKind::ExtendRefuse, QStringLiteral("理由不充分"))), QString());
    EXPECT_EQ(f.state().pendingExtension, 0);
    EXPECT_EQ(f.state().extensionsGranted, 0);
    EXPECT_EQ(f.events.last().refId, 1);

    EXPECT_EQ(f.record(extendTo(QDate(2026, 8, 31))), QString());
    EventInput wrongRef = ev(EventKind::ExtendApprove);
    wrongRef.refId = 1; // the refused one
    EXPECT_NE(f.refusal(wrongRef), QString());
    EXPECT_EQ(f.record(ev(EventKind::ExtendApprove)), QString());
    EXPECT_EQ(f.state().extensionsGranted, 1);
    EXPECT_EQ(f.state().grantedDeadline, QDate(2026, 8, 31));      // as requested
    EXPECT_NE(f.refusal(ev(EventKind::ExtendApprove)), QString()); // answered already
}

TEST(Workflow, CloseRequestReviewThenStrikeOff)
{
    Flow f;
    EXPECT_NE(f.refusal(ev(EventKind::StrikeOff)), QString()); // 销号 without an accepted 办结申请
    EXPECT_NE(f.refusal(ev(EventKind::CloseAccept)), QString());
    EXPECT_NE(f.refusal(ev(EventKind::CloseReturn, QStringLiteral("佐证不足"))), QString());
    EXPECT_EQ(f.record(ev(EventKind::CloseRequest, QStringLiteral("已完成建设"))), QString());
    EXPECT_NE(f.refusal(ev(EventKind::CloseRequest)), QString()); // one pending
    EXPECT_TRUE(f.refusal(ev(EventKind::StrikeOff)).contains(QStringLiteral("尚未复核")));
    EXPECT_NE(f.refusal(ev(EventKind::CloseReturn)), QString()); // return needs a reason
    EXPECT_EQ(f.record(ev(EventKind::CloseReturn, QStringLiteral("佐证不足"))), QString());
    EXPECT_EQ(f.state().closeReturns, 1);
    EXPECT_NE(f.refusal(ev(EventKind::StrikeOff)), QString());
    EXPECT_EQ(f.record(ev(EventKind::CloseRequest, QStringLiteral("已补充佐证"))), QString());
    EXPECT_EQ(f.record(ev(EventKind::CloseAccept)), QString());
    EXPECT_EQ(f.state().acceptedClose, 3);                        // the second request
    EXPECT_NE(f.refusal(ev(EventKind::CloseRequest)), QString()); // accepted, awaiting 销号
    EXPECT_EQ(f.record(ev(EventKind::StrikeOff)), QString());
    EXPECT_TRUE(f.state().struckOff);
    for (EventKind k : kAllEventKinds) { // nothing follows 销号
        EventInput in = ev(k, QStringLiteral("理由"), 7);
        in.level = 1;
        in.deadline = QDate(2026, 12, 31);
        EXPECT_TRUE(f.refusal(in).contains(QStringLiteral("已销号"))) << eventKindKey(k).toStdString();
    }
}

TEST(Workflow, SuspendResumeAndCancel)
{
    Flow f;
    EXPECT_NE(f.refusal(ev(EventKind::Resume)), QString());
    EXPECT_NE(f.refusal(ev(EventKind::Suspend)), QString()); // needs a reason
    EXPECT_EQ(f.record(ev(EventKind::Suspend, QStringLiteral("上级调整部署"))), QString());
    EXPECT_TRUE(f.state().suspended);
    EXPECT_NE(f.refusal(ev(EventKind::Suspend, QStringLiteral("再次"))), QString());
    EXPECT_EQ(f.record(ev(EventKind::Resume)), QString());
    EXPECT_FALSE(f.state().suspended);
    f.facts.status = Status::Suspended; // suspended by a status edit, not an event
    EXPECT_EQ(f.refusal(ev(EventKind::Resume)), QString());
    EXPECT_NE(f.refusal(ev(EventKind::Suspend, QStringLiteral("理由"))), QString());
    f.facts.status = Status::InProgress;
    EXPECT_NE(f.refusal(ev(EventKind::Cancel)), QString()); // needs a reason
    EXPECT_EQ(f.record(ev(EventKind::Cancel, QStringLiteral("任务已由省里统筹"))), QString());
    EXPECT_TRUE(f.state().cancelled);
    EXPECT_TRUE(f.refusal(ev(EventKind::Sign, {}, 7)).contains(QStringLiteral("已撤销")));
    Flow byHand;
    byHand.facts.cancelled = true; // 撤销 from the table's menu
    EXPECT_NE(byHand.refusal(ev(EventKind::Sign, {}, 7)), QString());
}

TEST(Workflow, ReplayGivesTheSameStateStepByStep)
{
    Flow f;
    f.record(ev(EventKind::Assign, {}, 7));
    f.record(ev(EventKind::Sign, {}, 7));
    f.record(extendTo(QDate(2026, 9, 30)));
    f.record(ev(EventKind::ExtendApprove));
    f.record(ev(EventKind::CloseRequest));
    WorkflowState stepwise;
    for (const TaskEvent& e : f.events)
        applyEvent(stepwise, e);
    EXPECT_EQ(stepwise, f.state());
    EXPECT_EQ(stepwise.lastEventId, 5);
    EXPECT_EQ(stepwise.pendingClose, 5);
}

TEST(Workflow, NoticeNumbers)
{
    EXPECT_EQ(chaseNoticeText(2026, 7), QStringLiteral("督办〔2026〕7号"));
    EXPECT_EQ(noticeSerial(QStringLiteral("督办〔2026〕7号"), 2026), 7);
    EXPECT_EQ(noticeSerial(QStringLiteral("督办〔2025〕12号"), 2026), 0);
    EXPECT_EQ(noticeSerial(QStringLiteral("随便写的"), 2026), 0);
    EXPECT_EQ(chaseLevelLabel(1), QStringLiteral("提醒"));
    EXPECT_EQ(chaseLevelLabel(3), QStringLiteral("通报"));
    EXPECT_EQ(chaseNoticeTitle(2), QStringLiteral("催办单"));
    EXPECT_EQ(chaseNoticeTitle(3), QStringLiteral("督办通知单"));
}

TEST(Workflow, WorkingDaysForTheSignClock)
{
    // 2026-03-06 is a Friday: the next working days are Mon 9, Tue 10, Wed 11.
    EXPECT_EQ(workingDaysAfter(QDate(2026, 3, 6), QDate(2026, 3, 8)), 0);
    EXPECT_EQ(workingDaysAfter(QDate(2026, 3, 6), QDate(2026, 3, 9)), 1);
    EXPECT_EQ(workingDaysAfter(QDate(2026, 3, 6), QDate(2026, 3, 11)), 3);
    EXPECT_EQ(workingDaysAfter(QDate(2026, 3, 6), QDate(2026, 3, 20)), 10);
    EXPECT_EQ(workingDaysAfter(QDate(2026, 3, 6), QDate(2026, 3, 6)), 0);
    EXPECT_FALSE(signLate(QDate(2026, 3, 6), QDate(2026, 3, 11), {}, 3));
    EXPECT_TRUE(signLate(QDate(2026, 3, 6), QDate(2026, 3, 12), {}, 3));
    EXPECT_TRUE(signLate(QDate(2026, 3, 6), {}, QDate(2026, 3, 12), 3)); // still unsigned
    EXPECT_FALSE(signLate({}, {}, QDate(2026, 3, 12), 3));               // never assigned
}

TEST(Workflow, SignTimingIsTheOneRuleViewsAndScoringShare)
{
    // Assigned Fri 2026-03-06 with 3 working days: Mon 9, Tue 10, Wed 11 are in time.
    const QDate fri(2026, 3, 6);
    EXPECT_EQ(signTiming({}, {}, QDate(2026, 3, 20), 3), SignTiming::NotAssigned);
    EXPECT_EQ(signTiming(fri, {}, QDate(2026, 3, 11), 3), SignTiming::Pending);
    EXPECT_EQ(signTiming(fri, {}, QDate(2026, 3, 12), 3), SignTiming::Late);
    EXPECT_EQ(signTiming(fri, QDate(2026, 3, 11), QDate(2026, 3, 20), 3), SignTiming::OnTime);
    EXPECT_EQ(signTiming(fri, QDate(2026, 3, 12), QDate(2026, 3, 20), 3), SignTiming::Late);
    // A 签收 after the as-of day has not happened yet on that day.
    EXPECT_EQ(signTiming(fri, QDate(2026, 3, 12), QDate(2026, 3, 10), 3), SignTiming::Pending);
}

TEST(Workflow, LateSignersOfATask)
{
    WorkflowState s;
    s.assignedOn.insert(7, QDate(2026, 3, 6)); // unit 7: signed on time
    s.signedOn.insert(7, QDate(2026, 3, 9));
    s.assignedOn.insert(8, QDate(2026, 3, 6));  // unit 8: never signed
    s.assignedOn.insert(9, QDate(2026, 3, 12)); // unit 9: still has time on the 16th
    const QList<LateSign> late = lateSigners(s, QDate(2026, 3, 16), 3);
    ASSERT_EQ(late.size(), 1);
    EXPECT_EQ(late[0].unitId, 8);
    EXPECT_EQ(late[0].assignedOn, QDate(2026, 3, 6));
    EXPECT_FALSE(late[0].signedOn.isValid());
    // A 签收 for the task as a whole answers every unit's 交办.
    s.signedOn.insert(0, QDate(2026, 3, 10));
    EXPECT_TRUE(lateSigners(s, QDate(2026, 3, 16), 3).isEmpty());
    // With one working day, unit 8 (signed for the task on Tue 10th) was late; so is unit 9, whose 交办
    // came after that 签收 (a 签收 answers only an earlier 交办) and Fri 13, Mon 16 have passed.
    const QList<LateSign> strict = lateSigners(s, QDate(2026, 3, 16), 1);
    ASSERT_EQ(strict.size(), 2);
    EXPECT_EQ(strict[0].unitId, 8);
    EXPECT_EQ(strict[0].signedOn, QDate(2026, 3, 10));
    EXPECT_EQ(strict[1].unitId, 9);
    EXPECT_FALSE(strict[1].signedOn.isValid());
}
