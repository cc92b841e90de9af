#pragma once

#include "cli/databasecommand.h"

namespace duban::cli {

// `units [--merge A B] [--format F]`: the units, or one merged into another (its name kept as an alias).
class UnitsCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::UnitsCommand)

public:
    UnitsCommand() : DatabaseCommand(QStringLiteral("units")) {}
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& p) override;
    std::pair<int, int> positionalRange() const override { return {0, 1}; }
    int execute(const QCommandLineParser& p) override;
};

} // namespace duban::cli
