#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

namespace duban::cli {

// --db PATH, defaulting to the app's database (the same option on every command that opens one).
QCommandLineOption databaseOption();
// Parses a command's arguments: -1 to go on, else the exit code to return (Usage after an error, which it
// prints; Ok after --help, whose text it prints).
int parseCommandLine(QCommandLineParser& p, const QStringList& args);

} // namespace duban::cli
