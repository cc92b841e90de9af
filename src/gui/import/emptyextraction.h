#pragma once

#include "gui/import/importoutcome.h"

#include <QString>

namespace duban {

// What to tell the person when a file yields no task: what was read, and what they can do next.
struct EmptyExtraction
{
    bool noTextLayer = false; // a PDF/OFD/image with (almost) no text: it needs text recognition (OCR)
    int lines = 0;            // lines of text read
    int characters = 0;       // non-space characters read
    QString message;          // names the file and what was read
};

EmptyExtraction describeEmptyExtraction(const ImportOutcome& outcome);

} // namespace duban
