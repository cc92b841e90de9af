#pragma once

#include <QString>
#include <cstddef>
#include <cstdint>

namespace duban::fuzz {

// The readers take paths: each input is written to one file per process (under /dev/shm when it
// exists, so the disk is not worn), overwritten by the next input. `suffix` picks the reader's
// extension (".txt", ".docx", ...).
QString writeInput(const uint8_t* data, size_t size, const char* suffix);

} // namespace duban::fuzz
