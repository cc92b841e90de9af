#include "extract/ocrcolumns.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace duban {

namespace {

// Cells of 4×4 pixels with at least 3 dark pixels: at 300 dpi a stroke fills them, scanner noise rarely.
constexpr int kCell = 4;
constexpr int kDarkPixels = 3;
constexpr int kDark = 128;

struct InkGrid
{
    int cols = 0, rows = 0;
    std::vector<char> ink; // rows × cols
    bool at(int x, int y) const { return ink[size_t(y) * size_t(cols) + size_t(x)] != 0; }
};

InkGrid inkGrid(const QImage& gray)
{
    InkGrid g;
    g.cols = gray.width() / kCell;
    g.rows = gray.height() / kCell;
    g.ink.assign(size_t(g.cols) * size_t(g.rows), 0);
    for (int cy = 0; cy < g.rows; ++cy) {
        std::vector<int> dark(size_t(g.cols), 0);
        for (int dy = 0; dy < kCell; ++dy) {
            const uchar* line = gray.constScanLine(cy * kCell + dy);
            for (int x = 0; x < g.cols * kCell; ++x)
                dark[size_t(x / kCell)] += line[x] < kDark ? 1 : 0;
        }
        for (int cx = 0; cx < g.cols; ++cx)
            g.ink[size_t(cy) * size_t(g.cols) + size_t(cx)] = dark[size_t(cx)] >= kDarkPixels ? 1 : 0;
    }
    return g;
}

struct Gutter
{
    int from = 0, to = 0;       // cell columns [from, to)
    std::vector<char> ruleCols; // thin vertical rules inside it (some gazettes print one down the gutter)
};

// The widest band of cell columns in the middle of the page that at most a tenth of the text rows touch
// (a title or a full-width table may cross it), with text on both sides in most rows.
std::optional<Gutter> findGutter(const InkGrid& g, const std::vector<int>& textRows)
{
    if (textRows.size() < 8)
        return std::nullopt;
    std::vector<int> touched(size_t(g.cols), 0);
    for (int y : textRows)
        for (int x = 0; x < g.cols; ++x)
            touched[size_t(x)] += g.at(x, y) ? 1 : 0;
    const int allowed = int(textRows.size()) / 10;
    const int lo = g.cols * 3 / 10, hi = g.cols * 7 / 10;
    // A rule one or two cells wide that most rows touch is a printed line, not text.
    std::vector<char> rule(size_t(g.cols), 0);
    for (int x = lo; x < hi;) {
        int end = x;
        while (end < hi && touched[size_t(end)] * 5 >= int(textRows.size()) * 4)
            ++end;
        if (end > x && end - x <= 2)
            for (int r = x; r < end; ++r) {
                rule[size_t(r)] = 1;
                touched[size_t(r)] = 0;
            }
        x = std::max(end, x + 1);
    }
    Gutter best;
    for (int x = lo; x < hi;) {
        if (touched[size_t(x)] > allowed) {
            ++x;
            continue;
        }
        int end = x;
        while (end < hi && touched[size_t(end)] <= allowed)
            ++end;
        if (end - x > best.to - best.from) {
            best.from = x;
            best.to = end;
        }
        x = end;
    }
    // About 1.5 % of the width: a gap between two characters of a line is narrower, a column gutter wider.
    if (best.to - best.from < std::max(3, g.cols * 15 / 1000))
        return std::nullopt;
    int both = 0;
    for (int y : textRows) {
        bool left = false, right = false;
        for (int x = 0; x < best.from && !left; ++x)
            left = g.at(x, y);
        for (int x = best.to; x < g.cols && !right; ++x)
            right = g.at(x, y);
        both += left && right ? 1 : 0;
    }
    if (both * 2 < int(textRows.size()))
        return std::nullopt;
    best.ruleCols = std::move(rule);
    return best;
}

} // namespace

QList<QRect> readingRegions(const QImage& page)
{
    const QRect whole = page.rect();
    const QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    const InkGrid g = inkGrid(gray);
    std::vector<int> textRows;
    for (int y = 0; y < g.rows; ++y) {
        int n = 0;
        for (int x = 0; x < g.cols && n < 2; ++x)
            n += g.at(x, y) ? 1 : 0;
        if (n >= 2)
            textRows.push_back(y);
    }
    // A ruled table also leaves white bands between its columns, but its cells belong to their rows: a
    // page with several unbroken lines across most of its width is read whole.
    int rules = 0;
    bool inRule = false;
    for (int y = 0; y < g.rows; ++y) {
        int run = 0, longest = 0;
        for (int x = 0; x < g.cols; ++x) {
            run = g.at(x, y) ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        const bool isRule = longest * 10 >= g.cols * 6;
        rules += isRule && !inRule ? 1 : 0;
        inRule = isRule;
    }
    const auto gutter = rules >= 3 ? std::nullopt : findGutter(g, textRows);
    if (!gutter)
        return {whole};

    // Each cell row is full width (its ink crosses the gutter) or split; short full-width runs join the run
    // before them.
    std::vector<char> crosses(size_t(g.rows), 0);
    for (int y = 0; y < g.rows; ++y)
        for (int x = gutter->from; x < gutter->to && !crosses[size_t(y)]; ++x)
            crosses[size_t(y)] = g.at(x, y) && !gutter->ruleCols[size_t(x)] ? 1 : 0;
    struct Band
    {
        int from, to;
        bool full;
    };
    std::vector<Band> bands;
    for (int y = 0; y < g.rows; ++y) {
        const bool full = crosses[size_t(y)] != 0;
        if (bands.empty() || bands.back().full != full)
            bands.push_back({y, y + 1, full});
        else
            bands.back().to = y + 1;
    }
    // 32 px, about half a line of 12-point text at 300 dpi: less is a speck or a comma hanging into the
    // gutter.
    constexpr int kMinFullRows = 8;
    std::vector<Band> merged;
    for (const Band& b : bands) {
        if (!merged.empty() && ((b.full && b.to - b.from < kMinFullRows) || merged.back().full == b.full))
            merged.back().to = b.to;
        else
            merged.push_back(b);
    }
    const int splitCol = (gutter->from + gutter->to) / 2;
    const auto hasInk = [&g](const Band& b, int fromCol, int toCol) {
        for (int y = b.from; y < b.to; ++y)
            for (int x = fromCol; x < toCol; ++x)
                if (g.at(x, y))
                    return true;
        return false;
    };
    QList<QRect> regions;
    for (const Band& b : merged) {
        const int top = b.from * kCell;
        const int bottom = b.to == g.rows ? whole.height() : b.to * kCell;
        const int split = splitCol * kCell;
        if (b.full) {
            regions.append(QRect(0, top, whole.width(), bottom - top));
            continue;
        }
        if (hasInk(b, 0, splitCol))
            regions.append(QRect(0, top, split, bottom - top));
        if (hasInk(b, splitCol, g.cols))
            regions.append(QRect(split, top, whole.width() - split, bottom - top));
    }
    return regions;
}

} // namespace duban
