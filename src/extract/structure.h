#pragma once

#include "core/taskdraft.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace duban {

// A numbered heading or item at the start of a line: 一、 / （一） / 1. / （1） / ①.
struct Heading
{
    int line = -1; // 0-based
    int level = 0; // 1..5 by numbering style, not by Markdown depth
    QString label; // the heading as it should appear in a section path (numbering kept, no trailing 。)
    QString title; // the same without its numbering
};

// Heading level of a cleaned line (0 when it is not a numbered heading); `numberLength` gets the length
// of the numbering (e.g. 3 for "（一）").
int headingLevel(const QString& line, int* numberLength = nullptr);

// Label and title of a heading whose text starts at `text` (numbering included).
void headingTexts(const QString& text, int numberLength, QString* label, QString* title);

struct DirectiveSpan
{
    DirectiveInfo info;
    int firstLine = 0; // 0-based: the title's first line
    int numberLine = 0;
};

// Finds directives by their 文号 lines (驻政办〔2020〕46 号 on a line of its own) and the title above it.
QList<DirectiveSpan> findDirectives(const QStringList& cleanedLines);

// Lines at which a speech or report begins (在…会议上的讲话): they end the directive before them.
QList<int> findSpeechStarts(const QStringList& cleanedLines);

// The date a line consists of (2018年12月29日, （二〇一八年十二月二十九日）), or an invalid date.
QDate dateOfLine(const QString& line);

// True when the text reads as a directive's title: it ends in 通知, 意见, 方案, 办法 … (or a quote closing
// one).
bool isDirectiveTitle(const QString& title);

// The level of the government that issued a directive, as the prefix its own bodies print with: 国家
// (国务院, 国办发, a ministry), 省, 自治区, 市, 州, 盟, 县, 区, 旗; empty when neither the title's issuer
// (河南省人民政府办公厅关于…) nor the 文号 (国办发, 豫政办) tells.
QString directiveLevel(const DirectiveInfo& d);

// Normalises a 文号 to full-width brackets without spaces: 驻政办〔2020〕46号.
QString normaliseDocNumber(const QString& s);

} // namespace duban
