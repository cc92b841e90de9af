#include "gui/import/sourceview.h"

#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

namespace duban {

namespace {
// The line-number strip left of the text; it only forwards painting to the view.
class Gutter : public QWidget
{
public:
    explicit Gutter(SourceView* view) : QWidget(view), m_view(view) {}
    QSize sizeHint() const override { return {m_view->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* e) override { m_view->paintGutter(e); }

private:
    SourceView* m_view;
};
} // namespace

SourceView::SourceView(QWidget* parent) : QPlainTextEdit(parent), m_gutter(new Gutter(this))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &SourceView::updateGutter);
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void SourceView::setLines(const QStringList& lines)
{
    m_highlight = {0, 0};
    m_flagged.clear();
    setExtraSelections({});
    setPlainText(lines.join(u'\n'));
}

void SourceView::highlightLines(int first, int last)
{
    m_highlight = {first, last};
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat doubt;
    doubt.setBackground(QColor(0xfe, 0xe2, 0xe2));
    doubt.setProperty(QTextFormat::FullWidthSelection, true);
    for (int line : m_flagged) {
        const QTextBlock b = document()->findBlockByNumber(line - 1);
        if (!b.isValid() || (line >= first && line <= std::max(first, last)))
            continue;
        QTextEdit::ExtraSelection sel;
        sel.format = doubt;
        sel.cursor = QTextCursor(b);
        selections.append(sel);
    }
    if (first <= 0) {
        setExtraSelections(selections);
        return;
    }
    last = std::max(first, last);
    QTextCharFormat fmt;
    fmt.setBackground(QColor(0xff, 0xf0, 0xa8));
    fmt.setProperty(QTextFormat::FullWidthSelection, true);
    for (QTextBlock b = document()->findBlockByNumber(first - 1); b.isValid() && b.blockNumber() < last;
         b = b.next()) {
        QTextEdit::ExtraSelection sel;
        sel.format = fmt;
        // Select the whole block: a wrapped paragraph is lit on every visual line, not just its first.
        sel.cursor = QTextCursor(b);
        sel.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selections.append(sel);
    }
    setExtraSelections(selections);

    // Put the first highlighted line near the top with two lines of context above it, so the whole
    // range shows when it fits; the cursor goes there too, for keyboard reading.
    const QTextBlock firstBlock = document()->findBlockByNumber(first - 1);
    if (firstBlock.isValid()) {
        // From the end, the minimal scroll that shows the cursor leaves it at the top; then step back.
        QScrollBar* bar = verticalScrollBar();
        bar->setValue(bar->maximum());
        setTextCursor(QTextCursor(firstBlock));
        ensureCursorVisible();
        bar->setValue(std::max(0, bar->value() - 2));
    }
}

void SourceView::setFlaggedLines(const QList<int>& lines)
{
    m_flagged = lines;
    const QPair<int, int> h = m_highlight;
    highlightLines(h.first, h.second);
}

int SourceView::gutterWidth() const
{
    int digits = 1;
    for (int n = std::max(1, blockCount()); n >= 10; n /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void SourceView::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void SourceView::updateGutter(const QRect& rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void SourceView::paintGutter(QPaintEvent* event)
{
    QPainter p(m_gutter);
    p.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            const bool lit = line >= m_highlight.first && line <= m_highlight.second && m_highlight.first > 0;
            p.setPen(m_flagged.contains(line) ? QColor(0xdc, 0x26, 0x26)
                     : lit                    ? palette().color(QPalette::Text)
                                              : palette().color(QPalette::PlaceholderText));
            p.drawText(0, top, m_gutter->width() - 6, fontMetrics().height(), Qt::AlignRight,
                       QString::number(line));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

} // namespace duban
