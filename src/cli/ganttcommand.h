#pragma once

#include "cli/databasecommand.h"

namespace duban::cli {

// `gantt (--pdf FILE | --png FILE) [--from D --to D] [--mode pages|height|page] [--group directive|unit]
// [--scale day|week|month|quarter|year] [--as-of D]`: the Gantt chart on paper.
class GanttCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::GanttCommand)

public:
    GanttCommand() : DatabaseCommand(QStringLiteral("gantt")) {}
    QString summary() const override;
    bool needsGui() const override { return true; }

protected:
    void addOptions(QCommandLineParser& p) override;
    int execute(const QCommandLineParser& p) override;
};

} // namespace duban::cli
