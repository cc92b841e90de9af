#pragma once

#include "core/taskdraft.h"
#include "core/unitdirectory.h"
#include "extract/sourcedocument.h"

#include <QList>
#include <functional>

namespace duban {

struct ExtractionResult
{
    QList<DirectiveInfo> directives;
    QList<TaskDraft> tasks; // in source order
};

// Finds directives and the tasks they assign in a document's text.
class Extractor
{
public:
    // Called now and then with lines done / total; return false to cancel (the result is then empty).
    using Progress = std::function<bool(int done, int total)>;

    explicit Extractor(const UnitDirectory& units = UnitDirectory::builtin());
    // Year used for dates printed without one when the document names no directive year (0: current year).
    void setFallbackYear(int year) { m_fallbackYear = year; }

    ExtractionResult extract(const SourceDocument& doc, const Progress& progress = {}) const;

private:
    const UnitDirectory& m_units;
    int m_fallbackYear = 0;
};

} // namespace duban
