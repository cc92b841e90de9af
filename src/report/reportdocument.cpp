// Paged layout of the weekly report. QTextDocument lays out text and tables and repeats header rows, but
// it breaks a multi-line row between its cells' lines at a page end; so the layout is checked after each
// build, and a table that would cut a row is split there: the rest goes on the next page under its own
// header. Headings are kept with what follows them the same way.
#include "report/reportdocument.h"

#include "core/translate.h"
#include "report/pdffile.h"
#include "report/reportcontent.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <cmath>
#include <iterator>

namespace duban {

namespace {

QString tr(const char* s)
{
    return translateIn({"Report", "duban::ReportPeriod", "duban::ReportDocument::Impl", "duban"}, s);
}

// Layout units: pixels at 96 per inch, whatever the screen or printer.
constexpr qreal kPx = 96.0 / 25.4; // per millimetre
constexpr qreal kPaperW = 210 * kPx, kPaperH = 297 * kPx;
constexpr qreal kLeft = 26 * kPx, kRight = 24 * kPx, kTop = 28 * kPx, kBottom = 24 * kPx;
constexpr qreal kBodyW = kPaperW - kLeft - kRight, kBodyH = kPaperH - kTop - kBottom;
const QColor kRed(0xc0, 0x00, 0x00);
const QString kChartName = QStringLiteral("duban-report://unit-chart");
constexpr qreal kChartScale = 3.0; // image pixels per layout pixel: about 290 dpi on paper

QSize chartSize(const WeeklyReport& r)
{
    return {int(kBodyW * 0.96), 34 + unitChartUnits(r) * 22 + 8};
}

// How each kind of text block is set, in ReportBlock::Kind order: alignment, top, bottom and right margin,
// first-line indent, line height (percent; 0: single), the size and weight of its text, and its HTML with
// %1 for the text. The byline and tables are laid out as tables of their own; the masthead is red and
// spaced out besides; blocks without HTML here (byline, table, chart, signature) are written on their own.
struct BlockStyle
{
    Qt::Alignment align;
    int top, bottom, right, indent, lineHeight;
    int points;
    bool bold;
    const char* html;
};
constexpr BlockStyle kBlockStyles[] = {
    {Qt::AlignHCenter, 6, 0, 0, 0, 0, 32, true, "<p class=\"masthead\">%1</p>\n"}, // Masthead
    {Qt::AlignHCenter, 6, 10, 0, 0, 0, 14, false, "<p class=\"number\">%1</p>\n"}, // Number
    {{}, 0, 0, 0, 0, 0, 12, false, nullptr},                                       // Byline
    {Qt::AlignHCenter, 12, 14, 0, 0, 130, 18, true, "<h1>%1</h1>\n"},              // Headline
    {{}, 12, 6, 0, 32, 0, 14, true, "<h2>%1</h2>\n"},                              // Heading
    {{}, 6, 0, 0, 32, 0, 12, true, "<h2>%1</h2>\n"},                               // SubHeading
    {Qt::AlignJustify, 0, 6, 0, 32, 150, 12, false, "<p>%1</p>\n"},                // Paragraph
    {{}, 0, 0, 0, 0, 0, 12, false, nullptr},                                       // Table
    {Qt::AlignHCenter, 4, 8, 0, 0, 0, 12, false, nullptr},                         // Chart
    {Qt::AlignRight, 28, 0, 16, 0, 0, 12, false, nullptr},                         // Signature
};
static_assert(std::size(kBlockStyles) == ReportBlock::Signature + 1);

QTextCharFormat charFormat(qreal points, bool bold = false, const QColor& color = Qt::black)
{
    QTextCharFormat f;
    f.setFontFamilies({reportFontFamily()});
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(color);
    return f;
}

// A device whose resolution is the layout's, so that point sizes become the same pixels everywhere.
QPaintDevice* layoutDevice()
{
    static QImage img = [] {
        QImage i(1, 1, QImage::Format_ARGB32_Premultiplied);
        i.setDotsPerMeterX(qRound(96 / 0.0254));
        i.setDotsPerMeterY(qRound(96 / 0.0254));
        return i;
    }();
    return &img;
}

int pageOf(qreal y)
{
    return int(std::floor(y / kBodyH));
}

} // namespace

struct ReportDocument::Impl
{
    WeeklyReport report;
    QList<ReportBlock> blocks;
    std::unique_ptr<QTextDocument> docPtr = std::make_unique<QTextDocument>();
    QTextDocument& doc() const { return *docPtr; }
    QImage chart;

