#include "extract/pdflayout.h"
#include "extract/readattempt.h"

#include <QStringDecoder>
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

// Some government PDFs' fonts map full-width punctuation to Yi syllables whose code points are the
// characters' GB2312 bytes (ꎬ U+A3AC is GB2312 A3AC，). Decode those back; real Yi text never reaches us.
QString foldGbPunctuation(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        const char16_t u = c.unicode();
        const int hi = u >> 8, lo = u & 0xFF;
        if (u >= 0xA1A1 && u <= 0xA3FE && hi >= 0xA1 && lo >= 0xA1 && lo <= 0xFE) {
            static const auto gb = [] { return QStringDecoder("GB18030"); };
            const char bytes[2] = {char(hi), char(lo)};
            QStringDecoder dec = gb();
            const QString decoded = dec(QByteArrayView(bytes, 2));
            out += decoded.size() == 1 && !dec.hasError() ? decoded : QString(c);
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

ReadResult DocumentReader::readPdf(const QString& path, const ReadLimits& limits)
{
    Attempt a(path, limits);
    if (a.refused())
        return a.r;
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    if (!pdf)
        return a.fail(tr("文件“%1”不是有效的 PDF：文件已损坏或不完整。").arg(a.name));
    if (pdf->isLocked())
        return a.fail(tr("文件“%1”是加密的 PDF，需要密码，无法读取。请先解除密码保护。").arg(a.name));
    if (pdf->numPages() > limits.maxPages)
        return a.fail(tr("文件“%1”有 %2 页，超过 %3 页的上限，已拒绝读取。请拆分后再导入。")
                          .arg(a.name)
                          .arg(pdf->numPages())
                          .arg(limits.maxPages));
    QList<LayoutPage> pages;
    QString all;
    for (int p = 0; p < pdf->numPages(); ++p) {
        if (wasCancelled(limits, &a.r.error))
            return a.r;
        LayoutPage lp;
        std::unique_ptr<Poppler::Page> page = pdf->page(p);
        if (page) {
            lp.size = page->pageSizeF();
            for (const std::unique_ptr<Poppler::TextBox>& box : page->textList()) {
                const QString text = foldGbPunctuation(foldRadicals(box->text()));
                lp.words.append({text, box->boundingBox(), box->hasSpaceAfter()});
                all += text;
            }
        }
        pages.append(lp);
    }
    const bool empty = all.trimmed().isEmpty();
    if (empty || looksGarbled(all)) {
        // A scan, or a text layer that decodes to nonsense (fonts without a ToUnicode map): recognise the
        // pages.
        ReadResult scanned = readScan(path, limits);
        if (scanned.ok()) {
            scanned.doc.note =
                empty ? tr("PDF 中没有文字层（扫描件），已用文字识别读取。")
                      : tr("PDF 的文字层无法解码（字体缺少 ToUnicode 映射），已改用文字识别读取。");
            return scanned;
        }
        if (!empty)
            scanned.error =
                tr("文件“%1”的文字层无法解码（字体缺少 ToUnicode 映射），只能做文字识别，但识别失败：%2")
                    .arg(a.name, scanned.error);
        return scanned;
    }
    for (const LayoutLine& l : layoutPdfText(pages)) {
        a.r.doc.lines.append(l.text);
        a.r.doc.locations.append(tr("第%1页").arg(l.page + 1));
    }
    QString tooMany;
    if (tooManyLines(a.r.doc.lines.size(), path, limits, &tooMany))
        return a.fail(tooMany);
    return a.done(QStringLiteral("pdf"));
}

} // namespace duban
