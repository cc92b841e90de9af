#include "extract/documentreader.h"

#include <QFileInfo>
#include <poppler-qt6.h>

namespace duban {

namespace {

// PDF text layers often carry Kangxi radicals and compatibility ideographs (⽉ for 月). Fold just those
// blocks: a whole-text NFKC would also turn full-width （）：， into ASCII.
QString foldRadicals(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        const char16_t u = c.unicode();
        const bool radical = (u >= 0x2E80 && u <= 0x2FDF) || (u >= 0xF900 && u <= 0xFAFF);
        if (radical)
            out += QString(c).normalized(QString::NormalizationForm_KC);
        else
            out += c;
    }
    return out;
}

} // namespace

ReadResult DocumentReader::readPdf(const QString& path, const ReadLimits& limits)
{
    ReadResult r;
    const QString name = QFileInfo(path).fileName();
    if (tooLarge(path, limits, &r.error))
        return r;
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    if (!pdf) {
        r.error = tr("文件“%1”不是有效的 PDF：文件已损坏或不完整。").arg(name);
        return r;
    }
    if (pdf->isLocked()) {
        r.error = tr("文件“%1”是加密的 PDF，需要密码，无法读取。请先解除密码保护。").arg(name);
        return r;
    }
    if (pdf->numPages() > limits.maxPages) {
        r.error = tr("文件“%1”有 %2 页，超过 %3 页的上限，已拒绝读取。请拆分后再导入。")
                      .arg(name)
                      .arg(pdf->numPages())
                      .arg(limits.maxPages);
        return r;
    }
    bool any = false;
    for (int p = 0; p < pdf->numPages(); ++p) {
        if (wasCancelled(limits, &r.error) || tooManyLines(r.doc.lines.size(), path, limits, &r.error)) {
            r.doc = SourceDocument();
            return r;
        }
        std::unique_ptr<Poppler::Page> page = pdf->page(p);
        if (!page)
            continue;
        const QString text = foldRadicals(page->text(QRectF()));
        const QStringList lines = text.split(u'\n');
        for (const QString& l : lines) {
            any = any || !l.trimmed().isEmpty();
            r.doc.lines.append(l);
            r.doc.locations.append(tr("第%1页").arg(p + 1));
        }
    }
    if (!any) {
        r.doc = SourceDocument();
        r.error = tr("文件“%1”中没有可提取的文字（可能是扫描件，需要先做文字识别）。").arg(name);
        return r;
    }
    r.doc.path = path;
    r.doc.format = QStringLiteral("pdf");
    return r;
}

} // namespace duban
