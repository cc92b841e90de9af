#pragma once

#include "cli/databasecommand.h"

namespace duban::cli {

// `import FILE... [--yes] [--by NAME]`: tasks of directive files into the database, one transaction per file;
// a changed version of an imported directive is shown and applied only with --yes.
class ImportCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::ImportCommand)

public:
    ImportCommand() : DatabaseCommand(QStringLiteral("import")) {}
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& p) override;
    std::pair<int, int> positionalRange() const override { return {1, -1}; }
    int execute(const QCommandLineParser& p) override;
};

} // namespace duban::cli
