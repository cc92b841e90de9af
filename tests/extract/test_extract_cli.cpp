// `duban-cli extract` as a user runs it: exit codes, JSON fields, the terminal table.
#include "qtprint.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace duban;

namespace {

struct CliRun
{
    int code = -1;
    QByteArray out, err;
};

CliRun cli(const QStringList& args)
{
    QProcess p;
    p.start(test::binDir() + QStringLiteral("/duban-cli"), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

TEST(ExtractCli, JsonHasTheDocumentedFields)
{
    const CliRun r = cli({QStringLiteral("extract"), test::seed(QStringLiteral("002_d0bee7f88f53cd37.txt")),
                          QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray tasks = QJsonDocument::fromJson(r.out).array();
    ASSERT_EQ(tasks.size(), 37); // the hand-made gold file lists 37 tasks for this gazette
    const QJsonObject first = tasks.first().toObject();
    for (const char* key :
         {"source", "line_start", "line_end", "directive", "doc_number", "section", "title", "text", "units",
          "lead_units", "co_units", "units_canonical", "deadline_text", "deadline", "targets"})
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;
    EXPECT_EQ(first.value(QStringLiteral("line_start")).toInt(), 382);
    EXPECT_EQ(first.value(QStringLiteral("doc_number")).toString(), QStringLiteral("驻政办〔2020〕33号"));
    const QJsonArray canonical = first.value(QStringLiteral("units_canonical")).toArray();
    EXPECT_TRUE(canonical.contains(QStringLiteral("市政务服务和大数据管理局"))); // printed as 市大数据局
}

TEST(ExtractCli, TableFormatIsReadable)
{
    const CliRun r = cli({QStringLiteral("extract"), test::seed(QStringLiteral("002_d0bee7f88f53cd37.txt"))});
    ASSERT_EQ(r.code, 0);
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.contains(QStringLiteral("支持发放消费券")));
    EXPECT_TRUE(out.contains(QStringLiteral("共 37 项任务")));
}

TEST(ExtractCli, BadInputAndUsage)
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("空文件.txt"));
    QFile f(empty);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    const CliRun bad = cli({QStringLiteral("extract"), empty});
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(QString::fromUtf8(bad.err).contains(QStringLiteral("空文件.txt"))) << bad.err.toStdString();

    const CliRun missing = cli({QStringLiteral("extract"), dir.filePath(QStringLiteral("没有这个文件.txt"))});
    EXPECT_EQ(missing.code, 2);

    EXPECT_EQ(cli({QStringLiteral("extract")}).code, 1);
    EXPECT_EQ(cli({QStringLiteral("extract"), empty, QStringLiteral("--format"), QStringLiteral("xml")}).code,
              1);
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).code, 1);
}
