#include "extract/ziparchive.h"

#include <QFile>
#include <QXmlStreamReader>
#include <zip.h>

namespace duban {

namespace {

// Only the prolog is read: a DTD must come before the root element.
bool declaresDoctype(const QByteArray& xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::DTD:
            return true;
        case QXmlStreamReader::StartElement:
            return false;
        default:
            break;
        }
    }
    return false;
}
struct ZipFileCloser
{
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};
} // namespace

void ZipArchive::Closer::operator()(zip* z) const
{
    zip_discard(z);
}

ZipArchive::ZipArchive(qint64 memberCap, qint64 totalCap) : m_memberCap(memberCap), m_totalCap(totalCap) {}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::open(const QString& path, int* zipCode)
{
    int err = 0;
    m_zip.reset(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &err));
    if (zipCode)
        *zipCode = err;
    m_inflated = 0;
    return bool(m_zip);
}

ZipArchive::Read ZipArchive::read(const QString& member, QByteArray* out)
{
    out->clear();
    if (!m_zip)
        return Read::Missing;
    // Writers differ in case and in a leading slash ("/Doc_0/Document.xml", "Doc_0/TPLS/"): look up
    // the name as written first, then without case.
    QByteArray name = member.toUtf8();
    while (name.startsWith('/'))
        name.remove(0, 1);
    zip_int64_t index = zip_name_locate(m_zip.get(), name.constData(), 0);
    if (index < 0)
        index = zip_name_locate(m_zip.get(), name.constData(), ZIP_FL_NOCASE);
    if (index < 0)
        return Read::Missing;
    std::unique_ptr<zip_file_t, ZipFileCloser> f(zip_fopen_index(m_zip.get(), zip_uint64_t(index), 0));
    if (!f)
        return Read::Broken;
    char buf[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(f.get(), buf, sizeof buf);
        if (n < 0)
            return Read::Broken;
        if (n == 0)
            return declaresDoctype(*out) ? Read::Doctype : Read::Ok;
        m_inflated += n;
        if (out->size() + n > m_memberCap || m_inflated > m_totalCap) {
            out->clear();
            return Read::TooLarge;
        }
        out->append(buf, qsizetype(n));
    }
}

bool ZipArchive::contains(const QString& member) const
{
    if (!m_zip)
        return false;
    QByteArray name = member.toUtf8();
    while (name.startsWith('/'))
        name.remove(0, 1);
    return zip_name_locate(m_zip.get(), name.constData(), ZIP_FL_NOCASE) >= 0;
}

qint64 ZipArchive::memberCount() const
{
    return m_zip ? qint64(zip_get_num_entries(m_zip.get(), 0)) : 0;
}

QString ZipArchive::errorText(int zipCode)
{
    zip_error_t ze;
    zip_error_init_with_code(&ze, zipCode);
    const QString why = QString::fromUtf8(zip_error_strerror(&ze));
    zip_error_fini(&ze);
    return why;
}

} // namespace duban
