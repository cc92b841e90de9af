// Every format read into text that matches a reference made by an independent tool: the OFD references
// by tests/fixtures/readers/ofd/ofd_reference.py (TextCodes in document order, no coordinates), the
// office ones by antiword, unrtf, odt2txt and xls2csv (tests/fixtures/readers/office/make_references.sh).
#include "extract/documentreader.h"
#include "qtprint.h"
#include "similarity.h"
#include "testpaths.h"

#include <QFile>
#include <QStandardPaths>
#include <algorithm>
#include <gtest/gtest.h>

using namespace duban;

namespace {

QString referenceOf(const QString& fixture)
{
    QFile f(test::fixture(fixture + QStringLiteral(".ref.txt")));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << fixture.toStdString();
    return QString::fromUtf8(f.readAll());
}

double readAndCompare(const QString& fixture)
{
    const ReadResult r = DocumentReader::read(test::fixture(fixture));
    EXPECT_TRUE(r.ok()) << fixture.toStdString() << ": " << r.error.toStdString();
    const double s = test::similarity(r.doc.lines.join(u'\n'), referenceOf(fixture));
    std::printf("similarity %-50s %.4f\n", qPrintable(fixture), s);
    return s;
}

bool haveLibreOffice()
{
    return !QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty();
}

class OfdSimilarity : public testing::TestWithParam<const char*>
{
};

class OfficeSimilarity : public testing::TestWithParam<const char*>
{
};

} // namespace

TEST(Similarity, MeasuresEditsOnTextWithoutWhitespace)
{
    EXPECT_DOUBLE_EQ(test::similarity(QStringLiteral("牵头 单位\n"), QStringLiteral("牵头单位")), 1.0);
    EXPECT_DOUBLE_EQ(test::similarity(QStringLiteral("abcd"), QStringLiteral("abxd")), 0.75);
    EXPECT_DOUBLE_EQ(test::similarity(QStringLiteral("abcd"), QString()), 0.0);
}

TEST_P(OfdSimilarity, MatchesTheReference)
{
    EXPECT_GE(readAndCompare(QStringLiteral("readers/ofd/") + QLatin1String(GetParam())), 0.98);
}

INSTANTIATE_TEST_SUITE_P(RealFiles, OfdSimilarity,
                         testing::Values("hello.ofd", "annotated.ofd", "poems.ofd", "glyphs-suwell.ofd"));

// Forms (a building permit from Suwell's form SDK, a VAT invoice): their template text comes first in the
// file and the filled-in values after, so document order is not reading order and the ordered
// comparison says little (0.23 and 0.76). Every character must still be there.
TEST(OfdForms, EveryCharacterOfTheFormIsRead)
{
    for (const char* name : {"permit-suwell.ofd", "invoice.ofd"}) {
        const QString fixture = QStringLiteral("readers/ofd/") + QLatin1String(name);
        const ReadResult r = DocumentReader::read(test::fixture(fixture));
        ASSERT_TRUE(r.ok()) << r.error.toStdString();
        const QString text = r.doc.lines.join(u'\n');
        const double recall = test::characterRecall(text, referenceOf(fixture));
        std::printf("recall %-54s %.4f (ordered %.4f)\n", name, recall,
                    test::similarity(text, referenceOf(fixture)));
        EXPECT_GE(recall, 0.98) << name;
    }
    const ReadResult permit =
        DocumentReader::read(test::fixture(QStringLiteral("readers/ofd/permit-suwell.ofd")));
    // Reading order: the template's label and the filled-in value end up on one line.
    EXPECT_TRUE(permit.doc.lines.contains(QStringLiteral("建设单位 中华安保有限公司")))
        << permit.doc.lines.join(u'\n').toStdString();
}

TEST_P(OfficeSimilarity, MatchesTheReference)
{
    if (!haveLibreOffice())
        GTEST_SKIP() << "LibreOffice (libreoffice-writer-nogui, libreoffice-calc-nogui) is not installed";
    EXPECT_GE(readAndCompare(QStringLiteral("readers/office/") + QLatin1String(GetParam())), 0.98);
}

// A real .docx (Chinese and English) read by our own reader, against LibreOffice's txt export.
TEST(DocxSimilarity, RealWordFileMatchesLibreOffice)
{
    EXPECT_GE(readAndCompare(QStringLiteral("readers/office/wordextractor-test11.docx")), 0.98);
}

class PdfSimilarity : public testing::TestWithParam<const char*>
{
};

// Real PDFs with a CJK text layer (tests/fixtures/readers/pdf/SOURCE.md), against pdftotext.
TEST_P(PdfSimilarity, MatchesPdftotext)
{
    EXPECT_GE(readAndCompare(QStringLiteral("readers/pdf/") + QLatin1String(GetParam())), 0.98);
}

