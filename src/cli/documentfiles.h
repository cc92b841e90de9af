#pragma once

#include "cli/command.h"
#include "extract/documentreader.h"

#include <functional>

namespace duban::cli {

// What the commands over document files (extract, text) share: FILE... and --format, each file read by
// DocumentReader; a file that cannot be read is reported and the others still done (exit code BadInput).
// formats: the --format values, the first the default.
constexpr CommandSpec documentCommand(const char* name, const char* summary,
                                      CommandSpec::AddOptions addOptions, CommandSpec::Run run)
{
    return CommandSpec(name, summary, Access::None, addOptions, run)
        .arguments(1, -1, QT_TRANSLATE_NOOP("duban::cli", "请指定至少一个文件。"));
}
void addDocumentOptions(QCommandLineParser& p, const QString& filesHelp, const QString& formatHelp,
                        const QStringList& formats);
// Called for each file read, in order, with the format and the number of files.
using DocumentVisitor =
    std::function<void(const QString& path, const SourceDocument& doc, const QString& format, int files)>;
// Reads every file; *format is the chosen format (unchanged on a usage error). Returns an ExitCode.
int readDocuments(CommandContext& c, const QStringList& formats, const DocumentVisitor& visit,
                  QString* format);

} // namespace duban::cli
