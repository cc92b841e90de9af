#include "gui/import/importformats.h"

#include "extract/documentreader.h"

#include <QFileInfo>

namespace duban {

namespace {
QString patterns(const QStringList& suffixes)
{
    QStringList out;
    for (const QString& s : suffixes)
        out << QStringLiteral("*.") + s;
    return out.join(u' ');
}
} // namespace

QString ImportFormats::dialogFilter()
{
    const auto s = [](std::initializer_list<const char*> list) {
        QStringList out;
        for (const char* e : list)
            out << QString::fromLatin1(e);
        return patterns(out);
    };
    return QStringList{tr("所有支持的文件 (%1)").arg(patterns(DocumentReader::supportedSuffixes())),
                       tr("Word / WPS 文字 (%1)").arg(s({"docx", "doc", "wps", "rtf", "odt"})),
                       tr("OFD / PDF 版式文件 (%1)").arg(s({"ofd", "pdf"})),
                       tr("Excel / WPS 表格任务清单 (%1)").arg(s({"xlsx", "xls", "et", "ods"})),
                       tr("文本文件 (%1)").arg(s({"txt", "md"})),
                       tr("扫描件和照片 (%1)").arg(s({"png", "jpg", "jpeg", "tif", "tiff"})),
                       tr("所有文件 (*)")}
        .join(QStringLiteral(";;"));
}

QStringList ImportFormats::importable(const QList<QUrl>& urls)
{
    const QStringList suffixes = DocumentReader::supportedSuffixes();
    QStringList out;
    for (const QUrl& u : urls) {
        if (u.isLocalFile() && suffixes.contains(QFileInfo(u.toLocalFile()).suffix().toLower()))
            out << u.toLocalFile();
    }
    return out;
}

} // namespace duban
