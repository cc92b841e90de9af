#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace duban {

struct ClauseUnits
{
    QStringList units; // every unit as printed (repaired), lead first
    QStringList leads;
    QStringList co;
    QStringList roles;              // parallel to units: lead / responsible / co / guide / participate
    QHash<QString, QString> roleOf; // while parsing: the role the clause's words give each unit
    QStringList inherited; // from a standing note (以下…均需X落实，不再列出): applies to the tasks after it
    QString deadlineText; // a 完成时限：… part, if the clause carries one
    // The units before the list's first ， (all without one): a note such as 第一个逗号前为牵头单位 makes
    // them the leads.
    QStringList firstGroup;
    // 0: the clause says nothing of who leads; 1: its note says the units before the first ， lead,
    // here only; 2: here and in every clause after it (下同 / 以下).
    int leadsBeforeComma = 0;
};

// Reads responsibility clauses: 责任单位：A、B / 牵头单位：A。责任单位：B / A牵头，B配合 / A、B负责 …
class ClauseParser
{
public:
    // `content` is what stands inside the brackets, or after a 责任单位： label on a line of its own.
    // Returns nothing when the text is not a responsibility clause (e.g. （含技工院校）, （市大数据中心）).
    static std::optional<ClauseUnits> parse(const QString& content);
    // A 责任单位 cell of a task table: no marker word needed (A牵头，B负责 or just A、B).
    // `allLead`: the column is headed 牵头单位, so every unit it names leads unless the cell marks one.
    static std::optional<ClauseUnits> parseCell(const QString& units, const QString& coUnits = QString(),
                                                bool allLead = false);
    // Splits a unit list on 、，,；; outside brackets and strips 负责/配合/牵头… from each name.
    static QStringList splitUnits(const QString& list);
    static bool looksLikeUnit(const QString& name);
    // Makes the first group the leads and the rest co units (the 逗号前为牵头单位 convention).
    static void leadWithFirstGroup(ClauseUnits& c);
    // True when the text starts with a clause label such as 责任单位： or 牵头单位：.
    static bool startsWithLabel(const QString& text);
};

} // namespace duban
