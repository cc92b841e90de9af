#include "cli/commandregistry.h"
#include "core/clock.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>
#include <memory>

using namespace duban::cli;

namespace {

// Messages are Chinese unless the system speaks English or DUBAN_LANG=en asks for it.
void installTranslation(QCoreApplication* app)
{
    const QString asked = qEnvironmentVariable("DUBAN_LANG");
    const bool english = asked.isEmpty() ? QLocale::system().language() == QLocale::English
                                         : asked.startsWith(QStringLiteral("en"));
    if (!english)
        return;
    auto* translator = new QTranslator(app);
    if (translator->load(QStringLiteral(":/i18n/duban_en")))
        app->installTranslator(translator);
}

QtMessageHandler defaultHandler = nullptr;

void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (defaultHandler)
        defaultHandler(type, context, message);
    else
        fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char** argv)
{
    const CommandSpec* command = argc > 1 ? findCommand(QString::fromLocal8Bit(argv[1])) : nullptr;
    // Commands that lay out text need fonts and so a GUI application; headless unless told otherwise.
    const bool gui = command && command->needsGui;
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (gui) // a terminal session often has no XDG_RUNTIME_DIR; the GUI platform's warning is only noise here
        defaultHandler = qInstallMessageHandler(quietRuntimeDirWarning);
    // A failure is told in the user's language; the database driver's English text of it only with
    // DUBAN_DEBUG=1, for whoever looks into it.
    if (qEnvironmentVariableIsEmpty("DUBAN_DEBUG"))
        QLoggingCategory::setFilterRules(QStringLiteral("duban.store.warning=false"));
    std::unique_ptr<QCoreApplication> application =
        gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Duban"));
    QCoreApplication::setApplicationName(QStringLiteral("duban"));
    installTranslation(&app);
    QStringList args = app.arguments();
    QTextStream err(stderr);
    // DUBAN_TODAY=YYYY-MM-DD pins "today" for every command (demonstrations, scripted back-filling, tests),
    // like the app's --as-of: progress dates and audit times then fall on that day.
    if (const QString today = qEnvironmentVariable("DUBAN_TODAY"); !today.isEmpty()) {
        const QDate d = QDate::fromString(today, Qt::ISODate);
        if (!d.isValid()) {
            err << QCoreApplication::translate("cli",
                                               "环境变量 DUBAN_TODAY 的日期“%1”无效，应为 YYYY-MM-DD\n")
                       .arg(today);
            return Usage;
        }
        duban::Clock::pin(QDateTime(d, QTime(12, 0)));
    }
    if (args.size() < 2) {
        err << usageText();
        return Usage;
    }
    const QString name = args.at(1);
    args.removeAt(1); // leave the program name in front, as QCommandLineParser expects
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        QTextStream(stdout) << usageText();
        return Ok;
    }
    if (!command) {
        err << QCoreApplication::translate("cli", "未知命令: %1\n").arg(name) << usageText();
        return Usage;
    }
    return runCommand(*command, args);
}
