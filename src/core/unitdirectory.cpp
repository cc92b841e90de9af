#include "core/unitdirectory.h"

#include <QFile>
#include <QSet>

namespace duban {

QString unitKindKey(UnitKind k)
{
    switch (k) {
    case UnitKind::Department:
        return QStringLiteral("department");
    case UnitKind::County:
        return QStringLiteral("county");
    case UnitKind::Collective:
        return QStringLiteral("collective");
    }
    return {};
}

UnitKind unitKindFromKey(const QString& key)
{
    if (key == QLatin1String("county"))
        return UnitKind::County;
    if (key == QLatin1String("collective"))
        return UnitKind::Collective;
    return UnitKind::Department;
}

namespace {
// Text NFKC leaves as it is: printable ASCII, the CJK Unified Ideographs and the punctuation unit lists
// use (、 and full-width brackets, which NFKC makes half-width and clean() makes full-width again).
bool nfkcStable(const QString& s)
{
    for (QChar ch : s) {
        const char16_t c = ch.unicode();
        if (!((c >= 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff) || c == u'、' || c == u'（' ||
              c == u'）'))
            return false;
    }
    return true;
}
} // namespace

QString UnitDirectory::clean(const QString& printed)
{
    // NFKC folds Kangxi radicals that PDF text carries (⽉ → 月); brackets are then unified to full width.
    const QString s = nfkcStable(printed) ? printed : printed.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.isSpace())
            continue;
        if (c == u'(')
            c = u'（';
        else if (c == u')')
            c = u'）';
        out.append(c);
    }
    return out;
}

UnitDirectory UnitDirectory::fromTsv(const QString& text)
{
    UnitDirectory dir;
    const auto lines = text.split(u'\n');
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = line.split(u'\t');
        UnitEntry e;
        e.canonical = cols.value(0).trimmed();
        e.kind = unitKindFromKey(cols.value(1).trimmed());
        if (cols.size() > 2 && !cols[2].trimmed().isEmpty())
            e.aliases = cols[2].trimmed().split(u'|', Qt::SkipEmptyParts);
        if (!e.canonical.isEmpty())
            dir.add(e);
    }
    return dir;
}

const UnitDirectory& UnitDirectory::builtin()
{
    static const UnitDirectory dir = [] {
        QFile f(QStringLiteral(":/db/unit_aliases.tsv"));
        if (!f.open(QIODevice::ReadOnly))
            return UnitDirectory();
        return fromTsv(QString::fromUtf8(f.readAll()));
    }();
    return dir;
}

void UnitDirectory::add(const UnitEntry& e)
{
    if (e.canonical.startsWith(u'*')) {
        const int idx = int(m_stems.size());
        UnitEntry stem = e;
        stem.canonical = e.canonical.mid(1);
        m_stems.append(stem);
        m_stemIndex.insert(clean(stem.canonical), idx);
        for (const QString& a : stem.aliases)
            m_stemIndex.insert(clean(a), idx);
        return;
    }
    const int idx = int(m_entries.size());
    m_entries.append(e);
    m_index.insert(clean(e.canonical), idx);
    for (const QString& a : e.aliases)
        m_index.insert(clean(a), idx);
}

namespace {
// Characters that end a level prefix: 省, 自治区, 市, 州, 盟, 县, 区, 旗, 乡, 镇.
bool endsLevel(QChar c)
{
    static const QString levels = QStringLiteral("省区市州盟县旗乡镇");
    return levels.contains(c);
}
} // namespace

bool UnitDirectory::isBare(const QString& c) const
{
    static const QStringList levelWords = {QStringLiteral("国家"), QStringLiteral("国务院"),
                                           QStringLiteral("中央"), QStringLiteral("全国"),
                                           QStringLiteral("中国"), QStringLiteral("各")};
    for (const QString& w : levelWords) {
        if (c.startsWith(w))
            return false;
    }
    return !c.isEmpty() && withStem(c).isEmpty();
}

