#include "extract/ocrengine.h"

#include "extract/ocrcolumns.h"

#include <QCoreApplication>
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

namespace duban {

namespace {

struct PixDeleter
{
    void operator()(PIX* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

PixPtr toPix(const QImage& image)
{
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    PixPtr pix(pixCreate(g.width(), g.height(), 8));
    if (!pix)
        return {};
    l_uint32* data = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = 0; y < g.height(); ++y) {
        const uchar* src = g.constScanLine(y);
        l_uint32* line = data + qsizetype(y) * wpl;
        for (int x = 0; x < g.width(); ++x)
            SET_DATA_BYTE(line, x, src[x]);
    }
    return pix;
}

QImage toImage(PIX* pix)
{
    PixPtr gray(pixConvertTo8(pix, 0));
    if (!gray)
        return {};
    const int w = int(pixGetWidth(gray.get()));
    const int h = int(pixGetHeight(gray.get()));
    QImage out(w, h, QImage::Format_Grayscale8);
    const l_uint32* data = pixGetData(gray.get());
    const int wpl = pixGetWpl(gray.get());
    for (int y = 0; y < h; ++y) {
        const l_uint32* line = data + qsizetype(y) * wpl;
        uchar* dst = out.scanLine(y);
        for (int x = 0; x < w; ++x)
            dst[x] = uchar(GET_DATA_BYTE(line, x));
    }
    return out;
}

// Tesseract gives boxes on the whole image, also when it read only a rectangle of it.
void appendLines(tesseract::TessBaseAPI* api, double w, double h, QList<OcrLine>* lines)
{
    std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
    if (!it)
        return;
    do {
        std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_TEXTLINE));
        if (!text)
            continue;
        OcrLine line;
        line.text = QString::fromUtf8(text.get()).trimmed();
        if (line.text.isEmpty())
            continue;
        line.confidence = it->Confidence(tesseract::RIL_TEXTLINE);
        int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
        it->BoundingBox(tesseract::RIL_TEXTLINE, &x1, &y1, &x2, &y2);
        line.box = QRectF(x1 / w, y1 / h, (x2 - x1) / w, (y2 - y1) / h);
        lines->append(line);
    } while (it->Next(tesseract::RIL_TEXTLINE));
}

} // namespace

OcrEngine::OcrEngine() = default;
OcrEngine::~OcrEngine()
{
    if (m_api)
        m_api->End();
}

bool OcrEngine::init(QString* error)
{
    setMsgSeverity(L_SEVERITY_NONE); // Leptonica would print to stderr on every odd file
    m_api = std::make_unique<tesseract::TessBaseAPI>();
    // TESSDATA_PREFIX, when set, wins over the packaged model folder (Tesseract reads it itself).
    if (m_api->Init(nullptr, "chi_sim", tesseract::OEM_LSTM_ONLY) != 0) {
        m_api.reset();
        *error = QCoreApplication::translate(
            "OcrEngine",
            "未找到 Tesseract 的简体中文识别数据，无法识别扫描件和图片。"
            "请安装软件包 tesseract-ocr-chi-sim（sudo apt install tesseract-ocr-chi-sim）后重试。");
        return false;
    }
    // Tesseract's own layout analysis (PSM_AUTO) drops whole lines of a noisy scan as non-text (76 % against
    // 98 % on the test page), so each region of the page (one, or a gazette's columns: ocrcolumns.h) is
    // read as one block.
    m_api->SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
    m_api->SetVariable("debug_file", "/dev/null");
    return true;
}

bool OcrEngine::recognize(const QImage& page, int dpi, OcrPage* out, const std::function<bool()>& canceled)
{
    *out = OcrPage();
    PixPtr pix = toPix(page);
    if (!pix)
        return false;
    l_float32 angle = 0;
    l_float32 conf = 0;
    // Scans are rarely straight; a tilt of a degree or two already costs Tesseract whole lines.
    PixPtr straight(pixFindSkewAndDeskew(pix.get(), 2, &angle, &conf));
    PIX* use = straight ? straight.get() : pix.get();
    out->skewDegrees = straight ? angle : 0;
    out->image = toImage(use);
    const double w = pixGetWidth(use);
    const double h = pixGetHeight(use);

    // Speckle from the scanner or a phone's sensor breaks strokes apart after binarisation; a 3×3 mean
    // takes most of it out at 300 dpi without merging characters.
    PixPtr smooth(pixBlockconvGray(use, nullptr, 1, 1));
    m_api->SetImage(smooth ? smooth.get() : use);
    m_api->SetSourceResolution(dpi);
    tesseract::ETEXT_DESC monitor;
    monitor.cancel = [](void* self, int) { return (*static_cast<const std::function<bool()>*>(self))(); };
    const std::function<bool()> never = [] { return false; };
    monitor.cancel_this = const_cast<std::function<bool()>*>(canceled ? &canceled : &never);
    const QList<QRect> regions = readingRegions(out->image);
    for (const QRect& region : regions) {
        if (regions.size() > 1)
            m_api->SetRectangle(region.x(), region.y(), region.width(), region.height());
        const int rc = m_api->Recognize(&monitor);
        if ((canceled && canceled()) || rc != 0) {
            m_api->Clear();
            return false;
        }
        appendLines(m_api.get(), w, h, &out->lines);
    }
    m_api->Clear();
    return true;
}

} // namespace duban
