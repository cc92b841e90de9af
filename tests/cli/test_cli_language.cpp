// duban-cli speaks Chinese by default and English when asked, and every string has its English.
#include "clirun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace duban;

namespace {

QProcessEnvironment language(const QString& code)
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DUBAN_LANG"), code);
    return env;
}

} // namespace

TEST(CliLanguage, ChineseByDefaultEnglishOnRequest)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("absent.txt"));
    const auto zh = test::runCli({QStringLiteral("extract"), missing}, language(QStringLiteral("zh_CN")));
    EXPECT_EQ(zh.code, 2);
    EXPECT_TRUE(zh.err.contains(QStringLiteral("找不到文件"))) << zh.err.toStdString();
    const auto en = test::runCli({QStringLiteral("extract"), missing}, language(QStringLiteral("en")));
    EXPECT_EQ(en.code, 2);
    EXPECT_TRUE(en.err.contains(QStringLiteral("not found"))) << en.err.toStdString();
    EXPECT_TRUE(en.err.contains(QStringLiteral("absent.txt")));

    const auto help = test::runCli({QStringLiteral("help")}, language(QStringLiteral("en")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("Usage: duban-cli")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("List overdue tasks with their lead units")))
        << help.out.toStdString();
    EXPECT_FALSE(help.out.contains(QStringLiteral("列出任务")));
}

TEST(CliLanguage, StoreMessagesInEnglish)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    const auto r = test::runCli({QStringLiteral("import"), QStringLiteral("--db"), db,
                                 test::seed(QStringLiteral("002_d0bee7f88f53cd37.txt"))},
                                language(QStringLiteral("en")));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("37 new"))) << r.out.toStdString();

    // Messages raised inside Repository's own members (lupdate files them under the class).
    const auto missing = test::runCli({QStringLiteral("update"), QStringLiteral("--db"), db,
                                       QStringLiteral("99999"), QStringLiteral("--status"),
                                       QStringLiteral("done"), QStringLiteral("--by"), QStringLiteral("x")},
                                      language(QStringLiteral("en")));
    EXPECT_EQ(missing.code, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("has no task with ID 99999")))
        << missing.err.toStdString();
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a database at all, just text\n");
    f.close();
    const auto notDb =
        test::runCli({QStringLiteral("list"), QStringLiteral("--db"), junk}, language(QStringLiteral("en")));
    EXPECT_EQ(notDb.code, 3);
    EXPECT_TRUE(notDb.err.contains(QStringLiteral("is not an SQLite database file")))
        << notDb.err.toStdString();
}

TEST(CliLanguage, EveryEnglishTranslationIsFilledIn)
{
    QFile ts(test::sourceDir() + QStringLiteral("/resources/translations/duban_en.ts"));
    ASSERT_TRUE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QString source;
    QStringList untranslated;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const bool unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            if (unfinished || xml.readElementText().trimmed().isEmpty())
                untranslated.append(source);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 300);
    EXPECT_TRUE(untranslated.isEmpty())
        << untranslated.join(u'|').toStdString()
        << "\nrun the duban_i18n_lupdate target, then resources/translations/fill_en.py";
}
