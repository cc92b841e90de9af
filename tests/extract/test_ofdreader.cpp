// The OFD reader: lines rebuilt from positions, page and line sources, and hostile files refused
// quickly with a message that says why.
#include "extract/documentreader.h"
#include "extract/ofdlayout.h"
#include "qtprint.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <gtest/gtest.h>

using namespace duban;

namespace {

OfdGlyph glyph(double x, double y, const char16_t* text, double size = 5)
{
    OfdGlyph g;
    g.x = x;
    g.y = y;
    g.size = size;
    g.advance = size;
    g.text = QString::fromUtf16(text);
    return g;
}

ReadResult readOfd(const char* name, const ReadLimits& limits = {})
{
    return DocumentReader::read(test::fixture(QStringLiteral("readers/ofd/") + QLatin1String(name)), limits);
}

} // namespace

TEST(OfdLayout, LinesByBaselineTopToBottomWithGapsAsSpaces)
{
    // Given out of order, on two baselines (one a little off), with a wide gap on the second.
    const QStringList lines = ofdLines({glyph(25, 40.4, u"位"), glyph(10, 20, u"牵"), glyph(20, 40, u"单"),
                                        glyph(15, 20.5, u"头"), glyph(60, 40, u"市")});
    EXPECT_EQ(lines, (QStringList{QStringLiteral("牵头"), QStringLiteral("单位 市")}));
}

TEST(OfdLayout, SmallBylineUnderALargeTitleIsItsOwnLine)
{
    const QStringList lines = ofdLines({glyph(85, 35.4, u"拿", 10), glyph(95, 35.4, u"来", 10),
                                        glyph(102, 40.4, u"鲁", 3), glyph(105, 40.4, u"迅", 3)});
    EXPECT_EQ(lines, (QStringList{QStringLiteral("拿来"), QStringLiteral("鲁迅")}));
}

TEST(OfdLayout, NumberListsExpandRepeatsUpToTheLimit)
{
    EXPECT_EQ(ofdNumbers(u"5 g 3 2.5 7", 10), (QList<double>{5, 2.5, 2.5, 2.5, 7}));
    EXPECT_EQ(ofdNumbers(u"g 999999999999999 1", 4).size(), 4); // a hostile repeat costs nothing
    EXPECT_EQ(ofdNumbers(u"1 nan 2", 10), QList<double>{1});
}

TEST(OfdReader, ReadsPagesInDocumentOrderWithSources)
{
    const ReadResult r = readOfd("hello.ofd");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.doc.format, QStringLiteral("ofd"));
    ASSERT_GE(r.doc.lines.size(), 3);
    EXPECT_EQ(r.doc.lines[0], QStringLiteral("拿来主义"));
    EXPECT_EQ(r.doc.lines[1], QStringLiteral("鲁迅"));
    EXPECT_TRUE(r.doc.lines[2].startsWith(QStringLiteral("中国一向是所谓“闭关主义”")));
    EXPECT_EQ(r.doc.locationOf(2), QStringLiteral("第1页第2行"));
    EXPECT_TRUE(r.doc.locations.last().startsWith(QStringLiteral("第2页")));
}

TEST(OfdReader, AnnotationsAreNotText)
{
    // The watermark annotations of annotated.ofd live in Annotations.xml; the page text does not
    // contain them (the reference, built from page content only, matches at 100 %).
    const ReadResult r = readOfd("annotated.ofd");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.doc.locations.last().section(u'第', 1, 1), QStringLiteral("6页"));
}

TEST(OfdReader, TemplateTextJoinsThePageInReadingOrder)
{
    const ReadResult r = readOfd("permit-suwell.ofd");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_TRUE(r.doc.lines.contains(QStringLiteral("建设单位 中华安保有限公司")));
}

TEST(OfdReader, HostileFilesAreRefusedQuicklyWithAReason)
{
    QElapsedTimer clock;
    clock.start();
    ReadLimits limits;
    limits.maxInflatedBytes = 8 * 1024 * 1024; // the bomb's page inflates to 40 MB from 40 KB
    const ReadResult bomb = readOfd("hostile-bomb.ofd", limits);
    EXPECT_FALSE(bomb.ok());
    EXPECT_TRUE(bomb.error.contains(QStringLiteral("压缩炸弹"))) << bomb.error.toStdString();

    const ReadResult broken = readOfd("hostile-broken-xml.ofd");
    EXPECT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error.contains(QStringLiteral("Content.xml"))) << broken.error.toStdString();
    EXPECT_TRUE(broken.error.contains(QStringLiteral("XML"))) << broken.error.toStdString();

    const ReadResult pages = readOfd("hostile-10000-pages.ofd");
    EXPECT_FALSE(pages.ok());
    EXPECT_TRUE(pages.error.contains(QStringLiteral("10000 页"))) << pages.error.toStdString();

    const ReadResult noRoot = readOfd("hostile-no-ofd-xml.ofd");
    EXPECT_FALSE(noRoot.ok());
    EXPECT_TRUE(noRoot.error.contains(QStringLiteral("OFD.xml"))) << noRoot.error.toStdString();

    const ReadResult notZip = readOfd("hostile-not-a-zip.ofd");
    EXPECT_FALSE(notZip.ok());
    EXPECT_TRUE(notZip.error.contains(QStringLiteral("不是有效的 OFD"))) << notZip.error.toStdString();
    EXPECT_LT(clock.elapsed(), 5000);
}

TEST(OfdReader, HugeNumbersDoNotHangOrLoseTheText)
{
    QElapsedTimer clock;
    clock.start();
    const ReadResult r = readOfd("hostile-huge-numbers.ofd");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const QString all = r.doc.lines.join(QString());
    EXPECT_TRUE(all.contains(QStringLiteral("超大数值")));
    EXPECT_TRUE(all.contains(QStringLiteral("各县区人民政府")));
    EXPECT_LT(clock.elapsed(), 2000);
}
