#include "extract/readattempt.h"

#include <QFile>
#include <algorithm>
#include <limits>

namespace duban {

namespace {

// Stops one line past `maxLines`: a file of 60 million empty lines must not become 60 million strings.
QStringList splitLines(const QString& text, qsizetype maxLines = std::numeric_limits<int>::max())
{
    // \r\n, \n and lone \r all end a line; line i of the file stays lines[i-1].
    QStringList lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'\r') {
            lines.append(text.mid(start, i - start));
            if (lines.size() > maxLines)
                return lines;
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

ReadResult DocumentReader::readText(const QString& path, const ReadLimits& limits)
{
    Attempt a(path, limits);
    if (a.refused())
        return a.r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return a.fail(tr("无法打开文件“%1”：%2").arg(a.name, f.errorString()));
    // Read no more than the limit even if the file grows while being read. Qt allocates the whole size
    // asked for, so ask for what the file holds (tooLarge has refused anything but regular files).
    const QByteArray bytes = f.read(std::min(f.size(), limits.maxTextBytes + 1));
    if (bytes.size() > limits.maxTextBytes)
        return a.fail(tr("文本文件“%1”超过 %2 MB 的上限，不像是一份文件，已拒绝读取。")
                          .arg(a.name)
                          .arg(limits.maxTextBytes / (1024 * 1024)));
    const QString empty = tr("文件“%1”为空，没有可提取的内容。").arg(a.name);
    if (bytes.trimmed().isEmpty())
        return a.fail(empty);
    QString text;
    if (!decodeText(bytes, &text, nullptr))
        return a.fail(tr("文件“%1”不是文本文件，或编码无法识别（支持 UTF-8、UTF-16、GB18030/GBK 和 Big5）。")
                          .arg(a.name));
    QStringList lines = splitLines(text, limits.maxLines);
    // A byte-order mark and blanks, or a cut-off sequence that decodes to nothing.
    if (std::all_of(lines.cbegin(), lines.cend(), [](const QString& l) { return l.trimmed().isEmpty(); }))
        return a.fail(empty);
    if (tooManyLines(lines.size(), path, limits, &a.r.error))
        return a.r;
    a.r.doc.lines = std::move(lines);
    return a.done(QStringLiteral("txt"));
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
