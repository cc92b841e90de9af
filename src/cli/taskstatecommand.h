#pragma once

#include "cli/databasecommand.h"

namespace duban::cli {

// A command on one task by its ID and --by NAME (cancel, restore, delete): one write, one line said.
class TaskStateCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::TaskStateCommand)

public:
    using DatabaseCommand::DatabaseCommand;

protected:
    void addOptions(QCommandLineParser& p) override;
    std::pair<int, int> positionalRange() const override { return {1, 1}; }
    int execute(const QCommandLineParser& p) override;

    // What the command needs beyond ID and --by (cancel: --reason), checked before the database is opened.
    virtual void addStateOptions(QCommandLineParser&) {}
    virtual bool checkOptions(const QCommandLineParser&, QString*) { return true; }
    // The write, and what to say once it is done.
    virtual bool apply(Repository& repo, qint64 id, const QString& by, StoreError* e) = 0;
    virtual QString done(qint64 id) const = 0;
};

} // namespace duban::cli
