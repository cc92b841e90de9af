// The 督办 workflow's events on a real SQLite file: each allowed step writes task_events, its audit row
// and what it implies for the task; each refused one writes nothing and says why; the audit trail replays
// to the same state; removing the last event (undo) puts the task back.
#include "storetest.h"

#include <algorithm>

using namespace duban;
using namespace duban::test;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

const QString kBy = QStringLiteral("督查室张三");

struct WorkflowDb
{
    QTemporaryDir dir;
    std::unique_ptr<Repository> repo;
    qint64 task = 0, other = 0;
    qint64 finance = 0, water = 0, outsider = 0;

    WorkflowDb()
    {
        repo = openOk(dir.filePath(QStringLiteral("w.sqlite")));
        NewTask t;
        t.title = s(u"完成老旧小区改造");
        t.leadUnits = {s(u"市财政局")};
        t.coUnits = {s(u"市水利局")};
        t.deadline = QDate(2026, 6, 30);
        t.startDate = QDate(2026, 1, 1);
        task = repo->createTask(t, kBy);
        t.title = s(u"建设污水管网");
        t.coUnits.clear();
        other = repo->createTask(t, kBy);
        finance = repo->findUnit(s(u"市财政局")).value_or(0);
        water = repo->findUnit(s(u"市水利局")).value_or(0);
        outsider = repo->findUnit(s(u"市教育局")).value_or(0);
    }

    qint64 record(EventKind kind, const QString& text = {}, qint64 unit = 0, const QDate& deadline = {},
                  StoreError* error = nullptr, qint64 taskId = 0)
    {
        EventInput in;
        in.kind = kind;
        in.text = text;
        in.unitId = unit;
        in.deadline = deadline;
        in.onDate = QDate(2026, 3, 2);
        in.level = kind == EventKind::Chase ? 2 : 0;
        return repo->recordEvent(taskId ? taskId : task, in, kBy, error);
    }
    int rows(const QString& table) { return RawDb(repo->path()).count(table); }
};

} // namespace

TEST(StoreWorkflow, MigrationAddsTheEventTable)
{
    WorkflowDb f;
    ASSERT_GT(f.task, 0);
    ASSERT_GT(f.finance, 0);
    ASSERT_GT(f.outsider, 0);
    RawDb raw(f.repo->path());
    EXPECT_TRUE(raw.exec(QStringLiteral("SELECT original_deadline FROM tasks")));
    EXPECT_EQ(raw.count(QStringLiteral("task_events")), 0);
    // The schema refuses a kind it does not know.
    EXPECT_FALSE(raw.exec(QStringLiteral("INSERT INTO task_events (task_id, kind, on_date, at, by) "
                                         "VALUES (1, 'finish', '2026-03-02', 'x', 'y')")));
}

