#pragma once

#include "cli/command.h"
#include "store/repository.h"

#include <memory>

namespace duban::cli {

// A command over the database: owns --db and the one way every command opens it.
class DatabaseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::DatabaseCommand)

public:
    // Reads: only reads. Writes: changes an existing database. Creates: makes the file when it is absent.
    enum class Access { Reads, Writes, Creates };
    using Command::Command;

protected:
    void addSharedOptions(QCommandLineParser& p) override;
    QString databasePath(const QCommandLineParser& p) const;
    // As the app opens it: a database of an older version is upgraded after a copy is kept (and the copy
    // named on stderr), whatever the command; only a file the user cannot write is opened read-only, for
    // reading. A database must exist except for Creates. On failure prints why and sets *code.
    std::unique_ptr<Repository> openDatabase(const QCommandLineParser& p, Access access, int* code);
};

} // namespace duban::cli
