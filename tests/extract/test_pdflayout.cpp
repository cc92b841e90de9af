// PDF layout on real text typeset as government PDFs are: running header and footer, 公文 page numbers
// (— 2 —), a two-column page and a task-division table with wrapped cells. The prose is 国办发〔2018〕126号
// (shared/corpus), the table rows are from the 驻马店市数据共享重点任务分工表 (shared/seeds/001).
#include "cputimer.h"
#include "extract/documentreader.h"
#include "extract/extractor.h"
#include "extract/pdflayout.h"
#include "testpaths.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <limits>

using namespace duban;

namespace {

QStringList corpusLines()
{
    QFile f(test::sharedDir() + QStringLiteral("/corpus/guobanfa-2018-126-tuiguang.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

// Breaks text into lines of at most n characters.
QStringList wrap(const QString& text, int n)
{
    QStringList out;
    for (qsizetype i = 0; i < text.size(); i += n)
        out << text.mid(i, n);
    return out;
}

struct Typeset
{
    QPdfWriter* writer;
    QPainter* p;
    int page = 1;
    void furniture()
    {
        p->setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 9));
        p->drawText(QRectF(60, 30, 475, 14), Qt::AlignCenter,
                    QStringLiteral("驻马店市人民政府公报　2022年第3期"));
        p->drawLine(60, 48, 535, 48);
        p->drawText(QRectF(60, 800, 475, 14), Qt::AlignCenter, QStringLiteral("— %1 —").arg(page));
        p->setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 12));
    }
    void next()
    {
        writer->newPage();
        ++page;
        furniture();
    }
};

// Page 1 prose, page 2 two columns, page 3 the table; returns the texts each part must read as.
struct Expected
{
    QStringList prose, left, right;
};

Expected writeGovPdf(const QString& path)
{
    const QStringList src = corpusLines();
    Expected e;
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72); // painter units are points
    writer.setPageMargins({});
    QPainter p(&writer);
    Typeset t{&writer, &p};
    t.furniture();
    double y = 80;
    for (int i = 0; i < 6 && i < src.size(); ++i)
        for (const QString& l : wrap(src[i], 36)) {
            if (y > 760)
                break;
            p.drawText(QPointF(80, y), l);
            e.prose << l;
            y += 20;
        }
    t.next();
    // Two columns of 17 characters; the left one is read to its end before the right one starts.
    p.setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 11));
    QStringList col;
    for (int i = 6; i < src.size() && col.size() < 60; ++i)
        col << wrap(src[i], 17);
    for (int k = 0; k < 60 && k < col.size(); ++k) {
        const bool left = k < 30;
        p.drawText(QPointF(left ? 70 : 310, 90 + (k % 30) * 22), col[k]);
        (left ? e.left : e.right) << col[k];
    }
    t.next();
    // The table: 序号 | 重点任务 | 完成时限 | 责任单位, wrapped cells, ruled like a Word table.
    const double xs[] = {60, 100, 280, 360, 535};
    const QStringList head = {QStringLiteral("序号"), QStringLiteral("重点任务"), QStringLiteral("完成时限"),
                              QStringLiteral("责任单位")};
    const QList<QStringList> rows = {
        {QStringLiteral("1"), QStringLiteral("建立市级议事协调机制，开展市级议事协调机制日常工作"),
         QStringLiteral("2022年9月底"), QStringLiteral("市政务服务和大数据管理局")},
        {QStringLiteral("2"), QStringLiteral("提升网络支撑服务能力，畅通网间数据共享通道"),
         QStringLiteral("2023年12月底"), QStringLiteral("市直各部门、各县区人民政府")},
        {QStringLiteral("3"),
         QStringLiteral("强化平台支撑，依托国家、省、市三级数据共享交换平台开展政务数据共享工作"),
         QStringLiteral("2022年12月底"),
         QStringLiteral("市政务服务和大数据管理局、市发展和改革委员会、市财政局")},
    };
    p.setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 10));
    p.drawText(QRectF(60, 70, 475, 20), Qt::AlignCenter, QStringLiteral("驻马店市数据共享重点任务分工表"));
    double top = 100;
    const auto drawRow = [&](const QStringList& cells) {
        const int widths[] = {2, 12, 5, 11}; // characters per cell line
        int tall = 1;
        for (int c = 0; c < 4; ++c)
            tall = std::max(tall, int(wrap(cells[c], widths[c]).size()));
        const double h = 10 + tall * 15;
        for (int c = 0; c < 4; ++c) {
            const QStringList parts = wrap(cells[c], widths[c]);
            for (int k = 0; k < parts.size(); ++k)
                p.drawText(QPointF(xs[c] + 4, top + 17 + k * 15), parts[k]);
            p.drawRect(QRectF(xs[c], top, xs[c + 1] - xs[c], h));
        }
        top += h;
    };
    drawRow(head);
    for (const QStringList& r : rows)
        drawRow(r);
    p.setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 12));
    p.drawText(QPointF(80, top + 40), QStringLiteral("各县区、各部门要按照分工抓好落实。"));
    return e;
}

} // namespace

