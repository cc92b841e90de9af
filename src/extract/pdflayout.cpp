#include "extract/pdflayout.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>

namespace duban {

namespace {

struct Line
{
    QList<LayoutWord> words; // left to right
    QRectF box;
    double height() const { return box.height(); }
};

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

bool isWideChar(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x2E80;
}

// Groups words whose vertical centres fall within one another's height into lines, top to bottom.
QList<Line> buildLines(QList<LayoutWord> words)
{
    std::sort(words.begin(), words.end(), [](const LayoutWord& a, const LayoutWord& b) {
        return a.box.center().y() < b.box.center().y();
    });
    QList<Line> lines;
    for (const LayoutWord& w : words) {
        Line* into = nullptr;
        // Only the last few lines can still take a word: words come sorted by their centre.
        for (qsizetype i = lines.size() - 1; i >= 0 && i >= lines.size() - 3; --i) {
            const QRectF& b = lines[i].box;
            const double cy = w.box.center().y();
            const double tol = std::min(b.height(), w.box.height()) * 0.5;
            if (std::abs(cy - b.center().y()) <= tol) {
                into = &lines[i];
                break;
            }
        }
        if (!into) {
            lines.append(Line{{w}, w.box});
        } else {
            into->words.append(w);
            into->box = into->box.united(w.box);
        }
    }
    for (Line& l : lines)
        std::sort(l.words.begin(), l.words.end(),
                  [](const LayoutWord& a, const LayoutWord& b) { return a.box.left() < b.box.left(); });
    std::sort(lines.begin(), lines.end(),
              [](const Line& a, const Line& b) { return a.box.top() < b.box.top(); });
    return lines;
}

// Cells of a line: runs of words separated by gaps wider than 1.2 character heights (prose has none:
// Chinese is set solid, Latin words are a third of an em apart).
QList<Line> cellsOf(const Line& line)
{
    QList<Line> cells;
    const double em = std::max(4.0, line.height());
    for (const LayoutWord& w : line.words) {
        if (!cells.isEmpty() && w.box.left() - cells.back().box.right() <= 1.2 * em) {
            cells.back().words.append(w);
            cells.back().box = cells.back().box.united(w.box);
        } else {
            cells.append(Line{{w}, w.box});
        }
    }
    return cells;
}

QString joinWords(const QList<LayoutWord>& words)
{
    QString out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0 && !out.isEmpty()) {
            const LayoutWord& prev = words[i - 1];
            const QString& t = words[i].text;
            // Chinese needs no spaces; Latin words and numbers keep the space the PDF had.
            const bool wide = isWideChar(out.back()) || (!t.isEmpty() && isWideChar(t.front()));
            const double gap = words[i].box.left() - prev.box.right();
            if (!wide && (prev.spaceAfter || gap > 0.2 * prev.box.height()))
                out += u' ';
        }
        out += words[i].text;
    }
    return out;
}

// A vertical stripe near the middle that no word crosses, with full lines of prose on both sides:
// a two-column page. Returns the stripe's x, or a negative number.
double findGutter(const QList<LayoutWord>& all, const QSizeF& size)
{
    // Running headers and page numbers sit across the middle: leave the top and bottom bands out.
    QList<LayoutWord> words;
    for (const LayoutWord& w : all)
        if (w.box.top() > size.height() * 0.08 && w.box.bottom() < size.height() * 0.92)
            words.append(w);
    // The count runs over every point of the page's middle; a file may declare any MediaBox, and no
    // page of reading matter is wider than PDF's largest (14,400 points, 200 inches).
    const double width = size.width();
    if (words.size() < 20 || !(width > 0) || width > 14400)
        return -1;
    const int from = int(width * 0.3), to = int(width * 0.7);
    QList<int> crossing(to - from + 1, 0);
    for (const LayoutWord& w : words) {
        const double l = std::max(double(from), w.box.left()), r = std::min(double(to), w.box.right());
        if (l > r)
            continue;
        for (int x = int(l); x <= int(r); ++x)
            ++crossing[x - from];
    }
    // The widest run of x with (almost) nothing over it.
    const int allowed = int(words.size() / 50);
    int bestStart = -1, bestLen = 0;
    for (int x = 0, start = -1; x <= to - from + 1; ++x) {
        const bool free = x <= to - from && crossing[x] <= allowed;
        if (free && start < 0)
            start = x;
        if (!free && start >= 0) {
            if (x - start > bestLen)
                bestStart = start, bestLen = x - start;
            start = -1;
        }
    }
    if (bestLen < 6)
        return -1;
    const double gx = from + bestStart + bestLen / 2.0;
    QList<LayoutWord> left, right;
    for (const LayoutWord& w : words) {
        if (w.box.right() < gx)
            left.append(w);
        else if (w.box.left() > gx)
            right.append(w);
    }
    // Prose fills its column; a table's cells leave most of each side empty and share their baselines.
    const auto fill = [](const QList<Line>& lines, double colLeft, double colRight) {
        QList<double> f;
        for (const Line& l : lines)
            f.append(l.box.width() / std::max(1.0, colRight - colLeft));
        return median(f);
    };
    const QList<Line> ll = buildLines(left), rl = buildLines(right);
    if (ll.size() < 5 || rl.size() < 5)
        return -1;
    double lMin = width, rMax = 0;
    for (const Line& l : ll)
        lMin = std::min(lMin, l.box.left());
    for (const Line& l : rl)
        rMax = std::max(rMax, l.box.right());
    int cellsLeft = 0;
    for (const Line& l : ll)
        cellsLeft += cellsOf(l).size() > 1 ? 1 : 0;
    if (cellsLeft > ll.size() / 3)
        return -1;
    if (fill(ll, lMin, gx) < 0.6 || fill(rl, gx, rMax) < 0.6)
        return -1;
    return gx;
}

