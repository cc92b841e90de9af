#pragma once

#include "extract/scanpages.h"
#include "extract/sourcedocument.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace duban {

// Outcome of reading a file: a document, or a message for the user (Chinese by default, English when
// the English translation is loaded) that names the file and says what is wrong.
struct ReadResult
{
    SourceDocument doc;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// What a reader accepts (README, "Limits"): anything beyond is refused with a message, never read on.
struct ReadLimits
{
    qint64 maxFileBytes = 512LL * 1024 * 1024;     // refuse larger inputs outright
    qint64 maxTextBytes = 64LL * 1024 * 1024;      // a .txt directive is well under 1 MB
    qint64 maxInflatedBytes = 256LL * 1024 * 1024; // cap on what a .docx may inflate to (zip bombs)
    int maxPages = 2000;                           // PDF and OFD pages; scans have their own cap in scan
    int maxLines = 4000000;    // lines of text a document may have (a 50 MB .txt of gazettes has 1.7 million)
    int maxSheetRows = 100000; // a spreadsheet row count past this is refused
    int conversionSeconds = 120; // LibreOffice gets this long for one file
    ScanLimits scan;
    // Slow readers (OCR) report pages done / total; returning false cancels the read.
    std::function<bool(int done, int total)> progress;
    std::function<bool()> cancelled; // polled by long reads (conversion, PDF pages, XML); true stops them
};

class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(DocumentReader)
public:
    // Picks the reader by content (zip → docx, %PDF → pdf) and then by extension.
    static ReadResult read(const QString& path, const ReadLimits& limits = {});
    static ReadResult readText(const QString& path, const ReadLimits& limits = {});
    static ReadResult readDocx(const QString& path, const ReadLimits& limits = {});
    static ReadResult readPdf(const QString& path, const ReadLimits& limits = {});
    // Scans and photos: PDF pages or PNG/JPEG/TIFF recognised by Tesseract (ocrreader.cpp).
    static ReadResult readScan(const QString& path, const ReadLimits& limits = {});
    static ReadResult readOfd(const QString& path, const ReadLimits& limits = {});
    // Each sheet's rows as lines, cells joined by tabs (like a .docx table), located by sheet and row.
    static ReadResult readXlsx(const QString& path, const ReadLimits& limits = {});
    // .doc, .wps, .rtf, .odt (→ .docx) and .xls, .et, .ods (→ .xlsx) through LibreOffice, then read with
    // the readers above; the document keeps the original path and format.
    static ReadResult readConverted(const QString& path, const ReadLimits& limits = {});
    // Every extension read() takes, lower case without the dot.
    static QStringList supportedSuffixes();
    // Pasted text: already Unicode; split into lines like a .txt.
    static SourceDocument fromText(const QString& text, const QString& name = QString());
    // Decodes bytes that hold UTF-8 (with or without BOM) or GB18030/GBK; empty optional on junk.
    static bool decodeText(const QByteArray& bytes, QString* out, QString* encoding);

private:
    class Attempt; // readattempt.h
    // Also refuses what is not a regular file (/dev/zero, a FIFO, a folder): those are read forever.
    static bool tooLarge(const QString& path, const ReadLimits& limits, QString* error);
    static bool tooManyLines(qsizetype lines, const QString& path, const ReadLimits& limits, QString* error);
    static bool wasCancelled(const ReadLimits& limits, QString* error);
};

} // namespace duban
