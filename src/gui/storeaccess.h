#pragma once

#include "core/unitdirectory.h"
#include "gui/import/importoutcome.h"
#include "gui/import/reviewmodel.h"
#include "gui/tasks/taskquery.h"
#include "store/repository.h"

#include <QVariant>
#include <memory>
#include <optional>

namespace duban {

class Repository;

// The GUI's only door to the store: every call the views make goes through here and is mapped onto
// the store's repository API (src/store/repository.h). Keeps the widgets free of store details.
namespace StoreAccess {

std::unique_ptr<Repository> open(const QString& path, QString* error);
bool backup(Repository& repo, const QString& path, QString* error);

struct Counts
{
    int total = 0, overdue = 0, dueSoon = 0, done = 0;
};
Counts counts(Repository& repo);

// --- import
struct Preview
{
    bool alreadyImported = false;         // same content hash: nothing to do
    bool isChange = false;                // a changed version of a directive already stored
    QList<ReviewModel::ChangeKind> kinds; // parallel to the outcome's tasks
    QStringList removedTitles;
};
Preview preview(Repository& repo, const ImportOutcome& outcome);
// Stores the accepted drafts (one transaction); returns how many tasks were written, or -1.
int importAccepted(Repository& repo, const ImportOutcome& outcome, const QList<TaskDraft>& accepted,
                   QString* error);

// --- tasks
std::unique_ptr<TaskSource> taskSource(Repository& repo);
// What task reads take from the palette and the clock, taken on the GUI thread: a worker reads no
// settings of its own.
struct TaskReadRules
{
    int dueSoonDays = 7;
    int signWorkingDays = 3;
    QDate today;
    static TaskReadRules current();
};
// A source for a worker's own connection, under rules taken beforehand.
std::unique_ptr<TaskSource> taskSource(Repository& repo, const TaskReadRules& rules);
QList<QPair<qint64, QString>> directives(Repository& repo); // id, title

// The detail panel's task: the record with where its text came from.
struct TaskDetail
{
    TaskRecord record;
    QString sourceFile;
    QString sourceExcerpt;
};
std::optional<TaskDetail> task(Repository& repo, qint64 id);
// Late 签收 on asOf (invalid = today) under the palette's window, for every task or one (taskId): the flag
// the task table, the detail panel and the overdue view show.
QHash<qint64, QList<LateSign>> lateSigns(Repository& repo, const QDate& asOf = {}, qint64 taskId = 0);

struct ProgressEntry
{
    qint64 id = 0;
    QDate date;
    QString text;
    int percent = -1; // -1: no percent reported
    QString author;
    QString unit;
};
QList<ProgressEntry> progress(Repository& repo, qint64 taskId);

struct AuditEntry
{
    QDateTime at;
    QString who, field, oldValue, newValue;
};
QList<AuditEntry> audit(Repository& repo, qint64 taskId);

// Fields a person edits; values: Title QString, LeadUnits/CoUnits QStringList, Deadline QDate (invalid =
// none), Status int(Status), Percent int.
enum class Field { Title, LeadUnits, CoUnits, Deadline, Status, Percent };
QVariant fieldValue(const TaskDetail& t, Field f);
TaskField toTaskField(Field f);
ProgressInput progressInput(const ProgressEntry& e);
// Writes go through TaskEditor (gui/edit/taskeditor.h), the one edit path.

// --- units
struct UnitInfo
{
    qint64 id = 0;
    QString name;
    UnitKind kind = UnitKind::Department;
    QStringList aliases;
    int taskCount = 0;
    bool needsReview = false; // created by an import from an unknown name
};
QList<UnitInfo> units(Repository& repo);
QStringList unitNames(Repository& repo);

// The person recorded as author of edits (settings "user/name", else the login name).
QString currentUser();

} // namespace StoreAccess
} // namespace duban
