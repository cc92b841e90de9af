#pragma once

#include "core/translate.h"

namespace duban::cli {

// Every user-visible string of duban-cli goes through this one tr(): lupdate files the strings of a free
// tr() in namespace duban::cli under the context duban::cli (and QT_TRANSLATE_NOOP("duban::cli", …) marks
// the ones kept in command tables); main.cpp's few are under "cli".
inline QString tr(const char* text)
{
    return translateIn({"cli", "duban::cli", "duban"}, text);
}

} // namespace duban::cli
