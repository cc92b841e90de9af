#pragma once

#include <QString>

namespace duban {

// Devices, FIFOs and folders never end (/dev/zero) or block on open: refused before anything reads them.
// Sets `error` to a Chinese message naming the path.
bool notRegularFile(const QString& path, QString* error);

// A horizontal merge wider than Word's 63 columns is a forged file: clamped, not believed.
constexpr int kMaxGridSpan = 63;
// Cells of one table row beyond this (Word allows 63 columns) are dropped.
constexpr int kMaxRowCells = 256;

} // namespace duban
