// Placeholder until the store layer lands: no store commands yet.
#include "cli/commands.h"

#include <QString>

namespace duban::cli {

bool isStoreCommand(const QString&)
{
    return false;
}

int runStoreCommand(const QString&, const QStringList&)
{
    return Usage;
}

QString storeCommandsHelp()
{
    return {};
}

} // namespace duban::cli
