#include "cli/command.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace duban::cli {

namespace {

void setUp(const CommandSpec& spec, QCommandLineParser& p)
{
    p.setApplicationDescription(tr(spec.summary));
    p.addHelpOption();
    if (spec.access != Access::None)
        p.addOption({QStringLiteral("db"),
                     tr("数据库文件（默认：%1），或数据库服务器 postgresql://用户@主机:端口/数据库（密码取自 "
                        "PGPASSWORD 或 ~/.pgpass）")
                         .arg(Repository::defaultPath()),
                     QStringLiteral("PATH")});
    if (spec.addOptions)
        spec.addOptions(p);
}

// QCommandLineParser names the program as it was started; the user typed `duban-cli NAME`.
QString usageLine(const CommandSpec& spec, const QCommandLineParser& p)
{
    QString text = p.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    if (const qsizetype at = text.indexOf(program); at >= 0 && at < text.indexOf(u'\n'))
        text.replace(at, program.size(), QStringLiteral("duban-cli ") + QLatin1String(spec.name));
    return text;
}

int runSubcommand(const CommandSpec& spec, const QStringList& args)
{
    // args: program, subcommand, its options…
    const QString sub = args.value(1);
    QStringList rest = args;
    if (rest.size() > 1)
        rest.removeAt(1);
    for (const CommandSpec* s : spec.subcommandList)
        if (QLatin1String(s->name).endsWith(u' ' + sub))
            return runCommand(*s, rest);
    const bool help = sub == QLatin1String("--help") || sub == QLatin1String("-h");
    QTextStream(help ? stdout : stderr) << commandHelp(spec);
    return help ? Ok : Usage;
}

} // namespace

CommandContext::CommandContext(const CommandSpec& spec, const QCommandLineParser& options)
    : options(options), m_spec(spec)
{
}

CommandContext::~CommandContext()
{
    out.flush();
    err.flush();
}

QString CommandContext::databasePath() const
{
    return options.isSet(QStringLiteral("db")) ? options.value(QStringLiteral("db"))
                                               : Repository::defaultPath();
}

Repository* CommandContext::database()
{
    return database(m_spec.access);
}

Repository* CommandContext::database(Access access)
{
    const QString path = databasePath();
    const QFileInfo file(path);
    OpenOptions o;
    o.mustExist = access != Access::Creates;
    o.readOnly = access == Access::Reads && file.exists() && !file.isWritable();
    StoreError e;
    m_repository = Repository::open(path, o, &e);
    if (!m_repository) {
        m_failureCode = storeFailure(e);
        return nullptr;
    }
    for (const QString& b : m_repository->migrationBackups())
        err << tr("数据库结构已升级，升级前的副本保存在 %1").arg(b) << '\n';
    return m_repository.get();
}

int CommandContext::done(const QString& message)
{
    out << message << '\n';
    return Ok;
}

int CommandContext::usageError(const QString& message)
{
    return failure(message, Usage);
}

int CommandContext::failure(const QString& message, int code)
{
    err << message << '\n';
    return code;
}

int CommandContext::storeFailure(const StoreError& e)
{
    return failure(e.message, exitCodeFor(e));
}

QString commandHelp(const CommandSpec& spec)
{
    if (!spec.subcommandList.empty()) {
        QString text = tr(spec.summary) + u'\n' + tr(spec.subcommandUsage);
        for (const CommandSpec* s : spec.subcommandList)
            text += u'\n' + commandHelp(*s);
        return text;
    }
    QCommandLineParser p;
    setUp(spec, p);
    return usageLine(spec, p);
}

int runCommand(const CommandSpec& spec, const QStringList& args)
{
    if (!spec.subcommandList.empty())
        return runSubcommand(spec, args);
    QCommandLineParser p;
    setUp(spec, p);
    CommandContext c(spec, p);
    if (!p.parse(args)) {
        c.err << p.errorText() << '\n' << usageLine(spec, p);
        return Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        c.out << usageLine(spec, p);
        return Ok;
    }
    const qsizetype n = p.positionalArguments().size();
    if (n < spec.leastArguments || (spec.mostArguments >= 0 && n > spec.mostArguments)) {
        c.err << tr(spec.wrongArguments ? spec.wrongArguments
                                        : QT_TRANSLATE_NOOP("duban::cli", "参数个数不对"))
              << '\n'
              << usageLine(spec, p);
        return Usage;
    }
    return spec.run(c);
}

} // namespace duban::cli
