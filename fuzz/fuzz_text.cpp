// The .txt reader: encoding detection (UTF-8, UTF-16, GB18030, Big5), binary refusal, line splitting.
#include "extract/documentreader.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = duban::fuzz::writeInput(data, size, ".txt");
    const duban::ReadResult r = duban::DocumentReader::readText(path);
    if (r.ok() && r.doc.lines.isEmpty() && size > 0 &&
        !QByteArray(reinterpret_cast<const char*>(data), size).trimmed().isEmpty())
        __builtin_trap(); // text that was accepted must have lines
    return 0;
}
