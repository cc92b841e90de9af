#include "core/unitdirectory.h"
#include "qtprint.h"

#include <gtest/gtest.h>

using namespace duban;

TEST(UnitDirectory, BuiltinResolvesAliases)
{
    const auto& dir = UnitDirectory::builtin();
    ASSERT_FALSE(dir.entries().isEmpty());
    const QString ndrc = QStringLiteral("市发展和改革委员会");
    EXPECT_EQ(dir.canonical(QStringLiteral("市发改委")), ndrc);
    EXPECT_EQ(dir.canonical(QStringLiteral("市发展改革委")), ndrc);
    EXPECT_EQ(dir.canonical(ndrc), ndrc);
    EXPECT_EQ(dir.canonical(QStringLiteral("市大数据局")), QStringLiteral("市政务服务和大数据管理局"));
    EXPECT_EQ(dir.canonical(QStringLiteral("市人社局")), QStringLiteral("市人力资源和社会保障局"));
}

TEST(UnitDirectory, RepairsSpacesAndBracketWidth)
{
    const auto& dir = UnitDirectory::builtin();
    EXPECT_EQ(dir.canonical(QStringLiteral("市大数 据局")), QStringLiteral("市政务服务和大数据管理局"));
    EXPECT_EQ(dir.canonical(QStringLiteral("各县(区)政府")), QStringLiteral("各县区人民政府"));
}

TEST(UnitDirectory, CityPrefixFromContext)
{
    const auto& dir = UnitDirectory::builtin();
    EXPECT_EQ(dir.canonical(QStringLiteral("住建局"), QStringLiteral("市")),
              QStringLiteral("市住房和城乡建设局"));
    // Unknown department without the prefix gets it from the list it stands in.
    EXPECT_EQ(dir.canonical(QStringLiteral("气象局"), QStringLiteral("市")), QStringLiteral("市气象局"));
    EXPECT_EQ(dir.canonical(QStringLiteral("气象局")), QStringLiteral("气象局"));
}

TEST(UnitDirectory, UnknownUnitsAndSuggestions)
{
    const auto& dir = UnitDirectory::builtin();
    EXPECT_FALSE(dir.isKnown(QStringLiteral("市气象局")));
    EXPECT_TRUE(dir.isKnown(QStringLiteral("财政局")));
    EXPECT_EQ(dir.suggest(QStringLiteral("市政务服务大数据管理局")),
              QStringLiteral("市政务服务和大数据管理局"));
    EXPECT_TRUE(dir.suggest(QStringLiteral("黄河水利委员会")).isEmpty());
}

TEST(UnitDirectory, ParsesTsvAndKinds)
{
    const auto dir =
        UnitDirectory::fromTsv(QStringLiteral("# c\n甲局\tdepartment\t甲|甲甲\n各乡镇\tcollective\n"));
    ASSERT_EQ(dir.entries().size(), 2);
    EXPECT_EQ(dir.canonical(QStringLiteral("甲甲")), QStringLiteral("甲局"));
    EXPECT_EQ(dir.entries()[1].kind, UnitKind::Collective);
    EXPECT_EQ(UnitDirectory::guessKind(QStringLiteral("市直有关部门")), UnitKind::Collective);
    EXPECT_EQ(UnitDirectory::guessKind(QStringLiteral("泌阳县人民政府")), UnitKind::County);
    EXPECT_EQ(UnitDirectory::guessKind(QStringLiteral("市财政局")), UnitKind::Department);
}
