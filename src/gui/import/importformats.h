#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace duban {

// What File › 导入 offers and what a drop onto the window takes: every format the readers read.
class ImportFormats
{
    Q_DECLARE_TR_FUNCTIONS(ImportFormats)
public:
    // The file dialog's filter: all readable files first, then one entry per kind of document.
    static QString dialogFilter();
    // Local files among dropped URLs whose extension a reader takes.
    static QStringList importable(const QList<QUrl>& urls);
};

} // namespace duban
