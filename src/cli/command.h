#pragma once

#include "cli/exitcode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <utility>

namespace duban::cli {

// One duban-cli command: its name, a one-line summary for the usage text, its options and what it does.
// The registry (commandregistry.h) holds one of each; `duban-cli help` and `--help` are generated from it.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::Command)

public:
    explicit Command(QString name);
    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    QString name() const { return m_name; }
    virtual QString summary() const = 0; // translated, one line
    // Commands that lay out text (gantt, report) need fonts and so a QGuiApplication.
    virtual bool needsGui() const { return false; }
    // args: the program name, then the command's own arguments. Returns an ExitCode.
    virtual int run(const QStringList& args);
    virtual QString helpText();

protected:
    // Options every command of a kind shares (DatabaseCommand: --db), then the command's own.
    virtual void addSharedOptions(QCommandLineParser&) {}
    virtual void addOptions(QCommandLineParser&) {}
    // How many positional arguments it takes (second -1: any number), and what to say otherwise.
    virtual std::pair<int, int> positionalRange() const { return {0, 0}; }
    virtual QString wrongArgumentsMessage() const;
    // Runs after a successful parse.
    virtual int execute(const QCommandLineParser& p) = 0;

    int usageError(const QString& message); // prints it; returns Usage
    int failure(const QString& message, int code);
    int storeFailure(const StoreError& e); // prints its message; returns exitCodeFor(e)

    QTextStream out{stdout};
    QTextStream err{stderr};

private:
    void setUp(QCommandLineParser& p);
    QString usageLine(const QCommandLineParser& p) const;

    QString m_name;
};

} // namespace duban::cli
