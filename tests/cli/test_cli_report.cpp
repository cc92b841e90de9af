// duban-cli report: exit codes (0 ok, 1 usage, 2 bad input, 3 database; src/cli/exitcode.h), clear Chinese
// messages for bad weeks, and the issue number the command records.
#include "clirun.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace duban::test;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

class CliReport : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        db = dir->filePath(QStringLiteral("seeds.sqlite"));
        QStringList args{QStringLiteral("import"), QStringLiteral("--db"), db};
        for (const char* name :
             {"000_7a037b8ad0d2ffa7.txt", "001_b627dadf859ee7b6.txt", "002_d0bee7f88f53cd37.txt",
              "003_479aee0222ce5ecb.txt", "004_965ab3e643975aa5.txt"})
            args << seed(QString::fromLatin1(name));
        const CliRun r = runCli(args);
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete dir;
        dir = nullptr;
    }
    static CliRun report(const QStringList& extra)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DUBAN_LANG"), QStringLiteral("zh"));
        return runCli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), db} + extra, env);
    }
    static QString out(const QString& name) { return dir->filePath(name); }

    static QTemporaryDir* dir;
    static QString db;
};

QTemporaryDir* CliReport::dir = nullptr;
QString CliReport::db;

} // namespace

TEST_F(CliReport, UsageErrors)
{
    EXPECT_EQ(report({QStringLiteral("--week"), QStringLiteral("2022-W40")}).code, 1); // no output file
    const CliRun both =
        report({QStringLiteral("--week"), QStringLiteral("2022-W40"), QStringLiteral("--from"),
                QStringLiteral("2022-10-01"), QStringLiteral("--to"), QStringLiteral("2022-10-07"),
                QStringLiteral("--pdf"), out(QStringLiteral("x.pdf"))});
    EXPECT_EQ(both.code, 1);
    EXPECT_TRUE(both.err.contains(s(u"二选一"))) << both.err.toStdString();
    EXPECT_EQ(report({QStringLiteral("--from"), QStringLiteral("2022-10-01"), QStringLiteral("--pdf"),
                      out(QStringLiteral("x.pdf"))})
                  .code,
              1);
    EXPECT_EQ(report({QStringLiteral("--week"), QStringLiteral("2022-W40"), QStringLiteral("--pdf"),
                      out(QStringLiteral("x.pdf")), QStringLiteral("--html"), out(QStringLiteral("x.html"))})
                  .code,
              1);
    EXPECT_EQ(report({QStringLiteral("--nonsense")}).code, 1);
    EXPECT_FALSE(QFile::exists(out(QStringLiteral("x.pdf"))));
}

// A week or date that is not one is a usage error (1); a unit or directive the database lacks is bad input
// (2).
TEST_F(CliReport, BadWeeksAndDatesAreUsageErrors)
{
    const CliRun noWeek = report({QStringLiteral("--week"), QStringLiteral("2022-40"),
                                  QStringLiteral("--pdf"), out(QStringLiteral("x.pdf"))});
    EXPECT_EQ(noWeek.code, 1);
    EXPECT_TRUE(noWeek.err.contains(s(u"“2022-40”不是有效的周次，请写成 2022-W40 这样的格式")))
        << noWeek.err.toStdString();
    const CliRun w53 = report({QStringLiteral("--week"), QStringLiteral("2021-W53"), QStringLiteral("--pdf"),
                               out(QStringLiteral("x.pdf"))});
    EXPECT_EQ(w53.code, 1);
    EXPECT_TRUE(w53.err.contains(s(u"2021年没有第53周（该年共52周）"))) << w53.err.toStdString();
    const CliRun date =
        report({QStringLiteral("--week"), QStringLiteral("2022-W40"), QStringLiteral("--as-of"),
                QStringLiteral("2022-13-01"), QStringLiteral("--pdf"), out(QStringLiteral("x.pdf"))});
    EXPECT_EQ(date.code, 1);
    EXPECT_TRUE(date.err.contains(QStringLiteral("--as-of")) &&
                date.err.contains(QStringLiteral("2022-13-01")))
        << date.err.toStdString();
    const CliRun backwards =
        report({QStringLiteral("--from"), QStringLiteral("2022-10-07"), QStringLiteral("--to"),
                QStringLiteral("2022-10-01"), QStringLiteral("--pdf"), out(QStringLiteral("x.pdf"))});
    EXPECT_EQ(backwards.code, 1);
    const CliRun unit =
        report({QStringLiteral("--week"), QStringLiteral("2022-W40"), QStringLiteral("--unit"),
                s(u"不存在的局"), QStringLiteral("--pdf"), out(QStringLiteral("x.pdf"))});
    EXPECT_EQ(unit.code, 2);
    EXPECT_TRUE(unit.err.contains(s(u"不存在的局"))) << unit.err.toStdString();
    EXPECT_EQ(report({QStringLiteral("--week"), QStringLiteral("2022-W40"), QStringLiteral("--directive"),
                      QStringLiteral("999"), QStringLiteral("--pdf"), out(QStringLiteral("x.pdf"))})
                  .code,
              2);
    EXPECT_FALSE(QFile::exists(out(QStringLiteral("x.pdf"))));
}

