#pragma once

// Fills in an exported unit feedback sheet the way a spreadsheet program saves one: the worksheet XML
// inside the .xlsx is rewritten with libzip. Excel keeps typed text in xl/sharedStrings.xml; other writers
// use inline strings and leave out empty cells. Text with '|' becomes rich-text runs (bold first part).
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <zip.h>

namespace duban::test {

struct FillCell
{
    QString ref;         // "I5"
    QString value;       // text, or a number when number is true
    bool number = false; // stored as <v>number</v>
};

enum class SaveStyle { SharedStrings, InlineStrings };

inline QByteArray zipRead(const QString& path, const char* name)
{
    int err = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &err);
    if (!z)
        return {};
    QByteArray out;
    if (zip_file_t* f = zip_fopen(z, name, 0)) {
        char buf[8192];
        zip_int64_t n;
        while ((n = zip_fread(f, buf, sizeof buf)) > 0)
            out.append(buf, qsizetype(n));
        zip_fclose(f);
    }
    zip_discard(z);
    return out;
}

// Replaces (or adds) members of an existing zip.
inline bool zipWrite(const QString& path, const QMap<QString, QByteArray>& members)
{
    int err = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), 0, &err);
    if (!z)
        return false;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        // libzip reads the buffer at zip_close(): the map outlives it.
        zip_source_t* src = zip_source_buffer(z, it->constData(), zip_uint64_t(it->size()), 0);
        if (!src ||
            zip_file_add(z, it.key().toUtf8().constData(), src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(src);
            zip_discard(z);
            return false;
        }
    }
    return zip_close(z) == 0;
}

inline QString richRuns(const QString& text)
{
    const QStringList parts = text.split(u'|');
    if (parts.size() == 1)
        return QStringLiteral("<t xml:space=\"preserve\">%1</t>").arg(text.toHtmlEscaped());
    QString out;
    for (int i = 0; i < parts.size(); ++i)
        out += QStringLiteral("<r>%1<t xml:space=\"preserve\">%2</t></r>")
                   .arg(i == 0 ? QStringLiteral("<rPr><b/><sz val=\"11\"/></rPr>") : QString(),
                        parts[i].toHtmlEscaped());
    // A phonetic hint, as Excel writes for East Asian text: not part of the value.
    return out + QStringLiteral("<rPh sb=\"0\" eb=\"1\"><t>ピン</t></rPh>");
}

inline int columnOf(const QString& ref)
{
    int c = 0;
    for (QChar ch : ref) {
        if (!ch.isLetter())
            break;
        c = c * 26 + (ch.unicode() - u'A' + 1);
    }
    return c;
}

inline bool fillSheet(const QString& path, const QList<FillCell>& cells, SaveStyle style)
{
    QString sheet = QString::fromUtf8(zipRead(path, "xl/worksheets/sheet1.xml"));
    QString strings = QString::fromUtf8(zipRead(path, "xl/sharedStrings.xml"));
    if (sheet.isEmpty() || strings.isEmpty())
        return false;
    int nextString = int(strings.count(QStringLiteral("<si>")));
    QString added;
    if (style == SaveStyle::InlineStrings) // writers that keep no empty cells
        sheet.remove(QRegularExpression(QStringLiteral("<c r=\"[A-Z]+\\d+\" s=\"\\d+\"/>")));
    QMap<int, QMap<int, QString>> byRow; // row -> column -> new <c>
    for (const FillCell& c : cells) {
        QString xml;
        if (c.number)
            xml = QStringLiteral("<c r=\"%1\"><v>%2</v></c>").arg(c.ref, c.value);
        else if (style == SaveStyle::SharedStrings) {
            added += QStringLiteral("<si>%1</si>").arg(richRuns(c.value));
            xml = QStringLiteral("<c r=\"%1\" t=\"s\"><v>%2</v></c>").arg(c.ref).arg(nextString++);
        } else
            xml = QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is>%2</is></c>").arg(c.ref, richRuns(c.value));
        byRow[c.ref.mid(c.ref.indexOf(QRegularExpression(QStringLiteral("\\d")))).toInt()][columnOf(c.ref)] =
            xml;
    }
    for (auto row = byRow.cbegin(); row != byRow.cend(); ++row) {
        const QRegularExpression rowRe(QStringLiteral("(<row r=\"%1\"[^>]*>)(.*?)</row>").arg(row.key()));
        const auto m = rowRe.match(sheet);
        if (!m.hasMatch())
            return false;
        QMap<int, QString> content;
        const QRegularExpression cellRe(QStringLiteral("<c r=\"([A-Z]+)\\d+\"[^>]*?(?:/>|>.*?</c>)"));
        for (auto it = cellRe.globalMatch(m.captured(2)); it.hasNext();) {
            const auto cm = it.next();
            content[columnOf(cm.captured(1))] = cm.captured(0);
        }
        for (auto c = row->cbegin(); c != row->cend(); ++c)
            content[c.key()] = *c;
        QString rebuilt = m.captured(1);
        for (const QString& c : content)
            rebuilt += c;
        sheet.replace(m.capturedStart(), m.capturedLength(), rebuilt + QStringLiteral("</row>"));
    }
    strings.replace(QStringLiteral("</sst>"), added + QStringLiteral("</sst>"));
    return zipWrite(path, {{QStringLiteral("xl/worksheets/sheet1.xml"), sheet.toUtf8()},
                           {QStringLiteral("xl/sharedStrings.xml"), strings.toUtf8()}});
}

} // namespace duban::test
