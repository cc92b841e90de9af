#pragma once

#include <QStringList>

namespace duban::cli {

// Exit codes shared by every command.
enum ExitCode { Ok = 0, Usage = 1, BadInput = 2, DatabaseProblem = 3 };

// `extract FILE... [--format json|table]` (src/cli/extractcommand.cpp)
int runExtract(const QStringList& args);

// `text FILE... [--format text|json]` (src/cli/textcommand.cpp): what the readers read, line by line.
int runText(const QStringList& args);

// Store commands (src/cli/storecommands.cpp): import, list, overdue, update, units, backup, check.
bool isStoreCommand(const QString& name);
int runStoreCommand(const QString& name, const QStringList& args);
QString storeCommandsHelp();

// `report …`: src/cli/reportcommand.h

} // namespace duban::cli