// Lines of one page in reading order: full-width lines where they stand, two-column stretches left
// column first.
QList<Line> pageLines(const LayoutPage& page)
{
    const double gx = findGutter(page.words, page.size);
    if (gx < 0)
        return buildLines(page.words);
    QList<LayoutWord> left, right, span;
    const double h = page.size.height();
    for (const LayoutWord& w : page.words) {
        const bool band =
            w.box.top() <= h * 0.08 || w.box.bottom() >= h * 0.92; // header, footer: whole lines
        (band ? span : w.box.right() < gx ? left : w.box.left() > gx ? right : span).append(w);
    }
    const QList<Line> spans = buildLines(span);
    const QList<Line> ll = buildLines(left), rl = buildLines(right);
    QList<Line> out;
    double bandTop = -std::numeric_limits<double>::infinity();
    const auto flushBand = [&](double bandBottom) {
        for (const QList<Line>* col : {&ll, &rl})
            for (const Line& l : *col)
                if (l.box.center().y() >= bandTop && l.box.center().y() < bandBottom)
                    out.append(l);
    };
    for (const Line& s : spans) {
        flushBand(s.box.center().y());
        out.append(s);
        bandTop = s.box.center().y();
    }
    flushBand(std::numeric_limits<double>::infinity());
    return out;
}

// Table rows: consecutive lines of two or more cells, wrapped cell text merged into its column.
struct Emitted
{
    QString text;
    QRectF box;
};

QList<Emitted> rebuildTables(const QList<Line>& lines)
{
    QList<Emitted> out;
    for (qsizetype i = 0; i < lines.size();) {
        const QList<Line> head = cellsOf(lines[i]);
        if (head.size() < 3) {
            out.append({joinWords(lines[i].words), lines[i].box});
            ++i;
            continue;
        }
        // Columns from the first row (the header): each spans from its left edge to the next column's.
        QList<double> lefts;
        for (const Line& c : head)
            lefts.append(c.box.left());
        const auto columnOf = [&](double x) {
            qsizetype col = 0;
            while (col + 1 < lefts.size() && x >= lefts[col + 1] - 4)
                ++col;
            return col;
        };
        QList<QStringList> rows;
        QList<QRectF> boxes;
        QList<double> pitches;
        double lastTop = lines[i].box.top();
        qsizetype j = i;
        for (; j < lines.size(); ++j) {
            const QList<Line> cells = cellsOf(lines[j]);
            // Prose again: one run that starts left of the table or crosses a column boundary.
            if (cells.size() == 1 && j > i) {
                const Line& c = cells.front();
                if (c.box.left() < lefts.front() - 8 || columnOf(c.box.left()) != columnOf(c.box.right() - 1))
                    break;
            }
            if (j > i && lines[j].box.top() - lastTop > 6 * std::max(4.0, lines[j].height()))
                break;
            const double pitch = lines[j].box.top() - lastTop;
            const double typical = pitches.isEmpty() ? 0 : median(pitches);
            bool newRow = rows.isEmpty() || (typical > 0 && pitch > typical * 1.35);
            QStringList parts(lefts.size());
            for (const Line& c : cells)
                parts[columnOf(c.box.left())] += joinWords(c.words);
            if (!newRow && !parts.front().isEmpty() && !rows.back().front().isEmpty())
                newRow = true; // a tight table: a filled 序号 cell starts a row
            if (j > i && !newRow)
                pitches.append(pitch);
            if (newRow) {
                rows.append(parts);
                boxes.append(lines[j].box);
            } else {
                for (qsizetype c = 0; c < parts.size(); ++c)
                    rows.back()[c] += parts[c];
                boxes.back() = boxes.back().united(lines[j].box);
            }
            lastTop = lines[j].box.top();
        }
        for (qsizetype r = 0; r < rows.size(); ++r)
            out.append({rows[r].join(u'\t'), boxes[r]});
        i = j;
    }
    return out;
}

