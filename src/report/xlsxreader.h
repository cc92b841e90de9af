#pragma once

// The .xlsx reader moved down to the extract layer, which reads Excel task lists with it too.
#include "extract/xlsxreader.h"
