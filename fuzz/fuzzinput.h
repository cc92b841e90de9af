#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace duban::fuzz {

// The readers take paths: each input is written to one file per process (under /dev/shm when it
// exists, so the disk is not worn), overwritten by the next input. `suffix` picks the reader's
// extension (".txt", ".docx", ...).
QString writeInput(const uint8_t* data, size_t size, const char* suffix);

// The same file as a stored zip of the given members (name, bytes): the container formats' harnesses
// wrap an input as one member of an otherwise valid package, so the fuzzer reaches the XML.
using ZipMembers = QList<std::pair<const char*, QByteArray>>;
QString writeZip(const ZipMembers& members, const char* suffix);

} // namespace duban::fuzz
