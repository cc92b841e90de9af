#include "extract/documentreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace duban {

namespace {

// Share of bytes that no text file holds (NUL and C0 controls other than tab/CR/LF/FF/ESC).
bool looksBinary(const QByteArray& bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype bad = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b)
            ++bad;
    }
    return n > 0 && bad * 100 > n; // over 1 %
}

QStringList splitLines(const QString& text)
{
    // \r\n, \n and lone \r all end a line; line i of the file stays lines[i-1].
    QStringList lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'\r') {
            lines.append(text.mid(start, i - start));
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < n)
        lines.append(text.mid(start));
    return lines;
}

} // namespace

bool DocumentReader::decodeText(const QByteArray& bytes, QString* out, QString* encoding)
{
    if (looksBinary(bytes))
        return false;
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        view = view.sliced(3);
        if (encoding)
            *encoding = QStringLiteral("UTF-8 (BOM)");
    }
    {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(view);
        if (!utf8.hasError()) {
            *out = text;
            if (encoding && encoding->isEmpty())
                *encoding = QStringLiteral("UTF-8");
            return true;
        }
    }
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb.isValid())
        return false;
    QString text = gb.decode(view);
    if (gb.hasError())
        return false;
    *out = text;
    if (encoding)
        *encoding = QStringLiteral("GB18030");
    return true;
}

ReadResult DocumentReader::readText(const QString& path, const ReadLimits& limits)
{
    ReadResult r;
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = tr("无法打开文件“%1”：%2").arg(name, f.errorString());
        return r;
    }
    if (tooLarge(path, limits, &r.error))
        return r;
    const QByteArray bytes = f.readAll();
    if (bytes.trimmed().isEmpty()) {
        r.error = tr("文件“%1”为空，没有可提取的内容。").arg(name);
        return r;
    }
    QString text;
    if (!decodeText(bytes, &text, nullptr)) {
        r.error = tr("文件“%1”不是文本文件，或编码无法识别（支持 UTF-8 和 GB18030/GBK）。").arg(name);
        return r;
    }
    r.doc.path = path;
    r.doc.format = QStringLiteral("txt");
    r.doc.lines = splitLines(text);
    return r;
}

SourceDocument DocumentReader::fromText(const QString& text, const QString& name)
{
    SourceDocument d;
    d.path = name.isEmpty() ? tr("粘贴文本") : name;
    d.format = QStringLiteral("paste");
    d.lines = splitLines(text);
    return d;
}

} // namespace duban
