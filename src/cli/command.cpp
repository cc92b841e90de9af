#include "cli/command.h"

namespace duban::cli {

Command::Command(QString name) : m_name(std::move(name)) {}

Command::~Command() = default;

void Command::setUp(QCommandLineParser& p)
{
    p.setApplicationDescription(summary());
    p.addHelpOption();
    addSharedOptions(p);
    addOptions(p);
}

// QCommandLineParser names the program as it was started; the user typed `duban-cli NAME`.
QString Command::usageLine(const QCommandLineParser& p) const
{
    QString text = p.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    if (const qsizetype at = text.indexOf(program); at >= 0 && at < text.indexOf(u'\n'))
        text.replace(at, program.size(), QStringLiteral("duban-cli ") + m_name);
    return text;
}

QString Command::helpText()
{
    QCommandLineParser p;
    setUp(p);
    return usageLine(p);
}

QString Command::wrongArgumentsMessage() const
{
    return tr("参数个数不对");
}

int Command::run(const QStringList& args)
{
    QCommandLineParser p;
    setUp(p);
    int code = Ok;
    if (!p.parse(args)) {
        err << p.errorText() << '\n' << usageLine(p);
        code = Usage;
    } else if (p.isSet(QStringLiteral("help"))) {
        out << usageLine(p);
    } else {
        const auto [least, most] = positionalRange();
        const qsizetype n = p.positionalArguments().size();
        if (n < least || (most >= 0 && n > most)) {
            err << wrongArgumentsMessage() << '\n' << usageLine(p);
            code = Usage;
        } else {
            code = execute(p);
        }
    }
    out.flush();
    err.flush();
    return code;
}

int Command::usageError(const QString& message)
{
    return failure(message, Usage);
}

int Command::failure(const QString& message, int code)
{
    err << message << '\n';
    return code;
}

int Command::storeFailure(const StoreError& e)
{
    return failure(e.message, exitCodeFor(e));
}

} // namespace duban::cli
