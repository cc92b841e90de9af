#pragma once

// Runs the real duban-cli binary, as a user or a script would.
#include "qtprint.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>

namespace duban::test {

struct CliRun
{
    int code = -1;
    QString out, err;
    QJsonArray json() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
};

inline CliRun runCli(const QStringList& args,
                     const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(binDir() + QStringLiteral("/duban-cli"), args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace duban::test
