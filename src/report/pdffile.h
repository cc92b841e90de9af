#pragma once

#include <QString>
#include <functional>

class QPdfWriter;

namespace duban {

struct PdfSetup
{
    int dpi = 300;
    QString title;
};

// Prints a PDF into `path` through a QSaveFile, so the file is replaced only when `print` laid out
// pages (it returns how many; 0 is a failure). `cannotWrite` is the caller's translated message with %1
// for the path and %2 for the reason; error and pages may be null.
bool writePdfFile(const QString& path, const PdfSetup& setup, const std::function<int(QPdfWriter*)>& print,
                  const QString& cannotWrite, QString* error, int* pages);

} // namespace duban
