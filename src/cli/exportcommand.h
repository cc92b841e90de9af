#pragma once

#include "cli/databasecommand.h"

namespace duban::cli {

// `export (--xlsx FILE | --csv FILE) [--unit U] [--status S] [--search Q]`: the ledger (台账).
class ExportCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::ExportCommand)

public:
    ExportCommand() : DatabaseCommand(QStringLiteral("export")) {}
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& p) override;
    int execute(const QCommandLineParser& p) override;
};

} // namespace duban::cli