TEST(StoreWorkflow, SignAndChaseAreRecordedWithUnitAndNotice)
{
    WorkflowDb f;
    StoreError e;
    ASSERT_GT(f.record(EventKind::Assign, {}, f.finance, {}, &e), 0) << e.message.toStdString();
    const qint64 sign = f.record(EventKind::Sign, s(u"已签收"), f.finance, {}, &e);
    ASSERT_GT(sign, 0) << e.message.toStdString();

    // 签收 twice: refused, with the unit named, nothing written.
    const int before = f.rows(QStringLiteral("task_events"));
    EXPECT_EQ(f.record(EventKind::Sign, {}, f.finance, {}, &e), 0);
    EXPECT_EQ(e.kind, StoreError::BadInput);
    EXPECT_TRUE(e.message.contains(s(u"市财政局"))) << e.message.toStdString();
    EXPECT_EQ(f.rows(QStringLiteral("task_events")), before);
    // A unit that is not on the task cannot sign it.
    EXPECT_EQ(f.record(EventKind::Sign, {}, f.outsider, {}, &e), 0);
    EXPECT_TRUE(e.message.contains(s(u"不是任务"))) << e.message.toStdString();

    // Notices are numbered per year; one notice covering two tasks carries one number.
    EXPECT_EQ(f.repo->chaseNoticeNumber(2026), s(u"督办〔2026〕1号"));
    EventInput chase;
    chase.kind = EventKind::Chase;
    chase.unitId = f.finance;
    chase.level = 2;
    chase.onDate = QDate(2026, 3, 5);
    const QList<qint64> ids = f.repo->recordEvents({f.task, f.other}, chase, kBy, &e);
    ASSERT_EQ(ids.size(), 2) << e.message.toStdString();
    EXPECT_EQ(f.repo->chaseNoticeNumber(2026), s(u"督办〔2026〕2号"));
    EXPECT_EQ(f.repo->chaseNoticeNumber(2027), s(u"督办〔2027〕1号"));
    const QList<TaskEvent> events = f.repo->events(f.other);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].noticeNo, s(u"督办〔2026〕1号"));
    EXPECT_EQ(events[0].unit, s(u"市财政局"));
    EXPECT_EQ(events[0].level, 2);
    EXPECT_EQ(events[0].onDate, QDate(2026, 3, 5));
    EXPECT_EQ(events[0].by, kBy);
    EXPECT_EQ(f.repo->events(f.task).last().noticeNo, s(u"督办〔2026〕1号"));

    // The audit trail has the events under their kinds.
    QStringList actions;
    for (const AuditRecord& a : f.repo->audit(f.task))
        actions.prepend(a.action);
    EXPECT_EQ(actions, (QStringList{QStringLiteral("create"), QStringLiteral("assign"),
                                    QStringLiteral("sign"), QStringLiteral("chase")}));

    // All or none: a chase on a task the unit is not on leaves no notice behind.
    chase.unitId = f.water;
    EXPECT_TRUE(f.repo->recordEvents({f.task, f.other}, chase, kBy, &e).isEmpty());
    EXPECT_EQ(f.repo->events(f.task).size(), 3);
    EXPECT_EQ(f.repo->chaseNoticeNumber(2026), s(u"督办〔2026〕2号"));

    const QList<TaskEvent> chases = f.repo->eventsBetween(QDate(2026, 3, 3), {}, {EventKind::Chase});
    EXPECT_EQ(chases.size(), 2);
    EXPECT_EQ(f.repo->eventsBetween({}, QDate(2026, 3, 2)).size(), 2); // assign and sign
}

TEST(StoreWorkflow, ApprovedExtensionKeepsTheOriginalDeadline)
{
    WorkflowDb f;
    StoreError e;
    EXPECT_EQ(f.record(EventKind::ExtendApprove, {}, 0, QDate(2026, 9, 30), &e), 0); // nothing pending
    EXPECT_TRUE(e.message.contains(s(u"没有待审批的延期申请"))) << e.message.toStdString();
    EXPECT_EQ(f.record(EventKind::ExtendRequest, s(u"资金未到位"), f.finance, QDate(2026, 5, 1), &e), 0);
    const qint64 req =
        f.record(EventKind::ExtendRequest, s(u"资金未到位"), f.finance, QDate(2026, 9, 30), &e);
    ASSERT_GT(req, 0) << e.message.toStdString();
    EXPECT_EQ(f.repo->workflowState(f.task).pendingExtension, req);
    // Still pending: the deadline has not moved.
    EXPECT_EQ(f.repo->task(f.task)->record.deadline, QDate(2026, 6, 30));

    const qint64 ok = f.record(EventKind::ExtendApprove, s(u"同意"), 0, {}, &e);
    ASSERT_GT(ok, 0) << e.message.toStdString();
    auto t = f.repo->task(f.task);
    EXPECT_EQ(t->record.deadline, QDate(2026, 9, 30)); // as requested
    EXPECT_EQ(t->record.originalDeadline, QDate(2026, 6, 30));
    EXPECT_EQ(f.repo->events(f.task).last().refId, req);

    // A second extension moves the deadline again; the original stays the first one.
    ASSERT_GT(f.record(EventKind::ExtendRequest, s(u"施工受阻"), f.finance, QDate(2026, 11, 30), &e), 0);
    ASSERT_GT(f.record(EventKind::ExtendApprove, {}, 0, QDate(2026, 10, 31), &e), 0)
        << e.message.toStdString();
    t = f.repo->task(f.task);
    EXPECT_EQ(t->record.deadline, QDate(2026, 10, 31)); // granted less than asked
    EXPECT_EQ(t->record.originalDeadline, QDate(2026, 6, 30));

    // A refusal needs a reason and changes nothing.
    ASSERT_GT(f.record(EventKind::ExtendRequest, s(u"再延"), f.finance, QDate(2026, 12, 31), &e), 0);
    EXPECT_EQ(f.record(EventKind::ExtendRefuse, {}, 0, {}, &e), 0);
    ASSERT_GT(f.record(EventKind::ExtendRefuse, s(u"不予延期"), 0, {}, &e), 0);
    EXPECT_EQ(f.repo->task(f.task)->record.deadline, QDate(2026, 10, 31));
    EXPECT_EQ(f.repo->workflowState(f.task).extensionsGranted, 2);
}

