#pragma once

#include "cli/databasecommand.h"

namespace duban::cli {

// `server init | user add NAME --role R [--unit U] | import-sqlite FILE`, all with --db URL: a shared
// PostgreSQL server's schema, roles and logins, and moving a desk's SQLite database onto it.
class ServerCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::ServerCommand)

public:
    ServerCommand() : DatabaseCommand(QStringLiteral("server")) {}
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& p) override;
    std::pair<int, int> positionalRange() const override { return {1, 3}; }
    int execute(const QCommandLineParser& p) override;

private:
    int init(Repository& repo);
    int addUser(Repository& repo, const QCommandLineParser& p);
    int importSqlite(Repository& repo, const QString& file);
};

} // namespace duban::cli
