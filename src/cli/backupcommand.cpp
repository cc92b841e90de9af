#include "cli/backupcommand.h"

namespace duban::cli {

QString BackupCommand::summary() const
{
    return tr("备份数据库（程序运行中也能得到一致的副本）");
}

void BackupCommand::addOptions(QCommandLineParser& p)
{
    p.addPositionalArgument(QStringLiteral("PATH"), tr("备份文件，不能已存在"));
}

int BackupCommand::execute(const QCommandLineParser& p)
{
    int code = Ok;
    auto repo = openDatabase(p, Access::Reads, &code);
    if (!repo)
        return code;
    StoreError e;
    const QString target = p.positionalArguments().first();
    if (!repo->backup(target, &e))
        return storeFailure(e);
    out << tr("已把 %1 备份到 %2").arg(repo->path(), target) << '\n';
    return Ok;
}

} // namespace duban::cli
