#pragma once

#include "cli/clitext.h"
#include "cli/exitcode.h"
#include "store/repository.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <memory>
#include <span>

namespace duban::cli {

// What a command does with the database. None: it takes no --db (extract, text, help). Reads: only reads.
// Writes: changes an existing database. Creates: makes the file when it is absent.
enum class Access { None, Reads, Writes, Creates };

class CommandContext;

// One duban-cli command, as data: each command is one .cpp file defining its CommandSpec and run function,
// listed by one line in commandregistry.cpp. `duban-cli help` and `--help` are generated from these.
//     extern const CommandSpec listCommand = CommandSpec("list", summary, Access::Reads, addOptions, run);
// and, where the defaults do not fit, .arguments(…), .gui() or .subcommands(…) after it.
struct CommandSpec
{
    using AddOptions = void (*)(QCommandLineParser&);
    using Run = int (*)(CommandContext&);

    // summary: QT_TRANSLATE_NOOP("duban::cli", …), translated at use, one line. access: anything but None
    // adds --db. addOptions: the command's own options and positional arguments, after -h and --db.
    // run: called after a successful parse; returns an ExitCode.
    constexpr CommandSpec(const char* name, const char* summary, Access access, AddOptions addOptions,
                          Run run)
        : name(name), summary(summary), access(access), addOptions(addOptions), run(run)
    {
    }
    // How many positional arguments it takes (most -1: any number; the default is none), and what to say
    // otherwise (QT_TRANSLATE_NOOP; nullptr: 参数个数不对).
    constexpr CommandSpec arguments(int least, int most, const char* wrong = nullptr) const
    {
        CommandSpec s = *this;
        s.leastArguments = least;
        s.mostArguments = most;
        s.wrongArguments = wrong;
        return s;
    }
    // Commands that lay out text (gantt, report) need fonts and so a QGuiApplication.
    constexpr CommandSpec gui() const
    {
        CommandSpec s = *this;
        s.needsGui = true;
        return s;
    }
    // A command of subcommands (feedback): the second word picks one; usage (QT_TRANSLATE_NOOP) heads its
    // help, then each subcommand's.
    constexpr CommandSpec subcommands(std::span<const CommandSpec* const> list, const char* usage) const
    {
        CommandSpec s = *this;
        s.subcommandList = list;
        s.subcommandUsage = usage;
        return s;
    }

    const char* name;
    const char* summary;
    Access access;
    AddOptions addOptions;
    Run run;
    int leastArguments = 0;
    int mostArguments = 0;
    const char* wrongArguments = nullptr;
    bool needsGui = false;
    std::span<const CommandSpec* const> subcommandList = {};
    const char* subcommandUsage = nullptr;
};

// What a command's run function works with: the parsed options, the output streams, and the database
// opened the one way every command opens it.
class CommandContext
{
public:
    CommandContext(const CommandSpec& spec, const QCommandLineParser& options);
    ~CommandContext();
    CommandContext(const CommandContext&) = delete;
    CommandContext& operator=(const CommandContext&) = delete;

    const QCommandLineParser& options;
    QTextStream out{stdout};
    QTextStream err{stderr};

    // The --db file (or the default), opened as the app opens it: a database of an older version is
    // upgraded after a copy is kept (and the copy named on stderr), whatever the command; only a file the
    // user cannot write is opened read-only, for reading. A database must exist except for Creates. The
    // first form opens with the spec's access. nullptr after printing why; failureCode() then says the exit
    // code.
    Repository* database();
    Repository* database(Access access);
    int failureCode() const { return m_failureCode; }
    QString databasePath() const;

    int done(const QString& message);       // prints it on stdout; returns Ok
    int usageError(const QString& message); // prints it; returns Usage
    int failure(const QString& message, int code);
    int storeFailure(const StoreError& e); // prints its message; returns exitCodeFor(e)

private:
    const CommandSpec& m_spec;
    std::unique_ptr<Repository> m_repository;
    int m_failureCode = Ok;
};

// args: the program name, then the command's own arguments (for a command of subcommands: the subcommand,
// then its arguments). Returns an ExitCode.
int runCommand(const CommandSpec& spec, const QStringList& args);
QString commandHelp(const CommandSpec& spec);

} // namespace duban::cli
