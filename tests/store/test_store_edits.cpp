// Edits as audited commands: each returns the old value, undo is the inverse edit (audited too), bulk
// edits are all-or-nothing, progress updates are logged.
#include "storetest.h"

using namespace duban;
using namespace duban::test;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

class StoreEdits : public ::testing::Test
{
protected:
    void SetUp() override
    {
        repo = openOk(db.location());
        ASSERT_TRUE(repo);
        ImportResult r;
        ASSERT_TRUE(repo->applyImport(
            batchOf({draft(s(u"推进项目建设"), {s(u"市发改委")}, {s(u"市财政局")}, QDate(2023, 3, 31)),
                     draft(s(u"优化营商环境"), {s(u"市商务局")})},
                    QStringLiteral("e")),
            false, &r));
        a = r.taskIds[0];
        b = r.taskIds[1];
    }
    QList<AuditRecord> edits(qint64 id, const QString& action = QStringLiteral("edit"))
    {
        QList<AuditRecord> out;
        for (const AuditRecord& r : repo->audit(id))
            if (r.action == action)
                out.append(r);
        return out;
    }

    TestDatabase db;
    std::unique_ptr<Repository> repo;
    qint64 a = 0, b = 0;
};

} // namespace

TEST_F(StoreEdits, EditReturnsOldValueAndUndoIsAnAuditedInverse)
{
    StoreError e;
    const QVariant old = repo->applyEdit({a, TaskField::Deadline, QDate(2023, 6, 30)}, s(u"张三"), &e);
    ASSERT_FALSE(e.isError()) << e.message.toStdString();
    EXPECT_EQ(old.toDate(), QDate(2023, 3, 31));
    EXPECT_EQ(repo->task(a)->record.deadline, QDate(2023, 6, 30));

    // Undo = apply the old value.
    const QVariant undone = repo->applyEdit({a, TaskField::Deadline, old}, s(u"张三"), &e);
    EXPECT_EQ(undone.toDate(), QDate(2023, 6, 30));
    EXPECT_EQ(repo->task(a)->record.deadline, QDate(2023, 3, 31));

    const auto log = edits(a); // newest first
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[1].field, QStringLiteral("deadline"));
    EXPECT_EQ(log[1].by, s(u"张三"));
    EXPECT_EQ(log[1].oldValue, QStringLiteral("2023-03-31"));
    EXPECT_EQ(log[1].newValue, QStringLiteral("2023-06-30"));
    EXPECT_EQ(log[0].oldValue, QStringLiteral("2023-06-30"));
    EXPECT_EQ(log[0].newValue, QStringLiteral("2023-03-31"));
    EXPECT_TRUE(log[0].at.isValid());
}

TEST_F(StoreEdits, EveryFieldRoundTrips)
{
    const QList<TaskEdit> changes{
        {a, TaskField::Title, s(u"加快推进重点项目建设")},
        {a, TaskField::Text, s(u"新的任务内容")},
        {a, TaskField::Section, QStringList{s(u"三、保障措施")}},
        {a, TaskField::DeadlineText, s(u"6月底前")},
        {a, TaskField::StartDate, QDate(2023, 1, 1)},
        {a, TaskField::Status, QStringLiteral("in_progress")}, // a key is accepted as well as int(Status)
        {a, TaskField::Percent, 40},
        {a, TaskField::Targets, QStringList{s(u"完成投资10亿元")}},
        {a, TaskField::Deadline, QDate()}, // no deadline
    };
    QList<QVariant> old;
    StoreError e;
    ASSERT_TRUE(repo->applyEdits(changes, s(u"张三"), &old, &e)) << e.message.toStdString();
    const auto t = repo->task(a);
    EXPECT_EQ(t->record.title, s(u"加快推进重点项目建设"));
    EXPECT_EQ(t->record.text, s(u"新的任务内容"));
    EXPECT_EQ(t->record.section, QStringList{s(u"三、保障措施")});
    EXPECT_EQ(t->record.deadlineText, s(u"6月底前"));
    EXPECT_EQ(t->record.startDate, QDate(2023, 1, 1));
    EXPECT_EQ(t->record.status, Status::InProgress);
    EXPECT_EQ(t->record.percent, 40);
    EXPECT_EQ(t->record.targets, QStringList{s(u"完成投资10亿元")});
    EXPECT_FALSE(t->record.deadline.isValid());
    EXPECT_EQ(edits(a).size(), changes.size());

    // Undo them all, newest first, from the returned old values.
    QList<TaskEdit> inverse;
    for (int i = changes.size() - 1; i >= 0; --i)
        inverse.append({a, changes[i].field, old[i]});
    ASSERT_TRUE(repo->applyEdits(inverse, s(u"张三"), nullptr, &e)) << e.message.toStdString();
    const auto back = repo->task(a);
    EXPECT_EQ(back->record.title, s(u"推进项目建设"));
    EXPECT_EQ(back->record.status, Status::NotStarted);
    EXPECT_EQ(back->record.percent, 0);
    EXPECT_EQ(back->record.deadline, QDate(2023, 3, 31));
    EXPECT_EQ(back->record.startDate, QDate(2022, 3, 1));
    EXPECT_EQ(edits(a).size(), 2 * changes.size());
}

