#pragma once

#include "cli/taskstatecommand.h"

namespace duban::cli {

// `delete ID --by NAME`: a task with no progress and no edits recorded, gone for good.
class DeleteCommand : public TaskStateCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::DeleteCommand)

public:
    DeleteCommand() : TaskStateCommand(QStringLiteral("delete")) {}
    QString summary() const override;

protected:
    bool apply(Repository& repo, qint64 id, const QString& by, StoreError* e) override;
    QString done(qint64 id) const override;
};

} // namespace duban::cli
