// The .pdf reader's own code (limits, page loop, radical folding) over whatever poppler makes of the input.
#include "extract/documentreader.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = duban::fuzz::writeInput(data, size, ".pdf");
    duban::ReadLimits limits;
    limits.maxPages = 50;
    // A PDF without a usable text layer goes to OCR: poppler renders its pages and Tesseract reads them,
    // seconds per input (timeouts that are not findings), and neither is our parsing. Refuse it here.
    limits.scan.maxPages = 0;
    (void)duban::DocumentReader::readPdf(path, limits);
    return 0;
}
