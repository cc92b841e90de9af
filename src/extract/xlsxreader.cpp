// .xlsx without a spreadsheet library: the zip reader the .docx and OFD readers use and QXmlStreamReader
// over xl/workbook.xml, its relationships, xl/sharedStrings.xml and each xl/worksheets/sheetN.xml.
#include "extract/xlsxreader.h"

#include "core/translate.h"
#include "extract/ziparchive.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace duban {

namespace {

QString tr(const char* s)
{
    return translateIn({"Feedback", "duban"}, s);
}

using Read = ZipArchive::Read;

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

// For each cell style (the index a cell's s attribute gives), whether its number format shows a date:
// the built-in date formats, or a custom code with y/m/d outside quotes and brackets.
QList<bool> dateStyles(const QByteArray& xml)
{
    QHash<int, bool> customDate;
    QList<bool> out;
    QXmlStreamReader r(xml);
    bool inCellXfs = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isEndElement() && r.name() == u"cellXfs")
            inCellXfs = false;
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        if (r.name() == u"numFmt") {
            QString code = a.value(QStringLiteral("formatCode")).toString();
            code.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")));
            customDate.insert(a.value(QStringLiteral("numFmtId")).toInt(),
                              code.contains(u'y', Qt::CaseInsensitive) ||
                                  code.contains(u'd', Qt::CaseInsensitive));
        } else if (r.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && r.name() == u"xf" && out.size() < 65536) {
            const int id = a.value(QStringLiteral("numFmtId")).toInt();
            const bool builtin = (id >= 14 && id <= 17) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
            out.append(builtin || customDate.value(id));
        }
    }
    return out;
}

bool parseSheet(const QByteArray& xml, const QStringList& shared, const QList<bool>& dates, XlsxSheet* sheet,
                QString* error)
{
    QXmlStreamReader r(xml);
    int row = 0, column = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == u"mergeCell") {
            const QStringList ends = r.attributes().value(QStringLiteral("ref")).toString().split(u':');
            if (ends.size() == 2) {
                XlsxMerge m{rowOf(ends[0]), xlsxColumn(ends[0]), rowOf(ends[1]), xlsxColumn(ends[1])};
                if (m.firstRow > 0 && m.firstColumn > 0 && m.lastRow >= m.firstRow &&
                    m.lastColumn >= m.firstColumn)
                    sheet->merges.append(m);
            }
        } else if (r.name() == u"row") {
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
            const bool dateStyle = dates.value(a.value(QStringLiteral("s")).toInt());
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
                cell.isDate = ok && dateStyle;
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
    const QString why = ZipArchive::errorText(code);
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
        if (column > 1'000'000)
            return 0; // no sheet is that wide: a hostile reference, not a column
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
    ZipArchive z(limits.partBytes, limits.totalBytes);
    if (!z.open(path, &code)) {
        *error = zipProblem(path, code);
        return false;
    }
    const auto damaged = [&](const QString& what) {
        *error = tr("%1 不是有效的 Excel 文件（.xlsx），可能已损坏或不完整：%2").arg(file, what);
        return false;
    };
    bool bomb = false, doctype = false;
    const auto member = [&bomb, &doctype](ZipArchive& zip, const QString& name, QByteArray* out) {
        const Read read = zip.read(name, out);
        bomb = bomb || read == Read::TooLarge;
        doctype = doctype || read == Read::Doctype;
        return read == Read::TooLarge || read == Read::Doctype ? Read::Broken : read;
    };
    const auto refused = [&] {
        if (doctype)
            *error =
                tr("%1 含有文档类型声明（DOCTYPE），Excel 文件不应含有，可能是恶意构造的文件，已拒绝读取")
                    .arg(file);
        else
            *error = tr("%1 解压后过大（单个部分超过 %2 MB 或合计超过 %3 MB），疑似压缩炸弹，已拒绝读取")
                         .arg(file)
                         .arg(limits.partBytes >> 20)
                         .arg(limits.totalBytes >> 20);
        return false;
    };
    QByteArray workbook, rels, strings;
    if (member(z, QStringLiteral("xl/workbook.xml"), &workbook) != Read::Ok)
        return bomb || doctype ? refused() : damaged(tr("缺少工作簿 xl/workbook.xml"));
    if (member(z, QStringLiteral("xl/_rels/workbook.xml.rels"), &rels) != Read::Ok)
        return bomb || doctype ? refused() : damaged(tr("缺少工作簿关系 xl/_rels/workbook.xml.rels"));
    QString xmlError;
    QStringList shared;
    const Read sr = member(z, QStringLiteral("xl/sharedStrings.xml"), &strings);
    if (bomb || doctype)
        return refused();
    if (sr == Read::Broken)
        return damaged(QStringLiteral("xl/sharedStrings.xml"));
    if (sr == Read::Ok) {
        shared = sharedStrings(strings, &xmlError);
        if (!xmlError.isEmpty())
            return damaged(QStringLiteral("xl/sharedStrings.xml: ") + xmlError);
    }
    QByteArray styles;
    const Read stylesRead = member(z, QStringLiteral("xl/styles.xml"), &styles);
    if (bomb || doctype)
        return refused();
    const QList<bool> dates = stylesRead == Read::Ok ? dateStyles(styles) : QList<bool>();
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
        if (target.isEmpty() || member(z, target, &xml) != Read::Ok)
            return bomb || doctype ? refused() : damaged(tr("工作表“%1”无法读取").arg(ref.name));
        if (!parseSheet(xml, shared, dates, &sheet, &xmlError))
            return damaged(tr("工作表“%1”：%2").arg(ref.name, xmlError));
        sheets->append(sheet);
    }
    if (sheets->isEmpty())
        return damaged(tr("没有工作表"));
    return true;
}

} // namespace duban
