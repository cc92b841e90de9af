#pragma once

#include "store/repository.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace duban {

// One filled-in row of a returned feedback sheet, as the preview shows it. Rows the unit left empty are
// not listed.
struct FeedbackPreviewRow
{
    enum class Outcome { Accepted, Unchanged, Refused };
    int sheetRow = 0; // as Excel numbers rows
    qint64 taskId = 0;
    QString title; // from the database when the task exists, else the sheet's
    QString text;
    bool addsNote = false; // text is not yet among the task's notes from this unit
    int percent = -1;      // -1: not reported, refused, or nothing new
    QString percentText;   // as written
    std::optional<Status> status;
    QString statusText; // as written
    QString author;
    QDate date;
    bool sign = false;         // 签收 to record (not signed by the unit before)
    QDate signDate;            // the day written in the 签收 column; invalid = the row's date
    bool closeRequest = false; // 办结申请 to record
    Outcome outcome = Outcome::Accepted;
    QString detail; // accepted: what changes ("新增进展；进度 30% → 60%"); refused: why
};

struct FeedbackPreview
{
    QString file;
    qint64 unitId = 0;
    QString unitName;
    QDate exported;
    QList<FeedbackPreviewRow> rows;

    int count(FeedbackPreviewRow::Outcome o) const;
    QList<FeedbackUpdate> updates() const; // the accepted rows
};

// Reads a returned sheet and checks each row against the database; changes nothing. False (with a
// message for the user) when the file is unreadable, not a Duban feedback sheet, or for an unknown unit.
bool previewFeedback(Repository& repo, const QString& path, FeedbackPreview* out, QString* error);

// Writes the preview's accepted rows (one transaction, see Repository::applyFeedback) as `by`.
bool applyFeedbackPreview(Repository& repo, const FeedbackPreview& preview, const QString& by,
                          FeedbackResult* result, QString* error);

// Units a feedback sheet can be exported for: those with live tasks, by name.
struct FeedbackUnit
{
    qint64 id = 0;
    QString name;
    int taskCount = 0;
};
QList<FeedbackUnit> feedbackUnits(Repository& repo, QString* error);

} // namespace duban
