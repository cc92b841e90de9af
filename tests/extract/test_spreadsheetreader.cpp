// Excel task lists: rows as lines with sheet + row sources, merged and multi-line cells, dates, several
// sheets, and the tasks the extraction finds in them; hostile workbooks refused.
#include "extract/documentreader.h"
#include "extract/extractor.h"
#include "qtprint.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <gtest/gtest.h>

using namespace duban;

namespace {
ReadResult readSheet(const char* name, const ReadLimits& limits = {})
{
    return DocumentReader::read(test::fixture(QStringLiteral("readers/") + QLatin1String(name)), limits);
}
} // namespace

TEST(SpreadsheetReader, RowsBecomeLinesWithSheetAndRow)
{
    const ReadResult r = readSheet("tasklist.xlsx");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.doc.format, QStringLiteral("xlsx"));
    const QStringList& l = r.doc.lines;
    ASSERT_EQ(l.size(), 9);
    EXPECT_EQ(l[0], QStringLiteral("2024年数字政府建设重点任务分工表"));
    EXPECT_EQ(l[1], QStringLiteral("序号\t类别\t重点任务\t工作目标\t完成时限\t责任单位"));
    // A date cell reads as the date it shows; the category merged over two rows stands on both.
    EXPECT_EQ(
        l[2],
        QStringLiteral(
            "1\t一、夯实数字基础设施\t1.推进政务云扩容\t新增计算资源2000核\t2024年9月30日\t市大数据局"));
    EXPECT_TRUE(l[3].startsWith(QStringLiteral("2\t一、夯实数字基础设施\t")));
    // Multi-line cells: short lines are items and stay apart.
    EXPECT_TRUE(l[3].endsWith(QStringLiteral("\t市住房城乡建设局、市城管局"))) << l[3].toStdString();
    // The unit merged over tasks 3 and 4 is the unit of both.
    EXPECT_TRUE(l[5].endsWith(QStringLiteral("\t市政务服务中心"))) << l[5].toStdString();
    EXPECT_EQ(r.doc.locationOf(3), QStringLiteral("工作表“重点任务”第3行"));
    EXPECT_EQ(r.doc.locationOf(9), QStringLiteral("工作表“配合事项”第3行"));
}

TEST(SpreadsheetReader, TaskListImportsAsTasksWithSheetRowSources)
{
    const ReadResult r = readSheet("tasklist.xlsx");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const auto tasks = Extractor().extract(r.doc).tasks;
    ASSERT_EQ(tasks.size(), 6);
    EXPECT_EQ(tasks[0].title, QStringLiteral("推进政务云扩容"));
    EXPECT_EQ(tasks[0].deadline, QDate(2024, 9, 30));
    EXPECT_EQ(r.doc.locationOf(tasks[0].lineStart), QStringLiteral("工作表“重点任务”第3行"));
    EXPECT_EQ(tasks[1].leadUnits, QStringList{QStringLiteral("市住房城乡建设局")});
    EXPECT_EQ(tasks[3].leadUnits, QStringList{QStringLiteral("市政务服务中心")});
    EXPECT_EQ(tasks[4].title, QStringLiteral("编制公共数据目录"));
    EXPECT_EQ(tasks[4].coUnits, QStringList{QStringLiteral("市直各部门")});
    EXPECT_EQ(r.doc.locationOf(tasks[5].lineStart), QStringLiteral("工作表“配合事项”第3行"));
}

TEST(SpreadsheetReader, HostileWorkbooksAreRefusedQuickly)
{
    QElapsedTimer clock;
    clock.start();
    ReadLimits limits;
    limits.maxInflatedBytes = 8 * 1024 * 1024;
    const ReadResult bomb = readSheet("hostile-bomb.xlsx", limits);
    EXPECT_FALSE(bomb.ok());
    EXPECT_TRUE(bomb.error.contains(QStringLiteral("压缩炸弹"))) << bomb.error.toStdString();

    const ReadResult broken = readSheet("hostile-broken-xml.xlsx");
    EXPECT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error.contains(QStringLiteral("损坏"))) << broken.error.toStdString();

    limits = {};
    limits.maxSheetRows = 2000;
    const ReadResult rows = readSheet("hostile-many-rows.xlsx", limits);
    EXPECT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error.contains(QStringLiteral("2001 行"))) << rows.error.toStdString();

    // References past any column and a merge over the whole sheet cost nothing and keep the real text.
    const ReadResult huge = readSheet("hostile-huge-numbers.xlsx");
    ASSERT_TRUE(huge.ok()) << huge.error.toStdString();
    EXPECT_EQ(huge.doc.lines.first(), QStringLiteral("序号"));
    for (const QString& l : huge.doc.lines)
        EXPECT_LT(l.size(), 4096);
    EXPECT_LT(clock.elapsed(), 5000);
}
