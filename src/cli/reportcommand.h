#pragma once

#include "cli/databasecommand.h"
#include "report/reportperiod.h"

#include <optional>

namespace duban::cli {

// `report (--week 2022-W40 | --from D --to D) [--as-of D] [--unit U]... [--directive ID]... [--office NAME]
// [--title T] [--requirements FILE] [--date D] (--pdf FILE | --html FILE)`: the weekly supervision report
// (督查周报).
class ReportCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(duban::cli::ReportCommand)

public:
    ReportCommand() : DatabaseCommand(QStringLiteral("report")) {}
    QString summary() const override;
    bool needsGui() const override { return true; }

protected:
    void addOptions(QCommandLineParser& p) override;
    int execute(const QCommandLineParser& p) override;

private:
    std::optional<ReportPeriod> period(const QCommandLineParser& p, QString* why) const;
};

} // namespace duban::cli
