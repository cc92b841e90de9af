#pragma once

#include "store/repository.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace duban {

// The unit feedback sheet (单位反馈表): an .xlsx per unit listing its live tasks with empty columns the
// unit's liaison fills in (Excel or WPS) and sends back; feedbackimport.h reads it back.
//
// A hidden worksheet named kFeedbackMarkerSheet holds key/value rows (kind, version, unit id and name,
// export date) so that an import knows whose sheet it is without trusting the visible title.
inline constexpr char kFeedbackMarkerSheet[] = "duban";
inline constexpr char kFeedbackKind[] = "duban-feedback";
inline constexpr int kFeedbackVersion = 1;

// Columns of the task table, in order. The first FeedbackColumn::Progress columns are filled by the
// office; the rest by the unit.
enum class FeedbackColumn {
    TaskId,
    Directive,
    DocNumber,
    Title,
    Role,
    Deadline,
    CurrentStatus,
    CurrentPercent,
    Progress,     // 进展情况
    Percent,      // 完成进度（%）
    Status,       // 状态
    Author,       // 填报人
    Date,         // 填报日期
    Sign,         // 签收: 是, or the day signed
    CloseRequest, // 申请办结: 是 (the note in 进展情况)
    Count
};
QString feedbackColumnLabel(FeedbackColumn c);       // translated
QString feedbackColumnSourceLabel(FeedbackColumn c); // the Chinese text, whatever the language
inline constexpr int kFeedbackHeaderRow = 4;         // 1-based; the title block sits above it

// A safe file name for a unit's sheet: "市商务局_反馈表_2022-10-15.xlsx".
QString feedbackFileName(const QString& unitName, const QDate& date);

// Writes the sheet for one unit (lead or co on each listed task). taskCount receives the number of rows.
bool writeFeedbackSheet(Repository& repo, qint64 unitId, const QString& path, const QDate& exportDate,
                        int* taskCount, QString* error);

// One file per unit that has live tasks, into dir (created if needed). files receives the paths.
bool writeFeedbackSheets(Repository& repo, const QString& dir, const QDate& exportDate, QStringList* files,
                         QString* error);

} // namespace duban