TEST(StoreWorkflow, OnlyStrikeOffMakesTheTaskDone)
{
    WorkflowDb f;
    StoreError e;
    EXPECT_EQ(f.record(EventKind::StrikeOff, {}, 0, {}, &e), 0);
    EXPECT_TRUE(e.message.contains(s(u"没有复核通过的办结申请"))) << e.message.toStdString();
    ASSERT_GT(f.record(EventKind::CloseRequest, s(u"已完成"), f.finance, {}, &e), 0);
    EXPECT_EQ(f.record(EventKind::StrikeOff, {}, 0, {}, &e), 0);
    ASSERT_GT(f.record(EventKind::CloseReturn, s(u"佐证材料不全"), 0, {}, &e), 0);
    EXPECT_EQ(f.repo->task(f.task)->record.status, Status::NotStarted);
    ASSERT_GT(f.record(EventKind::CloseRequest, s(u"已补充"), f.finance, {}, &e), 0);
    ASSERT_GT(f.record(EventKind::CloseAccept, {}, 0, {}, &e), 0);
    EXPECT_EQ(f.repo->task(f.task)->record.status, Status::NotStarted); // accepted is not yet done
    ASSERT_GT(f.record(EventKind::StrikeOff, {}, 0, {}, &e), 0) << e.message.toStdString();
    const auto t = f.repo->task(f.task);
    EXPECT_EQ(t->record.status, Status::Done);
    EXPECT_EQ(t->record.percent, 100);
    EXPECT_EQ(f.record(EventKind::Chase, {}, f.finance, {}, &e), 0);
    EXPECT_TRUE(e.message.contains(s(u"已销号"))) << e.message.toStdString();
}

TEST(StoreWorkflow, SuspendResumeCancel)
{
    WorkflowDb f;
    StoreError e;
    EXPECT_EQ(f.record(EventKind::Suspend, {}, 0, {}, &e), 0); // reason
    ASSERT_GT(f.record(EventKind::Suspend, s(u"上级调整部署"), 0, {}, &e), 0);
    EXPECT_EQ(f.repo->task(f.task)->record.status, Status::Suspended);
    ASSERT_GT(f.record(EventKind::Resume, {}, 0, {}, &e), 0) << e.message.toStdString();
    EXPECT_EQ(f.repo->task(f.task)->record.status, Status::NotStarted);
    ASSERT_GT(f.record(EventKind::Cancel, s(u"并入其他任务"), 0, {}, &e), 0);
    EXPECT_TRUE(f.repo->task(f.task)->record.retired.isValid());
    EXPECT_EQ(f.repo->countTasks({}), 1); // left every list
    EXPECT_EQ(f.record(EventKind::Sign, {}, f.finance, {}, &e), 0);
    EXPECT_TRUE(e.message.contains(s(u"已撤销"))) << e.message.toStdString();
}

