#include "extract/scanpages.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <leptonica/allheaders.h>
#include <poppler-qt6.h>

namespace duban {

namespace {

QByteArray head(const QString& path, int n)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

bool isTiff(const QByteArray& h)
{
    return h.startsWith(QByteArray("II*\0", 4)) || h.startsWith(QByteArray("MM\0*", 4));
}

QImage fromPix(PIX* pix)
{
    PIX* gray = pixConvertTo8(pix, 0);
    if (!gray)
        return {};
    const int w = int(pixGetWidth(gray));
    const int h = int(pixGetHeight(gray));
    QImage out(w, h, QImage::Format_Grayscale8);
    const l_uint32* data = pixGetData(gray);
    const int wpl = pixGetWpl(gray);
    for (int y = 0; y < h; ++y) {
        const l_uint32* line = data + qsizetype(y) * wpl;
        uchar* dst = out.scanLine(y);
        for (int x = 0; x < w; ++x)
            dst[x] = uchar(GET_DATA_BYTE(line, x));
    }
    pixDestroy(&gray);
    return out;
}

} // namespace

ScanPages::ScanPages() = default;
ScanPages::~ScanPages() = default;

bool ScanPages::isImageFile(const QString& path)
{
    const QByteArray h = head(path, 8);
    return h.startsWith("\x89PNG\r\n\x1a\n") || h.startsWith("\xFF\xD8\xFF") || isTiff(h);
}

bool ScanPages::open(const QString& path, const ScanLimits& limits, QString* error)
{
    m_path = path;
    m_name = QFileInfo(path).fileName();
    m_limits = limits;
    setMsgSeverity(L_SEVERITY_NONE);
    const QByteArray h = head(path, 8);
    if (h.startsWith("%PDF")) {
        m_pdf = Poppler::Document::load(path);
        if (!m_pdf || m_pdf->isLocked()) {
            *error = QCoreApplication::translate("ScanPages", "文件“%1”不是有效的 PDF，或已加密，无法识别。")
                         .arg(m_name);
            return false;
        }
        m_count = m_pdf->numPages();
        m_pdf->setRenderHint(Poppler::Document::Antialiasing);
        m_pdf->setRenderHint(Poppler::Document::TextAntialiasing);
    } else if (isImageFile(path)) {
        m_tiff = isTiff(h);
        const QByteArray local = QFile::encodeName(path);
        l_int32 format = 0, w = 0, hgt = 0, bps = 0, spp = 0, cmap = 0;
        // The header alone: a 100,000 × 100,000 PNG of a few kilobytes is refused before it is decoded.
        if (pixReadHeader(local.constData(), &format, &w, &hgt, &bps, &spp, &cmap) != 0 || w <= 0 ||
            hgt <= 0) {
            *error = QCoreApplication::translate(
                         "ScanPages",
                         "图片“%1”已损坏或格式不受支持，无法读取。请重新扫描或另存为 PNG/JPEG 后再导入。")
                         .arg(m_name);
            return false;
        }
        if (w > limits.maxSide || hgt > limits.maxSide || qint64(w) * hgt > limits.maxPixels) {
            *error =
                QCoreApplication::translate("ScanPages", "图片“%1”尺寸过大（%2 × %3 像素），超过识别上限（%4 "
                                                         "万像素）。请缩小到 300 dpi 后再导入。")
                    .arg(m_name)
                    .arg(w)
                    .arg(hgt)
                    .arg(limits.maxPixels / 10000);
            return false;
        }
        m_count = 1;
        if (m_tiff) {
            FILE* fp = std::fopen(local.constData(), "rb");
            l_int32 n = 0;
            if (!fp || tiffGetCount(fp, &n) != 0)
                n = 0;
            if (fp)
                std::fclose(fp);
            m_count = n;
        }
        if (m_count <= 0) {
            *error = QCoreApplication::translate(
                         "ScanPages",
                         "图片“%1”已损坏或格式不受支持，无法读取。请重新扫描或另存为 PNG/JPEG 后再导入。")
                         .arg(m_name);
            return false;
        }
    } else {
        *error =
            QCoreApplication::translate("ScanPages", "文件“%1”不是 PDF 或图片（PNG、JPEG、TIFF），无法识别。")
                .arg(m_name);
        return false;
    }
    if (m_count > limits.maxPages) {
        *error = QCoreApplication::translate("ScanPages",
                                             "文件“%1”有 %2 页，超过文字识别的上限 %3 页。请拆分后分批导入。")
                     .arg(m_name)
                     .arg(m_count)
                     .arg(limits.maxPages);
        return false;
    }
    if (m_count == 0) {
        *error = QCoreApplication::translate("ScanPages", "文件“%1”没有页面。").arg(m_name);
        return false;
    }
    return true;
}

QImage ScanPages::page(int index, QString* error)
{
    QImage img;
    if (m_pdf) {
        std::unique_ptr<Poppler::Page> p = m_pdf->page(index);
        if (p) {
            const QSizeF pt = p->pageSizeF();
            // Render at 300 dpi unless the page is so large that this would pass the pixel cap.
            double dpi = 300;
            const double px = pt.width() / 72 * dpi * pt.height() / 72 * dpi;
            if (px > double(m_limits.maxPixels))
                dpi *= std::sqrt(double(m_limits.maxPixels) / px);
            const double side = std::max(pt.width(), pt.height()) / 72 * dpi;
            if (side > m_limits.maxSide)
                dpi *= m_limits.maxSide / side;
            m_dpi = std::max(1, int(dpi));
            img = p->renderToImage(dpi, dpi);
        }
    } else {
        const QByteArray local = QFile::encodeName(m_path);
        PIX* pix = m_tiff ? pixReadTiff(local.constData(), index) : pixRead(local.constData());
        if (pix) {
            const l_int32 xres = pixGetXRes(pix);
            m_dpi = xres >= 70 && xres <= 1200 ? xres : 300;
            img = fromPix(pix);
            pixDestroy(&pix);
        }
    }
    if (img.isNull()) {
        *error = QCoreApplication::translate("ScanPages", "“%1”的第 %2 页无法读取（文件已损坏或不完整）。")
                     .arg(m_name)
                     .arg(index + 1);
        return {};
    }
    return img.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace duban
