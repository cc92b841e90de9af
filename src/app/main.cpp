// The desktop app: a QApplication, its translators, and the main window on the last or default database.
#include "core/clock.h"
#include "gui/appicon.h"
#include "gui/language.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Duban"));
    QApplication::setApplicationName(QStringLiteral("duban"));
    QApplication::setApplicationVersion(QStringLiteral(DUBAN_VERSION));
    QApplication::setWindowIcon(duban::appIcon());
    duban::installTranslators(&app);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "督办"));

    QCommandLineParser cli;
    cli.setApplicationDescription(QApplication::translate("main", "督办：政府督查任务跟踪"));
    cli.addHelpOption();
    cli.addVersionOption();
    QCommandLineOption db(
        QStringLiteral("db"),
        QApplication::translate(
            "main", "打开指定的数据库文件，或服务器上的数据库（postgresql://用户@主机:端口/数据库）"),
        QStringLiteral("PATH|URL"));
    QCommandLineOption shots(QStringLiteral("screenshot"),
                             QApplication::translate("main", "把每个视图截图保存到目录后退出"),
                             QStringLiteral("DIR"));
    QCommandLineOption asOf(QStringLiteral("as-of"),
                            QApplication::translate("main", "以指定日期为“今天”计算逾期与进度（演示、核对）"),
                            QStringLiteral("YYYY-MM-DD"));
    cli.addOption(db);
    cli.addOption(asOf);
    cli.addOption(shots);
    cli.process(app);

    if (cli.isSet(asOf)) {
        const QDate d = QDate::fromString(cli.value(asOf), Qt::ISODate);
        if (d.isValid())
            duban::Clock::pin(QDateTime(d, QTime(9, 0)));
    }
    duban::MainWindow::Options options;
    options.databasePath = cli.value(db);
    options.offerSamples = !cli.isSet(shots);
    duban::MainWindow window(options);
    window.show();
    if (cli.isSet(shots)) {
        // Screenshots for docs/: grab each view once the window has been laid out and painted.
        return window.saveScreenshots(cli.value(shots)) ? 0 : 1;
    }
    return app.exec();
}