    // Where the layout breaks pages on purpose: before block i, or before data row r of table block i.
    QSet<int> breakBefore;
    QSet<QPair<int, int>> rowBreaks;
    // Breaks taken back because they followed a spill onto a fresh page (and would leave it blank).
    QSet<int> keptFlowing;
    QSet<QPair<int, int>> rowsKeptFlowing;

    struct Piece
    {
        int block = 0;
        int firstRow = 0; // data row index of the piece's first data row
        bool startsPage = false;
        QTextTable* table = nullptr;
    };
    QList<Piece> pieces;
    QList<QTextBlock> textBlocks; // per block index; invalid for tables
    QTextTable* byline = nullptr;
    bool laidOut = false;
    int passes = 0;

    void build(bool paged = true);
    void insertTable(QTextCursor& c, int index, bool* reuseBlock);
    void layout();
    bool fixFirstProblem();
    void planBreaks();
    bool dropBreakAfterBlankPage();
    qreal bottomOf(int block) const;
    qreal firstLineBottom(int block) const;
    qreal rowBottom(QTextTable* t, int row) const;
    qreal rowTop(QTextTable* t, int row) const;
    void paintPage(QPainter& p, int page);
    QString html() const;
};

void ReportDocument::Impl::build(bool paged)
{
    // A fresh document without a layout yet: an attached layout would relayout after every insertion.
    pieces.clear();
    textBlocks = QList<QTextBlock>(blocks.size());
    byline = nullptr;
    docPtr = std::make_unique<QTextDocument>();
    QTextDocument& doc = *docPtr;
    doc.setDocumentMargin(0);
    QFont base(reportFontFamily());
    base.setPointSizeF(12);
    doc.setDefaultFont(base);
    if (!chart.isNull())
        doc.addResource(QTextDocument::ImageResource, QUrl(kChartName), chart);

    QTextCursor c(&doc);
    bool reuseBlock = true; // the document's first block, or the empty one Qt leaves after a table
    for (int i = 0; i < blocks.size(); ++i) {
        const ReportBlock& b = blocks[i];
        if (b.kind == ReportBlock::Table) {
            insertTable(c, i, &reuseBlock);
            continue;
        }
        if (b.kind == ReportBlock::Byline) {
            // Office on the left, date on the right; the red rule under it is painted with the page.
            if (!reuseBlock)
                c.insertBlock();
            QTextTableFormat tf;
            tf.setBorder(0);
            tf.setCellPadding(0);
            tf.setCellSpacing(0);
            tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            tf.setBottomMargin(24); // room for the red rule; the next block's top margin is not applied here
            byline = c.insertTable(1, 2, tf);
            QTextCursor l = byline->cellAt(0, 0).firstCursorPosition();
            l.insertText(b.text, charFormat(12));
            QTextCursor r = byline->cellAt(0, 1).firstCursorPosition();
            QTextBlockFormat right;
            right.setAlignment(Qt::AlignRight);
            r.setBlockFormat(right);
            r.insertText(b.second, charFormat(12));
            c = doc.rootFrame()->lastCursorPosition();
            reuseBlock = true;
            textBlocks[i] = QTextBlock();
            continue;
        }
        const BlockStyle& style = kBlockStyles[b.kind];
        QTextBlockFormat bf;
        bf.setAlignment(style.align);
        bf.setTopMargin(style.top);
        bf.setBottomMargin(style.bottom);
        bf.setRightMargin(style.right);
        bf.setTextIndent(style.indent);
        if (style.lineHeight > 0)
            bf.setLineHeight(style.lineHeight, QTextBlockFormat::ProportionalHeight);
        QTextCharFormat cf = charFormat(style.points, style.bold);
        if (b.kind == ReportBlock::Masthead) {
            cf.setForeground(kRed);
            cf.setFontLetterSpacingType(QFont::PercentageSpacing);
            cf.setFontLetterSpacing(130);
        }
        if (breakBefore.contains(i))
            bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        if (reuseBlock)
            c.setBlockFormat(bf);
        else
            c.insertBlock(bf);
        reuseBlock = false;
        textBlocks[i] = c.block();
        if (b.kind == ReportBlock::Chart) {
            QTextImageFormat img;
            img.setName(kChartName);
            const QSize s = chartSize(report);
            img.setWidth(s.width());
            img.setHeight(s.height());
            c.insertImage(img);
        } else if (b.kind == ReportBlock::Signature) {
            c.insertText(b.text, charFormat(12));
            QTextBlockFormat second = bf;
            second.setTopMargin(4);
            second.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            c.insertBlock(second);
            c.insertText(b.second, charFormat(12));
        } else {
            c.insertText(b.text, cf);
        }
    }
    doc.documentLayout()->setPaintDevice(layoutDevice());
    doc.setPageSize(QSizeF(kBodyW, paged ? kBodyH : 1e8)); // unpaged: every block at its natural place
}

void ReportDocument::Impl::insertTable(QTextCursor& c, int index, bool* reuseBlock)
{
    const ReportTable& t = blocks[index].table;
    QList<int> starts{0};
    for (int r = 1; r < t.rows.size(); ++r) {
        if (rowBreaks.contains({index, r}))
            starts << r;
    }
    const int cols = int(t.header.size());
    QList<QTextLength> widths;
    for (int w : t.widths)
        widths << QTextLength(QTextLength::PercentageLength, w);
    const QTextCharFormat headFormat = charFormat(10, true), cellFormat = charFormat(10);
    for (int p = 0; p < starts.size(); ++p) {
        const int from = starts[p], to = p + 1 < starts.size() ? starts[p + 1] : int(t.rows.size());
        QTextTableFormat tf;
        tf.setHeaderRowCount(1);
        tf.setBorder(1);
        tf.setBorderBrush(Qt::black);
        tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        tf.setBorderCollapse(true);
        tf.setCellPadding(3);
        tf.setCellSpacing(0);
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        tf.setColumnWidthConstraints(widths);
        // Between two pieces nothing may spill past a page end: a margin pushed onto the next page would
        // leave the following piece's page break a blank page.
        tf.setTopMargin(p > 0 ? 0 : 4);
        tf.setBottomMargin(p + 1 < starts.size() ? 0 : 10);
        const bool startsPage = p > 0 || rowBreaks.contains({index, 0}) || breakBefore.contains(index);
        if (startsPage)
            tf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        // A fresh format: insertBlock() would copy the block before, and with a heading's page break the
        // table would start one page after its heading.
        if (!*reuseBlock)
            c.insertBlock(QTextBlockFormat());
        if (p > 0) {
            // The empty block Qt keeps between two tables: a full line there can spill onto a page of its
            // own when the piece before ends at the foot of a page.
            QTextBlockFormat gap;
            gap.setLineHeight(1, QTextBlockFormat::FixedHeight);
            c.setBlockFormat(gap);
            QTextCharFormat tiny;
            tiny.setFontPointSize(1);
            c.setBlockCharFormat(tiny);
        }
        QTextTable* table = c.insertTable(to - from + 1, cols, tf);
        auto fill = [&](int row, const QStringList& cells, const QTextCharFormat& f, bool head) {
            for (int k = 0; k < cols; ++k) {
                QTextTableCell cell = table->cellAt(row, k);
                QTextTableCellFormat cfmt = cell.format().toTableCellFormat();
                cfmt.setVerticalAlignment(QTextCharFormat::AlignMiddle);
                if (head)
                    cfmt.setBackground(QColor(0xee, 0xee, 0xee));
                cell.setFormat(cfmt);
                QTextCursor cc = cell.firstCursorPosition();
                QTextBlockFormat bf;
                bf.setAlignment(head || t.centred.value(k) ? Qt::AlignHCenter : Qt::AlignLeft);
                bf.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
                cc.setBlockFormat(bf);
                cc.insertText(cells.value(k), f);
            }
        };
        fill(0, t.header, headFormat, true);
        for (int r = from; r < to; ++r)
            fill(r - from + 1, t.rows[r], cellFormat, false);
        pieces.append({index, from, startsPage, table});
        c = doc().rootFrame()->lastCursorPosition();
        *reuseBlock = true;
    }
}

qreal ReportDocument::Impl::rowTop(QTextTable* t, int row) const
{
    QAbstractTextDocumentLayout* lay = doc().documentLayout();
    qreal top = 1e12;
    for (int k = 0; k < t->columns(); ++k)
        top = std::min(top, lay->blockBoundingRect(t->cellAt(row, k).firstCursorPosition().block()).top());
    return top;
}

qreal ReportDocument::Impl::rowBottom(QTextTable* t, int row) const
{
    QAbstractTextDocumentLayout* lay = doc().documentLayout();
    qreal bottom = -1e12;
    for (int k = 0; k < t->columns(); ++k)
        bottom =
            std::max(bottom, lay->blockBoundingRect(t->cellAt(row, k).lastCursorPosition().block()).bottom());
    return bottom;
}

// Finds the first place where a row is cut or a heading is left alone at a page end, and breaks the page
// there. Returns false when the layout is clean.
qreal ReportDocument::Impl::bottomOf(int block) const
{
    if (blocks[block].kind == ReportBlock::Byline && byline)
        return rowBottom(byline, 0);
    if (blocks[block].kind == ReportBlock::Table) {
        for (qsizetype k = pieces.size() - 1; k >= 0; --k) {
            if (pieces[k].block == block)
                return rowBottom(pieces[k].table, pieces[k].table->rows() - 1);
        }
    }
    return textBlocks[block].isValid() ? doc().documentLayout()->blockBoundingRect(textBlocks[block]).bottom()
                                       : 0;
}

// A forced page break right after content that already spilled onto a new page (a table's margin, an
// empty block) leaves that page blank: find a page where no text starts and take back the first forced
// break after it.
bool ReportDocument::Impl::dropBreakAfterBlankPage()
{
    QAbstractTextDocumentLayout* lay = doc().documentLayout();
    const int pages = doc().pageCount();
    QList<bool> used(pages, false);
    for (QTextBlock b = doc().begin(); b.isValid(); b = b.next()) {
        if (b.length() <= 1 || !b.layout())
            continue;
        // Every page a line reaches is in use: a tall line (the unit chart) can start at one page's foot.
        const qreal blockTop = lay->blockBoundingRect(b).top();
        for (int l = 0; l < b.layout()->lineCount(); ++l) {
            const QTextLine line = b.layout()->lineAt(l);
            const int first = std::max(0, pageOf(blockTop + line.y() + 1));
            const int last = std::min(pages - 1, pageOf(blockTop + line.y() + line.height() - 1));
            for (int page = first; page <= last; ++page)
                used[page] = true;
        }
    }
    // Every blank page comes from a forced break right after Qt spilled onto a fresh page by itself.
    // Dropping that break moves all that follows up by whole pages, so the rest of the layout stays as
    // it is and every blank page can be mended in this one pass (not one full relayout per page).
    QSet<int> droppedBlocks;
    QSet<int> droppedPieces;
    for (int blank = 0; blank < pages; ++blank) {
        if (used[blank])
            continue;
        const qreal after = blank * kBodyH;
        qreal best = 1e12;
        int bestBlock = -1;
        int bestPiece = -1;
        for (int i : std::as_const(breakBefore)) {
            if (!textBlocks[i].isValid() || droppedBlocks.contains(i))
                continue;
            const qreal top = lay->blockBoundingRect(textBlocks[i]).top();
            if (top >= after - 1 && top < best) {
                best = top;
                bestBlock = i;
            }
        }
        for (int k = 0; k < pieces.size(); ++k) {
            if (!pieces[k].startsPage || droppedPieces.contains(k))
                continue;
            const qreal top = rowTop(pieces[k].table, 0);
            if (top >= after - 1 && top < best) {
                best = top;
                bestBlock = -1;
                bestPiece = k;
            }
        }
        if (bestBlock >= 0) {
            droppedBlocks.insert(bestBlock);
        } else if (bestPiece >= 0) {
            droppedPieces.insert(bestPiece);
        }
    }
    for (int i : std::as_const(droppedBlocks)) {
        breakBefore.remove(i);
        keptFlowing.insert(i);
    }
    for (int k : std::as_const(droppedPieces)) {
        const Piece& p = pieces[k];
        if (breakBefore.remove(p.block)) {
            keptFlowing.insert(p.block);
        } else {
            rowBreaks.remove({p.block, p.firstRow});
            rowsKeptFlowing.insert({p.block, p.firstRow});
        }
    }
    return !droppedBlocks.isEmpty() || !droppedPieces.isEmpty();
}

bool ReportDocument::Impl::fixFirstProblem()
{
    if (dropBreakAfterBlankPage())
        return true;
    QAbstractTextDocumentLayout* lay = doc().documentLayout();
    int pieceIndex = 0;
    for (int i = 0; i < blocks.size(); ++i) {
        const ReportBlock& b = blocks[i];
        if (b.kind == ReportBlock::Heading && i + 1 < blocks.size() && !breakBefore.contains(i)) {
            const qreal top = lay->blockBoundingRect(textBlocks[i]).top();
            qreal nextBottom = top;
            const ReportBlock& next = blocks[i + 1];
            if (next.kind == ReportBlock::Table) {
                for (const Piece& p : std::as_const(pieces)) {
                    if (p.block == i + 1) {
                        nextBottom = rowBottom(p.table, std::min(1, p.table->rows() - 1));
                        break;
                    }
                }
            } else if (textBlocks[i + 1].isValid()) {
                nextBottom = firstLineBottom(i + 1);
            }
            if (pageOf(top) != pageOf(nextBottom - 0.5) && !keptFlowing.contains(i)) {
                breakBefore.insert(i);
                return true;
            }
        }
        if (b.kind != ReportBlock::Table)
            continue;
        for (; pieceIndex < pieces.size() && pieces[pieceIndex].block == i; ++pieceIndex) {
            const Piece& p = pieces[pieceIndex];
            QTextTable* t = p.table;
            for (int row = 1; row < t->rows(); ++row) {
                // The first data row goes with the header: a header alone at a page end moves too.
                const qreal top = rowTop(t, row == 1 ? 0 : row);
                const qreal bottom = rowBottom(t, row);
                if (pageOf(top) == pageOf(bottom - 0.5))
                    continue;
                const int dataRow = p.firstRow + row - 1;
                if (row == 1 && p.startsPage)
                    continue; // taller than a page: nothing to gain
                if (dataRow == 0 && i > 0 && blocks[i - 1].kind == ReportBlock::Heading &&
                    !keptFlowing.contains(i - 1)) {
                    if (breakBefore.contains(i - 1))
                        continue;
                    breakBefore.insert(i - 1);
                } else {
                    if (rowsKeptFlowing.contains({i, dataRow}) || rowBreaks.contains({i, dataRow}))
                        continue;
                    rowBreaks.insert({i, dataRow});
                }
                return true;
            }
        }
    }
    return false;
}

qreal ReportDocument::Impl::firstLineBottom(int block) const
{
    const QTextBlock b = textBlocks[block];
    const QRectF r = doc().documentLayout()->blockBoundingRect(b);
    const QTextLayout* tl = b.layout();
    return tl && tl->lineCount() > 0 ? r.top() + tl->lineAt(0).y() + tl->lineAt(0).height() : r.bottom();
}

// Walks the unpaged layout as the pages will cut it: S is where the current page starts in unpaged
// coordinates. A row that would end past the page starts a new piece of its table (its header above it);
// a table's first row takes the header and the heading before it along; a heading goes with the first
// line of what follows; paragraphs break between lines as Qt breaks them.
void ReportDocument::Impl::planBreaks()
{
    QAbstractTextDocumentLayout* lay = doc().documentLayout();
    qreal S = 0;
    // A little short of the page: where Qt moves a line or row to the next page on its own, the paged
    // layout runs a few pixels behind the unpaged one, and a planned break must not come one row late.
    constexpr qreal kSlack = 8;
    auto over = [&](qreal bottom) { return bottom - S > kBodyH - kSlack; };
    for (int i = 0; i < blocks.size(); ++i) {
        const ReportBlock& b = blocks[i];
        if (b.kind == ReportBlock::Table) {
            QTextTable* t = nullptr;
            for (const Piece& p : std::as_const(pieces)) {
                if (p.block == i)
                    t = p.table;
            }
            if (!t || t->rows() < 2)
                continue;
            // Row extents here are their cells' text; padding and borders come on top of that.
            constexpr qreal kCellEdge = 4;
            const qreal frameTop = lay->frameBoundingRect(t).top();
            // From a piece's page top to its first data row's text: margin, border, header row, padding.
            const qreal lead = rowTop(t, 1) - frameTop + 2 * kCellEdge;
            if (over(rowBottom(t, 1) + kCellEdge)) {
                if (i > 0 && blocks[i - 1].kind == ReportBlock::Heading && !breakBefore.contains(i - 1)) {
                    breakBefore.insert(i - 1);
                    S = lay->blockBoundingRect(textBlocks[i - 1]).top();
                } else {
                    rowBreaks.insert({i, 0});
                    S = frameTop;
                }
            }
            for (int r = 2; r < t->rows(); ++r) {
                if (over(rowBottom(t, r) + kCellEdge)) {
                    rowBreaks.insert({i, r - 1});
                    S = rowTop(t, r) - lead;
                }
            }
            continue;
        }
        if (!textBlocks[i].isValid())
            continue;
        const QRectF r = lay->blockBoundingRect(textBlocks[i]);
        if (b.kind == ReportBlock::Heading && i + 1 < blocks.size() &&
            blocks[i + 1].kind != ReportBlock::Table && textBlocks[i + 1].isValid() &&
            over(firstLineBottom(i + 1))) {
            breakBefore.insert(i);
            S = r.top();
            continue;
        }
        if (!over(r.bottom()))
            continue;
        const QTextLayout* tl = textBlocks[i].layout();
        if (b.kind == ReportBlock::Paragraph && tl) {
            for (int l = 0; l < tl->lineCount(); ++l) {
                const QTextLine line = tl->lineAt(l);
                if (over(r.top() + line.y() + line.height())) {
                    S = r.top() + line.y();
                    break;
                }
            }
        } else {
            S = r.top();
        }
    }
}

void ReportDocument::Impl::layout()
{
    if (laidOut)
        return;
    if (unitChartUnits(report) > 0 && chart.isNull())
        chart = unitChart(report, chartSize(report), kChartScale);
    QElapsedTimer timer;
    timer.start();
    // Plan the breaks on one unpaged layout, then check the paged result and mend what the plan missed.
    breakBefore.clear();
    rowBreaks.clear();
    keptFlowing.clear();
    rowsKeptFlowing.clear();
    build(false);
    doc().documentLayout()->documentSize();
    planBreaks();
    if (qEnvironmentVariableIsSet("DUBAN_REPORT_TRACE"))
        fprintf(stderr, "plan: %lld ms, %lld block and %lld row breaks\n", timer.elapsed(),
                qlonglong(breakBefore.size()), qlonglong(rowBreaks.size()));
    timer.restart();
    for (int guard = 0; guard < 100; ++guard) { // a few passes in practice; the guard bounds odd cases
        ++passes;
        build();
        const qint64 built = timer.elapsed();
        doc().documentLayout()->documentSize(); // lays the whole document out
        const qint64 laid = timer.elapsed();
        const bool more = fixFirstProblem();
        if (qEnvironmentVariableIsSet("DUBAN_REPORT_TRACE"))
            fprintf(stderr, "pass %d: build %lld ms, layout %lld ms, check %lld ms\n", guard, built,
                    laid - built, timer.elapsed() - laid);
        timer.restart();
        if (!more)
            break;
    }
    laidOut = true;
}

void ReportDocument::Impl::paintPage(QPainter& p, int page)
{
    p.save();
    p.translate(kLeft, kTop - page * kBodyH);
    const QRectF clip(0, page * kBodyH, kBodyW, kBodyH);
    p.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = clip;
    ctx.palette.setColor(QPalette::Text, Qt::black);
    doc().documentLayout()->draw(&p, ctx);
    if (page == 0 && byline) {
        const qreal y = rowBottom(byline, 0) + 6;
        p.setClipping(false);
        p.setPen(QPen(kRed, 2.2));
        p.drawLine(QPointF(0, y), QPointF(kBodyW, y));
    }
    p.restore();

    // Pixel sizes: the painter is already scaled to 96 layout pixels per inch.
    QFont small(reportFontFamily());
    small.setPixelSize(12); // 9 pt
    const QColor grey(0x55, 0x55, 0x55);
    if (page > 0) {
        p.setFont(small);
        p.setPen(grey);
        const QRectF head(kLeft, kTop - 14 * kPx, kBodyW, 8 * kPx);
        p.drawText(head, Qt::AlignLeft | Qt::AlignBottom,
                   tr("%1　第%2期").arg(report.options.title).arg(report.number));
        p.drawText(head, Qt::AlignRight | Qt::AlignBottom, report.options.period.label());
        p.setPen(QPen(grey, 0.6));
        p.drawLine(QPointF(kLeft, kTop - 5 * kPx), QPointF(kLeft + kBodyW, kTop - 5 * kPx));
    }
    QFont footer(reportFontFamily());
    footer.setPixelSize(14); // 10.5 pt
    p.setFont(footer);
    p.setPen(Qt::black);
    p.drawText(QRectF(0, kPaperH - kBottom + 6 * kPx, kPaperW, 8 * kPx), Qt::AlignHCenter | Qt::AlignTop,
               QStringLiteral("— %1 —").arg(page + 1));
}

ReportDocument::ReportDocument(const WeeklyReport& report) : d(std::make_unique<Impl>())
{
    d->report = report;
    d->blocks = reportBlocks(report);
}

ReportDocument::~ReportDocument() = default;

QTextDocument* ReportDocument::document()
{
    d->layout();
    return &d->doc();
}

int ReportDocument::layoutPasses() const
{
    return d->passes;
}

int ReportDocument::pageCount()
{
    d->layout();
    return d->doc().pageCount();
}

int ReportDocument::print(QPagedPaintDevice* device)
{
    d->layout();
    device->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter p;
    if (!p.begin(device))
        return 0;
    const int dpiX = device->logicalDpiX(), dpiY = device->logicalDpiY();
    const QPointF origin = device->pageLayout().paintRectPixels(dpiX).topLeft();
    const int pages = d->doc().pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage())
            return page;
        p.save();
        p.translate(-origin);
        p.scale(dpiX / 96.0, dpiY / 96.0);
        d->paintPage(p, page);
        p.restore();
    }
    p.end();
    return pages;
}

