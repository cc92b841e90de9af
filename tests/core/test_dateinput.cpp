#include "core/dateinput.h"

#include <gtest/gtest.h>

using duban::parseTypedDate;

TEST(DateInput, ReadsEveryWayADateIsTyped)
{
    const QDate want(2024, 6, 30);
    for (const char* s : {"2024-06-30", "2024/6/30", "2024.6.30", "20240630", "2024年6月30日",
                          " 2024 年 6 月 30 日 ", "2024-6-30", "２０２４－０６－３０"})
        EXPECT_EQ(parseTypedDate(QString::fromUtf8(s)), want) << s;
    EXPECT_EQ(parseTypedDate(QStringLiteral("2025-12-31")), QDate(2025, 12, 31));
}

TEST(DateInput, RefusesWhatIsNotADate)
{
    for (const char* s :
         {"", "2024-02-30", "2024-13-01", "24-6-30", "2024年6月", "明天", "2024063", "2024-06-30x"})
        EXPECT_FALSE(parseTypedDate(QString::fromUtf8(s)).isValid()) << s;
}
