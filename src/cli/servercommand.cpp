#include "cli/servercommand.h"

#include "store/databaseurl.h"

#include <QFileInfo>
#include <QTextStream>
#include <cstdio>

namespace duban::cli {

QString ServerCommand::summary() const
{
    return tr(
        "数据库服务器：init 建立结构、角色与行级权限，user add 添加登录用户，import-sqlite 导入单机数据库");
}

void ServerCommand::addOptions(QCommandLineParser& p)
{
    p.addPositionalArgument(QStringLiteral("ACTION"),
                            tr("init | user add 登录名 | import-sqlite 单机数据库文件"));
    p.addOption({QStringLiteral("role"),
                 tr("user add：角色 office（督查室）、liaison（单位联络员）或 leader（领导）"),
                 QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("unit"), tr("user add：联络员所属单位"), QStringLiteral("UNIT")});
    p.addOption({QStringLiteral("password-stdin"),
                 tr("user add：从标准输入读取新用户的密码（否则读环境变量 DUBAN_NEW_PASSWORD）")});
}

int ServerCommand::execute(const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    const QString action = args.first();
    if (!DatabaseLocation::isUrl(databasePath(p)))
        return usageError(tr("server 命令需要用 --db postgresql://用户@主机/数据库 指定数据库服务器"));
    const bool isInit = action == QLatin1String("init") && args.size() == 1;
    const bool isUser =
        action == QLatin1String("user") && args.size() == 3 && args[1] == QLatin1String("add");
    const bool isImport = action == QLatin1String("import-sqlite") && args.size() == 2;
    if (!isInit && !isUser && !isImport)
        return usageError(tr("用法：server init | server user add 登录名 --role 角色 [--unit 单位] | "
                             "server import-sqlite 文件"));
    int code = Ok;
    auto repo = openDatabase(p, Access::Creates, &code);
    if (!repo)
        return code;
    if (isInit)
        return init(*repo);
    if (isUser)
        return addUser(*repo, p);
    return importSqlite(*repo, args[1]);
}

int ServerCommand::init(Repository& repo)
{
    StoreError e;
    if (!repo.initServer(&e))
        return storeFailure(e);
    out << tr("服务器 %1 已就绪：结构版本 %2，角色 duban_office、duban_liaison、duban_leader "
              "与行级权限已设置")
               .arg(repo.path())
               .arg(Repository::schemaVersion())
        << '\n';
    return Ok;
}

int ServerCommand::addUser(Repository& repo, const QCommandLineParser& p)
{
    const QString login = p.positionalArguments().at(2);
    const QString roleText = p.value(QStringLiteral("role"));
    Repository::ServerRole role;
    if (roleText == QLatin1String("office"))
        role = Repository::ServerRole::Office;
    else if (roleText == QLatin1String("liaison"))
        role = Repository::ServerRole::Liaison;
    else if (roleText == QLatin1String("leader"))
        role = Repository::ServerRole::Leader;
    else
        return usageError(tr("--role 应为 office、liaison 或 leader"));
    // Never on the command line, where every user of the machine sees it in the process list.
    QString password;
    if (p.isSet(QStringLiteral("password-stdin")))
        password = QTextStream(stdin).readLine();
    else
        password = qEnvironmentVariable("DUBAN_NEW_PASSWORD");
    if (password.isEmpty())
        return usageError(tr("请用 --password-stdin 或环境变量 DUBAN_NEW_PASSWORD 给出新用户的密码"));
    StoreError e;
    if (!repo.addServerUser(login, role, p.value(QStringLiteral("unit")), password, &e))
        return storeFailure(e);
    out << tr("已在 %1 上添加登录用户 %2（%3）").arg(repo.path(), login, roleText) << '\n';
    return Ok;
}

int ServerCommand::importSqlite(Repository& repo, const QString& file)
{
    if (!QFileInfo::exists(file))
        return failure(tr("数据库文件不存在：%1").arg(file), BadInput);
    StoreError e;
    // Read-only: the desk's file is left exactly as it was (an older one must be opened by Duban first).
    auto source = Repository::open(file, {.readOnly = true, .mustExist = true}, &e);
    if (!source)
        return storeFailure(e);
    if (!repo.copyFrom(*source, &e))
        return storeFailure(e);
    TaskFilter all;
    all.includeRetired = true;
    out << tr("已把 %1 导入服务器 %2：%3 项任务").arg(file, repo.path()).arg(repo.countTasks(all)) << '\n';
    return Ok;
}

} // namespace duban::cli
