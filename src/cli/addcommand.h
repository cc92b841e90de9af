#pragma once

#include "cli/databasecommand.h"

namespace duban::cli {

// `add --title T [--lead U] [--co U] [--deadline D] [--text T] --by NAME`: a task by hand.
class AddCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::AddCommand)

public:
    AddCommand() : DatabaseCommand(QStringLiteral("add")) {}
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& p) override;
    int execute(const QCommandLineParser& p) override;
};

} // namespace duban::cli
