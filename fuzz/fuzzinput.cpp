#include "fuzzinput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <unistd.h>
#include <zip.h>

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

QString writeZip(const ZipMembers& members, const char* suffix)
{
    const QString path = writeInput(nullptr, 0, suffix);
    int err = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_TRUNCATE | ZIP_CREATE, &err);
    if (!z)
        return path;
    // libzip reads the buffers when the archive is closed: `members` outlives zip_close.
    for (const auto& [name, bytes] : members) {
        zip_source_t* src = zip_source_buffer(z, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (src && zip_file_add(z, name, src, ZIP_FL_OVERWRITE) < 0)
            zip_source_free(src);
    }
    zip_close(z);
    return path;
}

} // namespace duban::fuzz
