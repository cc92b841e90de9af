// Issue 12: two programs (editworker, standing in for two Duban windows) and the CLI editing the same
// tasks at once: nothing is lost and every conflict is reported.
#include "clirun.h"
#include "store/repository.h"

#include <QProcess>
#include <algorithm>
#include <gtest/gtest.h>

using namespace duban;
using namespace duban::test;

namespace {

class CliConcurrency : public ::testing::Test, protected CliDatabase
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

// Two programs (editworker: notes, status changes, guarded undo) and a loop of duban-cli updates on the
// same three tasks at once. Every note any of them reports as written is in the database exactly once,
// nothing else is; every failure and conflict is reported with a message; the audit log has no lost
// update (each change's old value is the previous change's new value).
TEST_F(CliConcurrency, TwoProgramsAndTheCliEditTheSameTasks)
{
    const QList<qint64> all = taskIds();
    ASSERT_GE(all.size(), 3);
    const QList<qint64> ids = all.mid(0, 3);
    QStringList idArgs;
    for (qint64 id : ids)
        idArgs << QString::number(id);
    const int rounds = 40;
    QList<QProcess*> workers;
    for (const QString& name : {QStringLiteral("窗口甲"), QStringLiteral("窗口乙")}) {
        auto* p = new QProcess;
        p->start(binDir() + QStringLiteral("/duban_edit_worker"),
                 {db, name, QString::number(rounds), idArgs.join(u',')});
        ASSERT_TRUE(p->waitForStarted(10000));
        workers << p;
    }
    QStringList expected; // notes reported as written
    int reported = 0;
    for (int i = 0; i < 15; ++i) {
        const QString text = QStringLiteral("命令行 第%1条").arg(i);
        const CliRun r =
            run({QStringLiteral("update"), idArgs[i % 3], QStringLiteral("--status"),
                 i % 2 ? QStringLiteral("in_progress") : QStringLiteral("done"), QStringLiteral("--note"),
                 text, QStringLiteral("--by"), QStringLiteral("命令行")});
        if (r.code == 0) {
            expected << text;
        } else {
            EXPECT_FALSE(r.err.trimmed().isEmpty()) << "a failed update said nothing";
            ++reported;
        }
    }
    int conflicts = 0;
    for (QProcess* p : workers) {
        ASSERT_TRUE(p->waitForFinished(180000));
        EXPECT_EQ(p->exitCode(), 0);
        for (const QString& line :
             QString::fromUtf8(p->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(QStringLiteral("ok note "))) {
                expected << line.section(u' ', 3, -1);
            } else if (line.startsWith(QStringLiteral("conflict "))) {
                ++conflicts;
                EXPECT_TRUE(line.contains(QStringLiteral("已被"))) << line.toStdString();
            } else if (line.startsWith(QStringLiteral("fail "))) {
                ++reported;
                EXPECT_GT(line.section(u' ', 2).size(), 0) << "a failure without a message";
            }
        }
        delete p;
    }
    StoreError e;
    auto repo = Repository::open(db, {}, &e);
    ASSERT_TRUE(repo) << e.message.toStdString();
    QStringList stored;
    for (qint64 id : ids) {
        for (const ProgressRecord& p : repo->progress(id))
            stored << p.text;
        QString last;
        bool first = true;
        QList<AuditRecord> log = repo->audit(id); // newest first
        std::reverse(log.begin(), log.end());
        for (const AuditRecord& a : log) {
            if (a.field != QLatin1String("status"))
                continue;
            if (!first) {
                EXPECT_EQ(a.oldValue, last) << "lost update on task " << id << " (audit " << a.id << ")";
            }
            last = a.newValue;
            first = false;
        }
    }
    stored.sort();
    expected.sort();
    EXPECT_EQ(stored, expected);
    EXPECT_GE(expected.size(), 2 * rounds / 2) << "too few writes went through to test anything";
    std::printf("concurrency: %lld notes written, %d failures reported, %d conflicts reported\n",
                static_cast<long long>(expected.size()), reported, conflicts);
}
