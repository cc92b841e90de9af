#pragma once

#include "cli/databasecommand.h"

namespace duban::cli {

// `feedback export (--unit U --out FILE.xlsx | --all --dir DIR)`: the unit feedback sheets (单位反馈表).
class FeedbackExportCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::FeedbackExportCommand)

public:
    FeedbackExportCommand() : DatabaseCommand(QStringLiteral("feedback export")) {}
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& p) override;
    int execute(const QCommandLineParser& p) override;
};

} // namespace duban::cli
