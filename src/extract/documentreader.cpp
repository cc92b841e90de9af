#include "extract/documentreader.h"

#include "extract/readerlimits.h"

#include <QFile>
#include <QFileInfo>

namespace duban {

bool DocumentReader::tooLarge(const QString& path, const ReadLimits& limits, QString* error)
{
    if (notRegularFile(path, error))
        return true;
    const qint64 size = QFileInfo(path).size();
    if (size <= limits.maxFileBytes)
        return false;
    *error = tr("文件“%1”过大（%2 MB），超过 %3 MB 的上限。")
                 .arg(QFileInfo(path).fileName())
                 .arg(size / (1024 * 1024))
                 .arg(limits.maxFileBytes / (1024 * 1024));
    return true;
}

ReadResult DocumentReader::read(const QString& path, const ReadLimits& limits)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    ReadResult r;
    if (!info.exists()) {
        r.error = tr("找不到文件“%1”。").arg(path);
        return r;
    }
    if (info.isDir()) {
        r.error = tr("“%1”是文件夹，不是文件。").arg(path);
        return r;
    }
    if (notRegularFile(path, &r.error))
        return r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = tr("无法读取文件“%1”：%2").arg(name, f.errorString());
        return r;
    }
    const QByteArray head = f.read(8);
    f.close();
    const QString ext = info.suffix().toLower();
    // Content decides first: a .txt that is really a PDF is read as a PDF.
    if (head.startsWith("%PDF"))
        return readPdf(path, limits);
    if (head.startsWith("PK\x03\x04") || ext == QLatin1String("docx"))
        return readDocx(path, limits);
    if (ext == QLatin1String("pdf"))
        return readPdf(path, limits);
    if (ext == QLatin1String("doc") || ext == QLatin1String("wps")) {
        r.error = tr("不支持旧版 Word 文件“%1”，请在 Word 或 WPS 中另存为 .docx 后再导入。").arg(name);
        return r;
    }
    return readText(path, limits);
}

} // namespace duban
