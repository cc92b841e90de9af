#pragma once

// Scans made from known text, for the OCR tests and bench_ocr: a real PDF page typeset from a real
// directive's text, rendered by poppler at 300 dpi, then blurred, given noise and turned 2° as a
// flatbed scan or a phone photo would be.

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <poppler-qt6.h>
#include <random>

namespace duban::test {

// About one A4 page of a real directive (国办发〔2018〕128号, shared/corpus), cut at a line end.
inline QString knownPageText(const QString& corpusFile, int maxChars = 400)
{
    QFile f(corpusFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString out;
    for (const QString& line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        if (out.size() + line.size() > maxChars) {
            out += line.left(maxChars - out.size());
            break;
        }
        out += line + u'\n';
    }
    return out.trimmed();
}

inline bool writeTextPdf(const QString& path, const QString& text, int pointSize = 16)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(25, 30, 25, 30), QPageLayout::Millimeter);
    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), pointSize));
    doc.setPlainText(text);
    doc.print(&writer);
    return QFile::exists(path);
}

inline QImage renderPage(const QString& pdfPath, int page = 0, double dpi = 300)
{
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(pdfPath);
    if (!pdf)
        return {};
    pdf->setRenderHint(Poppler::Document::Antialiasing);
    pdf->setRenderHint(Poppler::Document::TextAntialiasing);
    std::unique_ptr<Poppler::Page> p = pdf->page(page);
    return p ? p->renderToImage(dpi, dpi) : QImage();
}

// Turned by degrees, a 3×3 blur, Gaussian noise of the given sigma (grey levels); fixed seed.
inline QImage degrade(const QImage& page, double degrees = 2.0, double sigma = 24.0, unsigned seed = 11)
{
    QImage turned(page.size(), QImage::Format_RGB32);
    turned.fill(Qt::white);
    {
        QPainter p(&turned);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.translate(page.width() / 2.0, page.height() / 2.0);
        p.rotate(degrees);
        p.translate(-page.width() / 2.0, -page.height() / 2.0);
        p.drawImage(0, 0, page);
    }
    const QImage g = turned.convertToFormat(QImage::Format_Grayscale8);
    QImage out(g.size(), QImage::Format_Grayscale8);
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, sigma);
    const int w = g.width(), h = g.height();
    for (int y = 0; y < h; ++y) {
        uchar* dst = out.scanLine(y);
        for (int x = 0; x < w; ++x) {
            int sum = 0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    sum += g.constScanLine(std::clamp(y + dy, 0, h - 1))[std::clamp(x + dx, 0, w - 1)];
            dst[x] = uchar(std::clamp(sum / 9.0 + noise(rng), 0.0, 255.0));
        }
    }
    out.setDotsPerMeterX(page.dotsPerMeterX());
    out.setDotsPerMeterY(page.dotsPerMeterY());
    return out;
}

// A gazette page set in two columns under a full-width title, drawn at 300 dpi on A4 (2480 × 3508): the
// title centred, then `left` and `right` each wrapped in its own column with a gutter of 160 px.
inline QImage twoColumnPage(const QString& title, const QString& left, const QString& right)
{
    QImage page(2480, 3508, QImage::Format_RGB32);
    page.fill(Qt::white);
    page.setDotsPerMeterX(11811);
    page.setDotsPerMeterY(11811);
    QPainter p(&page);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(Qt::black);
    QFont font(QStringLiteral("WenQuanYi Micro Hei"));
    font.setPixelSize(72);
    p.setFont(font);
    p.drawText(QRect(200, 250, 2080, 200), Qt::AlignCenter | Qt::TextWordWrap, title);
    font.setPixelSize(58);
    p.setFont(font);
    const int width = (2480 - 400 - 160) / 2;
    p.drawText(QRect(200, 560, width, 2700), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, left);
    p.drawText(QRect(200 + width + 160, 560, width, 2700), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               right);
    return page;
}

inline int editDistance(const QString& a, const QString& b)
{
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

// 1 − edit distance / length of the known text, white space ignored on both sides.
inline double characterAccuracy(const QString& known, const QString& recognised)
{
    const auto compact = [](const QString& s) {
        QString o;
        for (QChar c : s)
            if (!c.isSpace())
                o += c;
        return o;
    };
    const QString k = compact(known), r = compact(recognised);
    return k.isEmpty() ? 0 : 1.0 - double(editDistance(k, r)) / double(k.size());
}

} // namespace duban::test
