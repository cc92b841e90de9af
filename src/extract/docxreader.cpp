#include "extract/readattempt.h"
#include "extract/readerlimits.h"
#include "extract/ziparchive.h"

#include <QXmlStreamReader>
#include <algorithm>

namespace duban {

namespace {

// Turns word/document.xml into lines: a paragraph per line, a table row per line with its cells
// joined by tabs. Merged cells keep the columns aligned: a horizontal span adds empty cells, a vertical
// continuation is left empty so the merged text stands only on its first row.
class DocxText
{
public:
    enum class Stop { None, Doctype, Lines, Cancelled };

    bool parse(const QByteArray& xml, const ReadLimits& limits, SourceDocument* doc, QString* error)
    {
        QXmlStreamReader r(xml);
        for (int tokens = 0; !r.atEnd(); ++tokens) {
            r.readNext();
            // OOXML forbids DTDs; stopping at one also stops its entities before any is expanded.
            if (r.tokenType() == QXmlStreamReader::DTD)
                return stop(Stop::Doctype);
            if (doc->lines.size() > limits.maxLines)
                return stop(Stop::Lines);
            if (tokens % 4096 == 0 && limits.cancelled && limits.cancelled())
                return stop(Stop::Cancelled);
            if (r.isStartElement())
                start(r);
            else if (r.isEndElement())
                end(r.name(), doc);
        }
        if (r.hasError()) {
            *error = r.errorString();
            return false;
        }
        return true;
    }

    Stop stopped() const { return m_stop; }

private:
    bool stop(Stop why)
    {
        m_stop = why;
        return false;
    }

    void start(QXmlStreamReader& r)
    {
        const auto name = r.name();
        if (name == u"tbl") {
            if (++m_tableDepth == 1)
                ++m_tables, m_rows = 0;
        } else if (m_tableDepth == 1 && name == u"tr") {
            m_cells.clear();
        } else if (m_tableDepth == 1 && name == u"tc") {
            m_cell.clear();
            m_span = 1;
            m_continued = false;
        } else if (m_tableDepth == 1 && name == u"gridSpan") {
            m_span = std::clamp(r.attributes().value(QStringLiteral("w:val")).toInt(), 1, kMaxGridSpan);
        } else if (m_tableDepth == 1 && name == u"vMerge") {
            const auto v = r.attributes().value(QStringLiteral("w:val"));
            m_continued = v.isEmpty() || v == u"continue";
        } else if (name == u"p") {
            m_para.clear();
        } else if (name == u"t") {
            m_para += r.readElementText();
        } else if (name == u"tab") {
            m_para += m_tableDepth ? u' ' : u'\t';
        } else if (name == u"br" || name == u"cr") {
            m_para += u' ';
        }
    }

    void end(QStringView name, SourceDocument* doc)
    {
        if (name == u"p") {
            if (m_tableDepth == 0) {
                doc->lines.append(m_para);
                doc->locations.append(DocumentReader::tr("第%1段").arg(++m_paragraphs));
            } else if (!m_para.trimmed().isEmpty()) {
                if (!m_cell.isEmpty())
                    m_cell += u' ';
                m_cell += m_para.trimmed();
            }
        } else if (m_tableDepth == 1 && name == u"tc") {
            // A row may hold no more cells than a table has columns: a forged file repeats spans until
            // the empty cells alone fill the memory.
            if (m_cells.size() + m_span <= kMaxRowCells) {
                m_cells.append(m_continued ? QString() : m_cell);
                for (int i = 1; i < m_span; ++i)
                    m_cells.append(QString());
            }
        } else if (m_tableDepth == 1 && name == u"tr") {
            doc->lines.append(m_cells.join(u'\t'));
            doc->locations.append(DocumentReader::tr("表%1第%2行").arg(m_tables).arg(++m_rows));
        } else if (name == u"tbl") {
            --m_tableDepth;
        }
    }

    int m_tableDepth = 0, m_tables = 0, m_rows = 0, m_paragraphs = 0, m_span = 1;
    bool m_continued = false;
    Stop m_stop = Stop::None;
    QString m_para, m_cell;
    QStringList m_cells;
};

} // namespace

ReadResult DocumentReader::readDocx(const QString& path, const ReadLimits& limits)
{
    Attempt a(path, limits);
    if (a.refused())
        return a.r;
    ZipArchive z(limits.maxInflatedBytes, limits.maxInflatedBytes);
    if (!z.open(path))
        return a.fail(tr("文件“%1”不是有效的 .docx 文档：文件已损坏、不完整或已加密。").arg(a.name));
    const QString doctype = tr("文件“%1”的正文含有文档类型声明（DOCTYPE），Word "
                               "文档不应含有，可能是恶意构造的文件，已拒绝读取。")
                                .arg(a.name);
    QByteArray xml;
    switch (z.read(QStringLiteral("word/document.xml"), &xml)) {
    case ZipArchive::Read::Ok:
        break;
    case ZipArchive::Read::Missing:
        if (z.contains(QStringLiteral("OFD.xml")))
            return readOfd(path, limits);
        if (z.contains(QStringLiteral("xl/workbook.xml")))
            return readXlsx(path, limits);
        if (z.contains(QStringLiteral("mimetype")) && z.contains(QStringLiteral("content.xml")))
            return readConverted(path, limits); // OpenDocument (.odt/.ods) under another name
        return a.fail(tr("文件“%1”不是 Word 文档：缺少正文（word/document.xml）。").arg(a.name));
    case ZipArchive::Read::TooLarge:
        return a.fail(tr("文件“%1”解压后超过 %2 MB，疑似压缩炸弹，已拒绝读取。")
                          .arg(a.name)
                          .arg(limits.maxInflatedBytes / (1024 * 1024)));
    case ZipArchive::Read::Broken:
        return a.fail(tr("文件“%1”已损坏：正文无法解压。").arg(a.name));
    case ZipArchive::Read::Doctype:
        return a.fail(doctype);
    }
    QString xmlError;
    DocxText text;
    if (!text.parse(xml, limits, &a.r.doc, &xmlError)) {
        QString why;
        switch (text.stopped()) {
        case DocxText::Stop::Doctype:
            why = doctype;
            break;
        case DocxText::Stop::Lines:
            tooManyLines(qsizetype(limits.maxLines) + 1, path, limits, &why);
            break;
        case DocxText::Stop::Cancelled:
            wasCancelled(limits, &why);
            break;
        case DocxText::Stop::None:
            why = tr("文件“%1”的正文已损坏（XML 错误：%2）。").arg(a.name, xmlError);
        }
        return a.fail(why);
    }
    const auto blank = [](const QString& l) { return l.trimmed().isEmpty(); };
    if (std::all_of(a.r.doc.lines.cbegin(), a.r.doc.lines.cend(), blank))
        return a.fail(tr("文件“%1”为空，没有可提取的文字。").arg(a.name));
    return a.done(QStringLiteral("docx"));
}

} // namespace duban
