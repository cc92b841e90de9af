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

QStringList DocumentReader::supportedSuffixes()
{
    return {QStringLiteral("txt"), QStringLiteral("md"),   QStringLiteral("docx"), QStringLiteral("pdf"),
            QStringLiteral("ofd"), QStringLiteral("xlsx"), QStringLiteral("doc"),  QStringLiteral("wps"),
            QStringLiteral("rtf"), QStringLiteral("odt"),  QStringLiteral("xls"),  QStringLiteral("et"),
            QStringLiteral("ods"), QStringLiteral("png"),  QStringLiteral("jpg"),  QStringLiteral("jpeg"),
            QStringLiteral("tif"), QStringLiteral("tiff")};
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
    if (head.startsWith("PK\x03\x04")) {
        if (ext == QLatin1String("ofd"))
            return readOfd(path, limits);
        if (ext == QLatin1String("xlsx") || ext == QLatin1String("xlsm"))
            return readXlsx(path, limits);
        if (ext == QLatin1String("odt") || ext == QLatin1String("ods"))
            return readConverted(path, limits);
        return readDocx(path, limits); // also hands on an OFD, .xlsx or OpenDocument by its members
    }
    // Word 97, WPS, Excel 97 and ET files are OLE compound files; RTF starts with its keyword.
    if (head.startsWith(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) || head.startsWith("{\\rtf"))
        return readConverted(path, limits);
    // Not a zip at all: the reader of the format the name promises says the file is damaged.
    if (ext == QLatin1String("ofd"))
        return readOfd(path, limits);
    if (ext == QLatin1String("xlsx"))
        return readXlsx(path, limits);
    if (ext == QLatin1String("docx"))
        return readDocx(path, limits);
    if (ext == QLatin1String("pdf"))
        return readPdf(path, limits);
    if (ScanPages::isImageFile(path) || QStringList{"png", "jpg", "jpeg", "tif", "tiff"}.contains(ext))
        return readScan(path, limits);
    static const QStringList office{QStringLiteral("doc"), QStringLiteral("wps"), QStringLiteral("rtf"),
                                    QStringLiteral("odt"), QStringLiteral("xls"), QStringLiteral("et"),
                                    QStringLiteral("ods")};
    if (office.contains(ext))
        return readConverted(path, limits);
    return readText(path, limits);
}

} // namespace duban
