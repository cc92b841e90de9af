#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <functional>
#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace duban {

struct OcrLine
{
    QString text;       // as Tesseract gave it (normalised later)
    QRectF box;         // on the deskewed page, as fractions of its width and height
    float confidence{}; // 0..100
};

struct OcrPage
{
    QList<OcrLine> lines;
    float skewDegrees = 0; // the rotation deskewing took out
    QImage image;          // the deskewed page (grayscale), which the boxes refer to
};

// Tesseract's LSTM engine with the Simplified Chinese model, one instance per document (it is not
// thread-safe, and loading the model takes a moment).
class OcrEngine
{
public:
    OcrEngine();
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    // Loads chi_sim; false with a message naming the package when the data are missing.
    bool init(QString* error);
    // Deskews and recognises one page image; canceled is polled while Tesseract works. False when canceled.
    bool recognize(const QImage& page, int dpi, OcrPage* out, const std::function<bool()>& canceled = {});

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
};

} // namespace duban
