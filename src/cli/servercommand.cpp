#include "cli/command.h"
#include "store/databaseurl.h"

#include <QFileInfo>
#include <QTextStream>

namespace duban::cli {

namespace {

// Every server command names the server: a file has no roles, and the default database is a file.
bool needsServer(CommandContext& c, int* code)
{
    if (DatabaseLocation::isUrl(c.databasePath()))
        return true;
    *code = c.usageError(tr("server 命令需要用 --db postgresql://用户@主机/数据库 指定数据库服务器"));
    return false;
}

// `server init`: schema, roles and row-level security.
int runInit(CommandContext& c)
{
    int code = Ok;
    if (!needsServer(c, &code))
        return code;
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    StoreError e;
    if (!repo->initServer(&e))
        return c.storeFailure(e);
    return c.done(tr("服务器 %1 已就绪：结构版本 %2，角色 duban_office、duban_liaison、duban_leader "
                     "与行级权限已设置")
                      .arg(repo->path())
                      .arg(Repository::schemaVersion()));
}

void addUserOptions(QCommandLineParser& p)
{
    p.addPositionalArgument(QStringLiteral("add"), tr("固定为 add：添加一个登录用户"));
    p.addPositionalArgument(QStringLiteral("NAME"), tr("登录名（小写英文字母、数字、下划线）"));
    p.addOption({QStringLiteral("role"), tr("角色：office（督查室）、liaison（单位联络员）或 leader（领导）"),
                 QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("unit"), tr("联络员所属单位"), QStringLiteral("UNIT")});
    p.addOption({QStringLiteral("password-stdin"),
                 tr("从标准输入读取新用户的密码（否则读环境变量 DUBAN_NEW_PASSWORD）")});
}

// `server user add NAME --role R [--unit U]`: a login in one of the roles.
int runUser(CommandContext& c)
{
    int code = Ok;
    if (!needsServer(c, &code))
        return code;
    const QStringList args = c.options.positionalArguments();
    if (args.first() != QLatin1String("add"))
        return c.usageError(tr("用法：server user add 登录名 --role 角色 [--unit 单位]"));
    // Never on the command line, where every user of the machine sees it in the process list.
    const QString password = c.options.isSet(QStringLiteral("password-stdin"))
                                 ? QTextStream(stdin).readLine()
                                 : qEnvironmentVariable("DUBAN_NEW_PASSWORD");
    if (password.isEmpty())
        return c.usageError(tr("请用 --password-stdin 或环境变量 DUBAN_NEW_PASSWORD 给出新用户的密码"));
    const QString roleText = c.options.value(QStringLiteral("role"));
    Repository::ServerRole role;
    if (roleText == QLatin1String("office"))
        role = Repository::ServerRole::Office;
    else if (roleText == QLatin1String("liaison"))
        role = Repository::ServerRole::Liaison;
    else if (roleText == QLatin1String("leader"))
        role = Repository::ServerRole::Leader;
    else
        return c.usageError(tr("--role 应为 office、liaison 或 leader"));
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    StoreError e;
    if (!repo->addServerUser(args.at(1), role, c.options.value(QStringLiteral("unit")), password, &e))
        return c.storeFailure(e);
    return c.done(tr("已在 %1 上添加登录用户 %2（%3）").arg(repo->path(), args.at(1), roleText));
}

void addImportOptions(QCommandLineParser& p)
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("单机的督办数据库文件（.sqlite），只读取不修改"));
}

// `server import-sqlite FILE`: a desk's whole database onto a new server database.
int runImport(CommandContext& c)
{
    int code = Ok;
    if (!needsServer(c, &code))
        return code;
    const QString file = c.options.positionalArguments().first();
    if (!QFileInfo::exists(file))
        return c.failure(tr("数据库文件不存在：%1").arg(file), BadInput);
    StoreError e;
    // Read-only: the desk's file stays exactly as it was (an older one must be opened by Duban first).
    auto source = Repository::open(file, {.readOnly = true, .mustExist = true}, &e);
    if (!source)
        return c.storeFailure(e);
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    if (!repo->copyFrom(*source, &e))
        return c.storeFailure(e);
    TaskFilter all;
    all.includeRetired = true;
    return c.done(tr("已把 %1 导入服务器 %2：%3 项任务").arg(file, repo->path()).arg(repo->countTasks(all)));
}

const CommandSpec serverInitCommand = CommandSpec(
    "server init",
    QT_TRANSLATE_NOOP("duban::cli", "在数据库服务器上建立结构、角色（督查室、联络员、领导）与行级权限"),
    Access::Creates, nullptr, runInit);
const CommandSpec serverUserCommand =
    CommandSpec("server user",
                QT_TRANSLATE_NOOP("duban::cli", "添加登录用户：server user add 登录名 --role 角色"),
                Access::Writes, addUserOptions, runUser)
        .arguments(2, 2);
const CommandSpec serverImportCommand =
    CommandSpec("server import-sqlite",
                QT_TRANSLATE_NOOP("duban::cli", "把单机数据库整个导入新的服务器数据库"), Access::Creates,
                addImportOptions, runImport)
        .arguments(1, 1);
const CommandSpec* const subcommands[] = {&serverInitCommand, &serverUserCommand, &serverImportCommand};

} // namespace

// `server init | user add | import-sqlite`: a shared PostgreSQL server (issue 13); the second word picks.
extern const CommandSpec serverCommand =
    CommandSpec("server",
                QT_TRANSLATE_NOOP("duban::cli", "数据库服务器：建立结构与角色、添加用户、导入单机数据库"),
                Access::None, nullptr, nullptr)
        .subcommands(subcommands,
                     QT_TRANSLATE_NOOP("duban::cli",
                                       "用法: duban-cli server init --db URL\n"
                                       "      duban-cli server user add 登录名 --role office|liaison|leader "
                                       "[--unit 单位] --db URL\n"
                                       "      duban-cli server import-sqlite 文件 --db URL\n"));

} // namespace duban::cli
