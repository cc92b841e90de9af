#include "extract/ocrtext.h"

#include <QRegularExpression>

namespace duban {

namespace {

// Look-alikes of Tesseract's chi_sim model in words every directive uses (责任, 牵头, 落实, 工作, 部门),
// plus 地狐 for 地貌 seen on a real phone scan. Only pairs whose wrong side is not a word belong here, so a
// replacement can never spoil correct text.
struct Confusion
{
    const char16_t* wrong;
    const char16_t* right;
};
constexpr Confusion kWords[] = {
    {u"责仟", u"责任"},         {u"责仼", u"责任"},     {u"牵失", u"牵头"}, {u"率头", u"牵头"},
    {u"落宝", u"落实"},         {u"落突", u"落实"},     {u"杳验", u"查验"}, {u"枪查", u"检查"},
    {u"工怍", u"工作"},         {u"丁作", u"工作"},     {u"部冂", u"部门"}, {u"单忙", u"单位"},
    {u"人民政付", u"人民政府"}, {u"办公宝", u"办公室"}, {u"地狐", u"地貌"}, {u"天于", u"关于"},
};

// Context rules: a character that is wrong only next to digits or in a list number.
struct Rule
{
    const char* pattern;
    const char* replacement;
};
constexpr Rule kRules[] = {
    {"(?<=\\d)[Oo〇](?=\\d)", "0"},                 // 2O22
    {"(?<=\\d)[lI|](?=\\d)", "1"},                  // 2l号
    {"(?<=\\d)曰", "日"},                           // 9月3曰
    {"(?<=\\d)\\s*呈(?=$|[，。；）\\s])", "号"},    // 128呈 at the end of a 文号
    {"(?<=\\d)丹", "月"},                           // 9丹底
    {"(?<=\\d)[午牛](?=\\d|底|前|内|起|度)", "年"}, // 2022午
    {"^[—－-](?=、)", "一"},                        // —、总体要求
    {"（[—－-]）", "（一）"},                       // （—）
    {"(?<=[（(])[—－-](?=[）)])", "一"},
    {"^[《(（]([一二三四五六七八九十]{1,3})[）)]", "（\\1）"}, // 《一）: an opening bracket misread
};

} // namespace

QString fixOcrConfusions(const QString& line)
{
    QString s = line;
    for (const Confusion& c : kWords)
        s.replace(QString::fromUtf16(c.wrong), QString::fromUtf16(c.right));
    static const auto rules = [] {
        QList<std::pair<QRegularExpression, QString>> out;
        for (const Rule& r : kRules)
            out.append({QRegularExpression(QString::fromUtf8(r.pattern)), QString::fromUtf8(r.replacement)});
        return out;
    }();
    for (const auto& [re, rep] : rules)
        s.replace(re, rep);
    return s;
}

} // namespace duban