TEST(StoreWorkflow, AuditTrailReplaysToTheSameState)
{
    WorkflowDb f;
    StoreError e;
    f.record(EventKind::Assign, {}, f.finance);
    f.record(EventKind::Sign, {}, f.finance);
    f.record(EventKind::Chase, {}, f.water);
    f.record(EventKind::ExtendRequest, s(u"资金"), f.finance, QDate(2026, 9, 30));
    f.record(EventKind::ExtendApprove);
    f.record(EventKind::CloseRequest, s(u"完成"), f.finance);
    const qint64 ret = f.record(EventKind::CloseReturn, s(u"不全"));
    ASSERT_TRUE(f.repo->removeEvent(ret, kBy, &e)) << e.message.toStdString();
    f.record(EventKind::CloseAccept);
    const QList<TaskEvent> stored = f.repo->events(f.task);
    const QList<TaskEvent> trail = f.repo->eventsFromAudit(f.task);
    ASSERT_EQ(stored.size(), 7);
    ASSERT_EQ(trail.size(), stored.size());
    for (int i = 0; i < stored.size(); ++i) {
        EXPECT_EQ(trail[i].id, stored[i].id);
        EXPECT_EQ(trail[i].kind, stored[i].kind);
        EXPECT_EQ(trail[i].unitId, stored[i].unitId);
        EXPECT_EQ(trail[i].onDate, stored[i].onDate);
        EXPECT_EQ(trail[i].deadline, stored[i].deadline);
        EXPECT_EQ(trail[i].refId, stored[i].refId);
        EXPECT_EQ(trail[i].noticeNo, stored[i].noticeNo);
    }
    EXPECT_EQ(replayEvents(trail), f.repo->workflowState(f.task));
    EXPECT_NE(f.repo->workflowState(f.task).acceptedClose, 0);
}

TEST(StoreWorkflow, RemovingTheLastEventPutsTheTaskBack)
{
    WorkflowDb f;
    StoreError e;
    f.record(EventKind::ExtendRequest, s(u"资金"), f.finance, QDate(2026, 9, 30));
    const qint64 ok = f.record(EventKind::ExtendApprove);
    ASSERT_GT(ok, 0);
    ASSERT_TRUE(f.repo->removeEvent(ok, kBy, &e)) << e.message.toStdString();
    auto t = f.repo->task(f.task);
    EXPECT_EQ(t->record.deadline, QDate(2026, 6, 30));
    EXPECT_FALSE(t->record.originalDeadline.isValid());
    EXPECT_NE(f.repo->workflowState(f.task).pendingExtension, 0); // the request waits again

    // Not the last one any more: refused.
    const qint64 approve = f.record(EventKind::ExtendApprove);
    const qint64 sign = f.record(EventKind::Sign, {}, f.finance);
    EXPECT_FALSE(f.repo->removeEvent(approve, kBy, &e));
    EXPECT_EQ(e.kind, StoreError::Conflict);
    ASSERT_TRUE(f.repo->removeEvent(sign, kBy, &e));

    // The deadline was edited by hand since: refused rather than overwriting it.
    ASSERT_TRUE(f.repo->applyEdit({f.task, TaskField::Deadline, QDate(2026, 12, 1)}, kBy).isValid());
    EXPECT_FALSE(f.repo->removeEvent(approve, kBy, &e));
    EXPECT_EQ(e.kind, StoreError::Conflict);
    EXPECT_TRUE(e.message.contains(s(u"完成时限"))) << e.message.toStdString();

    // 销号 removed: status and percent come back.
    f.record(EventKind::CloseRequest, {}, f.finance);
    f.record(EventKind::CloseAccept);
    const qint64 off = f.record(EventKind::StrikeOff);
    ASSERT_EQ(f.repo->task(f.task)->record.status, Status::Done);
    ASSERT_TRUE(f.repo->removeEvent(off, kBy, &e)) << e.message.toStdString();
    t = f.repo->task(f.task);
    EXPECT_EQ(t->record.status, Status::NotStarted);
    EXPECT_EQ(t->record.percent, 0);

    // 撤销 removed: the task is back in the lists.
    const qint64 cancel = f.record(EventKind::Cancel, s(u"重复"), 0, {}, &e, f.other);
    ASSERT_GT(cancel, 0);
    EXPECT_EQ(f.repo->countTasks({}), 1);
    ASSERT_TRUE(f.repo->removeEvent(cancel, kBy, &e));
    EXPECT_EQ(f.repo->countTasks({}), 2);
}

