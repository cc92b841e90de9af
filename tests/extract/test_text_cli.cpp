// `duban-cli text` as a user runs it: the text of each format, JSON sources per line, refusals.
#include "qtprint.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QJsonArray linesOf(const CliRun& r)
{
    return QJsonDocument::fromJson(r.out).array().first().toObject().value(QStringLiteral("lines")).toArray();
}

} // namespace

TEST(TextCli, PrintsTheLinesRead)
{
    const CliRun r = cli({QStringLiteral("text"), test::fixture(QStringLiteral("readers/ofd/hello.ofd"))});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n');
    EXPECT_EQ(lines[0], QStringLiteral("拿来主义"));
    EXPECT_EQ(lines[1], QStringLiteral("鲁迅"));
}

TEST(TextCli, JsonGivesPageLineSources)
{
    const CliRun r = cli({QStringLiteral("text"), test::fixture(QStringLiteral("readers/ofd/hello.ofd")),
                          QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray docs = QJsonDocument::fromJson(r.out).array();
    ASSERT_EQ(docs.size(), 1);
    EXPECT_EQ(docs[0].toObject().value(QStringLiteral("format")).toString(), QStringLiteral("ofd"));
    const QJsonObject second = linesOf(r)[1].toObject();
    EXPECT_EQ(second.value(QStringLiteral("line")).toInt(), 2);
    EXPECT_EQ(second.value(QStringLiteral("text")).toString(), QStringLiteral("鲁迅"));
    EXPECT_EQ(second.value(QStringLiteral("page")).toInt(), 1);
    EXPECT_EQ(second.value(QStringLiteral("page_line")).toInt(), 2);
    EXPECT_EQ(second.value(QStringLiteral("source")).toString(), QStringLiteral("第1页第2行"));
}

TEST(TextCli, JsonGivesSheetRowAndParagraphSources)
{
    const CliRun x = cli({QStringLiteral("text"), QStringLiteral("--format"), QStringLiteral("json"),
                          test::fixture(QStringLiteral("readers/tasklist.xlsx"))});
    ASSERT_EQ(x.code, 0) << x.err.toStdString();
    const QJsonObject row = linesOf(x)[8].toObject();
    EXPECT_EQ(row.value(QStringLiteral("sheet")).toString(), QStringLiteral("配合事项"));
    EXPECT_EQ(row.value(QStringLiteral("row")).toInt(), 3);

    const CliRun d = cli({QStringLiteral("text"), QStringLiteral("--format"), QStringLiteral("json"),
                          test::fixture(QStringLiteral("readers/table.docx"))});
    ASSERT_EQ(d.code, 0) << d.err.toStdString();
    EXPECT_EQ(linesOf(d)[0].toObject().value(QStringLiteral("paragraph")).toInt(), 1);
    const QJsonObject tableRow = linesOf(d)[5].toObject();
    EXPECT_EQ(tableRow.value(QStringLiteral("table")).toInt(), 1);
    EXPECT_EQ(tableRow.value(QStringLiteral("row")).toInt(), 2);
}

TEST(TextCli, UnreadableFileGivesReasonAndExitCode)
{
    const CliRun r =
        cli({QStringLiteral("text"), test::fixture(QStringLiteral("readers/ofd/hostile-10000-pages.ofd"))});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(QString::fromUtf8(r.err).contains(QStringLiteral("10000 页"))) << r.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("text")}).code, 1);
}
