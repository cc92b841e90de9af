// OFD (GB/T 33190): a zip whose OFD.xml names each document's Document.xml; that lists the pages in
// order, each page's Content.xml holds TextObjects placed by Boundary and CTM, with TextCodes at X/Y and
// DeltaX/DeltaY steps. Template pages (Tpls) add their text to the pages that use them. Signatures,
// seals and annotations live in other members and are not read: they are not the directive's text.
#include "extract/ofdlayout.h"
#include "extract/readattempt.h"
#include "extract/ziparchive.h"

#include <QDir>
#include <QHash>
#include <QXmlStreamReader>
#include <cmath>

namespace duban {

namespace {

// OFD writers bind the namespace inconsistently (or not at all), so elements are matched by local name
// with namespace processing off.
QStringView localName(const QXmlStreamReader& r)
{
    const QStringView q = r.qualifiedName();
    const qsizetype colon = q.indexOf(u':');
    return colon < 0 ? q : q.mid(colon + 1);
}

// Member paths are relative to the file that names them, or to the package root with a leading '/'.
QString resolve(const QString& baseDir, QString loc)
{
    loc.replace(u'\\', u'/');
    if (loc.startsWith(u'/'))
        return QDir::cleanPath(loc.mid(1));
    return QDir::cleanPath(baseDir.isEmpty() ? loc : baseDir + u'/' + loc);
}

QString dirOf(const QString& member)
{
    const qsizetype slash = member.lastIndexOf(u'/');
    return slash < 0 ? QString() : member.left(slash);
}

struct Matrix
{
    double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
};

bool finite(const QList<double>& v)
{
    return std::all_of(v.begin(), v.end(), [](double x) { return std::isfinite(x) && std::abs(x) < 1e7; });
}

struct PageRef
{
    QString content;
    QStringList templates; // template IDs, in the page's order
};

struct DocumentXml
{
    QList<PageRef> pages;
    QHash<QString, QString> templates; // ID -> member
    QStringList defaultTemplates;
};

// Calls element(reader, name, attributes, inside) for each start element of `xml`, `inside` saying
// whether it stands within a `scope` element (or is one). False with *error when the XML is malformed.
template <typename Element>
bool eachElement(const QByteArray& xml, QStringView scope, QString* error, Element element)
{
    QXmlStreamReader r(xml);
    r.setNamespaceProcessing(false);
    bool inside = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isEndElement() && localName(r) == scope)
            inside = false;
        if (!r.isStartElement())
            continue;
        const QStringView name = localName(r);
        inside = inside || name == scope;
        element(r, name, r.attributes(), inside);
    }
    if (r.hasError()) {
        *error = r.errorString();
        return false;
    }
    return true;
}

// Reads the TextObjects of one Content.xml into placed glyphs.
bool pageGlyphs(const QByteArray& xml, QList<OfdGlyph>* glyphs, QStringList* templateIds, QString* error)
{
    Matrix m;
    double bx = 0, by = 0, size = 3.5;
    const auto element = [&](QXmlStreamReader& r, QStringView name, const QXmlStreamAttributes& a,
                             bool inText) {
        if (name == u"Template" && templateIds) {
            templateIds->append(a.value(QStringLiteral("TemplateID")).toString());
        } else if (name == u"TextObject") {
            const QList<double> box = ofdNumbers(a.value(QStringLiteral("Boundary")), 4);
            const QList<double> ctm = ofdNumbers(a.value(QStringLiteral("CTM")), 6);
            bx = box.size() == 4 && finite(box) ? box[0] : 0;
            by = box.size() == 4 && finite(box) ? box[1] : 0;
            m = ctm.size() == 6 && finite(ctm) ? Matrix{ctm[0], ctm[1], ctm[2], ctm[3], ctm[4], ctm[5]}
                                               : Matrix{};
            bool ok = false;
            const double s = a.value(QStringLiteral("Size")).toDouble(&ok);
            const double scale = std::sqrt(std::abs(m.a * m.d - m.b * m.c));
            size = ok && std::isfinite(s) && s > 0 && s < 1e4 ? s * (scale > 0 ? scale : 1) : 3.5;
        } else if (name == u"TextCode" && inText) {
            bool okX = false, okY = false;
            double x = a.value(QStringLiteral("X")).toDouble(&okX);
            double y = a.value(QStringLiteral("Y")).toDouble(&okY);
            if (!okX || !std::isfinite(x) || std::abs(x) > 1e7)
                x = 0;
            if (!okY || !std::isfinite(y) || std::abs(y) > 1e7)
                y = 0;
            const auto dxAttr = a.value(QStringLiteral("DeltaX")).toString();
            const auto dyAttr = a.value(QStringLiteral("DeltaY")).toString();
            const QString text = r.readElementText(QXmlStreamReader::SkipChildElements);
            const QList<uint> codes = text.toUcs4();
            const QList<double> dx = ofdNumbers(dxAttr, codes.size());
            const QList<double> dy = ofdNumbers(dyAttr, codes.size());
            for (qsizetype i = 0; i < codes.size(); ++i) {
                const char32_t cp = char32_t(codes[i]);
                if (cp == u'\n' || cp == u'\r' || cp == u'\t')
                    continue;
                const bool wide = cp >= 0x2E80;
                const double step = i < dx.size() ? dx[i] : (dy.isEmpty() ? size * (wide ? 1 : 0.5) : 0);
                OfdGlyph g;
                // Object space -> boundary (CTM), then boundary -> page.
                g.x = m.a * x + m.c * y + m.e + bx;
                g.y = m.b * x + m.d * y + m.f + by;
                g.size = size;
                g.advance = std::abs(m.a) * step > 0 ? std::abs(m.a) * step : size * (wide ? 1 : 0.5);
                g.text = QString::fromUcs4(&cp, 1);
                glyphs->append(g);
                x += step;
                if (i < dy.size())
                    y += dy[i];
            }
        }
    };
    return eachElement(xml, u"TextObject", error, element);
}

