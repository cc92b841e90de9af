#include "extract/documentreader.h"
#include "qtprint.h"
#include "testpaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace duban;

TEST(TextReader, Gb18030IsDetected)
{
    const ReadResult r = DocumentReader::read(test::fixture(QStringLiteral("readers/gb18030.txt")));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.doc.format, QStringLiteral("txt"));
    ASSERT_GE(r.doc.lines.size(), 5);
    EXPECT_EQ(r.doc.lines[2], QStringLiteral("驻政办〔2022〕60号"));
    EXPECT_TRUE(r.doc.lines[4].contains(QStringLiteral("市大数据局")));
}

TEST(TextReader, Utf8BomAndCrLf)
{
    const ReadResult r = DocumentReader::read(test::fixture(QStringLiteral("readers/utf8_bom.txt")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.doc.lines[0], QStringLiteral("驻马店市人民政府办公室")); // no BOM, no \r
    EXPECT_EQ(r.doc.lines.size(), 5);
}

TEST(TextReader, LineNumbersKeepEmptyLines)
{
    const ReadResult r = DocumentReader::read(test::seed(QStringLiteral("001_b627dadf859ee7b6.txt")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.doc.lines.size(), 923); // `wc -l` says 922: the last line has no newline
    EXPECT_EQ(r.doc.lines[86], QStringLiteral("驻政〔2022〕56号")); // line 87
    EXPECT_TRUE(r.doc.lines[0].isEmpty());
}

TEST(TextReader, LoneCarriageReturns)
{
    const SourceDocument d = DocumentReader::fromText(QStringLiteral("甲\r乙\r\n丙\n\n丁"));
    EXPECT_EQ(d.lines, (QStringList{QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙"),
                                    QString(), QStringLiteral("丁")}));
    EXPECT_EQ(d.format, QStringLiteral("paste"));
}

TEST(TextReader, EmptyAndJunkAreRefusedByName)
{
    const ReadResult e = DocumentReader::read(test::fixture(QStringLiteral("readers/empty.txt")));
    EXPECT_FALSE(e.ok());
    EXPECT_TRUE(e.error.contains(QStringLiteral("empty.txt")));
    EXPECT_TRUE(e.error.contains(QStringLiteral("为空")));
    const ReadResult j = DocumentReader::read(test::fixture(QStringLiteral("readers/junk.bin")));
    EXPECT_FALSE(j.ok());
    EXPECT_TRUE(j.error.contains(QStringLiteral("junk.bin")));
    EXPECT_TRUE(j.error.contains(QStringLiteral("不是文本文件")));
}

TEST(TextReader, MissingFileDirectoryAndOldWord)
{
    QTemporaryDir dir;
    const ReadResult m = DocumentReader::read(dir.filePath(QStringLiteral("无此文件.txt")));
    EXPECT_FALSE(m.ok());
    EXPECT_TRUE(m.error.contains(QStringLiteral("找不到文件")));
    EXPECT_FALSE(DocumentReader::read(dir.path()).ok());
    QFile doc(dir.filePath(QStringLiteral("旧文件.doc")));
    ASSERT_TRUE(doc.open(QIODevice::WriteOnly));
    doc.write("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 old word");
    doc.close();
    const ReadResult w = DocumentReader::read(doc.fileName());
    EXPECT_FALSE(w.ok());
    EXPECT_TRUE(w.error.contains(QStringLiteral(".docx"))) << w.error.toStdString();
}

TEST(TextReader, FiftyMegabytesStillWork)
{
    QTemporaryDir dir;
    QFile seed(test::seed(QStringLiteral("004_965ab3e643975aa5.txt")));
    ASSERT_TRUE(seed.open(QIODevice::ReadOnly));
    QByteArray chunk = seed.readAll();
    if (!chunk.endsWith('\n'))
        chunk.append('\n');
    const int seedLines = int(chunk.count('\n'));
    const QString path = dir.filePath(QStringLiteral("big.txt"));
    QFile big(path);
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    int copies = 0;
    while (big.size() < 50LL * 1024 * 1024) {
        big.write(chunk);
        ++copies;
    }
    big.close();
    const ReadResult r = DocumentReader::read(path);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.doc.lines.size(), qsizetype(seedLines) * copies);
    EXPECT_EQ(r.doc.lines[seedLines + 4], QStringLiteral("驻政办〔2020〕46 号")); // line 5 of the second copy
}

TEST(TextReader, SizeCap)
{
    ReadLimits limits;
    limits.maxFileBytes = 100;
    const ReadResult r = DocumentReader::read(test::seed(QStringLiteral("001_b627dadf859ee7b6.txt")), limits);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("过大")));
}