QString ReportDocument::html() const
{
    return d->html();
}

QString ReportDocument::Impl::html() const
{
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>") +
         esc(report.options.title + u' ' + report.options.period.label()) +
         QStringLiteral("</title>\n<style>\n");
    h += QStringLiteral(
        "body{font-family:'WenQuanYi Micro Hei','Microsoft YaHei',sans-serif;max-width:170mm;margin:2em auto;"
        "font-size:12pt;line-height:1.5;color:#000}\n"
        ".masthead{text-align:center;color:#c00000;font-size:32pt;font-weight:bold;letter-spacing:.3em;"
        "margin:0}\n"
        ".number{text-align:center;font-size:14pt;margin:.3em 0 .6em}\n"
        ".byline{display:flex;justify-content:space-between;border-bottom:2px solid "
        "#c00000;padding-bottom:.3em}\n"
        "h1{text-align:center;font-size:18pt;margin:1.2em 0 .8em}\n"
        "h2{font-size:14pt;margin:1em 0 .3em;text-indent:2em}\n"
        "p{text-indent:2em;text-align:justify;margin:.2em 0 .4em}\n"
        "table{border-collapse:collapse;width:100%;font-size:10pt;margin:.3em 0 .6em}\n"
        "th,td{border:1px solid #000;padding:3px 4px;vertical-align:middle}\n"
        "th{background:#eee}\n.c{text-align:center}\n.chart{text-align:center}\n"
        ".chart img{max-width:100%}\n.signature{text-align:right;margin-top:2em;text-indent:0}\n"
        "@media "
        "print{thead{display:table-header-group}tr{page-break-inside:avoid}}\n</style></head><body>\n");
    for (const ReportBlock& b : blocks) {
        if (const char* html = kBlockStyles[b.kind].html) {
            h += QString::fromLatin1(html).arg(esc(b.text));
            continue;
        }
        switch (b.kind) {
        case ReportBlock::Byline:
            h += QStringLiteral("<div class=\"byline\"><span>%1</span><span>%2</span></div>\n")
                     .arg(esc(b.text), esc(b.second));
            break;
        case ReportBlock::Chart: {
            QByteArray png;
            QBuffer buf(&png);
            buf.open(QIODevice::WriteOnly);
            unitChart(report, chartSize(report), 2.0).save(&buf, "PNG");
            h += QStringLiteral("<div class=\"chart\"><img alt=\"%1\" width=\"%2\" "
                                "src=\"data:image/png;base64,%3\"></div>\n")
                     .arg(esc(tr("各单位任务状态")))
                     .arg(chartSize(report).width())
                     .arg(QString::fromLatin1(png.toBase64()));
            break;
        }
        case ReportBlock::Table: {
            h += QStringLiteral("<table><thead><tr>");
            for (const QString& c : b.table.header)
                h += QStringLiteral("<th>%1</th>").arg(esc(c));
            h += QStringLiteral("</tr></thead><tbody>\n");
            for (const QStringList& row : b.table.rows) {
                h += QStringLiteral("<tr>");
                for (int k = 0; k < row.size(); ++k)
                    h += (b.table.centred.value(k) ? QStringLiteral("<td class=\"c\">%1</td>")
                                                   : QStringLiteral("<td>%1</td>"))
                             .arg(esc(row[k]));
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("</tbody></table>\n");
            break;
        }
        case ReportBlock::Signature:
            h += QStringLiteral("<p class=\"signature\">%1<br>%2</p>\n").arg(esc(b.text), esc(b.second));
            break;
        default: // written from kBlockStyles above
            break;
        }
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

bool writeReportPdf(const WeeklyReport& report, const QString& path, QString* error, int* pages)
{
    const auto print = [&](QPdfWriter* writer) { return ReportDocument(report).print(writer); };
    const PdfSetup setup{600, report.options.title + u' ' + report.options.period.label()};
    return writePdfFile(path, setup, print, tr("无法写入 %1：%2"), error, pages);
}

bool writeReportHtml(const WeeklyReport& report, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("无法写入 %1：%2").arg(path, file.errorString());
        return false;
    }
    file.write(ReportDocument(report).html().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("无法写入 %1：%2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace duban
