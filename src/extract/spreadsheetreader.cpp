// An Excel (or WPS, LibreOffice) task list read as text: each non-empty row becomes one line, cells
// joined by tabs, so the text-table parser finds the header row with its own column vocabulary and the
// source of every task is a sheet and a row.
#include "extract/readattempt.h"
#include "extract/xlsxreader.h"

#include <QDate>
#include <QRegularExpression>

namespace duban {

namespace {

// A task list has a few dozen columns; cells far to the right (or a hostile XFD1048576) are not text
// the extraction needs, and would make every line thousands of tabs long.
constexpr int kMaxColumns = 256;

QString cellText(const XlsxCell& c, bool date1904)
{
    if (c.isDate && c.number >= 1 && c.number < 2958466) { // up to 9999-12-31
        const QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
        const QDate d = base.addDays(qint64(c.number));
        return DocumentReader::tr("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
    }
    // A multi-line cell (Alt+Enter) stays on its row. Short lines are list items (one unit a line:
    // 市住房城乡建设局 / 市城管局) and join with 、 so they stay apart; longer ones are wrapped sentences.
    QStringList parts = c.text.split(QRegularExpression(QStringLiteral("[\\r\\n]+")), Qt::SkipEmptyParts);
    for (QString& p : parts)
        p = p.simplified();
    parts.removeAll(QString());
    QString t;
    qsizetype previous = 0;
    for (const QString& p : std::as_const(parts)) {
        if (!t.isEmpty()) {
            static const QString closing = QStringLiteral("。；，、：;,:");
            const bool items = previous <= 20 && p.size() <= 20 && !closing.contains(t.back());
            t +=
                items ? QStringLiteral("、") : (closing.contains(t.back()) ? QString() : QStringLiteral(" "));
        }
        t += p;
        previous = p.size();
    }
    return t;
}

// A merged range shows its value on every row and column it covers: a 责任单位 cell merged over three
// tasks is the unit of each. The range is clipped to cells the sheet really has, so a merge over a
// million rows costs nothing.
void spreadMerges(XlsxSheet* sheet)
{
    if (sheet->rows.isEmpty())
        return;
    const int lastRow = sheet->rows.lastKey();
    for (const XlsxMerge& m : std::as_const(sheet->merges)) {
        const auto top = sheet->rows.constFind(m.firstRow);
        if (top == sheet->rows.constEnd() || !top->contains(m.firstColumn))
            continue;
        const XlsxCell value = top->value(m.firstColumn);
        for (auto row = sheet->rows.lowerBound(m.firstRow);
             row != sheet->rows.end() && row.key() <= std::min(m.lastRow, lastRow); ++row) {
            for (int c = m.firstColumn; c <= std::min(m.lastColumn, kMaxColumns); ++c) {
                if (row.key() != m.firstRow || c != m.firstColumn)
                    (*row)[c] = c == m.firstColumn ? value : XlsxCell();
            }
        }
    }
}

} // namespace

ReadResult DocumentReader::readXlsx(const QString& path, const ReadLimits& limits)
{
    Attempt a(path, limits);
    if (a.refused())
        return a.r;
    QList<XlsxSheet> sheets;
    QString error;
    if (!duban::readXlsx(path, &sheets, &error, XlsxLimits{limits.maxInflatedBytes, limits.maxInflatedBytes}))
        return a.fail(error);
    bool any = false;
    for (XlsxSheet& sheet : sheets) {
        if (sheet.hidden)
            continue;
        if (sheet.rows.size() > limits.maxSheetRows)
            return a.fail(tr("文件“%1”的工作表“%2”有 %3 行，超过 %4 行的上限，已拒绝读取。")
                              .arg(a.name, sheet.name)
                              .arg(sheet.rows.size())
                              .arg(limits.maxSheetRows));
        spreadMerges(&sheet);
        for (auto row = sheet.rows.cbegin(); row != sheet.rows.cend(); ++row) {
            QStringList cells;
            for (auto c = row->cbegin(); c != row->cend() && c.key() <= kMaxColumns; ++c) {
                while (cells.size() < c.key() - 1)
                    cells.append(QString());
                cells.append(cellText(c.value(), sheet.date1904));
            }
            while (!cells.isEmpty() && cells.last().isEmpty())
                cells.removeLast();
            if (cells.isEmpty())
                continue;
            any = true;
            a.r.doc.lines.append(cells.join(u'\t'));
            a.r.doc.locations.append(tr("工作表“%1”第%2行").arg(sheet.name).arg(row.key()));
        }
    }
    if (!any)
        return a.fail(tr("文件“%1”的工作表都是空的，没有可提取的文字。").arg(a.name));
    return a.done(QStringLiteral("xlsx"));
}

} // namespace duban
