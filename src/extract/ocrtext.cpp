#include "extract/ocrtext.h"

#include <QRegularExpression>

namespace duban {

namespace {

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF);
}

// Full-width punctuation and brackets: next to these a space is never meant either.
bool isWidePunct(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF01 && u <= 0xFF0F) || (u >= 0xFF1A && u <= 0xFF20) ||
           (u >= 0xFF3B && u <= 0xFF40) || (u >= 0xFF5B && u <= 0xFF65) || u == 0x2014 || u == 0x2026 ||
           u == 0x201C || u == 0x201D || u == 0x2018 || u == 0x2019 || u == 0x00B7;
}

bool isWide(QChar c)
{
    return isHan(c) || isWidePunct(c);
}

// Tesseract's Chinese model spaces out characters; a space survives only between two Latin words or numbers.
QString dropCjkSpaces(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isSpace()) {
            qsizetype j = i;
            while (j < s.size() && s[j].isSpace())
                ++j;
            const bool edge = out.isEmpty() || j >= s.size();
            if (!edge && !isWide(out.back()) && !isWide(s[j]))
                out += u' ';
            i = j - 1;
            continue;
        }
        out += c;
    }
    return out;
}

QChar wideFor(QChar c)
{
    static constexpr char16_t narrow[] = u",;:?!()";
    static constexpr char16_t wide[] = u"\uFF0C\uFF1B\uFF1A\uFF1F\uFF01\uFF08\uFF09"; // ，；：？！（）
    for (int i = 0; narrow[i]; ++i)
        if (c == QChar(narrow[i]))
            return QChar(wide[i]);
    return c;
}

// ASCII punctuation that touches a Chinese character becomes full-width; between digits (12:30, 1,000)
// it stays as it is.
QString widenPunctuation(const QString& s)
{
    QString out = s;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar w = wideFor(out[i]);
        if (w == out[i])
            continue;
        const bool hanBefore = i > 0 && isWide(out[i - 1]);
        const bool hanAfter = i + 1 < out.size() && isWide(out[i + 1]);
        const bool open = out[i] == u'(';
        const bool close = out[i] == u')';
        // A bracket pair is judged by what it holds: （一）, （责任单位：…）.
        if (open || close || hanBefore || hanAfter) {
            if ((open || close) && !hanBefore && !hanAfter) {
                const qsizetype other = open ? out.indexOf(u')', i) : out.lastIndexOf(u'(', i);
                const bool holdsHan = other >= 0 && [&] {
                    for (qsizetype k = std::min(i, other); k <= std::max(i, other); ++k)
                        if (isHan(out[k]))
                            return true;
                    return false;
                }();
                if (!holdsHan)
                    continue;
            }
            out[i] = w;
        }
    }
    // A full stop after a Chinese character at the end of a clause is 。 (a decimal point sits between
    // digits).
    static const QRegularExpression stop(QStringLiteral("(?<=[\\x{4E00}-\\x{9FFF}）”])\\.(?!\\d)"));
    out.replace(stop, QStringLiteral("。"));
    return out;
}

// 驻政办[2022]60号, 国办发(2018)126号, 【2022】: a 文号's year is always in 〔〕.
QString fixDocNumberBrackets(const QString& s)
{
    static const QRegularExpression re(
        QStringLiteral("(?<=[\\x{4E00}-\\x{9FFF}])\\s*[\\[\\(（【［｛{〔〖<《]\\s*((?:19|20)\\d{2})\\s*"
                       "[\\]\\)）】］｝}〕〗>》]\\s*(?=\\d{1,4}\\s*号)"));
    QString out = s;
    out.replace(re, QStringLiteral("〔\\1〕"));
    return out;
}

} // namespace

QString normalizeOcrLine(const QString& line)
{
    QString s = line;
    s.replace(QChar(0x00A0), u' ');
    s = dropCjkSpaces(s.trimmed());
    s = widenPunctuation(s);
    s = fixOcrConfusions(s); // first: 128呈 must be 128号 before the 文号 is recognised
    return fixDocNumberBrackets(s);
}

} // namespace duban
