// Reading regions of scanned pages (src/extract/ocrcolumns): a gazette's two columns are read one after
// the other, a one-column page and a ruled table whole.
#include "extract/ocrcolumns.h"
#include "scanfixture.h"
#include "testpaths.h"

#include <QPainter>
#include <gtest/gtest.h>

using namespace duban;
using namespace duban::test;

namespace {

QString corpusText(int chars)
{
    return knownPageText(sharedDir() + QStringLiteral("/corpus/guobanfa-2018-128-wufei.txt"), chars);
}

} // namespace

TEST(OcrColumns, TwoColumnPageIsTitleThenLeftThenRight)
{
    const QString text = corpusText(600).remove(u'\n');
    // Blurred and noised but level: recognize() hands its regions a deskewed page.
    const QImage page = degrade(
        twoColumnPage(QStringLiteral("关于做好公报专栏工作的通知"), text.left(300), text.mid(300)), 0.0);
    const QList<QRect> r = readingRegions(page);
    ASSERT_EQ(r.size(), 3);
    // The title band spans the page; the column bands meet in the gutter (x 1160–1320).
    EXPECT_EQ(r[0].width(), page.width());
    EXPECT_LT(r[0].bottom(), 560);
    const QRect& left = r[1];
    const QRect& right = r[2];
    EXPECT_EQ(left.x(), 0);
    EXPECT_GT(left.right(), 1160);
    EXPECT_LT(left.right(), 1320);
    EXPECT_EQ(right.x(), left.right() + 1);
    EXPECT_EQ(right.right(), page.width() - 1);
    EXPECT_EQ(left.top(), right.top());
    EXPECT_GT(left.bottom(), 2000);
}

TEST(OcrColumns, OneColumnPageIsOneRegion)
{
    const QImage page = twoColumnPage(QString(), corpusText(900).remove(u'\n'), QString());
    // The same text across the whole width: no gutter.
    QImage wide(page.size(), QImage::Format_RGB32);
    wide.fill(Qt::white);
    {
        QPainter p(&wide);
        QFont font(QStringLiteral("WenQuanYi Micro Hei"));
        font.setPixelSize(58);
        p.setFont(font);
        p.drawText(QRect(200, 300, 2080, 3000), Qt::TextWordWrap, corpusText(900).remove(u'\n'));
    }
    EXPECT_EQ(readingRegions(degrade(wide)), QList<QRect>{wide.rect()});
    // Only a left column (the right one empty) is not two columns either.
    EXPECT_EQ(readingRegions(page), QList<QRect>{page.rect()});
}

TEST(OcrColumns, RuledTableIsReadWhole)
{
    QImage page(2480, 3508, QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter p(&page);
        p.setPen(QPen(Qt::black, 4));
        QFont font(QStringLiteral("WenQuanYi Micro Hei"));
        font.setPixelSize(58);
        p.setFont(font);
        // 序号 | 重点任务 | 责任单位, twelve rows: the gap after each task's text looks like a gutter.
        for (int row = 0; row <= 12; ++row)
            p.drawLine(200, 400 + row * 220, 2280, 400 + row * 220);
        for (int x : {200, 400, 1300, 2280})
            p.drawLine(x, 400, x, 400 + 12 * 220);
        for (int row = 0; row < 12; ++row) {
            p.drawText(QRect(220, 420 + row * 220, 160, 180), Qt::AlignCenter, QString::number(row + 1));
            p.drawText(QRect(420, 420 + row * 220, 700, 180), Qt::TextWordWrap,
                       QStringLiteral("推进政务服务一网通办"));
            p.drawText(QRect(1320, 420 + row * 220, 940, 180), Qt::TextWordWrap,
                       QStringLiteral("省政务服务办牵头，省直有关部门按职责分工负责"));
        }
    }
    EXPECT_EQ(readingRegions(page), QList<QRect>{page.rect()});
}
