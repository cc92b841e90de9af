// The .xlsx reader of feedback sheets and task lists (src/extract/xlsxreader.cpp): zip members, shared
// strings, sheets. Inputs that start with '<' become the first sheet of an otherwise valid workbook, so the
// XML is reached.
#include "extract/xlsxreader.h"
#include "fuzzinput.h"

namespace {

QString asWorkbook(const uint8_t* data, size_t size)
{
    static const char workbook[] =
        "<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    static const char rels[] =
        "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
    static const char strings[] = "<sst><si><t>序号</t></si><si><r><t>任务</t></r></si></sst>";
    return duban::fuzz::writeZip(
        {{"xl/workbook.xml", QByteArray(workbook)},
         {"xl/_rels/workbook.xml.rels", QByteArray(rels)},
         {"xl/sharedStrings.xml", QByteArray(strings)},
         {"xl/worksheets/sheet1.xml",
          QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size))}},
        ".xlsx");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const bool xml = size > 0 && data[0] == '<';
    const QString path = xml ? asWorkbook(data, size) : duban::fuzz::writeInput(data, size, ".xlsx");
    QList<duban::XlsxSheet> sheets;
    QString error;
    duban::XlsxLimits limits; // inputs are at most 64 KB: the caps themselves are what is tested
    limits.partBytes = 1024 * 1024;
    limits.totalBytes = 2 * 1024 * 1024;
    (void)duban::readXlsx(path, &sheets, &error, limits);
    return 0;
}