TEST_F(StoreEdits, BulkEditIsAllOrNothing)
{
    StoreError e;
    EXPECT_FALSE(repo->applyEdits(
        {{a, TaskField::Percent, 60}, {b, TaskField::Percent, 60}, {b, TaskField::Percent, 150}}, s(u"张三"),
        nullptr, &e));
    EXPECT_EQ(e.kind, StoreError::BadInput);
    EXPECT_TRUE(e.message.contains(QStringLiteral("150")));
    EXPECT_EQ(repo->task(a)->record.percent, 0);
    EXPECT_EQ(repo->task(b)->record.percent, 0);
    EXPECT_TRUE(edits(a).isEmpty());

    EXPECT_FALSE(repo->applyEdits({{a, TaskField::Percent, 60}, {424242, TaskField::Percent, 10}}, s(u"张三"),
                                  nullptr, &e));
    EXPECT_TRUE(e.message.contains(QStringLiteral("424242")));
    EXPECT_EQ(repo->task(a)->record.percent, 0);

    EXPECT_FALSE(repo->applyEdits({{a, TaskField::Title, QStringLiteral("  ")}}, s(u"张三"), nullptr, &e));
    EXPECT_FALSE(
        repo->applyEdits({{a, TaskField::Status, QStringLiteral("finished?")}}, s(u"张三"), nullptr, &e));
    EXPECT_FALSE(
        repo->applyEdits({{a, TaskField::Deadline, QStringLiteral("明年")}}, s(u"张三"), nullptr, &e));
    EXPECT_FALSE(repo->applyEdits({{a, TaskField::Percent, 10}}, QString(), nullptr, &e)); // who, always

    ASSERT_TRUE(repo->applyEdits({{a, TaskField::Percent, 60}, {b, TaskField::Percent, 70}}, s(u"张三")));
    EXPECT_EQ(repo->task(a)->record.percent, 60);
    EXPECT_EQ(repo->task(b)->record.percent, 70);
}

// One rule for status and percent, whichever is recorded: above 0 % a task not started is in progress,
// a task done is 100 %; restoring both in one step (undo) gets back exactly what was there.
TEST_F(StoreEdits, StatusAndPercentFollowOneRule)
{
    StoreError e;
    ASSERT_TRUE(repo->applyEdits({{a, TaskField::Percent, 40}}, s(u"张三"), nullptr, &e))
        << e.message.toStdString();
    EXPECT_EQ(repo->task(a)->record.status, Status::InProgress);
    EXPECT_EQ(repo->task(a)->record.percent, 40);

    ASSERT_TRUE(repo->applyEdits({{b, TaskField::Status, int(Status::Done)}}, s(u"张三"), nullptr, &e));
    EXPECT_EQ(repo->task(b)->record.percent, 100);
    QStringList fields;
    for (const AuditRecord& r : edits(b))
        fields.append(r.field);
    EXPECT_TRUE(fields.contains(QStringLiteral("percent"))); // the follow-up is audited too

    // Undo of "mark done": both fields back in one step, the rule does not undo the undo.
    ASSERT_TRUE(
        repo->applyEdits({{b, TaskField::Status, int(Status::NotStarted)}, {b, TaskField::Percent, 0}},
                         s(u"张三"), nullptr, &e));
    EXPECT_EQ(repo->task(b)->record.status, Status::NotStarted);
    EXPECT_EQ(repo->task(b)->record.percent, 0);

    // A progress note with a percent starts the task; suspended stays suspended.
    ProgressInput p;
    p.text = s(u"已启动");
    p.percent = 20;
    p.author = s(u"李四");
    ASSERT_GT(repo->addProgress(b, p, nullptr, &e), 0) << e.message.toStdString();
    EXPECT_EQ(repo->task(b)->record.status, Status::InProgress);
    ASSERT_TRUE(
        repo->applyEdits({{a, TaskField::Status, int(Status::Suspended)}, {a, TaskField::Percent, 50}},
                         s(u"张三"), nullptr, &e));
    EXPECT_EQ(repo->task(a)->record.status, Status::Suspended);
}

