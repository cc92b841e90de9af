// duban-cli feedback export / import, as an office would script it.
#include "clirun.h"
#include "feedbackfill.h"
#include "store/repository.h"

#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace duban;
using namespace duban::test;

namespace {

int progressCount(const QString& db)
{
    auto repo = Repository::open(db, OpenOptions{true, true});
    int n = 0;
    for (const TaskRecord& t : repo->tasks(TaskFilter{}))
        n += int(repo->progress(t.id).size());
    return n;
}

} // namespace

TEST(CliFeedback, ExportPreviewThenImport)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("import"), QStringLiteral("--db"), db,
                      seed(QStringLiteral("002_d0bee7f88f53cd37.txt"))})
                  .code,
              0);
    const QString sheet = dir.filePath(QStringLiteral("商务.xlsx"));
    const CliRun exported =
        runCli({QStringLiteral("feedback"), QStringLiteral("export"), QStringLiteral("--db"), db,
                QStringLiteral("--unit"), QStringLiteral("市商务局"), QStringLiteral("--out"), sheet});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.startsWith(QStringLiteral("已导出 13 项任务到 "))) << exported.out.toStdString();

    ASSERT_TRUE(fillSheet(sheet,
                          {{QStringLiteral("I5"), QStringLiteral("已完成线上促销活动")},
                           {QStringLiteral("J5"), QStringLiteral("100"), true},
                           {QStringLiteral("K5"), QStringLiteral("已办结")},
                           {QStringLiteral("A6"), QStringLiteral("99999"), true},
                           {QStringLiteral("I6"), QStringLiteral("编号被改坏的行")}},
                          SaveStyle::SharedStrings));
    const QStringList import = {
        QStringLiteral("feedback"), QStringLiteral("import"), QStringLiteral("--db"), db, sheet,
        QStringLiteral("--by"),     QStringLiteral("王科长")};
    const CliRun preview = runCli(import);
    EXPECT_EQ(preview.code, 0) << preview.err.toStdString();
    EXPECT_TRUE(preview.out.contains(QStringLiteral("第 5 行 [导入]"))) << preview.out.toStdString();
    EXPECT_TRUE(preview.out.contains(QStringLiteral("新增进展；进度 0% → 100%；状态 未开始 → 已办结")));
    EXPECT_TRUE(preview.out.contains(QStringLiteral("  第 6 行：数据库中没有编号为 99999 的任务\n")));
    EXPECT_TRUE(preview.out.contains(QStringLiteral("可导入 1 行，不变 0 行，拒绝 1 行")));
    EXPECT_TRUE(preview.out.contains(QStringLiteral("未做修改。确认无误后加 --yes 再次导入。")));
    EXPECT_EQ(progressCount(db), 0);

    const CliRun applied = runCli(import + QStringList{QStringLiteral("--yes")});
    EXPECT_EQ(applied.code, 0) << applied.err.toStdString();
    EXPECT_TRUE(applied.out.contains(QStringLiteral("已导入：新增进展 1 条，进度变更 1 项，状态变更 1 项")))
        << applied.out.toStdString();
    EXPECT_EQ(progressCount(db), 1);
    {
        auto repo = Repository::open(db, OpenOptions{true, true});
        TaskFilter done;
        done.status = Status::Done;
        const auto items = repo->tasks(done);
        ASSERT_EQ(items.size(), 1);
        EXPECT_EQ(items[0].percent, 100);
        const auto p = repo->progress(items[0].id);
        ASSERT_EQ(p.size(), 1);
        EXPECT_EQ(p[0].author, QStringLiteral("王科长"));
        EXPECT_EQ(p[0].unit, QStringLiteral("市商务局"));
    }
    // The same sheet again: note, percent and status are all there already.
    const CliRun twice = runCli(import + QStringList{QStringLiteral("--yes")});
    EXPECT_TRUE(twice.out.contains(QStringLiteral("第 5 行 [不变] "))) << twice.out.toStdString();
    EXPECT_TRUE(twice.out.contains(QStringLiteral("：与现有记录相同，不导入　进展：已完成线上促销活动")));
    EXPECT_TRUE(twice.out.contains(QStringLiteral("没有需要导入的内容。")));
    EXPECT_EQ(progressCount(db), 1);
}

TEST(CliFeedback, ExitCodes)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("import"), QStringLiteral("--db"), db,
                      seed(QStringLiteral("002_d0bee7f88f53cd37.txt"))})
                  .code,
              0);
    const QString f = QStringLiteral("feedback");
    // Usage: no subcommand, both or neither of --unit/--all, no --by.
    EXPECT_EQ(runCli({f}).code, 1);
    EXPECT_EQ(runCli({f, QStringLiteral("export"), QStringLiteral("--db"), db}).code, 1);
    EXPECT_EQ(
        runCli({f, QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("x.xlsx")}).code, 1);
    // Bad input: unknown unit, broken file.
    const CliRun unknown =
        runCli({f, QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--unit"),
                QStringLiteral("市火星局"), QStringLiteral("--out"), dir.filePath(QStringLiteral("a.xlsx"))});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_EQ(unknown.err, QStringLiteral("数据库 %1 中没有单位“市火星局”\n").arg(db));
    const CliRun broken = runCli({f, QStringLiteral("import"), QStringLiteral("--db"), db,
                                  fixture(QStringLiteral("feedback/truncated.xlsx")), QStringLiteral("--by"),
                                  QStringLiteral("王")});
    EXPECT_EQ(broken.code, 2);
    EXPECT_TRUE(broken.err.startsWith(
        QStringLiteral("truncated.xlsx 不是有效的 Excel 文件（.xlsx），可能已损坏或不完整")))
        << broken.err.toStdString();
    // Database: missing file.
    EXPECT_EQ(runCli({f, QStringLiteral("export"), QStringLiteral("--db"),
                      dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("--all"),
                      QStringLiteral("--dir"), dir.filePath(QStringLiteral("out"))})
                  .code,
              3);
    const CliRun all =
        runCli({f, QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--all"),
                QStringLiteral("--dir"), dir.filePath(QStringLiteral("out"))});
    EXPECT_EQ(all.code, 0) << all.err.toStdString();
    EXPECT_TRUE(QDir(dir.filePath(QStringLiteral("out")))
                    .entryList({QStringLiteral("市商务局_反馈表_*.xlsx")})
                    .size() == 1);
}
