#include "extract/ocrengine.h"
#include "extract/ocrtext.h"
#include "extract/pdflayout.h"
#include "extract/readattempt.h"

namespace duban {

namespace {
// Pages kept for the review screen: enough to read a line, a fraction of the 300 dpi memory.
constexpr int kDisplayHeight = 1600;
} // namespace

ReadResult DocumentReader::readScan(const QString& path, const ReadLimits& limits)
{
    Attempt a(path, limits);
    ReadResult& r = a.r;
    ScanPages pages;
    if (a.refused() || !pages.open(path, limits.scan, &r.error))
        return r;
    OcrEngine engine;
    if (QString why; !engine.init(&why))
        return a.fail(tr("“%1”是扫描件或图片，需要文字识别：%2").arg(a.name, why));
    const int total = pages.count();
    bool canceled = false;
    for (int p = 0; p < total && !canceled; ++p) {
        if (limits.progress && !limits.progress(p, total)) {
            canceled = true;
            break;
        }
        const QImage image = pages.page(p, &r.error);
        if (image.isNull())
            return ReadResult{SourceDocument(), r.error};
        OcrPage page;
        const auto stop = [&] { return limits.progress && !limits.progress(p, total); };
        if (!engine.recognize(image, pages.dpi(), &page, stop)) {
            canceled = true;
            break;
        }
        const int shown = int(r.doc.pageImages.size());
        r.doc.pageImages.append(page.image.height() > kDisplayHeight
                                    ? page.image.scaledToHeight(kDisplayHeight, Qt::SmoothTransformation)
                                    : page.image);
        for (qsizetype k = 0; k < page.lines.size(); ++k) {
            const OcrLine& l = page.lines[k];
            const QString text = normalizeOcrLine(l.text);
            // A page number is furniture, as in text PDFs: alone on the page's first or last line, in its
            // margin.
            const bool margin =
                (k + 1 == page.lines.size() && l.box.top() > 0.75) || (k == 0 && l.box.bottom() < 0.25);
            if (text.isEmpty() || (margin && isPageNumberLine(text)))
                continue;
            r.doc.lines.append(text);
            r.doc.locations.append(tr("第%1页（识别）").arg(p + 1));
            r.doc.geometry.append(LineGeometry{shown, l.box, l.confidence});
        }
    }
    if (canceled)
        return a.fail(tr("已取消“%1”的文字识别。").arg(a.name));
    if (limits.progress)
        limits.progress(total, total);
    if (r.doc.lines.isEmpty())
        return a.fail(
            tr("在“%1”中没有识别出文字。请确认图片清晰、方向正确（分辨率至少 200 dpi）后重试。").arg(a.name));
    return a.done(ScanPages::isImageFile(path) ? QStringLiteral("image") : QStringLiteral("pdf"));
}

} // namespace duban
