#pragma once

#include "cli/databasecommand.h"

namespace duban::cli {

// `check`: whether the database is sound.
class CheckCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::CheckCommand)

public:
    CheckCommand() : DatabaseCommand(QStringLiteral("check")) {}
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& p) override;
    int execute(const QCommandLineParser& p) override;
};

} // namespace duban::cli