bool parseDocument(const QByteArray& xml, const QString& docDir, DocumentXml* out, QString* error)
{
    const auto element = [&](QXmlStreamReader&, QStringView name, const QXmlStreamAttributes& a,
                             bool inPages) {
        if (name == u"Page" && inPages) {
            out->pages.append({resolve(docDir, a.value(QStringLiteral("BaseLoc")).toString()), {}});
        } else if (name == u"TemplatePage") {
            const QString id = a.value(QStringLiteral("ID")).toString();
            out->templates.insert(id, resolve(docDir, a.value(QStringLiteral("BaseLoc")).toString()));
        }
    };
    return eachElement(xml, u"Pages", error, element);
}

QString docRoot(const QByteArray& xml, QString* error)
{
    QXmlStreamReader r(xml);
    r.setNamespaceProcessing(false);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && localName(r) == u"DocRoot")
            return r.readElementText().trimmed(); // the first document; others are rare attachments
    }
    if (r.hasError())
        *error = r.errorString();
    return QString();
}

} // namespace

ReadResult DocumentReader::readOfd(const QString& path, const ReadLimits& limits)
{
    Attempt a(path, limits);
    if (a.refused())
        return a.r;
    const QString& name = a.name;
    ZipArchive z(limits.maxInflatedBytes, limits.maxInflatedBytes);
    int code = 0;
    if (!z.open(path, &code))
        return a.fail(tr("文件“%1”不是有效的 OFD 文档：文件已损坏或不完整（%2）。")
                          .arg(name, ZipArchive::errorText(code)));
    const auto fail = [&](ZipArchive::Read read, const QString& member) {
        ReadResult f;
        if (read == ZipArchive::Read::TooLarge)
            f.error = tr("文件“%1”解压后超过 %2 MB，疑似压缩炸弹，已拒绝读取。")
                          .arg(name)
                          .arg(limits.maxInflatedBytes / (1024 * 1024));
        else if (read == ZipArchive::Read::Missing)
            f.error = tr("文件“%1”不是完整的 OFD 文档：缺少 %2。").arg(name, member);
        else if (read == ZipArchive::Read::Doctype)
            f.error = tr("文件“%1”的 %2 含有文档类型声明（DOCTYPE），OFD 文档不应含有，已拒绝读取。")
                          .arg(name, member);
        else
            f.error = tr("文件“%1”已损坏：%2 无法解压。").arg(name, member);
        return f;
    };
    const auto broken = [&](const QString& member, const QString& why) {
        ReadResult f;
        f.error = tr("文件“%1”已损坏：%2 不是有效的 XML（%3）。").arg(name, member, why);
        return f;
    };
    QByteArray xml;
    QString why;
    const QString ofdXml = QStringLiteral("OFD.xml");
    if (const auto read = z.read(ofdXml, &xml); read != ZipArchive::Read::Ok)
        return fail(read, ofdXml);
    const QString docXml = resolve(QString(), docRoot(xml, &why));
    if (!why.isEmpty())
        return broken(ofdXml, why);
    if (docXml.isEmpty() || docXml == u".")
        return fail(ZipArchive::Read::Missing, tr("文档入口（DocRoot）"));
    if (const auto read = z.read(docXml, &xml); read != ZipArchive::Read::Ok)
        return fail(read, docXml);
    DocumentXml doc;
    if (!parseDocument(xml, dirOf(docXml), &doc, &why))
        return broken(docXml, why);
    if (doc.pages.size() > limits.maxPages)
        return a.fail(tr("文件“%1”有 %2 页，超过 %3 页的上限，已拒绝读取。请拆分后再导入。")
                          .arg(name)
                          .arg(doc.pages.size())
                          .arg(limits.maxPages));
    QHash<QString, QList<OfdGlyph>> templateGlyphs;
    bool any = false;
    for (qsizetype p = 0; p < doc.pages.size(); ++p) {
        const QString& member = doc.pages[p].content;
        if (const auto read = z.read(member, &xml); read != ZipArchive::Read::Ok)
            return fail(read, member);
        QList<OfdGlyph> glyphs;
        QStringList templateIds;
        if (!pageGlyphs(xml, &glyphs, &templateIds, &why))
            return broken(member, why);
        // A template named twice draws the same text in the same place: once is enough, and a page that
        // names one thousands of times must not multiply its glyphs.
        templateIds.removeDuplicates();
        for (const QString& id : std::as_const(templateIds)) {
            const QString tpl = doc.templates.value(id);
            if (tpl.isEmpty())
                continue;
            if (!templateGlyphs.contains(id)) {
                QList<OfdGlyph> t;
                if (const auto read = z.read(tpl, &xml); read != ZipArchive::Read::Ok)
                    return fail(read, tpl);
                if (!pageGlyphs(xml, &t, nullptr, &why))
                    return broken(tpl, why);
                templateGlyphs.insert(id, t);
            }
            glyphs += templateGlyphs.value(id);
        }
        const QStringList lines = ofdLines(glyphs);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            any = any || !lines[i].isEmpty();
            a.r.doc.lines.append(lines[i]);
            a.r.doc.locations.append(tr("第%1页第%2行").arg(p + 1).arg(i + 1));
        }
    }
    if (!any)
        return a.fail(tr("文件“%1”中没有可提取的文字（页面可能是图片，需要先做文字识别）。").arg(name));
    return a.done(QStringLiteral("ofd"));
}

} // namespace duban
