// .xlsx without a spreadsheet library: libzip (already linked for the .docx reader) and QXmlStreamReader
// over xl/workbook.xml, its relationships, xl/sharedStrings.xml and each xl/worksheets/sheetN.xml.
#include "report/xlsxreader.h"

#include "core/translate.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>
#include <memory>
#include <zip.h>

namespace duban {

namespace {

QString tr(const char* s)
{
    return translateIn({"Feedback", "duban"}, s);
}


struct ZipCloser
{
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser
{
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

enum class Read { Ok, Missing, Broken, TooLarge, Doctype };

// OOXML forbids DTDs in its parts; refusing them also stops entity expansion before it starts (Qt's
// limit counts each reference to an entity on its own).
bool hasDoctype(const QByteArray& xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::DTD:
            return true;
        case QXmlStreamReader::StartElement:
            return false;
        default:
            break;
        }
    }
    return false;
}

// Counts what actually inflates, per member and for the whole file: the sizes a zip declares can lie.
Read member(zip_t* z, const QString& name, QByteArray* out, qint64* total, const XlsxLimits& limits)
{
    std::unique_ptr<zip_file_t, ZipFileCloser> f(zip_fopen(z, name.toUtf8().constData(), 0));
    if (!f)
        return Read::Missing;
    char buf[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(f.get(), buf, sizeof buf);
        if (n < 0)
            return Read::Broken;
        if (n == 0)
            return hasDoctype(*out) ? Read::Doctype : Read::Ok;
        *total += n;
        if (out->size() + n > limits.partBytes || *total > limits.totalBytes)
            return Read::TooLarge;
        out->append(buf, qsizetype(n));
    }
}

// Text of an <si> or <is>: plain <t>, or the <t> of each rich-text run <r>; phonetic hints (<rPh>) skipped.
QString stringItem(QXmlStreamReader& r)
{
    QString out;
    const QString end = r.name().toString();
    int phonetic = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == u"rPh")
                ++phonetic;
            else if (r.name() == u"t" && !phonetic)
                out += r.readElementText();
        } else if (r.isEndElement()) {
            if (r.name() == u"rPh")
                --phonetic;
            else if (r.name() == end)
                break;
        }
    }
    return out;
}

QStringList sharedStrings(const QByteArray& xml, QString* error)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"si")
            out.append(stringItem(r));
    }
    if (r.hasError())
        *error = r.errorString();
    return out;
}

struct SheetRef
{
    QString name, relId;
    bool hidden = false;
};

QList<SheetRef> workbookSheets(const QByteArray& xml, bool* date1904)
{
    QList<SheetRef> out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"workbookPr") {
            const auto v = r.attributes().value(QStringLiteral("date1904"));
            *date1904 = v == u"1" || v == u"true";
        }
        if (!r.isStartElement() || r.name() != u"sheet")
            continue;
        SheetRef s;
        const auto a = r.attributes();
        s.name = a.value(QStringLiteral("name")).toString();
        for (const QXmlStreamAttribute& at : a) {
            if (at.name() == u"id") // r:id, whatever prefix the writer bound
                s.relId = at.value().toString();
        }
        const auto state = a.value(QStringLiteral("state"));
        s.hidden = state == u"hidden" || state == u"veryHidden";
        out.append(s);
    }
    return out;
}

// Relationship id -> member path inside the zip ("xl/worksheets/sheet1.xml").
QHash<QString, QString> relationships(const QByteArray& xml)
{
    QHash<QString, QString> out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement || r.name() != u"Relationship")
            continue;
        QString target = r.attributes().value(QStringLiteral("Target")).toString();
        if (target.startsWith(u'/'))
            target = target.mid(1);
        else
            target = QStringLiteral("xl/") + target;
        out.insert(r.attributes().value(QStringLiteral("Id")).toString(), target);
    }
    return out;
}

int rowOf(QStringView ref)
{
    int i = 0;
    while (i < ref.size() && ref[i].isLetter())
        ++i;
    return ref.mid(i).toInt();
}

bool parseSheet(const QByteArray& xml, const QStringList& shared, XlsxSheet* sheet, QString* error)
{
    QXmlStreamReader r(xml);
    int row = 0, column = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == u"row") {
            const int n = r.attributes().value(QStringLiteral("r")).toInt();
            row = n > 0 ? n : row + 1; // writers may leave out r when rows follow each other
            column = 0;
        } else if (r.name() == u"c") {
            const auto a = r.attributes();
            const auto ref = a.value(QStringLiteral("r"));
            const int c = xlsxColumn(ref);
            column = c > 0 ? c : column + 1;
            if (c > 0 && rowOf(ref) > 0)
                row = rowOf(ref);
            const QString type = a.value(QStringLiteral("t")).toString();
            QString value;
            bool haveValue = false;
            while (!r.atEnd()) {
                r.readNext();
                if (r.isEndElement() && r.name() == u"c")
                    break;
                if (!r.isStartElement())
                    continue;
                if (r.name() == u"v") {
                    value = r.readElementText();
                    haveValue = true;
                } else if (r.name() == u"is") {
                    value = stringItem(r);
                    haveValue = true;
                }
            }
            if (!haveValue)
                continue; // a styled empty cell
            XlsxCell cell;
            if (type == u"s") {
                const int i = value.trimmed().toInt();
                cell.text = shared.value(i);
            } else if (type == u"inlineStr" || type == u"str" || type == u"e") {
                cell.text = value;
            } else if (type == u"b") {
                cell.text = value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else {
                bool ok = false;
                cell.number = value.trimmed().toDouble(&ok);
                cell.isNumber = ok;
                cell.text = value.trimmed();
            }
            if (!cell.text.isEmpty())
                sheet->rows[row][column] = cell;
        }
    }
    if (r.hasError()) {
        *error = r.errorString();
        return false;
    }
    return true;
}

