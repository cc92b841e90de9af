#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace duban {

enum class UnitKind { Department, County, Collective };
QString unitKindKey(UnitKind k);
UnitKind unitKindFromKey(const QString& key);

struct UnitEntry
{
    QString canonical;
    UnitKind kind = UnitKind::Department;
    QStringList aliases;
};

// The unit alias directory: canonical names and the ways directives print them.
class UnitDirectory
{
public:
    // Parses the TSV shipped in db/unit_aliases.tsv: canonical<TAB>kind<TAB>alias|alias|…; # comments.
    // A canonical name starting with * is a stem: a department name that any level prefix may precede
    // (省, 市, 县, 区, 河南省, 上蔡县…); the prefix stays part of the canonical name.
    static UnitDirectory fromTsv(const QString& text);
    // The directory compiled into the program.
    static const UnitDirectory& builtin();

    void add(const UnitEntry& e);
    // Whole names only; stems are not units of their own and stay out of the store.
    const QList<UnitEntry>& entries() const { return m_entries; }
    const QList<UnitEntry>& stems() const { return m_stems; }

    // Canonical name for a unit as printed; unknown units come back cleaned but otherwise unchanged.
    // `contextPrefix`: the level a list printed once before this name (市生态环境局、住建局).
    // `levelPrefix`: the level of the government whose directive names the unit (国家, 省, 自治区, 市,
    // 县, 区 …): a bare alias (发展改革委, 财政厅) means that government's own body.
    QString canonical(const QString& printed, const QString& contextPrefix = QString(),
                      const QString& levelPrefix = QString()) const;
    bool isKnown(const QString& printed) const;
    // A likely canonical name for an unknown unit (longest shared substring), or empty.
    QString suggest(const QString& printed) const;
    static UnitKind guessKind(const QString& name);
    // Removes whitespace and unifies bracket width, so that 市大数 据局 and 市大数据局 compare equal.
    static QString clean(const QString& printed);

private:
    // The level prefix and full stem for a name printed as prefix + stem alias, or empty.
    QString withStem(const QString& cleaned) const;
    // A name printed without any level of government before it (发展改革委, not 市发展改革委).
    bool isBare(const QString& cleaned) const;

    QList<UnitEntry> m_entries;
    QList<UnitEntry> m_stems;
    QHash<QString, int> m_stemIndex; // cleaned stem or stem alias -> stem
    QHash<QString, int> m_index;     // cleaned alias or canonical -> entry
};

} // namespace duban