QString furniture(const QString& text)
{
    QString key;
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        key += c.isDigit() ? QChar(u'#') : c;
    }
    return key;
}

} // namespace

bool isPageNumberLine(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:[-—－–一]\\s*)?\\d{1,4}(?:\\s*[-—－–一])?\\s*$|^\\s*第\\s*\\d{1,4}\\s*页(?:"
                       "\\s*[，,/]?\\s*共\\s*\\d{1,4}\\s*页)?\\s*$"
                       "|^\\s*\\d{1,4}\\s*/\\s*\\d{1,4}\\s*$|^\\s*[Pp]age\\s*\\d+(?:\\s*of\\s*\\d+)?\\s*$"));
    return re.match(text).hasMatch();
}

QList<LayoutLine> layoutPdfText(const QList<LayoutPage>& given)
{
    // A box that is not a number places its word nowhere (and would leave the sorts below unordered).
    QList<LayoutPage> pages = given;
    for (LayoutPage& page : pages)
        page.words.removeIf([](const LayoutWord& w) {
            const QRectF& b = w.box;
            return !std::isfinite(b.left()) || !std::isfinite(b.top()) || !std::isfinite(b.right()) ||
                   !std::isfinite(b.bottom());
        });
    QList<QList<Emitted>> perPage;
    QHash<QString, QSet<int>> bandKeys; // header/footer text → pages it appears on
    for (int p = 0; p < pages.size(); ++p) {
        perPage.append(rebuildTables(pageLines(pages[p])));
        const double h = pages[p].size.height();
        for (const Emitted& e : perPage.back())
            if (e.box.bottom() < h * 0.1 || e.box.top() > h * 0.9)
                bandKeys[furniture(e.text)].insert(p);
    }
    QList<LayoutLine> out;
    for (int p = 0; p < pages.size(); ++p) {
        const double h = pages[p].size.height();
        for (const Emitted& e : perPage[p]) {
            const bool inBand = e.box.bottom() < h * 0.1 || e.box.top() > h * 0.9;
            if (inBand) {
                if (isPageNumberLine(e.text))
                    continue;
                // Running header or footer: the same words (numbers aside) on half the pages or more.
                const int seen = int(bandKeys.value(furniture(e.text)).size());
                if (pages.size() >= 2 && seen >= 2 && seen * 2 >= pages.size())
                    continue;
            }
            out.append({p, e.text, e.box});
        }
    }
    return out;
}

bool looksGarbled(const QString& text)
{
    // Characters that carry most of any Chinese directive; garbled layers hold few of them.
    static const QString common = QStringLiteral(
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产"
        "种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从"
        "业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又"
        "么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位"
        "入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放"
        "决西被干做必战先回则任取据处理府市省县局委办责督落施推进完善加强工作单位牵头配合负责，。、；：（）");
    int han = 0, hits = 0, bad = 0, all = 0;
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        ++all;
        const char16_t u = c.unicode();
        if ((u < 0x20) || (u >= 0xE000 && u <= 0xF8FF) || u == 0xFFFD || (u >= 0xD800 && u <= 0xDFFF))
            ++bad;
        if (u >= 0x4E00 && u <= 0x9FFF) {
            ++han;
            hits += common.contains(c) ? 1 : 0;
        }
    }
    if (all == 0)
        return false;
    // Control characters are never text: glyph ids read as character codes.
    if (bad * 20 > all)
        return true;
    // Real Chinese prose draws a third or more of its characters from the list; random ideographs a few
    // percent.
    return han >= 40 && hits * 8 < han;
}

} // namespace duban