TEST(StoreWorkflow, MergedUnitKeepsItsEvents)
{
    WorkflowDb f;
    ASSERT_GT(f.record(EventKind::Sign, {}, f.water), 0);
    StoreError e;
    ASSERT_TRUE(f.repo->mergeUnits(f.water, f.finance, kBy, &e)) << e.message.toStdString();
    EXPECT_EQ(f.repo->events(f.task).first().unitId, f.finance);
    EXPECT_TRUE(f.repo->check().isEmpty());
}

TEST(StoreWorkflow, FeedbackRowsSignAndClaimDone)
{
    WorkflowDb f;
    FeedbackUpdate row;
    row.taskId = f.task;
    row.sheetRow = 5;
    row.text = s(u"改造已完工，申请办结");
    row.date = QDate(2026, 3, 9);
    row.sign = true;
    row.signDate = QDate(2026, 3, 3);
    row.closeRequest = true;
    FeedbackResult r;
    StoreError e;
    ASSERT_TRUE(f.repo->applyFeedback(f.finance, {row}, kBy, &r, &e)) << e.message.toStdString();
    EXPECT_EQ(r.signs, 1);
    EXPECT_EQ(r.closeRequests, 1);
    EXPECT_EQ(r.progressAdded, 1);
    const QList<TaskEvent> ev = f.repo->events(f.task);
    ASSERT_EQ(ev.size(), 2);
    EXPECT_EQ(ev[0].kind, EventKind::Sign);
    EXPECT_EQ(ev[0].onDate, QDate(2026, 3, 3)); // the day written in the 签收 column
    EXPECT_EQ(ev[0].unitId, f.finance);
    EXPECT_EQ(ev[1].kind, EventKind::CloseRequest);
    EXPECT_EQ(ev[1].onDate, QDate(2026, 3, 9));
    EXPECT_EQ(ev[1].text, row.text);

    // The same sheet again: the whole import is refused, naming the row; nothing more is written.
    EXPECT_FALSE(f.repo->applyFeedback(f.finance, {row}, kBy, &r, &e));
    EXPECT_TRUE(e.message.contains(s(u"第 5 行"))) << e.message.toStdString();
    EXPECT_EQ(f.repo->events(f.task).size(), 2);
    EXPECT_EQ(f.repo->progress(f.task).size(), 1);
}

