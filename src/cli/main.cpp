#include "cli/commands.h"
#include "cli/exportcommand.h"
#include "cli/feedbackcommand.h"
#include "cli/ganttcommand.h"
#include "cli/reportcommand.h"
#include "core/clock.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>
#include <memory>

using namespace duban::cli;

namespace {

QString usage()
{
    return QCoreApplication::translate("cli",
                                       "用法: duban-cli <命令> [选项]\n"
                                       "命令:\n"
                                       "  extract FILE... [--format json|table]   从通知文件中提取任务\n") +
           QCoreApplication::translate(
               "cli", "  text FILE... [--format text|json]       显示从文件中读到的文字及每行出处\n") +
           storeCommandsHelp() +
           QCoreApplication::translate("cli",
                                       "  export (--xlsx F | --csv F) [--unit U] [--status S]  导出台账\n") +
           QCoreApplication::translate("cli", "  gantt (--pdf F | --png F) [--from D --to D] [--mode "
                                              "pages|height|page] [--group directive|unit]  打印甘特图\n") +
           QCoreApplication::translate(
               "cli",
               "  feedback export|import …                单位反馈表：导出给单位填写，导入交回的表\n") +
           QCoreApplication::translate("cli",
                                       "  report --week 2022-W40 (--pdf F | --html F)    生成督查周报\n") +
           QCoreApplication::translate("cli", "  help                                    显示本帮助\n");
}

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
    // `gantt` and `report` lay out text, which needs fonts and so a GUI application; headless unless told
    // otherwise.
    const bool gui = argc > 1 && (qstrcmp(argv[1], "gantt") == 0 || qstrcmp(argv[1], "report") == 0);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (gui) // a terminal session often has no XDG_RUNTIME_DIR; the GUI platform's warning is only noise here
        defaultHandler = qInstallMessageHandler(quietRuntimeDirWarning);
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
        err << usage();
        return Usage;
    }
    const QString cmd = args.at(1);
    args.removeAt(1); // leave the program name in front, as QCommandLineParser expects
    if (cmd == QLatin1String("help") || cmd == QLatin1String("--help") || cmd == QLatin1String("-h")) {
        QTextStream(stdout) << usage();
        return Ok;
    }
    if (cmd == QLatin1String("extract"))
        return runExtract(args);
    if (cmd == QLatin1String("text"))
        return runText(args);
    if (cmd == QLatin1String("export"))
        return runExport(args);
    if (cmd == QLatin1String("gantt"))
        return runGantt(args);
    if (cmd == QLatin1String("feedback"))
        return runFeedback(args);
    if (cmd == QLatin1String("report"))
        return runReport(args);
    if (isStoreCommand(cmd))
        return runStoreCommand(cmd, args);
    err << QCoreApplication::translate("cli", "未知命令: %1\n").arg(cmd) << usage();
    return Usage;
}
