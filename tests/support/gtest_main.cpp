#include <QGuiApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // gtest_discover_tests and plain runs have no display: default to offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
