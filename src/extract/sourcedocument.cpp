#include "extract/sourcedocument.h"

#include <QCoreApplication>

namespace duban {

QString SourceDocument::locationOf(int line) const
{
    if (line >= 1 && line <= locations.size() && !locations[line - 1].isEmpty())
        return locations[line - 1];
    return QCoreApplication::translate("SourceDocument", "第%1行").arg(line);
}

} // namespace duban
