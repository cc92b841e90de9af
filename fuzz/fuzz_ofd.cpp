// The OFD reader (src/extract/ofdreader.cpp): OFD.xml → Document.xml → each page's Content.xml and its
// template pages, then the glyph layout (ofdlayout.cpp). Raw inputs are read as an .ofd file; inputs that
// start with '<' become the members of an otherwise valid package, so the fuzzer reaches the XML without
// having to make zips: the input is split at NUL bytes into the page's Content.xml, Document.xml and the
// template page's Content.xml (missing parts get a default; the template defaults to the page itself).
#include "extract/documentreader.h"
#include "fuzzinput.h"

#include <QByteArray>
#include <QList>

namespace {

QString asOfd(const uint8_t* data, size_t size)
{
    static const QByteArray ofd = "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody>"
                                  "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>";
    static const QByteArray document = "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Pages>"
                                       "<ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/>"
                                       "<ofd:Page ID=\"2\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages>"
                                       "<ofd:TemplatePage ID=\"3\" BaseLoc=\"Tpls/Tpl_0/Content.xml\"/>"
                                       "</ofd:Document>";
    const QList<QByteArray> parts =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)).split('\0');
    const QByteArray page = parts.value(0);
    const QByteArray doc = parts.size() > 1 ? parts[1] : document;
    const QByteArray tpl = parts.size() > 2 ? parts[2] : page;

    return duban::fuzz::writeZip({{"OFD.xml", ofd},
                                  {"Doc_0/Document.xml", doc},
                                  {"Doc_0/Pages/Page_0/Content.xml", page},
                                  {"Doc_0/Tpls/Tpl_0/Content.xml", tpl}},
                                 ".ofd");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    duban::ReadLimits limits;
    limits.maxInflatedBytes = 4 * 1024 * 1024; // inputs are at most 64 KB: the cap itself is what is tested
    const bool xml = size > 0 && data[0] == '<';
    const QString path = xml ? asOfd(data, size) : duban::fuzz::writeInput(data, size, ".ofd");
    (void)duban::DocumentReader::readOfd(path, limits);
    return 0;
}
