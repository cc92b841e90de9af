// The .docx reader: zip (libzip, not instrumented) and word/document.xml → lines. Inputs that are not
// zips are turned into one, so the fuzzer reaches the XML: the first byte chooses.
#include "extract/documentreader.h"
#include "fuzzinput.h"

#include <QFile>
#include <zip.h>

namespace {

// Wraps raw bytes as word/document.xml of a stored (uncompressed) zip.
QString asDocx(const uint8_t* data, size_t size)
{
    const QString path = duban::fuzz::writeInput(nullptr, 0, ".docx");
    int err = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_TRUNCATE | ZIP_CREATE, &err);
    if (!z)
        return path;
    zip_source_t* src = zip_source_buffer(z, data, size, 0);
    if (src && zip_file_add(z, "word/document.xml", src, ZIP_FL_OVERWRITE) < 0)
        zip_source_free(src);
    zip_close(z);
    return path;
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
