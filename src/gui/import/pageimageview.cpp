#include "gui/import/pageimageview.h"

#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>

namespace duban {

class PageCanvas : public QWidget
{
public:
    explicit PageCanvas(PageImageView* view) : QWidget(view), m_view(view) {}

protected:
    void paintEvent(QPaintEvent*) override
    {
        const QImage img = m_view->currentImage();
        if (img.isNull())
            return;
        QPainter p(this);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        const double s = double(width()) / img.width();
        p.drawImage(rect(), img);
        p.scale(s, s);
        p.setPen(QPen(QColor(0xdc, 0x26, 0x26), 2 / s, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        for (const QRect& r : m_view->lowConfidenceBoxes())
            p.drawRect(r.adjusted(-3, -3, 3, 3));
        p.setPen(QPen(QColor(0xd9, 0x77, 0x06), 2 / s));
        p.setBrush(QColor(0xff, 0xd6, 0x4a, 90));
        for (const QRect& r : m_view->highlightedBoxes())
            p.drawRect(r.adjusted(-4, -4, 4, 4));
    }

private:
    PageImageView* m_view;
};

PageImageView::PageImageView(QWidget* parent) : QScrollArea(parent), m_canvas(new PageCanvas(this))
{
    setWidget(m_canvas);
    setWidgetResizable(false);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setBackgroundRole(QPalette::Dark);
}

void PageImageView::setDocument(const SourceDocument& doc)
{
    m_images = doc.pageImages;
    m_geometry = doc.geometry;
    m_first = m_last = 0;
    m_page = -1;
    showPage(m_images.isEmpty() ? -1 : 0);
}

QRect PageImageView::pixelBox(const LineGeometry& g) const
{
    const QImage& img = m_images.value(g.page);
    return QRectF(g.box.x() * img.width(), g.box.y() * img.height(), g.box.width() * img.width(),
                  g.box.height() * img.height())
        .toAlignedRect();
}

QList<QRect> PageImageView::highlightedBoxes() const
{
    QList<QRect> out;
    for (int l = std::max(1, m_first); m_first > 0 && l <= m_last && l <= m_geometry.size(); ++l)
        if (m_geometry[l - 1].page == m_page)
            out.append(pixelBox(m_geometry[l - 1]));
    return out;
}

QList<QRect> PageImageView::lowConfidenceBoxes() const
{
    QList<QRect> out;
    for (const LineGeometry& g : m_geometry)
        if (g.page == m_page && g.confidence >= 0 && g.confidence < kLowConfidence)
            out.append(pixelBox(g));
    return out;
}

void PageImageView::showPage(int page)
{
    m_page = page;
    const QImage img = m_images.value(page);
    if (img.isNull()) {
        m_canvas->resize(0, 0);
        return;
    }
    const int w = std::max(100, viewport()->width() - 2);
    m_canvas->resize(w, int(double(img.height()) * w / img.width()));
    m_canvas->update();
}

void PageImageView::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    showPage(m_page);
}

void PageImageView::highlightLines(int first, int last)
{
    m_first = first;
    m_last = std::max(first, last);
    if (first > 0 && first <= m_geometry.size() && m_geometry[first - 1].page != m_page)
        showPage(m_geometry[first - 1].page);
    m_canvas->update();
    const QList<QRect> boxes = highlightedBoxes();
    const QImage img = currentImage();
    if (!boxes.isEmpty() && !img.isNull()) {
        const double s = double(m_canvas->width()) / img.width();
        const int y = int(boxes.first().top() * s);
        verticalScrollBar()->setValue(std::max(0, y - viewport()->height() / 4));
    }
}

} // namespace duban
