#pragma once

#include "cli/feedbackexportcommand.h"
#include "cli/feedbackimportcommand.h"

namespace duban::cli {

// `feedback export …` and `feedback import …`: the unit feedback sheet (单位反馈表) out to the units and
// back in; the second word picks the command.
class FeedbackCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::FeedbackCommand)

public:
    FeedbackCommand() : Command(QStringLiteral("feedback")) {}
    QString summary() const override;
    int run(const QStringList& args) override;
    QString helpText() override;

protected:
    int execute(const QCommandLineParser&) override { return Usage; }

private:
    FeedbackExportCommand m_export;
    FeedbackImportCommand m_import;
};

} // namespace duban::cli
