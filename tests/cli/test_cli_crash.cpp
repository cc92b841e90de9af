// SIGKILL in the middle of an import leaves the database exactly as it was before the import.
#include "clirun.h"
#include "store/repository.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace duban;
using namespace duban::test;

TEST(CliCrash, KilledMidImportLeavesDatabaseAsBefore)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("duban.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("import"), QStringLiteral("--db"), db,
                      seed(QStringLiteral("000_7a037b8ad0d2ffa7.txt"))})
                  .code,
              0);
    const auto counts = [&] {
        auto repo = Repository::open(db);
        EXPECT_TRUE(repo);
        if (!repo)
            return std::make_tuple(-1, -1, -1, QStringList{QStringLiteral("not opened")});
        TaskFilter all;
        all.includeRetired = true;
        return std::make_tuple(repo->countTasks(all), int(repo->units().size()),
                               int(repo->directives().size()), repo->check());
    };
    const auto before = counts();
    ASSERT_EQ(std::get<0>(before), 6);

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DUBAN_TEST_SLOW_IMPORT"), QStringLiteral("50"));
    p.setProcessEnvironment(env);
    p.start(binDir() + QStringLiteral("/duban-cli"), {QStringLiteral("import"), QStringLiteral("--db"), db,
                                                      seed(QStringLiteral("001_b627dadf859ee7b6.txt"))});
    p.setReadChannel(QProcess::StandardError); // the progress marker comes on stderr
    ASSERT_TRUE(p.waitForStarted());
    // Wait until it has written several rows inside its transaction, then kill it without warning.
    QByteArray err;
    while (err.count("in transaction") < 5 && p.waitForReadyRead(20000))
        err += p.readAllStandardError();
    ASSERT_GE(err.count("in transaction"), 5) << err.toStdString();
    p.kill(); // SIGKILL
    ASSERT_TRUE(p.waitForFinished(10000));
    EXPECT_EQ(p.exitStatus(), QProcess::CrashExit);

    const auto after = counts();
    EXPECT_EQ(std::get<0>(after), std::get<0>(before));
    EXPECT_EQ(std::get<1>(after), std::get<1>(before)); // no half-created units either
    EXPECT_EQ(std::get<2>(after), std::get<2>(before));
    EXPECT_TRUE(std::get<3>(after).isEmpty()) << std::get<3>(after).join(u'\n').toStdString();

    // And the same import then goes through whole.
    const CliRun again = runCli({QStringLiteral("import"), QStringLiteral("--db"), db,
                                 seed(QStringLiteral("001_b627dadf859ee7b6.txt"))});
    EXPECT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_EQ(std::get<0>(counts()), 6 + 140);
}
