#pragma once

#include <QIcon>

namespace duban {

// The app icon, drawn rather than shipped: a red seal with 督, legible from 16 to 256 px.
QIcon appIcon();

} // namespace duban
