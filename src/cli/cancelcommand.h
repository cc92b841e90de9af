#pragma once

#include "cli/taskstatecommand.h"

namespace duban::cli {

// `cancel ID --reason R --by NAME`: the task leaves lists and reports; its records stay.
class CancelCommand : public TaskStateCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::CancelCommand)

public:
    CancelCommand() : TaskStateCommand(QStringLiteral("cancel")) {}
    QString summary() const override;

protected:
    void addStateOptions(QCommandLineParser& p) override;
    bool checkOptions(const QCommandLineParser& p, QString* why) override;
    bool apply(Repository& repo, qint64 id, const QString& by, StoreError* e) override;
    QString done(qint64 id) const override;

private:
    QString m_reason;
};

} // namespace duban::cli
