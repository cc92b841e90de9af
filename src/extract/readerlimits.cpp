#include "extract/readerlimits.h"

#include "extract/documentreader.h"

#include <QFileInfo>

namespace duban {

bool notRegularFile(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isFile())
        return false;
    *error = info.isDir()
                 ? DocumentReader::tr("“%1”是文件夹，不是文件。").arg(path)
                 : DocumentReader::tr("“%1”不是普通文件（设备、管道或套接字），无法导入。").arg(path);
    return true;
}

bool DocumentReader::tooManyLines(qsizetype lines, const QString& path, const ReadLimits& limits,
                                  QString* error)
{
    if (lines <= limits.maxLines)
        return false;
    *error = tr("文件“%1”超过 %2 行的上限，已停止读取。请拆分文件后再导入。")
                 .arg(QFileInfo(path).fileName())
                 .arg(limits.maxLines);
    return true;
}

bool DocumentReader::wasCancelled(const ReadLimits& limits, QString* error)
{
    if (!limits.cancelled || !limits.cancelled())
        return false;
    *error = tr("已取消读取。");
    return true;
}

} // namespace duban
