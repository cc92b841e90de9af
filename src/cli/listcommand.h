#pragma once

#include "cli/databasecommand.h"

namespace duban::cli {

// `list [--unit U] [--status S] [--due-before D] [--search Q] [--as-of D] [--format F]`: the tasks.
class ListCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::ListCommand)

public:
    ListCommand() : DatabaseCommand(QStringLiteral("list")) {}
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& p) override;
    int execute(const QCommandLineParser& p) override;
};

} // namespace duban::cli
