#include "fuzzinput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <unistd.h>

namespace duban::fuzz {

QString writeInput(const uint8_t* data, size_t size, const char* suffix)
{
    static const QString dir =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    const QString path =
        QStringLiteral("%1/duban-fuzz-%2%3").arg(dir).arg(getpid()).arg(QLatin1String(suffix));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write fuzz input %s", qPrintable(path));
    f.write(reinterpret_cast<const char*>(data), qint64(size));
    return path;
}

} // namespace duban::fuzz
