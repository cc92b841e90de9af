// The extraction engine on text: clauses, tables, deadlines, targets, structure. The bytes are decoded
// as the .txt reader would (UTF-8 or GB18030), else as Latin-1 so every input reaches the engine.
#include "extract/documentreader.h"
#include "extract/extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString text;
    if (!duban::DocumentReader::decodeText(bytes, &text, nullptr))
        text = QString::fromLatin1(bytes);
    const duban::SourceDocument doc = duban::DocumentReader::fromText(text, QStringLiteral("fuzz.txt"));
    const duban::ExtractionResult result = duban::Extractor().extract(doc);
    (void)result;
    return 0;
}
