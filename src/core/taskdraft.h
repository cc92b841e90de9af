#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace duban {

// The directive a task came from, as read from the document.
struct DirectiveInfo
{
    QString title;
    QString docNumber; // 文号, full-width brackets: 驻政办〔2022〕60号
    QDate date;        // signing date, when printed
    int year = 0;      // the year dates without one are read against
    int lineStart = 0; // 1-based, in the source file
};

// A task as extraction proposes it, before a person reviews it and before it is stored.
struct TaskDraft
{
    QString source; // path of the input file
    int lineStart = 0;
    int lineEnd = 0;
    QString kind; // "inline" or "table_row"
    DirectiveInfo directive;
    QStringList section;
    QString title;
    QString text;
    QStringList units; // as printed (line breaks repaired), lead first
    QStringList leadUnits;
    QStringList coUnits;
    QStringList unitsCanonical; // parallel to units
    QStringList roles;          // parallel to units: lead / responsible / co / guide / participate
    QStringList inheritedUnits; // added from a standing note (以下…均需…落实，不再列出); also in units
    QString deadlineText;
    QDate deadline;
    QList<QDate> otherDeadlines;
    QString deadlineKind; // "" (a date or none), "recurring", "ongoing" or "start"
    QStringList targets;
};

} // namespace duban