QString zipProblem(const QString& path, int code)
{
    QFile f(path);
    if (f.open(QIODevice::ReadOnly) && f.read(8) == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return tr("%1 是旧版 Excel 文件（.xls），请在 Excel 或 WPS 中另存为 .xlsx 后再导入")
            .arg(QFileInfo(path).fileName());
    zip_error_t ze;
    zip_error_init_with_code(&ze, code);
    const QString why = QString::fromUtf8(zip_error_strerror(&ze));
    zip_error_fini(&ze);
    return tr("%1 不是有效的 Excel 文件（.xlsx），可能已损坏或不完整：%2")
        .arg(QFileInfo(path).fileName(), why);
}

} // namespace

int xlsxColumn(QStringView reference)
{
    int column = 0;
    for (QChar ch : reference) {
        const char16_t u = ch.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        column = column * 26 + (u - u'A' + 1);
    }
    return column;
}

bool readXlsx(const QString& path, QList<XlsxSheet>* sheets, QString* error, const XlsxLimits& limits)
{
    const QString file = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path)) {
        *error = tr("找不到文件 %1").arg(path);
        return false;
    }
    if (!QFileInfo(path).isFile()) { // a FIFO blocks the open, a device never ends
        *error = tr("%1 不是普通文件（文件夹、设备或管道），无法导入").arg(path);
        return false;
    }
    int code = 0;
    Zip z(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
    if (!z) {
        *error = zipProblem(path, code);
        return false;
    }
    const auto damaged = [&](const QString& what) {
        *error = tr("%1 不是有效的 Excel 文件（.xlsx），可能已损坏或不完整：%2").arg(file, what);
        return false;
    };
    qint64 total = 0;
    const auto refused = [&](Read why) {
        if (why == Read::TooLarge)
            *error = tr("%1 解压后过大（单个部分超过 %2 MB 或合计超过 %3 MB），不像是一份反馈表（疑似压缩炸弹），"
                        "已拒绝读取")
                         .arg(file)
                         .arg(limits.partBytes / (1024 * 1024))
                         .arg(limits.totalBytes / (1024 * 1024));
        else
            *error =
                tr("%1 含有文档类型声明（DOCTYPE），Excel 文件不应含有，可能是恶意构造的文件，已拒绝读取")
                    .arg(file);
        return false;
    };
    QByteArray workbook, rels, strings;
    Read got = member(z.get(), QStringLiteral("xl/workbook.xml"), &workbook, &total, limits);
    if (got == Read::TooLarge || got == Read::Doctype)
        return refused(got);
    if (got != Read::Ok)
        return damaged(tr("缺少工作簿 xl/workbook.xml"));
    got = member(z.get(), QStringLiteral("xl/_rels/workbook.xml.rels"), &rels, &total, limits);
    if (got == Read::TooLarge || got == Read::Doctype)
        return refused(got);
    if (got != Read::Ok)
        return damaged(tr("缺少工作簿关系 xl/_rels/workbook.xml.rels"));
    QString xmlError;
    QStringList shared;
    const Read sr = member(z.get(), QStringLiteral("xl/sharedStrings.xml"), &strings, &total, limits);
    if (sr == Read::TooLarge || sr == Read::Doctype)
        return refused(sr);
    if (sr == Read::Broken)
        return damaged(QStringLiteral("xl/sharedStrings.xml"));
    if (sr == Read::Ok) {
        shared = sharedStrings(strings, &xmlError);
        if (!xmlError.isEmpty())
            return damaged(QStringLiteral("xl/sharedStrings.xml: ") + xmlError);
    }
    const QHash<QString, QString> targets = relationships(rels);
    sheets->clear();
    bool date1904 = false;
    QSet<QString> seen;
    for (const SheetRef& ref : workbookSheets(workbook, &date1904)) {
        XlsxSheet sheet;
        sheet.date1904 = date1904;
        sheet.name = ref.name;
        sheet.hidden = ref.hidden;
        const QString target = targets.value(ref.relId);
        if (seen.contains(target)) // no writer does this; a forged file does it to multiply one member
            return damaged(tr("工作表“%1”与另一工作表指向同一内容").arg(ref.name));
        seen.insert(target);
        QByteArray xml;
        got = target.isEmpty() ? Read::Missing : member(z.get(), target, &xml, &total, limits);
        if (got == Read::TooLarge || got == Read::Doctype)
            return refused(got);
        if (got != Read::Ok)
            return damaged(tr("工作表“%1”无法读取").arg(ref.name));
        if (!parseSheet(xml, shared, &sheet, &xmlError))
            return damaged(tr("工作表“%1”：%2").arg(ref.name, xmlError));
        sheets->append(sheet);
    }
    if (sheets->isEmpty())
        return damaged(tr("没有工作表"));
    return true;
}

} // namespace duban
