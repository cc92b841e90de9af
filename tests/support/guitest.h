#pragma once

// The GUI tests' setup: settings of their own (a developer's Duban settings are never read or changed), and
// the main window on a test database without the first-run offer of sample directives.
#include "gui/mainwindow.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <memory>

namespace duban::test {

inline void isolateSettings(const QString& applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DubanTest"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
}

inline std::unique_ptr<MainWindow> mainWindowOn(const QString& databasePath)
{
    MainWindow::Options o;
    o.databasePath = databasePath;
    o.offerSamples = false;
    return std::make_unique<MainWindow>(o);
}

} // namespace duban::test
