#pragma once

#include "extract/documentreader.h"

#include <QFileInfo>

namespace duban {

// What every file reader begins and ends with: the outcome, the file's name its messages quote, the size
// check made before the file is opened (opening a FIFO blocks until someone writes to it), and the
// document stamped with its path and format, or dropped for an error.
class DocumentReader::Attempt
{
public:
    Attempt(const QString& path, const ReadLimits& limits) : path(path), name(QFileInfo(path).fileName())
    {
        tooLarge(path, limits, &r.error);
    }

    // The file was refused before anything read it; r.error says why.
    bool refused() const { return !r.ok(); }
    // A document is read whole or not at all: what was read before the error is dropped.
    ReadResult fail(const QString& error)
    {
        r.doc = SourceDocument();
        r.error = error;
        return r;
    }
    ReadResult done(const QString& format)
    {
        r.doc.path = path;
        r.doc.format = format;
        return r;
    }

    const QString path;
    const QString name;
    ReadResult r;
};

} // namespace duban
