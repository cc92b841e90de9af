// Which encoding a text file is in. Government text arrives as UTF-8, GB18030/GBK, UTF-16 (Windows
// "Unicode" saves, with or without BOM) and Big5 (Taiwan, Hong Kong). Big5 bytes are mostly valid
// GB18030 too and would decode silently into nonsense, so when both decode the text that reads as
// more common Chinese wins.
#include "extract/documentreader.h"

#include <QStringDecoder>
#include <optional>

namespace duban {

namespace {

// NUL anywhere, or more than 1 % C0 controls other than tab/CR/LF/FF/ESC in the first 64 KB.
bool looksBinary(QStringView text)
{
    const qsizetype n = std::min<qsizetype>(text.size(), 64 * 1024);
    qsizetype bad = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b)
            ++bad;
    }
    return text.contains(QChar(0)) || (n > 0 && bad * 100 > n);
}

bool decodeStrict(QStringDecoder&& d, QByteArrayView bytes, QString* out)
{
    if (!d.isValid())
        return false;
    QString text = d.decode(bytes);
    if (d.hasError() || looksBinary(text))
        return false;
    *out = std::move(text);
    return true;
}

// UTF-16 without BOM: the NUL bytes of its ASCII (digits, newlines) fall on one parity, and there are
// many of them (at least one code unit in 20); random binary has few, on both parities.
std::optional<QStringDecoder::Encoding> utf16ByZeros(QByteArrayView bytes)
{
    if (bytes.size() < 2 || bytes.size() % 2 != 0)
        return std::nullopt;
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i < n; ++i)
        if (bytes[i] == '\0')
            ++(i % 2 ? odd : even);
    const qsizetype enough = std::max<qsizetype>(1, n / 2 / 20);
    // A few on the other side are characters U+xx00 (一 is U+4E00).
    if (odd >= enough && even * 10 <= odd)
        return QStringDecoder::Utf16LE;
    if (even >= enough && odd * 10 <= even)
        return QStringDecoder::Utf16BE;
    return std::nullopt;
}

// How much of the text is among the most frequent characters of official Chinese, in either script.
qsizetype commonChinese(QStringView text)
{
    static const QString common = QStringLiteral(
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种"
        "面而方"
        "后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性"
        "好应开"
        "它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向"
        "道命此"
        "变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件"
        "长求老"
        "头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府市局"
        "县镇"
        "這為個國們時來對會發動過說產種後從當點業還實現體製機開兩進關於學經個應來問題黨務記錄單責區縣鎮辦");
    qsizetype n = 0;
    for (QChar c : text)
        n += common.contains(c) ? 1 : 0;
    return n;
}

} // namespace

bool DocumentReader::decodeText(const QByteArray& bytes, QString* out, QString* encoding)
{
    const auto said = [&](const char* name) {
        if (encoding)
            *encoding = QString::fromLatin1(name);
        return true;
    };
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        return decodeStrict(QStringDecoder(QStringDecoder::Utf8), view.sliced(3), out) && said("UTF-8 (BOM)");
    if (view.startsWith("\xFF\xFE"))
        return decodeStrict(QStringDecoder(QStringDecoder::Utf16LE), view.sliced(2), out) && said("UTF-16LE");
    if (view.startsWith("\xFE\xFF"))
        return decodeStrict(QStringDecoder(QStringDecoder::Utf16BE), view.sliced(2), out) && said("UTF-16BE");
    if (const auto utf16 = utf16ByZeros(view))
        return decodeStrict(QStringDecoder(*utf16), view, out) &&
               said(*utf16 == QStringDecoder::Utf16LE ? "UTF-16LE" : "UTF-16BE");
    if (view.contains('\0'))
        return false;
    if (decodeStrict(QStringDecoder(QStringDecoder::Utf8), view, out))
        return said("UTF-8");
    QString gb, big5;
    const bool isGb = decodeStrict(QStringDecoder("GB18030"), view, &gb);
    const bool isBig5 = decodeStrict(QStringDecoder("Big5"), view, &big5);
    if (isBig5 && (!isGb || commonChinese(big5) > commonChinese(gb))) {
        *out = std::move(big5);
        return said("Big5");
    }
    if (!isGb)
        return false;
    *out = std::move(gb);
    return said("GB18030");
}

} // namespace duban
