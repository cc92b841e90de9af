#pragma once

#include <QImage>
#include <QString>
#include <memory>

namespace Poppler {
class Document;
}

namespace duban {

struct ScanLimits
{
    int maxPages = 500;                     // a directive is tens of pages; 10,000 is an attack or an archive
    qint64 maxPixels = 120LL * 1000 * 1000; // per page: A3 at 600 dpi is 70 megapixels
    int maxSide = 30000;                    // Tesseract and Leptonica stop at 32767
};

// The pages of a scan to recognise: a PDF's pages rendered by poppler, or the frames of an image file
// (PNG, JPEG, TIFF, read by Leptonica). Sizes are checked before anything is decoded.
class ScanPages
{
public:
    ScanPages();
    ~ScanPages();

    // Recognised by content: PNG, JPEG or TIFF.
    static bool isImageFile(const QString& path);

    bool open(const QString& path, const ScanLimits& limits, QString* error);
    int count() const { return m_count; }
    int dpi() const { return m_dpi; }
    // Grayscale page; for a PDF rendered at 300 dpi (less when the page is huge). Null with *error on
    // failure.
    QImage page(int index, QString* error);

private:
    QString m_path;
    QString m_name;
    ScanLimits m_limits;
    std::unique_ptr<Poppler::Document> m_pdf;
    int m_count = 0;
    int m_dpi = 300;
    bool m_tiff = false;
};

} // namespace duban
