// The .xlsx reader of feedback sheets and task lists (src/extract/xlsxreader.cpp): zip members, shared
// strings, sheets. Inputs that start with '<' become the first sheet of an otherwise valid workbook, so the
// XML is reached.
#include "extract/xlsxreader.h"
#include "fuzzinput.h"

#include <QFile>
#include <zip.h>

namespace {

QString asWorkbook(const uint8_t* data, size_t size)
{
    static const char workbook[] =
        "<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    static const char rels[] =
        "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
    static const char strings[] = "<sst><si><t>序号</t></si><si><r><t>任务</t></r></si></sst>";
    const QString path = duban::fuzz::writeInput(nullptr, 0, ".xlsx");
    int err = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_TRUNCATE | ZIP_CREATE, &err);
    if (!z)
        return path;
    const auto add = [z](const char* name, const void* bytes, size_t n) {
        zip_source_t* src = zip_source_buffer(z, bytes, n, 0);
        if (src && zip_file_add(z, name, src, ZIP_FL_OVERWRITE) < 0)
            zip_source_free(src);
    };
    add("xl/workbook.xml", workbook, sizeof workbook - 1);
    add("xl/_rels/workbook.xml.rels", rels, sizeof rels - 1);
    add("xl/sharedStrings.xml", strings, sizeof strings - 1);
    add("xl/worksheets/sheet1.xml", data, size);
    zip_close(z);
    return path;
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
