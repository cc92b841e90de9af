#pragma once

#include <QString>

namespace duban {

// Puts a line that Tesseract recognised into the form the extractor expects of a 公文: no spaces
// between Chinese characters, full-width punctuation next to Chinese, 〔〕 around the year of a 文号,
// and the look-alike characters of ocrconfusions.cpp put right.
QString normalizeOcrLine(const QString& line);

// Applies only the confusion table (exposed for tests).
QString fixOcrConfusions(const QString& line);

} // namespace duban
