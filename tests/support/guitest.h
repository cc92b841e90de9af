#pragma once

// The GUI tests' setup: settings of their own (a developer's Duban settings are never read or changed), and
// the main window on a test database without the first-run offer of sample directives.
#include "gui/load/backgroundload.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <functional>
#include <memory>

namespace duban::test {

inline void isolateSettings(const QString& applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DubanTest"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
    // Test mode's data folder (the default database) is one per application name for every checkout on the
    // machine: what another build left there (a newer schema, say) must not decide a test.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    // The views are checked right after they reload: their loads run at once, here. The loader's own
    // tests (test_backgroundload.cpp) switch this off.
    BackgroundLoad::setInline(true);
}

inline std::unique_ptr<MainWindow> mainWindowOn(const QString& databasePath)
{
    MainWindow::Options o;
    o.databasePath = databasePath;
    o.offerSamples = false;
    return std::make_unique<MainWindow>(o);
}

// Runs `f` on the next modal dialog once it is up (the code under test calls exec()).
inline void onNextModal(std::function<void(QWidget*)> f)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, f] {
        if (QWidget* w = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            f(w);
        }
    });
    timer->start();
}

} // namespace duban::test
