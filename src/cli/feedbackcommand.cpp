#include "cli/command.h"

namespace duban::cli {

extern const CommandSpec feedbackExportCommand, feedbackImportCommand;

namespace {

const CommandSpec* const subcommands[] = {&feedbackExportCommand, &feedbackImportCommand};

} // namespace

// `feedback export …` and `feedback import …`: the unit feedback sheet (单位反馈表) out to the units and
// back in; the second word picks the command.
extern const CommandSpec feedbackCommand =
    CommandSpec("feedback", QT_TRANSLATE_NOOP("duban::cli", "单位反馈表：导出给单位填写，导入交回的表"),
                Access::None, nullptr, nullptr)
        .subcommands(
            subcommands,
            QT_TRANSLATE_NOOP(
                "duban::cli",
                "用法: duban-cli feedback export --db PATH (--unit U --out FILE.xlsx | --all --dir DIR)\n"
                "      duban-cli feedback import --db PATH FILE.xlsx --by NAME [--yes]\n"));

} // namespace duban::cli
