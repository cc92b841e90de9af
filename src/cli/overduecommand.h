#pragma once

#include "cli/databasecommand.h"

namespace duban::cli {

// `overdue [--as-of D] [--due-soon-days N] [--format F]`: the figures of the day and the overdue tasks.
class OverdueCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::OverdueCommand)

public:
    OverdueCommand() : DatabaseCommand(QStringLiteral("overdue")) {}
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& p) override;
    int execute(const QCommandLineParser& p) override;
};

} // namespace duban::cli
