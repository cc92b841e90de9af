#include "extract/documentreader.h"
#include "extract/extractor.h"
#include "qtprint.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace duban;

TEST(DocxReader, ParagraphsAndTableRowsWithMergedCells)
{
    const ReadResult r = DocumentReader::read(test::fixture(QStringLiteral("readers/table.docx")));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.doc.format, QStringLiteral("docx"));
    const QStringList& l = r.doc.lines;
    ASSERT_EQ(l.size(), 9); // 4 paragraphs, 4 table rows, 1 paragraph
    EXPECT_EQ(l[2], QStringLiteral("驻政办〔2022〕60号"));
    EXPECT_EQ(l[3], QStringLiteral("附件\t重点任务分工表")); // a tab in a paragraph stays a tab
    EXPECT_EQ(l[4], QStringLiteral("序号\t重点任务\t工作目标\t完成时限\t责任单位\t备注"));
    EXPECT_EQ(l[5],
              QStringLiteral(
                  "1\t一、加强组织领导\t1.建立市级议事协调机制\t2022年9月底\t市政务服务和大数据管理局\t"));
    // The vertically merged category stands on its first row only.
    EXPECT_EQ(l[6], QStringLiteral("2\t\t2.明确工作职责\t2022年9月底\t市直各部门、各县区人民政府负责\t"));
    // A horizontal span keeps the columns aligned.
    EXPECT_EQ(l[7].split(u'\t').size(), 6);
    EXPECT_EQ(l[7].split(u'\t')[3], QStringLiteral("长期坚持"));
    EXPECT_EQ(r.doc.locationOf(1), QStringLiteral("第1段"));
    EXPECT_EQ(r.doc.locationOf(6), QStringLiteral("表1第2行"));
}

TEST(DocxReader, ExtractionReadsTheTable)
{
    const ReadResult r = DocumentReader::read(test::fixture(QStringLiteral("readers/table.docx")));
    ASSERT_TRUE(r.ok());
    const auto tasks = Extractor().extract(r.doc).tasks;
    ASSERT_EQ(tasks.size(), 3);
    EXPECT_EQ(tasks[0].title, QStringLiteral("建立市级议事协调机制"));
    EXPECT_EQ(tasks[0].deadline, QDate(2022, 9, 30));
    EXPECT_EQ(tasks[1].section.last(), QStringLiteral("一、加强组织领导"));
    EXPECT_EQ(tasks[2].leadUnits, QStringList{QStringLiteral("市财政局")});
}

TEST(DocxReader, BrokenFilesGetClearErrors)
{
    const ReadResult t = DocumentReader::read(test::fixture(QStringLiteral("readers/truncated.docx")));
    EXPECT_FALSE(t.ok());
    EXPECT_TRUE(t.error.contains(QStringLiteral("truncated.docx")));
    EXPECT_TRUE(t.error.contains(QStringLiteral("损坏")));
    const ReadResult n = DocumentReader::read(test::fixture(QStringLiteral("readers/not_word.docx")));
    EXPECT_FALSE(n.ok());
    EXPECT_TRUE(n.error.contains(QStringLiteral("word/document.xml")));
}

TEST(DocxReader, ZipBombIsRefused)
{
    ReadLimits limits;
    limits.maxInflatedBytes = 8 * 1024 * 1024; // the fixture inflates to 40 MB from 40 KB
    const ReadResult r = DocumentReader::read(test::fixture(QStringLiteral("readers/bomb.docx")), limits);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("压缩炸弹"))) << r.error.toStdString();
}
