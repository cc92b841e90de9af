// Facts checked by hand in the real gazettes under ../shared/seeds.
#include "extract/documentreader.h"
#include "extract/extractor.h"
#include "qtprint.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace duban;

namespace {

ExtractionResult seed(const char* name)
{
    const ReadResult r = DocumentReader::read(test::seed(QString::fromUtf8(name)));
    EXPECT_TRUE(r.ok()) << r.error.toStdString();
    return Extractor().extract(r.doc);
}

const TaskDraft* taskAt(const ExtractionResult& r, int line)
{
    for (const auto& t : r.tasks) {
        if (t.lineStart <= line && line <= t.lineEnd)
            return &t;
    }
    return nullptr;
}

} // namespace

TEST(Corpus, ConsumptionMeasures2020)
{
    const auto r = seed("002_d0bee7f88f53cd37.txt");
    // "### 1. 支持发放消费券" (line 382): the clause wraps over three lines and splits 市大数\n据局.
    const TaskDraft* t = taskAt(r, 382);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->title, QStringLiteral("支持发放消费券"));
    EXPECT_EQ(t->leadUnits, QStringList{QStringLiteral("市商务局")});
    EXPECT_TRUE(t->units.contains(QStringLiteral("市大数据局")));
    EXPECT_EQ(t->directive.docNumber, QStringLiteral("驻政办〔2020〕33号"));
    // 12. 推动成品油消费: 2020年12月底前.
    const TaskDraft* oil = taskAt(r, 518);
    ASSERT_TRUE(oil);
    EXPECT_EQ(oil->deadline, QDate(2020, 12, 31));
    // The mining plan's item 1 takes its deadline from its 时间计划 line (648).
    const TaskDraft* survey = taskAt(r, 642);
    ASSERT_TRUE(survey);
    EXPECT_EQ(survey->deadline, QDate(2020, 11, 30));
}

TEST(Corpus, PatrioticHealth2022)
{
    const auto r = seed("001_b627dadf859ee7b6.txt");
    const TaskDraft* t = taskAt(r, 103); // （三）深入开展城乡环境卫生综合整治
    ASSERT_TRUE(t);
    EXPECT_EQ(t->directive.docNumber, QStringLiteral("驻政〔2022〕56号"));
    EXPECT_EQ(t->directive.title, QStringLiteral("驻马店市人民政府关于深入开展爱国卫生运动的实施意见"));
    EXPECT_EQ(t->leadUnits, QStringList{QStringLiteral("市生态环境局")});
    EXPECT_EQ(t->units.size(), 11);
    // The data-sharing annex table, row 1 (line 518): 2022年9月底.
    const TaskDraft* row = taskAt(r, 518);
    ASSERT_TRUE(row);
    EXPECT_EQ(row->kind, QStringLiteral("table_row"));
    EXPECT_EQ(row->deadline, QDate(2022, 9, 30));
    EXPECT_EQ(row->title, QStringLiteral("建立市级议事协调机制"));
    // The 府院联动 notice (驻政〔2022〕59号) assigns no units by clause: no task from it.
    for (const auto& task : r.tasks)
        EXPECT_NE(task.directive.docNumber, QStringLiteral("驻政〔2022〕59号")) << task.lineStart;
}

TEST(Corpus, GovernmentWorkReportHasNoTasks)
{
    const auto r = seed("000_7a037b8ad0d2ffa7.txt");
    for (const auto& t : r.tasks)
        EXPECT_FALSE(t.directive.title.contains(QStringLiteral("政府工作报告"))) << t.lineStart;
}
