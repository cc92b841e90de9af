#pragma once

#include "extract/extractor.h"
#include "extract/sourcedocument.h"

#include <QMetaType>

namespace duban {

// What one file (or pasted text) yields: the document, its extracted tasks, or an error for the user.
struct ImportOutcome
{
    SourceDocument doc;
    ExtractionResult result;
    QString error;
    bool canceled = false;
};

} // namespace duban

Q_DECLARE_METATYPE(duban::ImportOutcome)