QString UnitDirectory::withStem(const QString& c) const
{
    // The shortest prefix wins, so 市市场监管局 is 市 + 市场监管局 and 市场监管局 is no prefix at all.
    // A prefix is one place name (上蔡县, 广州市), never a list: 市卫健体委和县区人民政府 is two units.
    static const QString joins = QStringLiteral("和及与、，,；;");
    for (int i = 1; i < c.size() && i <= 12 && !joins.contains(c[i - 1]); ++i) {
        if (!endsLevel(c[i - 1]))
            continue;
        if (auto it = m_stemIndex.find(c.mid(i)); it != m_stemIndex.end())
            return c.left(i) + m_stems[*it].canonical;
    }
    return {};
}

QString UnitDirectory::canonical(const QString& printed, const QString& contextPrefix,
                                 const QString& levelPrefix) const
{
    const QString c = clean(printed);
    if (!levelPrefix.isEmpty() && contextPrefix.isEmpty() && isBare(c)) {
        if (levelPrefix == QStringLiteral("国家")) {
            // National bodies print as 国家… or 国务院… in full (国家发展改革委, 国务院国资委).
            for (const QString& p : {QStringLiteral("国家"), QStringLiteral("国务院")}) {
                if (auto it = m_index.find(p + c); it != m_index.end())
                    return m_entries[*it].canonical;
            }
        } else {
            if (auto it = m_index.find(levelPrefix + c); it != m_index.end())
                return m_entries[*it].canonical;
            if (auto it = m_stemIndex.find(c); it != m_stemIndex.end())
                return levelPrefix + m_stems[*it].canonical;
        }
    }
    if (auto it = m_index.find(c); it != m_index.end())
        return m_entries[*it].canonical;
    if (const QString s = withStem(c); !s.isEmpty())
        return s;
    // Lists print the city prefix once: 市生态环境局、住建局 means 市住建局.
    if (!contextPrefix.isEmpty() && !c.startsWith(contextPrefix)) {
        if (auto it = m_index.find(contextPrefix + c); it != m_index.end())
            return m_entries[*it].canonical;
        if (auto it = m_stemIndex.find(c); it != m_stemIndex.end())
            return contextPrefix + m_stems[*it].canonical;
        if (guessKind(c) == UnitKind::Department &&
            (c.endsWith(u'局') || c.endsWith(u'委') || c.endsWith(u'办')))
            return contextPrefix + c;
    }
    if (auto it = m_stemIndex.find(c); it != m_stemIndex.end())
        return m_stems[*it].canonical;
    return c;
}

bool UnitDirectory::isKnown(const QString& printed) const
{
    const QString c = clean(printed);
    return m_index.contains(c) || m_index.contains(QStringLiteral("市") + c) || m_stemIndex.contains(c) ||
           !withStem(c).isEmpty();
}

namespace {
QSet<QString> bigrams(const QString& s)
{
    QSet<QString> out;
    for (int i = 0; i + 1 < s.size(); ++i)
        out.insert(s.mid(i, 2));
    return out;
}
} // namespace

QString UnitDirectory::suggest(const QString& printed) const
{
    const QSet<QString> a = bigrams(clean(printed));
    if (a.isEmpty())
        return {};
    double best = 0;
    QString bestName;
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
        const QSet<QString> b = bigrams(it.key());
        if (b.isEmpty())
            continue;
        const double dice = 2.0 * QSet<QString>(a).intersect(b).size() / double(a.size() + b.size());
        if (dice > best) {
            best = dice;
            bestName = m_entries[it.value()].canonical;
        }
    }
    return best >= 0.5 ? bestName : QString();
}

UnitKind UnitDirectory::guessKind(const QString& name)
{
    const QString c = clean(name);
    if (c.startsWith(u'各') || c.contains(QStringLiteral("有关")) || c.contains(QStringLiteral("相关")) ||
        c.startsWith(QStringLiteral("市直")) || c.endsWith(QStringLiteral("成员单位")))
        return UnitKind::Collective;
    if (c.contains(u'县') || c.endsWith(QStringLiteral("区人民政府")) || c.endsWith(QStringLiteral("管委会")))
        return UnitKind::County;
    return UnitKind::Department;
}

} // namespace duban
