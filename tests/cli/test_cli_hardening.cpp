// Issue 12 over the CLI: `update --status … --note …` is one transaction (defect 5).
#include "clirun.h"
#include "store/repository.h"

#include <gtest/gtest.h>

using namespace duban;
using namespace duban::test;

namespace {

class CliHardening : public ::testing::Test, protected CliDatabase
{
protected:
    void SetUp() override
    {
        db = path;
        const CliRun r = importSeed(QStringLiteral("002_d0bee7f88f53cd37.txt"));
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }

    QString db;
};

} // namespace

// Before: the status was committed, then the note failed: a status change without the note explaining it.
TEST_F(CliHardening, StatusAndNoteAreOneTransaction)
{
    const QList<qint64> ids = taskIds();
    ASSERT_FALSE(ids.isEmpty());
    const QString id = QString::number(ids.first());
    // The note cannot be written (as when the disk fills up between the two writes).
    ASSERT_TRUE(sql(QStringLiteral("CREATE TRIGGER no_notes BEFORE INSERT ON progress_updates "
                                   "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    CliRun r = run({QStringLiteral("update"), id, QStringLiteral("--status"), QStringLiteral("done"),
                    QStringLiteral("--note"), QStringLiteral("已完成全部任务"), QStringLiteral("--by"),
                    QStringLiteral("张三")});
    EXPECT_NE(r.code, 0);
    EXPECT_FALSE(r.err.isEmpty());
    EXPECT_EQ(run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("done"),
                   QStringLiteral("--format"), QStringLiteral("json")})
                  .json()
                  .size(),
              0)
        << "the status went in without its note";
    // With the note writable again both go in.
    ASSERT_TRUE(sql(QStringLiteral("DROP TRIGGER no_notes")));
    r = run({QStringLiteral("update"), id, QStringLiteral("--status"), QStringLiteral("done"),
             QStringLiteral("--note"), QStringLiteral("已完成全部任务"), QStringLiteral("--by"),
             QStringLiteral("张三")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("done"),
                   QStringLiteral("--format"), QStringLiteral("json")})
                  .json()
                  .size(),
              1);
}
