// Issue 12, defect 9: a database on a network filesystem (where SQLite's WAL cannot lock) is refused
// with the reason. The machine running the tests has no NFS or SMB mount, so the filesystem types are
// checked by their statfs magic numbers and a local folder must pass.
#include "store/filesystemcheck.h"
#include "storetest.h"

#include <QTemporaryDir>

using namespace duban;

TEST(NetworkFilesystem, NetworkTypesAreNamed)
{
    EXPECT_EQ(networkFilesystemName(0x6969), QStringLiteral("NFS"));
    EXPECT_EQ(networkFilesystemName(0xFF534D42), QStringLiteral("SMB/CIFS"));
    EXPECT_EQ(networkFilesystemName(0xFE534D42), QStringLiteral("SMB/CIFS"));
    EXPECT_EQ(networkFilesystemName(0x517B), QStringLiteral("SMB/CIFS"));
    EXPECT_EQ(networkFilesystemName(0x65735546), QStringLiteral("sshfs/FUSE"));
    // Local: ext4, tmpfs, btrfs, xfs, overlayfs.
    for (qint64 local : {0xEF53LL, 0x01021994LL, 0x9123683ELL, 0x58465342LL, 0x794C7630LL})
        EXPECT_TRUE(networkFilesystemName(local).isEmpty()) << std::hex << local;
}

TEST(NetworkFilesystem, LocalFolderOpens)
{
    QTemporaryDir dir;
    EXPECT_TRUE(networkFilesystemOf(dir.path()).isEmpty());
    EXPECT_TRUE(test::openOk(dir.filePath(QStringLiteral("t.sqlite"))));
}
