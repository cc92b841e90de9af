#pragma once

#include <QPlainTextEdit>

namespace duban {

// Read-only view of a directive's text with line numbers, so a reviewer can check a task against
// the lines it was extracted from (highlighted and scrolled into view).
class SourceView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SourceView(QWidget* parent = nullptr);

    void setLines(const QStringList& lines);
    // Highlights 1-based lines first..last (inclusive) and scrolls them into view; 0 clears.
    void highlightLines(int first, int last);
    QPair<int, int> highlighted() const { return m_highlight; }
    // 1-based lines to mark as doubtful (OCR lines of low confidence): tinted red, kept under highlighting.
    void setFlaggedLines(const QList<int>& lines);
    QList<int> flaggedLines() const { return m_flagged; }

    int gutterWidth() const;
    void paintGutter(QPaintEvent* event);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateGutter(const QRect& rect, int dy);
    QWidget* m_gutter;
    QPair<int, int> m_highlight{0, 0};
    QList<int> m_flagged;
};

} // namespace duban