TEST_F(StoreEdits, UnchangedValueIsNotAudited)
{
    EXPECT_EQ(repo->applyEdit({a, TaskField::Title, s(u"推进项目建设")}, s(u"张三")).toString(),
              s(u"推进项目建设"));
    EXPECT_TRUE(edits(a).isEmpty());
}

TEST_F(StoreEdits, UnitListsMoveBetweenRoles)
{
    StoreError e;
    // 市财政局 is co; making it lead takes it out of the co list, and both lists are audited.
    const QVariant old =
        repo->applyEdit({a, TaskField::LeadUnits, QStringList{s(u"财政局"), s(u"市发改委")}}, s(u"张三"), &e);
    ASSERT_FALSE(e.isError()) << e.message.toStdString();
    EXPECT_EQ(old.toStringList(), QStringList{s(u"市发展和改革委员会")});
    const auto t = repo->task(a);
    EXPECT_EQ(t->record.leadUnits, (QStringList{s(u"市财政局"), s(u"市发展和改革委员会")}));
    EXPECT_TRUE(t->record.coUnits.isEmpty());
    QStringList fields;
    for (const AuditRecord& r : edits(a))
        fields.append(r.field);
    EXPECT_TRUE(fields.contains(QStringLiteral("lead_units")));
    EXPECT_TRUE(fields.contains(QStringLiteral("co_units")));
}

TEST_F(StoreEdits, ProgressIsLoggedAndSetsPercent)
{
    ProgressInput p;
    p.date = QDate(2023, 2, 1);
    p.text = s(u"已完成项目立项");
    p.percent = 30;
    p.author = s(u"李四");
    p.unit = s(u"市发展和改革委员会");
    int before = -1;
    StoreError e;
    const qint64 id = repo->addProgress(a, p, &before, &e);
    ASSERT_GT(id, 0) << e.message.toStdString();
    EXPECT_EQ(before, 0);
    auto t = repo->task(a);
    EXPECT_EQ(t->record.percent, 30);
    ASSERT_EQ(t->progress.size(), 1);
    EXPECT_EQ(t->progress[0].text, p.text);
    EXPECT_EQ(t->progress[0].date, p.date);
    EXPECT_EQ(t->progress[0].unit, p.unit);
    const auto logged = edits(a, QStringLiteral("progress"));
    ASSERT_EQ(logged.size(), 3); // the note, the percent it set and the start it means (newest first)
    EXPECT_EQ(logged[0].field, QStringLiteral("status"));
    EXPECT_EQ(logged[0].newValue, QStringLiteral("in_progress"));
    EXPECT_EQ(logged[1].field, QStringLiteral("percent"));
    EXPECT_EQ(logged[1].newValue, QStringLiteral("30"));

    ASSERT_TRUE(repo->removeProgress(id, s(u"李四"), &e));
    EXPECT_TRUE(repo->progress(a).isEmpty());
    EXPECT_EQ(edits(a, QStringLiteral("progress_removed")).size(), 1);
    EXPECT_FALSE(repo->removeProgress(id, s(u"李四"), &e));
    EXPECT_EQ(e.kind, StoreError::BadInput);

    p.percent = 101;
    EXPECT_EQ(repo->addProgress(a, p, nullptr, &e), 0);
    p.percent = -1;
    p.author.clear();
    EXPECT_EQ(repo->addProgress(a, p, nullptr, &e), 0);
}
