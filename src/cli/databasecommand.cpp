#include "cli/databasecommand.h"

#include <QFileInfo>

namespace duban::cli {

void DatabaseCommand::addSharedOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("db"),
                 tr("数据库文件（默认：%1），或数据库服务器 postgresql://用户@主机:端口/数据库（密码取自 "
                    "PGPASSWORD 或 ~/.pgpass）")
                     .arg(Repository::defaultPath()),
                 QStringLiteral("PATH")});
}

QString DatabaseCommand::databasePath(const QCommandLineParser& p) const
{
    return p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : Repository::defaultPath();
}

std::unique_ptr<Repository> DatabaseCommand::openDatabase(const QCommandLineParser& p, Access access,
                                                          int* code)
{
    const QString path = databasePath(p);
    const QFileInfo file(path);
    OpenOptions o;
    o.mustExist = access != Access::Creates;
    o.readOnly = access == Access::Reads && file.exists() && !file.isWritable();
    StoreError e;
    auto repo = Repository::open(path, o, &e);
    if (!repo) {
        *code = storeFailure(e);
        return repo;
    }
    for (const QString& b : repo->migrationBackups())
        err << tr("数据库结构已升级，升级前的副本保存在 %1").arg(b) << '\n';
    return repo;
}

} // namespace duban::cli
