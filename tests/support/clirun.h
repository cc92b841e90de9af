#pragma once

// Runs the real duban-cli binary, as a user or a script would; CliDatabase runs it on a database of its
// own in a temporary folder.
#include "qtprint.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>

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

// A database file in a temporary folder and the CLI run on it (`--db` goes after the command name).
class CliDatabase
{
public:
    CliDatabase() : path(dir.filePath(QStringLiteral("duban.sqlite"))) {}

    CliRun run(QStringList args) const
    {
        args.insert(1, QStringLiteral("--db"));
        args.insert(2, path);
        return runCli(args);
    }
    CliRun importSeed(const QString& name) const { return run({QStringLiteral("import"), seed(name)}); }
    // The IDs `list --format json` gives.
    QList<qint64> taskIds() const
    {
        QList<qint64> ids;
        for (const auto& v :
             run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}).json())
            ids.append(v.toObject().value(QStringLiteral("id")).toInteger());
        return ids;
    }
    // SQL as another program would run it (sqlite3 on the file).
    bool sql(const QString& statement) const
    {
        bool ok = false;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            c.setDatabaseName(path);
            ok = c.open() && QSqlQuery(c).exec(statement);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return ok;
    }

    QTemporaryDir dir;
    const QString path;
};

} // namespace duban::test
