#pragma once

#include "extract/sourcedocument.h"

#include <QScrollArea>

namespace duban {

// A recognised page beside its text: the deskewed scan, fitted to the width, with the selected task's
// lines lit and the lines Tesseract was unsure of outlined in red.
class PageImageView : public QScrollArea
{
    Q_OBJECT
public:
    static constexpr float kLowConfidence = 75.0f;

    explicit PageImageView(QWidget* parent = nullptr);

    void setDocument(const SourceDocument& doc);
    // 1-based lines; shows the page of the first and scrolls its box into view. 0 clears.
    void highlightLines(int first, int last);

    int currentPage() const { return m_page; }
    // Boxes lit on the current page, in the page image's pixels (for tests and painting).
    QList<QRect> highlightedBoxes() const;
    QList<QRect> lowConfidenceBoxes() const;
    QImage currentImage() const { return m_images.value(m_page); }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showPage(int page);
    QRect pixelBox(const LineGeometry& g) const;

    QList<QImage> m_images;
    QList<LineGeometry> m_geometry;
    int m_page = -1;
    int m_first = 0, m_last = 0;
    QWidget* m_canvas;
    friend class PageCanvas;
};

} // namespace duban