INSTANTIATE_TEST_SUITE_P(RealFiles, PdfSimilarity,
                         testing::Values("pdfjs-issue16063.pdf", "pdfjs-issue16538.pdf"));

INSTANTIATE_TEST_SUITE_P(RealFiles, OfficeSimilarity,
                         testing::Values("textract-doc-raw_text.doc", "textract-rtf-raw_text.rtf",
                                         "textract-odt-raw_text.odt", "textract-odt-standardized_text.odt"));

// xls2csv and LibreOffice print formula results differently (TRUE() as 0/1 against TRUE, NA() as ERROR
// against #N/A): the two formula columns (New?, Help) are left out of both sides; every text cell counts.
TEST(OfficeSimilarity, SpreadsheetCellsMatchXls2csv)
{
    if (!haveLibreOffice())
        GTEST_SKIP() << "LibreOffice is not installed";
    const QString fixture = QStringLiteral("readers/office/textract-xls-raw_text.xls");
    const ReadResult r = DocumentReader::read(test::fixture(fixture));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const auto textColumns = [](const QStringList& lines) {
        QStringList out;
        for (const QString& line : lines) {
            QStringList cells = line.split(u'\t');
            for (int drop : {5, 3}) {
                if (cells.size() > drop)
                    cells.removeAt(drop);
            }
            out.append(cells.join(u'\t'));
        }
        return out.join(u'\n');
    };
    const double s =
        test::similarity(textColumns(r.doc.lines), textColumns(referenceOf(fixture).split(u'\n')));
    std::printf("similarity %-50s %.4f (text columns; all columns %.4f)\n", qPrintable(fixture), s,
                test::similarity(r.doc.lines.join(u'\n'), referenceOf(fixture)));
    EXPECT_GE(s, 0.98);
}

// A file written by Kingsoft WPS Writer (not a renamed .doc): antiword prints its table with `|` borders
// and wraps long cells, so the order of the reference says little; every character must be read, and the
// cells of one table row stay on one line in reading order.
TEST(OfficeSimilarity, WpsWriterFileIsReadWhole)
{
    if (!haveLibreOffice())
        GTEST_SKIP() << "LibreOffice is not installed";
    const QString fixture = QStringLiteral("readers/office/wps-mygit-test.wps");
    const ReadResult r = DocumentReader::read(test::fixture(fixture));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const QString text = r.doc.lines.join(u'\n');
    const QString reference = referenceOf(fixture).remove(u'|');
    const double recall = test::characterRecall(text, reference);
    std::printf("recall %-54s %.4f\n", qPrintable(fixture), recall);
    EXPECT_GE(recall, 0.98);
    const auto row = std::find_if(r.doc.lines.cbegin(), r.doc.lines.cend(),
                                  [](const QString& l) { return l.startsWith(QStringLiteral("IDCard")); });
    ASSERT_NE(row, r.doc.lines.cend()) << text.toStdString();
    EXPECT_TRUE(row->contains(QStringLiteral("包含5个或以上不同的国内身份证号码信息"))) << row->toStdString();
}

// An Excel 97–2003 workbook in code page 936: the Chinese text cells match xls2csv's. Dates are left out
// (xls2csv prints 05-29-82 from the file's own format, LibreOffice its locale's).
static void expectTextColumnsMatch(const QString& fixture)
{
    const ReadResult r = DocumentReader::read(test::fixture(fixture));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const auto textColumns = [](const QStringList& lines) {
        QStringList out;
        for (const QString& line : lines) {
            const QStringList cells = line.split(u'\t');
            if (cells.size() >= 4)
                out.append(cells.mid(0, 4).join(u'\t')); // 工号, 姓名, 性别, 籍贯
        }
        return out;
    };
    const QStringList read = textColumns(r.doc.lines);
    const QStringList reference = textColumns(referenceOf(fixture).split(u'\n'));
    ASSERT_GE(reference.size(), 17) << fixture.toStdString(); // the header and the people
    EXPECT_EQ(reference.first(), QStringLiteral("工号\t姓名\t性别\t籍贯"));
    EXPECT_EQ(read, reference) << fixture.toStdString();
}

TEST(OfficeSimilarity, ChineseXlsTextCellsMatchXls2csv)
{
    if (!haveLibreOffice())
        GTEST_SKIP() << "LibreOffice is not installed";
    expectTextColumnsMatch(QStringLiteral("readers/office/excelhome-26.1.xls"));
}

// The same kind of list saved by Excel 2007+, read by our own .xlsx reader, against LibreOffice's export.
TEST(XlsxSimilarity, ChineseXlsxTextCellsMatchLibreOffice)
{
    expectTextColumnsMatch(QStringLiteral("readers/office/excelhome-11.xlsx"));
}
