#pragma once

#include "cli/taskstatecommand.h"

namespace duban::cli {

// `restore ID --by NAME`: a cancelled task back.
class RestoreCommand : public TaskStateCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::RestoreCommand)

public:
    RestoreCommand() : TaskStateCommand(QStringLiteral("restore")) {}
    QString summary() const override;

protected:
    bool apply(Repository& repo, qint64 id, const QString& by, StoreError* e) override;
    QString done(qint64 id) const override;
};

} // namespace duban::cli
