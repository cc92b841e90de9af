#include "store/filesystemcheck.h"

#include <QFile>
#include <sys/vfs.h>

namespace duban {

QString networkFilesystemName(qint64 fsType)
{
    switch (quint32(fsType)) {
    case 0x6969:
        return QStringLiteral("NFS"); // NFS_SUPER_MAGIC
    case 0x517B:                      // SMB_SUPER_MAGIC
    case 0xFF534D42:                  // CIFS_MAGIC_NUMBER
    case 0xFE534D42:
        return QStringLiteral("SMB/CIFS"); // SMB2_MAGIC_NUMBER
    case 0x564C:
        return QStringLiteral("NCP"); // NCP_SUPER_MAGIC (NetWare)
    case 0x5346414F:
        return QStringLiteral("AFS"); // AFS_SUPER_MAGIC
    case 0x65735546:
        return QStringLiteral("sshfs/FUSE"); // FUSE_SUPER_MAGIC: sshfs, rclone and the like
    case 0x01021997:
        return QStringLiteral("9P"); // V9FS_MAGIC (virtual machine shares)
    case 0x47504653:
        return QStringLiteral("GPFS");
    case 0x00C36400:
        return QStringLiteral("Ceph");
    case 0x013111A8:
        return QStringLiteral("IBRIX");
    default:
        return {};
    }
}

QString networkFilesystemOf(const QString& dir)
{
    struct statfs st;
    if (statfs(QFile::encodeName(dir).constData(), &st) != 0)
        return {};
    return networkFilesystemName(qint64(st.f_type));
}

} // namespace duban
