// The limits of the README ("Limits"), each enforced with its own message, and cancel reaching the readers.
#include "extract/documentreader.h"
#include "qtprint.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace duban;

namespace {

QString hostile(const char* name)
{
    return test::fixture(QStringLiteral("hostile/") + QLatin1String(name));
}

} // namespace

TEST(ReadLimits, LinesPagesAndSizeAreEnforced)
{
    ReadLimits lines;
    lines.maxLines = 3;
    ReadResult r = DocumentReader::read(hostile("utf16le_bom.txt"), lines);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("超过 3 行的上限"))) << r.error.toStdString();
    r = DocumentReader::read(test::fixture(QStringLiteral("readers/table.docx")), lines);
    EXPECT_TRUE(r.error.contains(QStringLiteral("超过 3 行的上限"))) << r.error.toStdString();

    ReadLimits pages;
    pages.maxPages = 2;
    r = DocumentReader::read(hostile("three_pages.pdf"), pages);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("有 3 页，超过 2 页的上限"))) << r.error.toStdString();
    r = DocumentReader::read(hostile("three_pages.pdf"));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_TRUE(r.doc.lines.join(u'\n').contains(QStringLiteral("Page 3: 2022-09-30")));

    ReadLimits text;
    text.maxTextBytes = 100;
    r = DocumentReader::read(hostile("big5.txt"), text);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("上限"))) << r.error.toStdString();
}

// Cancel reaches the readers: the PDF page loop and the XML parse stop and say so.
TEST(ReadLimits, CancelStopsPdfAndDocxReads)
{
    ReadLimits cancel;
    cancel.cancelled = [] { return true; };
    for (const QString& path :
         {hostile("three_pages.pdf"), test::fixture(QStringLiteral("readers/table.docx"))}) {
        const ReadResult r = DocumentReader::read(path, cancel);
        EXPECT_FALSE(r.ok()) << path.toStdString();
        EXPECT_EQ(r.error, QStringLiteral("已取消读取。")) << path.toStdString();
    }
}
