// Units: merging moves tasks and keeps the merged name as an alias (so later imports resolve it);
// renaming keeps the old name; review flags.
#include "storetest.h"

using namespace duban;
using namespace duban::test;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

std::optional<UnitRecord> unit(Repository& repo, const QString& name)
{
    for (const UnitRecord& u : repo.units())
        if (u.name == name)
            return u;
    return std::nullopt;
}

} // namespace

TEST(StoreUnits, MergeMovesTasksAndKeepsTheNameAsAlias)
{
    TestDatabase db;
    auto repo = openOk(db.location());
    const QString odd = s(u"市科技创新局"); // an old name the directory does not know
    ImportResult r;
    ASSERT_TRUE(repo->applyImport(
        batchOf({draft(s(u"培育高新技术企业"), {odd}), draft(s(u"建设创新平台"), {s(u"市科技局")}, {odd}),
                 draft(s(u"引进创新人才"), {s(u"市人社局")}, {odd})},
                QStringLiteral("m1")),
        false, &r));
    ASSERT_TRUE(unit(*repo, odd));
    EXPECT_TRUE(unit(*repo, odd)->needsReview);
    const qint64 from = unit(*repo, odd)->id;
    const qint64 into = *repo->findUnit(s(u"市科学技术局"));

    StoreError e;
    ASSERT_TRUE(repo->mergeUnits(from, into, s(u"张三"), &e)) << e.message.toStdString();
    EXPECT_FALSE(unit(*repo, odd));
    const auto merged = unit(*repo, s(u"市科学技术局"));
    ASSERT_TRUE(merged);
    EXPECT_TRUE(merged->aliases.contains(odd));
    EXPECT_EQ(merged->taskCount, 3);
    EXPECT_EQ(merged->leadCount, 2);

    // A task that had both keeps one link, as lead.
    const auto both = repo->task(r.taskIds[1]);
    EXPECT_EQ(both->record.leadUnits, QStringList{s(u"市科学技术局")});
    EXPECT_TRUE(both->record.coUnits.isEmpty());
    EXPECT_EQ(repo->task(r.taskIds[2])->record.coUnits, QStringList{s(u"市科学技术局")});
    bool audited = false;
    for (const AuditRecord& a : repo->audit(r.taskIds[0]))
        audited = audited || (a.action == QStringLiteral("unit_merge") && a.oldValue == odd);
    EXPECT_TRUE(audited);

    // The old name now resolves: a later import creates no unit.
    const int units = repo->units().size();
    ImportResult later;
    ASSERT_TRUE(repo->applyImport(batchOf({draft(s(u"举办创新大赛"), {odd}, {}, {},
                                                 directive(s(u"另一份通知"), s(u"驻政办〔2022〕9号")))},
                                          QStringLiteral("m2")),
                                  false, &later));
    EXPECT_TRUE(later.newUnits.isEmpty());
    EXPECT_EQ(repo->units().size(), units);
    EXPECT_EQ(repo->task(later.taskIds[0])->record.leadUnits, QStringList{s(u"市科学技术局")});
    EXPECT_EQ(*repo->findUnit(odd), into);

    EXPECT_FALSE(repo->mergeUnits(into, into, s(u"张三"), &e));
    EXPECT_EQ(e.kind, StoreError::BadInput);
    EXPECT_TRUE(repo->check().isEmpty());
}

TEST(StoreUnits, RenameKeepsOldNameAndRefusesClashes)
{
    TestDatabase db;
    auto repo = openOk(db.location());
    ASSERT_TRUE(repo->applyImport(batchOf({draft(s(u"做好金融服务"), {s(u"市金融局")})}, QStringLiteral("r")),
                                  false));
    const qint64 id = *repo->findUnit(s(u"市金融工作局"));
    StoreError e;
    ASSERT_TRUE(repo->renameUnit(id, s(u"市地方金融监督管理局"), s(u"张三"), &e)) << e.message.toStdString();
    EXPECT_EQ(*repo->findUnit(s(u"市金融工作局")), id);
    EXPECT_EQ(*repo->findUnit(s(u"市金融局")), id);
    TaskFilter f;
    f.unit = s(u"市地方金融监督管理局");
    EXPECT_EQ(repo->countTasks(f), 1);
    EXPECT_FALSE(repo->renameUnit(id, s(u"市财政局"), s(u"张三"), &e));
    EXPECT_EQ(e.kind, StoreError::BadInput);
    EXPECT_FALSE(repo->renameUnit(id, QStringLiteral(" "), s(u"张三"), &e));
}

TEST(StoreUnits, ReviewFlag)
{
    TestDatabase db;
    auto repo = openOk(db.location());
    ASSERT_TRUE(repo->applyImport(
        batchOf({draft(s(u"做好服务"), {s(u"市新成立办公室")})}, QStringLiteral("f")), false));
    const qint64 id = unit(*repo, s(u"市新成立办公室"))->id;
    EXPECT_TRUE(repo->setUnitReviewed(id));
    EXPECT_FALSE(unit(*repo, s(u"市新成立办公室"))->needsReview);
    StoreError e;
    EXPECT_FALSE(repo->setUnitReviewed(999999, true, &e));
    EXPECT_EQ(e.kind, StoreError::BadInput);
}
