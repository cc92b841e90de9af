#pragma once

#include <QString>

namespace duban::test {

inline QString sourceDir()
{
    return QStringLiteral(DUBAN_SOURCE_DIR);
}
inline QString sharedDir()
{
    return QStringLiteral(DUBAN_SHARED_DIR);
}
inline QString fixturesDir()
{
    return QStringLiteral(DUBAN_FIXTURES_DIR);
}
inline QString fixture(const QString& name)
{
    return fixturesDir() + u'/' + name;
}
inline QString seed(const QString& name)
{
    return sharedDir() + QStringLiteral("/seeds/") + name;
}
inline QString binDir()
{
    return QStringLiteral(DUBAN_BIN_DIR);
}

} // namespace duban::test
