#pragma once

#include "cli/command.h"

#include <QList>

namespace duban::cli {

// Every duban-cli command, in the order the usage text lists them.
const QList<Command*>& commands();
Command* findCommand(const QString& name); // nullptr when there is none
// The usage text: one line per command with its summary, then how to get a command's options.
QString usageText();

} // namespace duban::cli
