#pragma once

#include <QString>

namespace duban {

// SQLite's WAL needs shared memory between the processes that open a database; on network
// filesystems (NFS, SMB/CIFS, sshfs) locking and shared memory do not work across machines and two
// offices writing at once corrupt the file. Duban refuses such a location with this reason.

// "NFS", "SMB/CIFS", "sshfs/FUSE", ... for a network filesystem's statfs f_type; empty for a local one.
QString networkFilesystemName(qint64 fsType);
// The network filesystem `dir` is on (empty when local or when it cannot be told).
QString networkFilesystemOf(const QString& dir);

} // namespace duban