TEST(PdfLayout, HeadersFootersColumnsAndTables)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("gazette.pdf"));
    const Expected e = writeGovPdf(pdf);
    if (qEnvironmentVariableIsSet("DUBAN_KEEP_FIXTURES")) // to look at it: pdftoppm -png, pdftotext -layout
        QFile::copy(pdf, qEnvironmentVariable("DUBAN_KEEP_FIXTURES") + QStringLiteral("/gazette.pdf"));
    ASSERT_GT(e.prose.size(), 5);
    const ReadResult r = DocumentReader::read(pdf);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const QStringList& lines = r.doc.lines;
    const QString all = lines.join(u'\n');
    // Furniture gone: the running header on every page and the — N — page numbers.
    EXPECT_FALSE(all.contains(QStringLiteral("公报"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("— 2 —")));
    for (const QString& l : lines)
        EXPECT_FALSE(l.contains(u'—') && l.size() < 8) << l.toStdString();
    // Page 1 reads as typeset, in order.
    EXPECT_EQ(lines.mid(0, e.prose.size()), e.prose);
    // Page 2: the whole left column, then the right one.
    const qsizetype l0 = lines.indexOf(e.left.first());
    ASSERT_GE(l0, 0) << e.left.first().toStdString() << "\n" << all.toStdString();
    EXPECT_EQ(lines.mid(l0, e.left.size()), e.left);
    EXPECT_EQ(lines.mid(l0 + e.left.size(), e.right.size()), e.right);
    EXPECT_EQ(r.doc.locationOf(int(l0) + 1), QStringLiteral("第2页"));
    // Page 3: one line per table row, cells by tab, wrapped cells whole.
    EXPECT_TRUE(lines.contains(QStringLiteral("序号\t重点任务\t完成时限\t责任单位"))) << all.toStdString();
    EXPECT_TRUE(lines.contains(
        QStringLiteral("3\t强化平台支撑，依托国家、省、市三级数据共享交换平台开展政务数据共享工作\t"
                       "2022年12月底\t市政务服务和大数据管理局、市发展和改革委员会、市财政局")))
        << all.toStdString();
    EXPECT_EQ(lines.last(), QStringLiteral("各县区、各部门要按照分工抓好落实。"));
    // The extractor's table parser sees the rows.
    const ExtractionResult ex = Extractor().extract(r.doc);
    int fromTable = 0;
    for (const TaskDraft& t : ex.tasks)
        if (t.deadline == QDate(2023, 12, 31) &&
            t.leadUnits.join(QString()).contains(QStringLiteral("市直各部门")))
            ++fromTable;
    EXPECT_EQ(fromTable, 1);
    // pdftotext, an independent reader, agrees on the table's words (checked by eye with -layout).
    QProcess pt;
    pt.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (pt.waitForFinished(20000)) {
        const QString ref = QString::fromUtf8(pt.readAllStandardOutput());
        EXPECT_TRUE(ref.contains(QStringLiteral("公报"))); // it keeps the running header we drop
    }
}

TEST(PdfLayout, GarbledTextIsRecognisedAsSuch)
{
    EXPECT_FALSE(looksGarbled(corpusLines().mid(0, 20).join(QString())));
    QString junk;
    for (int i = 0; i < 200; ++i)
        junk += QChar(char16_t(0x4E00 + (i * 7919) % 20000)); // ideographs in no particular order
    EXPECT_TRUE(looksGarbled(junk));
    EXPECT_TRUE(looksGarbled(QString(100, QChar(0xE123))));
    EXPECT_FALSE(looksGarbled(QStringLiteral("Annual report 2022")));
}

