#pragma once

#include "cli/databasecommand.h"

namespace duban::cli {

// `feedback import FILE.xlsx --by NAME [--yes]`: a returned feedback sheet, previewed row by row with its
// refusals; --yes applies the accepted rows in one transaction.
class FeedbackImportCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::FeedbackImportCommand)

public:
    FeedbackImportCommand() : DatabaseCommand(QStringLiteral("feedback import")) {}
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& p) override;
    std::pair<int, int> positionalRange() const override { return {1, 1}; }
    QString wrongArgumentsMessage() const override;
    int execute(const QCommandLineParser& p) override;
};

} // namespace duban::cli
