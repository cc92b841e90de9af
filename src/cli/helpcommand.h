#pragma once

#include "cli/command.h"

namespace duban::cli {

// `help [COMMAND]`: the usage text, or one command's options.
class HelpCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::HelpCommand)

public:
    HelpCommand() : Command(QStringLiteral("help")) {}
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& p) override;
    std::pair<int, int> positionalRange() const override { return {0, 1}; }
    int execute(const QCommandLineParser& p) override;
};

} // namespace duban::cli
