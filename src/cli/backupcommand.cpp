#include "cli/command.h"

namespace duban::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.addPositionalArgument(QStringLiteral("PATH"), tr("备份文件，不能已存在"));
}

// `backup PATH`: a consistent copy of the database, even while the app runs.
int run(CommandContext& c)
{
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    StoreError e;
    const QString target = c.options.positionalArguments().first();
    if (!repo->backup(target, &e))
        return c.storeFailure(e);
    return c.done(tr("已把 %1 备份到 %2").arg(repo->path(), target));
}

} // namespace

extern const CommandSpec backupCommand =
    CommandSpec("backup", QT_TRANSLATE_NOOP("duban::cli", "备份数据库（程序运行中也能得到一致的副本）"),
                Access::Reads, addOptions, run)
        .arguments(1, 1);

} // namespace duban::cli