namespace {

// One word per line, left to right across [left, right], top to bottom from top, 20 pt apart.
QList<LayoutWord> column(const QString& tag, int lines, double left, double right, double top)
{
    QList<LayoutWord> out;
    for (int i = 0; i < lines; ++i)
        out.append({tag + QStringLiteral("%1").arg(i, 2, 10, QChar(u'0')),
                    QRectF(left, top + 20.0 * i, right - left, 12)});
    return out;
}

QStringList texts(const QList<LayoutLine>& lines)
{
    QStringList out;
    for (const LayoutLine& l : lines)
        out << l.text;
    return out;
}

} // namespace

// Found by fuzz_pdf (UBSan, float-cast-overflow in the gutter search): poppler reports whatever MediaBox a
// file declares, and the search for a column gutter counted words over every point of the page's middle.
// A page a billion points wide took seconds per page and 1.6 GB; wider ones overflowed int.
TEST(PdfLayout, AnEnormousPageIsReadLineByLineAtOnce)
{
    for (const double width : {1e9, 1e12, 1e300}) {
        LayoutPage page;
        page.size = QSizeF(width, 842);
        page.words = column(QStringLiteral("行"), 30, 0, width, 100);
        const test::CpuTimer cpu;
        const QList<LayoutLine> lines = layoutPdfText({page});
        EXPECT_LT(cpu.elapsed(), 1000) << width;
        ASSERT_EQ(lines.size(), 30) << width;
        EXPECT_EQ(lines.front().text, QStringLiteral("行00"));
        EXPECT_EQ(lines.back().text, QStringLiteral("行29"));
    }
}

// A very tall two-column page: the columns' lines far down the page were dropped (the last band ended at
// a fixed y of 10^9).
TEST(PdfLayout, TwoColumnsFarDownATallPageAreKept)
{
    LayoutPage page;
    page.size = QSizeF(595, 3e9);
    page.words =
        column(QStringLiteral("左"), 25, 60, 290, 1.5e9) + column(QStringLiteral("右"), 25, 305, 535, 1.5e9);
    const QStringList got = texts(layoutPdfText({page}));
    ASSERT_EQ(got.size(), 50) << got.join(u' ').toStdString();
    EXPECT_EQ(got.front(), QStringLiteral("左00"));
    EXPECT_EQ(got[24], QStringLiteral("左24"));
    EXPECT_EQ(got[25], QStringLiteral("右00"));
}

// Boxes that are not numbers (NaN, infinite) place a word nowhere: it is left out, the rest read in order,
// whatever size the page claims.
TEST(PdfLayout, WordsWithoutAPlaceAreLeftOut)
{
    const double nan = std::numeric_limits<double>::quiet_NaN(),
                 inf = std::numeric_limits<double>::infinity();
    for (const QSizeF size : {QSizeF(595, 842), QSizeF(nan, nan), QSizeF(inf, 842), QSizeF(-595, -842)}) {
        LayoutPage page;
        page.size = size;
        page.words =
            column(QStringLiteral("左"), 25, 60, 290, 100) + column(QStringLiteral("右"), 25, 305, 535, 100);
        page.words.insert(3, {QStringLiteral("甲"), QRectF(nan, 140, 100, 12)});
        page.words.insert(7, {QStringLiteral("乙"), QRectF(100, inf, 100, 12)});
        page.words.insert(9, {QStringLiteral("丙"), QRectF(-inf, 200, inf, 12)});
        page.words.insert(11, {QStringLiteral("丁"), QRectF(100, 300, nan, nan)});
        const QStringList got = texts(layoutPdfText({page}));
        const QString all = got.join(u' ');
        EXPECT_FALSE(all.contains(QRegularExpression(QStringLiteral("[甲乙丙丁]")))) << all.toStdString();
        for (int i = 0; i < 25; ++i)
            for (const QString& side : {QStringLiteral("左"), QStringLiteral("右")})
                EXPECT_TRUE(all.contains(side + QStringLiteral("%1").arg(i, 2, 10, QChar(u'0'))))
                    << all.toStdString();
        // A page of ordinary size finds its gutter: one column, then the other.
        if (size == QSizeF(595, 842)) {
            ASSERT_EQ(got.size(), 50) << all.toStdString();
            EXPECT_EQ(got[25], QStringLiteral("右00"));
        }
    }
}
