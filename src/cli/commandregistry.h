#pragma once

#include "cli/command.h"

#include <span>

namespace duban::cli {

// Every duban-cli command, in the order the usage text lists them.
std::span<const CommandSpec* const> commands();
const CommandSpec* findCommand(const QString& name); // nullptr when there is none
// The usage text: one line per command with its summary, then how to get a command's options.
QString usageText();

} // namespace duban::cli
