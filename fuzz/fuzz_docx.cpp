// The .docx reader: zip (libzip, not instrumented) and word/document.xml → lines. Inputs that are not
// zips are turned into one, so the fuzzer reaches the XML: the first byte chooses.
#include "extract/documentreader.h"
#include "fuzzinput.h"

namespace {

// Wraps raw bytes as word/document.xml of a stored (uncompressed) zip.
QString asDocx(const uint8_t* data, size_t size)
{
    return duban::fuzz::writeZip(
        {{"word/document.xml",
          QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size))}},
        ".docx");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    duban::ReadLimits limits;
    limits.maxInflatedBytes = 4 * 1024 * 1024; // inputs are at most 64 KB: the cap itself is what is tested
    const bool xml = size > 0 && data[0] == '<';
    const QString path = xml ? asDocx(data, size) : duban::fuzz::writeInput(data, size, ".docx");
    (void)duban::DocumentReader::readDocx(path, limits);
    return 0;
}