TEST(StoreWorkflow, LateSignsAcrossTasksByTheWorkingDayClock)
{
    WorkflowDb f;
    StoreError e;
    auto at = [&](qint64 taskId, EventKind kind, qint64 unit, const QDate& day) {
        EventInput in;
        in.kind = kind;
        in.unitId = unit;
        in.onDate = day;
        return f.repo->recordEvent(taskId, in, kBy, &e) > 0;
    };
    // Mon 2026-03-02: both tasks assigned; 水利局 signs Wed 4th (2 working days), 财政局 never signs
    // the first task and signs the other one on Mon 9th (5 working days).
    ASSERT_TRUE(at(f.task, EventKind::Assign, f.finance, QDate(2026, 3, 2))) << e.message.toStdString();
    ASSERT_TRUE(at(f.task, EventKind::Assign, f.water, QDate(2026, 3, 2)));
    ASSERT_TRUE(at(f.task, EventKind::Sign, f.water, QDate(2026, 3, 4)));
    ASSERT_TRUE(at(f.other, EventKind::Assign, f.finance, QDate(2026, 3, 2)));
    ASSERT_TRUE(at(f.other, EventKind::Sign, f.finance, QDate(2026, 3, 9)));

    // On Wed 4th everyone still has time.
    EXPECT_TRUE(f.repo->lateSigns(QDate(2026, 3, 4), 3, 0, &e).isEmpty());
    // On Tue 10th: 财政局 is late on both, 水利局 on neither.
    const auto late = f.repo->lateSigns(QDate(2026, 3, 10), 3, 0, &e);
    ASSERT_FALSE(e.isError()) << e.message.toStdString();
    ASSERT_EQ(late.size(), 2);
    ASSERT_EQ(late.value(f.task).size(), 1);
    EXPECT_EQ(late.value(f.task)[0].unitId, f.finance);
    EXPECT_EQ(late.value(f.task)[0].unit, s(u"市财政局"));
    EXPECT_FALSE(late.value(f.task)[0].signedOn.isValid());
    ASSERT_EQ(late.value(f.other).size(), 1);
    EXPECT_EQ(late.value(f.other)[0].signedOn, QDate(2026, 3, 9));
    // Five working days allowed: only the task never signed is late by Tue 10th (6 working days).
    const auto lenient = f.repo->lateSigns(QDate(2026, 3, 10), 5, 0, &e);
    EXPECT_EQ(lenient.size(), 1);
    EXPECT_TRUE(lenient.contains(f.task));
    // One task alone (the detail panel) says the same about it.
    const auto one = f.repo->lateSigns(QDate(2026, 3, 10), 3, f.other, &e);
    ASSERT_EQ(one.size(), 1);
    EXPECT_EQ(one.value(f.other)[0].signedOn, QDate(2026, 3, 9));
    // On Thu 5th (3 working days) still in time; on Fri 6th late, the 签收 of the 9th not made yet.
    EXPECT_TRUE(f.repo->lateSigns(QDate(2026, 3, 5), 3, f.other, &e).isEmpty());
    const auto friday = f.repo->lateSigns(QDate(2026, 3, 6), 3, f.other, &e);
    ASSERT_EQ(friday.value(f.other).size(), 1);
    EXPECT_FALSE(friday.value(f.other)[0].signedOn.isValid());
}

TEST(StoreWorkflow, ExtendedTaskIsOverdueByOriginalNotByCurrentDeadline)
{
    WorkflowDb f;
    StoreError e;
    // The task (due 2026-06-30) is extended to 2026-09-30; the other one keeps 2026-06-30.
    ASSERT_GT(f.record(EventKind::ExtendRequest, s(u"资金未到位"), f.finance, QDate(2026, 9, 30), &e), 0);
    ASSERT_GT(f.record(EventKind::ExtendApprove, s(u"同意"), 0, {}, &e), 0) << e.message.toStdString();
    const QDate day(2026, 7, 15);
    DueRules current, original;
    original.byOriginalDeadline = true;

    TaskFilter overdue;
    overdue.asOf = day;
    overdue.due = DueState::Overdue;
    const QList<TaskRecord> now = f.repo->tasks(overdue);
    ASSERT_EQ(now.size(), 1); // by the current deadline only the other task is late
    EXPECT_EQ(now[0].id, f.other);
    overdue.byOriginalDeadline = true;
    EXPECT_EQ(f.repo->countTasks(overdue), 2);

    EXPECT_EQ(f.repo->warningFigures(day, current).overdue, 1);
    EXPECT_EQ(f.repo->warningFigures(day, original).overdue, 2);
    const auto units = f.repo->unitSummaries(day, original);
    const auto finance =
        std::find_if(units.begin(), units.end(), [&](const UnitSummary& u) { return u.unitId == f.finance; });
    ASSERT_NE(finance, units.end());
    EXPECT_EQ(finance->overdue, 2);

    // What to chase: by original the extended task is 15 days late, listed with its original deadline.
    EXPECT_EQ(f.repo->reminders(day, current).size(), 1);
    const QList<TaskRecord> chase = f.repo->reminders(day, original);
    ASSERT_EQ(chase.size(), 2);
    const auto extended =
        std::find_if(chase.begin(), chase.end(), [&](const TaskRecord& t) { return t.id == f.task; });
    ASSERT_NE(extended, chase.end());
    EXPECT_EQ(extended->due, DueState::Overdue);
    EXPECT_EQ(extended->deadline, QDate(2026, 6, 30));
    EXPECT_EQ(extended->daysOverdue, 15);
}
