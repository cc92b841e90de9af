#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace duban {

// A cell as a spreadsheet stored it: text (shared, inline or formula string), or a number.
struct XlsxCell
{
    QString text; // for numbers, the number as written in the file ("80", "44845")
    bool isNumber = false;
    bool isDate = false; // a number shown as a date (its style's number format is a date format)
    double number = 0;
};

// A merged range (1-based, inclusive): the value stands in its top-left cell only.
struct XlsxMerge
{
    int firstRow = 0, firstColumn = 0, lastRow = 0, lastColumn = 0;
};

struct XlsxSheet
{
    QString name;
    bool hidden = false;
    bool date1904 = false; // the workbook counts days from 1904-01-01 (old Mac Excel), not 1899-12-30
    QMap<int, QMap<int, XlsxCell>> rows; // 1-based row -> 1-based column -> cell; empty cells absent
    QList<XlsxMerge> merges;

    XlsxCell cell(int row, int column) const { return rows.value(row).value(column); }
};

// Reads the values of every worksheet of an .xlsx (Office Open XML) file, as Excel, WPS and LibreOffice
// write them: shared strings with rich-text runs, inline strings, numbers, cells that skip columns.
// Styles and formulas are ignored (a formula's cached value is read). On failure `error` says why, in
// words a user understands (not a zip file, an old .xls, damaged).
// What a workbook may inflate to (README, "Limits"): per part and all parts together. The defaults suit a
// feedback sheet; Excel task lists pass the document reader's caps.
struct XlsxLimits
{
    qint64 partBytes = 16LL * 1024 * 1024; // a 500-row feedback sheet is a few hundred KB
    qint64 totalBytes = 32LL * 1024 * 1024;
};
bool readXlsx(const QString& path, QList<XlsxSheet>* sheets, QString* error, const XlsxLimits& limits = {});

// "B12" -> column 2 (1-based); 0 if the reference has no letters.
int xlsxColumn(QStringView reference);

} // namespace duban