TEST_F(CliReport, MissingDatabase)
{
    const CliRun r =
        runCli({QStringLiteral("report"), QStringLiteral("--db"), out(QStringLiteral("none.sqlite")),
                QStringLiteral("--week"), QStringLiteral("2022-W40"), QStringLiteral("--pdf"),
                out(QStringLiteral("x.pdf"))});
    EXPECT_EQ(r.code, 3);
    EXPECT_FALSE(r.err.isEmpty());
}

TEST_F(CliReport, WritesPdfAndHtmlWithIssueNumbers)
{
    const QString pdf = out(QStringLiteral("w40.pdf"));
    const QStringList w40{QStringLiteral("--week"),   QStringLiteral("2022-W40"),
                          QStringLiteral("--as-of"),  QStringLiteral("2022-10-07"),
                          QStringLiteral("--office"), s(u"驻马店市人民政府督查室")};
    CliRun r = report(w40 + QStringList{QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(s(u"督查周报第1期"))) << r.out.toStdString();
    EXPECT_TRUE(QFile::exists(pdf));
    r = report({QStringLiteral("--week"), QStringLiteral("2022-W41"), QStringLiteral("--pdf"),
                out(QStringLiteral("w41.pdf"))});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(s(u"第2期"))) << r.out.toStdString();

    const QString req = out(QStringLiteral("req.txt"));
    QFile f(req);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("请各牵头单位于10月14日前报送整改情况。").toUtf8());
    f.close();
    const QString html = out(QStringLiteral("w40.html"));
    r = report(w40 + QStringList{QStringLiteral("--requirements"), req, QStringLiteral("--html"), html});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(s(u"第1期"))) << "the same week keeps its number: " << r.out.toStdString();
    QFile h(html);
    ASSERT_TRUE(h.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(h.readAll());
    EXPECT_TRUE(text.contains(s(u"请各牵头单位于10月14日前报送整改情况。")));
    EXPECT_TRUE(text.contains(s(u"驻马店市人民政府督查室")));
    EXPECT_TRUE(text.contains(s(u"第1期")));
    EXPECT_TRUE(text.contains(s(u"纳入本期督查的重点任务共274项")));
}

TEST_F(CliReport, SpeaksEnglishWhenAsked)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DUBAN_LANG"), QStringLiteral("en"));
    const CliRun r =
        runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--week"),
                QStringLiteral("2021-W53"), QStringLiteral("--pdf"), out(QStringLiteral("en.pdf"))},
               env);
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("2021 has no week 53 (it has 52 weeks)")))
        << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("XDG_RUNTIME_DIR")));
}

// English headings are numbered 1., 2., … — not "一. Overall situation".
TEST_F(CliReport, EnglishHeadingsDoNotMixScripts)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DUBAN_LANG"), QStringLiteral("en"));
    const QString html = out(QStringLiteral("en.html"));
    const CliRun r = runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--week"),
                             QStringLiteral("2022-W40"), QStringLiteral("--as-of"),
                             QStringLiteral("2022-10-07"), QStringLiteral("--html"), html},
                            env);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QFile h(html);
    ASSERT_TRUE(h.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(h.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("1. Overall situation"))) << text.left(3000).toStdString();
    for (const char16_t* numeral : {u"一.", u"二.", u"三.", u"一、"})
        EXPECT_FALSE(text.contains(QString::fromUtf16(numeral))) << QString::fromUtf16(numeral).toStdString();
}
