#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace duban {

// One character placed on an OFD page, in page millimetres (y grows downwards, y is the baseline).
struct OfdGlyph
{
    double x = 0, y = 0;
    double size = 0;    // font size, after the text object's CTM
    double advance = 0; // distance to where the next character would start
    QString text;       // one code point (two UTF-16 units for characters outside the BMP)
};

// Rebuilds lines from placed characters: characters whose baselines lie within 0.4 of the smaller font size
// form a line; lines run top to bottom, characters left to right, and a gap wider than about a character
// becomes one space.
QStringList ofdLines(QList<OfdGlyph> glyphs);

// Parses an OFD number list ("5 5 g 3 2.5 7"): "g N V" stands for N copies of V. At most `limit`
// numbers come back, so a hostile repeat count costs nothing; a bad token ends the list.
QList<double> ofdNumbers(QStringView list, qsizetype limit);

} // namespace duban
