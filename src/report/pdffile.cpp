#include "report/pdffile.h"

#include <QPdfWriter>
#include <QSaveFile>

namespace duban {

bool writePdfFile(const QString& path, const PdfSetup& setup, const std::function<int(QPdfWriter*)>& print,
                  const QString& cannotWrite, QString* error, int* pages)
{
    QSaveFile file(path);
    const auto fail = [&] {
        if (error)
            *error = QString(cannotWrite).arg(path, file.errorString());
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    int count = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(setup.dpi);
        writer.setTitle(setup.title);
        writer.setCreator(QStringLiteral("Duban"));
        count = print(&writer);
    }
    if (count == 0 || !file.commit())
        return fail();
    if (pages)
        *pages = count;
    return true;
}

} // namespace duban
