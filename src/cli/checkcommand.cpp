#include "cli/command.h"

namespace duban::cli {

namespace {

// `check`: whether the database is sound.
int run(CommandContext& c)
{
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    StoreError e;
    const QStringList problems = repo->check(&e);
    if (e.isError())
        return c.storeFailure(e);
    if (!problems.isEmpty()) {
        c.err << tr("数据库 %1 有问题：").arg(repo->path()) << '\n';
        for (const QString& p : problems)
            c.err << "  " << p << '\n';
        return DatabaseProblem;
    }
    const WarningFigures n = repo->warningFigures({}, {});
    return c.done(tr("数据库 %1 完好：结构版本 %2，%3 项任务，%4 份通知")
                      .arg(repo->path())
                      .arg(Repository::schemaVersion())
                      .arg(n.total)
                      .arg(repo->directives().size()));
}

} // namespace

extern const CommandSpec checkCommand =
    CommandSpec("check", QT_TRANSLATE_NOOP("duban::cli", "检查数据库是否完好"), Access::Reads, nullptr, run);

} // namespace duban::cli
