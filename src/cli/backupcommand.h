#pragma once

#include "cli/databasecommand.h"

namespace duban::cli {

// `backup PATH`: a consistent copy of the database, even while the app runs.
class BackupCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::BackupCommand)

public:
    BackupCommand() : DatabaseCommand(QStringLiteral("backup")) {}
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& p) override;
    std::pair<int, int> positionalRange() const override { return {1, 1}; }
    int execute(const QCommandLineParser& p) override;
};

} // namespace duban::cli
