#pragma once

#include "cli/databasecommand.h"

namespace duban::cli {

// `update ID [--status S] [--percent N] [--note TEXT [--date D] [--unit U]] --by NAME`: one task's
// status, percent or a progress note, in one transaction, recorded in the audit trail.
class UpdateCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::UpdateCommand)

public:
    UpdateCommand() : DatabaseCommand(QStringLiteral("update")) {}
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& p) override;
    std::pair<int, int> positionalRange() const override { return {1, 1}; }
    int execute(const QCommandLineParser& p) override;
};

} // namespace duban::cli
