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

// Names of plain ideographs and ASCII skip the NFKC pass; everything else still gets it.
TEST(UnitDirectory, CleanFoldsCompatibilityFormsOnlyWhereThereAreAny)
{
    EXPECT_EQ(UnitDirectory::clean(QStringLiteral("市大数据局")), QStringLiteral("市大数据局"));
    EXPECT_EQ(UnitDirectory::clean(QStringLiteral("市 大数据局 ")), QStringLiteral("市大数据局"));
    EXPECT_EQ(UnitDirectory::clean(QStringLiteral("各县(区)人民政府")), QStringLiteral("各县（区）人民政府"));
    EXPECT_EQ(UnitDirectory::clean(QStringLiteral("各县（区）人民政府")),
              QStringLiteral("各县（区）人民政府"));
    EXPECT_EQ(UnitDirectory::clean(QStringLiteral("市⽂化⼴电和旅游局")),
              QStringLiteral("市文化广电和旅游局"));
    EXPECT_EQ(UnitDirectory::clean(QStringLiteral("市\u3000大数据局")), QStringLiteral("市大数据局"));
    EXPECT_EQ(UnitDirectory::clean(QStringLiteral("ＡＢＣ公司")), QStringLiteral("ABC公司"));
}

// A bare alias means the body of the government that issued the directive.
TEST(UnitDirectory, BareAliasTakesTheDirectivesLevel)
{
    const auto& dir = UnitDirectory::builtin();
    const QString none;
    EXPECT_EQ(dir.canonical(QStringLiteral("发展改革委"), none, QStringLiteral("国家")),
              QStringLiteral("国家发展和改革委员会"));
    EXPECT_EQ(dir.canonical(QStringLiteral("卫生健康委"), none, QStringLiteral("国家")),
              QStringLiteral("国家卫生健康委员会"));
    EXPECT_EQ(dir.canonical(QStringLiteral("国资委"), none, QStringLiteral("国家")),
              QStringLiteral("国务院国有资产监督管理委员会"));
    EXPECT_EQ(dir.canonical(QStringLiteral("财政部"), none, QStringLiteral("国家")),
              QStringLiteral("财政部"));
    EXPECT_EQ(dir.canonical(QStringLiteral("发展改革委"), none, QStringLiteral("省")),
              QStringLiteral("省发展和改革委员会"));
    EXPECT_EQ(dir.canonical(QStringLiteral("财政厅"), none, QStringLiteral("省")),
              QStringLiteral("省财政厅"));
    EXPECT_EQ(dir.canonical(QStringLiteral("发改委"), none, QStringLiteral("自治区")),
              QStringLiteral("自治区发展和改革委员会"));
    EXPECT_EQ(dir.canonical(QStringLiteral("发展改革委"), none, QStringLiteral("县")),
              QStringLiteral("县发展和改革委员会"));
    // A ministry named in a provincial directive stays the ministry.
    EXPECT_EQ(dir.canonical(QStringLiteral("财政部"), none, QStringLiteral("省")), QStringLiteral("财政部"));
    // A level printed with the name wins over the directive's.
    EXPECT_EQ(dir.canonical(QStringLiteral("市发展改革委"), none, QStringLiteral("国家")),
              QStringLiteral("市发展和改革委员会"));
    EXPECT_EQ(dir.canonical(QStringLiteral("省发改委"), none, QStringLiteral("市")),
              QStringLiteral("省发展和改革委员会"));
    // Without a level the city reading stays.
    EXPECT_EQ(dir.canonical(QStringLiteral("发展改革委")), QStringLiteral("市发展和改革委员会"));
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

TEST(UnitDirectory, NationalOrgansInEveryPrintedForm)
{
    const auto& dir = UnitDirectory::builtin();
    const QList<QPair<QString, QString>> forms = {
        {QStringLiteral("国家发改委"), QStringLiteral("国家发展和改革委员会")},
        {QStringLiteral("国家发展改革委"), QStringLiteral("国家发展和改革委员会")},
        {QStringLiteral("工信部"), QStringLiteral("工业和信息化部")},
        {QStringLiteral("人力资源社会保障部"), QStringLiteral("人力资源和社会保障部")},
        {QStringLiteral("人社部"), QStringLiteral("人力资源和社会保障部")},
        {QStringLiteral("住房城乡建设部"), QStringLiteral("住房和城乡建设部")},
        {QStringLiteral("住建部"), QStringLiteral("住房和城乡建设部")},
        {QStringLiteral("农业部"), QStringLiteral("农业农村部")},
        {QStringLiteral("市场监管总局"), QStringLiteral("国家市场监督管理总局")},
        {QStringLiteral("税务总局"), QStringLiteral("国家税务总局")},
        {QStringLiteral("人民银行"), QStringLiteral("中国人民银行")},
        {QStringLiteral("人行"), QStringLiteral("中国人民银行")},
        {QStringLiteral("银保监会"), QStringLiteral("中国银行保险监督管理委员会")},
        {QStringLiteral("国家卫健委"), QStringLiteral("国家卫生健康委员会")},
        {QStringLiteral("科技部"), QStringLiteral("科学技术部")},
        {QStringLiteral("文旅部"), QStringLiteral("文化和旅游部")},
        {QStringLiteral("团中央"), QStringLiteral("共青团中央")},
        {QStringLiteral("供销合作总社"), QStringLiteral("中华全国供销合作总社")},
        {QStringLiteral("教育部"), QStringLiteral("教育部")},
        {QStringLiteral("财政部"), QStringLiteral("财政部")},
    };
    for (const auto& [printed, canonical] : forms) {
        EXPECT_EQ(dir.canonical(printed), canonical) << printed.toStdString();
        EXPECT_TRUE(dir.isKnown(printed)) << printed.toStdString();
    }
}

TEST(UnitDirectory, StemsTakeAnyLevelPrefix)
{
    const auto& dir = UnitDirectory::builtin();
    const QList<QPair<QString, QString>> forms = {
        {QStringLiteral("省发改委"), QStringLiteral("省发展和改革委员会")},
        {QStringLiteral("省发展改革委"), QStringLiteral("省发展和改革委员会")},
        {QStringLiteral("省发展和改革委员会"), QStringLiteral("省发展和改革委员会")},
        {QStringLiteral("县住建局"), QStringLiteral("县住房和城乡建设局")},
        {QStringLiteral("县住房城乡建设局"), QStringLiteral("县住房和城乡建设局")},
        {QStringLiteral("区住建局"), QStringLiteral("区住房和城乡建设局")},
        {QStringLiteral("省住建厅"), QStringLiteral("省住房和城乡建设厅")},
        {QStringLiteral("河南省人社厅"), QStringLiteral("河南省人力资源和社会保障厅")},
        {QStringLiteral("上蔡县卫健委"), QStringLiteral("上蔡县卫生健康委员会")},
        {QStringLiteral("广州市市场监管局"), QStringLiteral("广州市市场监督管理局")},
        {QStringLiteral("自治区文旅厅"), QStringLiteral("自治区文化和旅游厅")},
        {QStringLiteral("省委宣传部"), QStringLiteral("省委宣传部")},
        {QStringLiteral("县政府"), QStringLiteral("县人民政府")},
    };
    for (const auto& [printed, canonical] : forms) {
        EXPECT_EQ(dir.canonical(printed), canonical) << printed.toStdString();
        EXPECT_TRUE(dir.isKnown(printed)) << printed.toStdString();
    }
    // The city's own directory entries still win where they exist.
    EXPECT_EQ(dir.canonical(QStringLiteral("市住建局")), QStringLiteral("市住房和城乡建设局"));
    // A stem printed bare takes the prefix of the list it stands in.
    EXPECT_EQ(dir.canonical(QStringLiteral("住建厅"), QStringLiteral("省")),
              QStringLiteral("省住房和城乡建设厅"));
    // 市场… is a stem, not 市 + 场…
    EXPECT_EQ(dir.canonical(QStringLiteral("县市场监管局")), QStringLiteral("县市场监督管理局"));
}

TEST(UnitDirectory, LevelsNeverMerge)
{
    const auto& dir = UnitDirectory::builtin();
    EXPECT_NE(dir.canonical(QStringLiteral("省发改委")), dir.canonical(QStringLiteral("市发改委")));
    EXPECT_NE(dir.canonical(QStringLiteral("县住建局")), dir.canonical(QStringLiteral("市住建局")));
    EXPECT_NE(dir.canonical(QStringLiteral("区住建局")), dir.canonical(QStringLiteral("县住建局")));
    EXPECT_NE(dir.canonical(QStringLiteral("住建部")), dir.canonical(QStringLiteral("省住建厅")));
    EXPECT_NE(dir.canonical(QStringLiteral("国家发改委")), dir.canonical(QStringLiteral("省发改委")));
    // Stems are not units of their own: the store imports whole names only.
    for (const UnitEntry& e : dir.entries())
        EXPECT_FALSE(e.canonical.startsWith(u'*')) << e.canonical.toStdString();
    EXPECT_FALSE(dir.stems().isEmpty());
}

TEST(UnitDirectory, ParsesStemLines)
{
    const auto dir = UnitDirectory::fromTsv(QStringLiteral("*甲乙局\tdepartment\t甲局\n"));
    EXPECT_TRUE(dir.entries().isEmpty());
    ASSERT_EQ(dir.stems().size(), 1);
    EXPECT_EQ(dir.canonical(QStringLiteral("省甲局")), QStringLiteral("省甲乙局"));
    EXPECT_EQ(dir.canonical(QStringLiteral("丙县甲乙局")), QStringLiteral("丙县甲乙局"));
    EXPECT_EQ(dir.canonical(QStringLiteral("甲局")), QStringLiteral("甲乙局"));
    EXPECT_EQ(dir.canonical(QStringLiteral("丁甲局")), QStringLiteral("丁甲局"));
}

TEST(UnitDirectory, APrefixIsOnePlaceNotAList)
{
    const auto& dir = UnitDirectory::builtin();
    EXPECT_FALSE(dir.isKnown(QStringLiteral("市卫健体委和县区人民政府")));
    EXPECT_EQ(dir.canonical(QStringLiteral("市财政局、县住建局")), QStringLiteral("市财政局、县住建局"));
}
