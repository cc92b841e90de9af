#include "gui/import/emptyextraction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace duban {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("EmptyExtraction", s);
}
} // namespace

EmptyExtraction describeEmptyExtraction(const ImportOutcome& o)
{
    EmptyExtraction e;
    for (const QString& line : o.doc.lines) {
        int n = 0;
        for (QChar c : line)
            n += !c.isSpace();
        e.characters += n;
        e.lines += n > 0;
    }
    const QString name =
        QFileInfo(o.doc.path).fileName().isEmpty() ? o.doc.path : QFileInfo(o.doc.path).fileName();
    // Page-based formats keep text in a layer of their own; scanned pages have none. A few stray characters
    // (page numbers) do not make a text layer.
    static const QSet<QString> paged{QStringLiteral("pdf"), QStringLiteral("ofd"), QStringLiteral("image")};
    const bool pagedFormat = paged.contains(o.doc.format.toLower());
    const int pages = [&] {
        QSet<QString> p(o.doc.locations.cbegin(), o.doc.locations.cend());
        return int(p.size());
    }();
    if (pagedFormat && e.characters < 20 * std::max(1, pages)) {
        e.noTextLayer = true;
        e.message = tr("“%1”没有文字层（多为扫描件或图片）：读到的只有 %2 "
                       "个字。需要先做文字识别（OCR），才能从中提取任务。")
                        .arg(name)
                        .arg(e.characters);
        return e;
    }
    if (e.characters == 0) {
        e.message = tr("“%1”是空的：没有读到任何文字。").arg(name);
        return e;
    }
    e.message = tr("读取了“%1”的 %2 行正文（%3 字），但没有找到写明责任单位的条款，"
                   "如“（责任单位：市财政局）”或“（市发改委牵头，市财政局配合）”。可以对照正文手工新建任务。")
                    .arg(name)
                    .arg(e.lines)
                    .arg(e.characters);
    return e;
}

} // namespace duban
