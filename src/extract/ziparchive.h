#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

struct zip;

namespace duban {

// A zip container (.docx, .xlsx, .ofd) opened read-only, whose members are inflated under caps: what a
// member inflates to is counted as it inflates, because the sizes a zip declares can lie (zip bombs).
// The total cap covers every member read through one archive, so a bomb split over many members (an
// OFD's thousands of pages) is stopped too.
class ZipArchive
{
public:
    // Doctype: an XML member declares a DTD, which Office Open XML and OFD never do; refusing it also stops
    // entity-expansion bombs before Qt's parser expands them (its limit counts each reference on its own).
    enum class Read { Ok, Missing, TooLarge, Broken, Doctype };

    ZipArchive(qint64 memberCap, qint64 totalCap);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // False when the file is no zip archive (or a damaged one); `zipCode` gets libzip's error code.
    bool open(const QString& path, int* zipCode = nullptr);
    bool isOpen() const { return bool(m_zip); }
    Read read(const QString& member, QByteArray* out);
    bool contains(const QString& member) const;
    qint64 memberCount() const;
    qint64 cap() const { return m_memberCap; }
    qint64 totalCap() const { return m_totalCap; }

    // libzip's words for an error code from open().
    static QString errorText(int zipCode);

private:
    struct Closer
    {
        void operator()(zip* z) const;
    };
    std::unique_ptr<zip, Closer> m_zip;
    qint64 m_memberCap, m_totalCap, m_inflated = 0;
};

} // namespace duban
