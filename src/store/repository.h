#pragma once

#include "core/duestate.h"
#include "core/scoring.h"
#include "core/status.h"
#include "core/taskdraft.h"
#include "core/unitdirectory.h"
#include "core/workflow.h"
#include "store/taskrecord.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>
#include <qnamespace.h>

namespace duban {

// Why a store call failed. `message` is for the user (Chinese source text, translated): it says what
// went wrong and where (the database path, the task id, the unit name).
struct StoreError
{
    enum Kind {
        None,
        BadInput,     // unknown task/unit id, invalid value, unknown field
        Missing,      // database file does not exist (and OpenOptions::mustExist)
        ReadOnly,     // file or directory not writable, or the repository was opened read-only
        Locked,       // another writer held the database past the busy timeout
        NewerSchema,  // written by a newer program: refused, never modified
        NotADatabase, // not an SQLite file, or an SQLite file that is not Duban's
        Sql,          // any other database failure
        Conflict,     // the value changed since it was read (another window, the CLI, a feedback import)
        Unreachable,  // the database server cannot be reached, or the connection dropped
        Denied,       // the server refused the login (password) or the action (the user's role)
    };
    Kind kind = None;
    QString message;
    bool isError() const { return kind != None; }
};

struct OpenOptions
{
    bool readOnly = false;  // reads only; refuses a database that would need a migration
    bool mustExist = false; // refuse instead of creating a new file
    int busyTimeoutMs = 5000;
};

// Task fields an edit can change. Values in a TaskEdit / returned as old values:
// Title, Text, DeadlineText: QString; Section, LeadUnits, CoUnits, Targets: QStringList (unit names are
// resolved like on import); Deadline, StartDate: QDate (invalid = none); Status: int(Status);
// Percent: int 0..100.
enum class TaskField {
    Title,
    Text,
    Section,
    Deadline,
    DeadlineText,
    StartDate,
    Status,
    Percent,
    LeadUnits,
    CoUnits,
    Targets
};
QString taskFieldKey(TaskField f); // stored in the audit log: "title", "deadline", "lead_units", …
std::optional<TaskField> taskFieldFromKey(const QString& key);

// One change to one task. Applying it returns the old value; applying {taskId, field, oldValue} undoes
// it (and is itself audited).
struct TaskEdit
{
    qint64 taskId = 0;
    TaskField field = TaskField::Title;
    QVariant value;
    // The task's version (TaskRecord::version) the edit was made on; > 0 refuses the edit with a Conflict
    // naming who changed the task and when if anyone wrote it since. 0: not checked.
    int baseVersion = 0;
};

// --- queries

struct TaskFilter
{
    QString unit; // unit name or alias (lead or co), empty = any
    std::optional<Status> status;
    qint64 directiveId = 0;      // 0 = any
    std::optional<DueState> due; // computed from asOf and dueSoonDays in SQL (date ranges)
    QDate asOf;                  // invalid = Clock::today()
    int dueSoonDays = 7;
    QDate deadlineFrom, deadlineTo; // inclusive; invalid = open end
    QString search;                 // title, text, unit names; Chinese substrings
    bool includeRetired = false;    // tasks dropped by a later revision of their directive
    std::optional<Pace> pace;       // 序时进度 on asOf, computed in SQL like duban::pace()
    int paceTolerance = 5;
    bool byOriginalDeadline = false; // due and pace judged by the deadline before the first 延期
    // Non-empty: only these tasks, of those the rest selects (a view reading again what another desk
    // changed).
    QList<qint64> ids;
};

enum class TaskSortKey { Id, Title, LeadUnits, Deadline, DueState, Status, Percent, Directive, Updated };
struct TaskSort
{
    TaskSortKey key = TaskSortKey::Deadline;
    Qt::SortOrder order = Qt::AscendingOrder;
};

struct DirectiveRecord
{
    qint64 id = 0;
    QString sourceFile;
    QString contentHash;
    QString title;
    QString docNumber;
    QDate date;
    QString issuer;
    QDateTime importedAt;
    QString importedBy;
    int taskCount = 0;
};

struct TaskUnitLink
{
    qint64 unitId = 0;
    QString name;        // canonical
    QString printedName; // as the directive printed it
    bool lead = false;
};

struct ProgressRecord
{
    qint64 id = 0;
    qint64 taskId = 0;
    QDate date;
    QString text;
    int percent = -1; // -1: the update did not report a percent
    QString author;
    QString unit;
    QDateTime recordedAt;
};

struct AuditRecord
{
    qint64 id = 0;
    qint64 taskId = 0;
    QDateTime at;
    QString by;
    QString action; // "edit", "import", "revise", "retire", "progress", "progress_removed", "unit_merge",
                    // "unit_rename"; "sql": a change made outside Duban on a server (by = the login)
    QString field;  // taskFieldKey() or empty
    QString oldValue, newValue;
};

// A task with its directive, units, progress notes and audit trail (the detail panel, duban-cli show).
struct TaskDetails
{
    TaskRecord record;
    DirectiveRecord directive;
    QList<TaskUnitLink> units;      // leads first
    QList<ProgressRecord> progress; // newest first
    QList<AuditRecord> audit;       // newest first
};

struct UnitRecord
{
    qint64 id = 0;
    QString name;
    UnitKind kind = UnitKind::Department;
    bool needsReview = false; // created by an import from a name the directory did not know
    QStringList aliases;
    int taskCount = 0; // live tasks linked as lead or co
    int leadCount = 0;
};

// Per-unit counts (live tasks, unit as lead or co) on an as-of date.
// One unit's figures over the tasks it is lead or co unit of: the one per-unit query, shared by the overdue
// view, the report's scope checks and duban-cli.
struct UnitSummary
{
    qint64 unitId = 0;
    QString name;
    int total = 0, notStarted = 0, inProgress = 0, done = 0, suspended = 0, overdue = 0, dueSoon = 0;
    int behindPace = 0; // open, not overdue, behind the time share by more than the pace tolerance
    int completionPercent() const { return total > 0 ? done * 100 / total : 0; }
};

// Per-unit warning figures on an as-of date (live tasks, unit as lead or co) for the overdue view.
// behindPace: open tasks whose percent is below the share of their time elapsed (pace() == Behind).

// The figures every view, the weekly report and duban-cli show for an as-of day, one definition each
// (Repository::warningFigures, one query; the report counts its scope by the same rules in C++):
//   overdue    open (未开始/进行中) with a deadline before the day;
//   dueSoon    open with a deadline from the day to dueSoonDays after it (inclusive);
//   behind     open, not overdue, with a start and a deadline, percent below 序时进度 by more than
//              paceTolerance points; ahead / onPace likewise above / within;
//   noDeadline open without a deadline; done, suspended by status.
struct WarningFigures
{
    QDate asOf;
    DueRules rules;
    int total = 0, overdue = 0, dueSoon = 0, behind = 0, ahead = 0, onPace = 0, noDeadline = 0;
    int notOverdue = 0; // open with a deadline on or after the day (dueSoon included)
    int done = 0, suspended = 0;
    int onTrack() const { return notOverdue - dueSoon; } // open with a deadline after the due-soon days
};

struct ProgressInput
{
    QDate date; // invalid = Clock::today()
    QString text;
    int percent = -1; // 0..100 also sets the task's percent (audited); -1 leaves it
    QString author;
    QString unit;
};

// One row of a unit's returned feedback sheet (单位反馈表), already checked by the caller's preview.
struct FeedbackUpdate
{
    qint64 taskId = 0;
    int sheetRow = 0; // spreadsheet row, for messages
    QString text;     // progress note; empty = none
    int percent = -1; // 0..100, -1 = not reported
    std::optional<Status> status;
    QString author;    // 填报人; empty = the importing person
    QDate date;        // invalid = Clock::today()
    bool sign = false; // the unit signs for the task (签收) on signDate, else on date
    QDate signDate;
    bool closeRequest = false; // the unit claims done (办结申请), the note being text
};

struct FeedbackResult
{
    int progressAdded = 0, statusChanged = 0, percentChanged = 0;
    int signs = 0, closeRequests = 0; // workflow events recorded
};

// --- import

// The tasks one file yielded. Same contentHash again imports nothing.
struct ImportBatch
{
    QString sourceFile; // file name as shown to people
    QString contentHash;
    QList<DirectiveInfo> directives; // may be empty: tasks carry their DirectiveInfo
    QList<TaskDraft> tasks;
    // Drafts the reviewer left out: the stored tasks they match stay as they are (not retired), and the
    // file can be imported again to bring them in.
    QList<TaskDraft> skipped;
    QString importedBy;
    QString issuer;

    // SHA-256 (hex) of the document's text, so the same text read from .txt/.docx or pasted matches.
    static QString hashOf(const QStringList& lines);
};

struct ImportPlan
{
    enum class Kind { New, AlreadyImported, Revision };
    enum class Change { New, Changed, Unchanged };
    struct Gone
    {
        qint64 taskId = 0;
        QString title;
        int progressCount = 0;
    };
    Kind kind = Kind::New;
    QList<Change> changes;            // parallel to batch.tasks
    QList<qint64> matchedTaskIds;     // parallel; 0 = new task
    QList<QStringList> changedFields; // parallel; taskFieldKey()s that differ
    QList<Gone> gone;                 // stored tasks the new version no longer has (retired on apply)
    QStringList unknownUnits;         // names that would become new units flagged for review
    QList<qint64> revisedDirectiveIds;
    bool needsConfirmation() const { return kind == Kind::Revision; }
};

struct ImportResult
{
    bool alreadyImported = false;
    int added = 0, changed = 0, unchanged = 0, retired = 0;
    QList<qint64> taskIds; // parallel to batch.tasks
    QStringList newUnits;
};

// A task entered by hand (what extraction missed, what came by phone). id > 0 re-creates a deleted task
// under its old number (undo of a delete).
struct NewTask
{
    qint64 id = 0;
    QString title;
    QString text;
    QStringList leadUnits, coUnits;
    QDate deadline;
    QString deadlineText;
    QDate startDate; // invalid = today
    // Re-creating a deleted task: where it was (0 = the 手工录入 directive).
    qint64 directiveId = 0;
    QStringList section;
    int lineStart = 0, lineEnd = 0;
    QString kind;
};

// A published 考评 ranking: the period, the as-of day the trail was replayed to and the rule, stored with
// the result so that it reads back as published and can be recomputed from the trail to compare.
struct ScoreRun
{
    qint64 id = 0;
    ScorePeriod period; // asOf always set
    ScoreRule rule;
    QList<UnitScore> scores;
    QDateTime computedAt;
    QString by;
};

class SqlDialect;
class ChangeFeed;

// The store: one database connection, owned by the thread that opened it. All SQL lives behind this
// class; database-specific syntax sits in a SqlDialect (SQLite now, PostgreSQL possible later).
class Repository
{
public:
    ~Repository();
    Repository(const Repository&) = delete;
    Repository& operator=(const Repository&) = delete;

    // Opens (creating when allowed) and migrates. Refuses and leaves the file untouched when it is not
    // a database, from a newer schema, read-only (unless opts.readOnly), or locked past the timeout.
    static std::unique_ptr<Repository> open(const QString& path, const OpenOptions& opts = {},
                                            StoreError* error = nullptr);
    // AppDataLocation/duban.sqlite
    static QString defaultPath();
    static int schemaVersion(); // the newest migration this program has

    QString path() const;
    bool isReadOnly() const;
    QStringList migrationBackups() const; // copies taken by open() before migrating, if any
    // What other desks write to the same server, as task ids (store/changefeed.h); owned by the repository,
    // never emits on a file. Delivered on the thread that opened the repository, by its event loop.
    ChangeFeed* changeFeed();

    // A second, read-only connection to the same database (the password too), for a worker thread: Qt's
    // SQL connections belong to the thread that opened them. Call it from that thread. Null for an
    // in-memory database, which no other connection can see.
    std::function<std::unique_ptr<Repository>(StoreError*)> readerOpener() const;
    // The same, a connection that may write: for a worker that keeps figures derived from the tasks (the
    // per-unit figures of a day), never for the user's edits, which stay on the GUI thread (TaskEditor).
    // Null where readerOpener() is, and for a repository opened read-only.
    std::function<std::unique_ptr<Repository>(StoreError*)> writerOpener() const;

    // --- import
    ImportPlan planImport(const ImportBatch& batch, StoreError* error = nullptr);
    // One transaction: all tasks or none. A revision is applied only when confirmRevision is true;
    // otherwise nothing changes and the error kind is BadInput.
    bool applyImport(const ImportBatch& batch, bool confirmRevision, ImportResult* result = nullptr,
                     StoreError* error = nullptr);

    // --- queries (filtering, sorting, paging in SQL)
    int countTasks(const TaskFilter& filter, StoreError* error = nullptr);
    QList<TaskRecord> tasks(const TaskFilter& filter, const TaskSort& sort = {}, int offset = 0,
                            int limit = -1, StoreError* error = nullptr);
    // Overdue tasks on asOf (oldest deadline first), then, when dueSoonDays >= 0, those due within that many
    // days.
    QList<TaskRecord> overdue(const QDate& asOf, int dueSoonDays = -1, StoreError* error = nullptr);
    WarningFigures warningFigures(const QDate& asOf, const DueRules& rules, StoreError* error = nullptr);
    std::optional<TaskDetails> task(qint64 id, StoreError* error = nullptr);
    QList<ProgressRecord> progress(qint64 taskId, StoreError* error = nullptr);
    QList<AuditRecord> audit(qint64 taskId, StoreError* error = nullptr);
    QList<DirectiveRecord> directives(StoreError* error = nullptr);
    QList<UnitRecord> units(StoreError* error = nullptr);
    // Units with tasks, ranked by overdue tasks, then due soon, then name; pace uses rules.paceTolerance.
    QList<UnitSummary> unitSummaries(const QDate& asOf = {}, const DueRules& rules = {},
                                     StoreError* error = nullptr);
    // Whether unitSummaries() of that day and rules reads kept figures (migration 0012) instead of counting
    // every link: true also for a login that always counts its own (a liaison). A read-only connection (the
    // views' background reads) counts a day not kept; the page then asks its own connection once, which
    // keeps it.
    bool unitSummariesKept(const QDate& asOf, const DueRules& rules, StoreError* error = nullptr);
    // Open tasks behind pace on asOf among those the filter selects.
    int countBehindPace(const TaskFilter& filter, int paceTolerance, StoreError* error = nullptr);
    std::optional<qint64> findUnit(const QString& nameOrAlias, StoreError* error = nullptr);

    // --- edits: each call is one transaction that also writes the audit log
    QVariant fieldValue(qint64 taskId, TaskField field, StoreError* error = nullptr);
    // The task's version, bumped by every write to it (0 on failure).
    int taskVersion(qint64 taskId, StoreError* error = nullptr);
    // Returns the old value (invalid QVariant on failure; check error).
    QVariant applyEdit(const TaskEdit& edit, const QString& by, StoreError* error = nullptr);
    bool applyEdits(const QList<TaskEdit>& edits, const QString& by, QList<QVariant>* oldValues = nullptr,
                    StoreError* error = nullptr);
    // Returns the new progress id, 0 on failure. previousPercent receives the task's percent before.
    qint64 addProgress(qint64 taskId, const ProgressInput& in, int* previousPercent = nullptr,
                       StoreError* error = nullptr);
    bool removeProgress(qint64 progressId, const QString& by, StoreError* error = nullptr);
    // Undo and redo: applies each edit only if its field still holds `expected` (what this program last
    // wrote); otherwise nothing is written and a Conflict error names the value found. nowValues receives
    // the values as stored after the edits (src/store/guardededits.cpp).
    bool applyEditsIfUnchanged(const QList<TaskEdit>& edits, const QList<QVariant>& expected,
                               const QString& by, QList<QVariant>* nowValues = nullptr,
                               StoreError* error = nullptr);
    // The undo of a progress note: the fields it changed go back as applyEditsIfUnchanged does, and the
    // note goes, in one transaction: both or, on a conflict or a note already gone, neither.
    bool removeProgressIfUnchanged(qint64 progressId, const QList<TaskEdit>& edits,
                                   const QList<QVariant>& expected, const QString& by,
                                   StoreError* error = nullptr);
    // Edits of one task and a progress note on it, in one transaction: both or neither.
    bool applyEditsWithProgress(qint64 taskId, const QList<TaskEdit>& edits, const ProgressInput& note,
                                const QString& by, QList<QVariant>* oldValues = nullptr,
                                int* previousPercent = nullptr, StoreError* error = nullptr);
    // Tasks by hand (src/store/manualtasks.cpp), all audited. A new task belongs to the database's
    // 手工录入 directive; returns its id, 0 on failure.
    qint64 createTask(const NewTask& task, const QString& by, StoreError* error = nullptr);
    // 撤销: the task leaves every view and report but keeps its history; the reason is audited.
    bool cancelTask(qint64 taskId, const QString& reason, const QString& by, StoreError* error = nullptr);
    bool restoreTask(qint64 taskId, const QString& by, StoreError* error = nullptr); // undoes a cancel
    // Only a task nothing was recorded on (no progress, no edit since it was created or imported).
    bool canDeleteTask(qint64 taskId, QString* why = nullptr, StoreError* error = nullptr);
    bool deleteTask(qint64 taskId, const QString& by, StoreError* error = nullptr);
    // A unit's feedback sheet: every row or none, in one transaction (src/store/feedbackstore.cpp). Each
    // task must be live and have unitId as lead or co unit; progress notes carry the unit's name and the
    // row's author, percent and status changes are audited as `by` (the person importing).
    bool applyFeedback(qint64 unitId, const QList<FeedbackUpdate>& rows, const QString& by,
                       FeedbackResult* result = nullptr, StoreError* error = nullptr);

    // --- units
    // The old name stays as an alias.
    bool renameUnit(qint64 unitId, const QString& newName, const QString& by, StoreError* error = nullptr);
    // Tasks move from `from` to `into`; from's name and aliases become aliases of `into`; `from` is deleted.
    bool mergeUnits(qint64 fromId, qint64 intoId, const QString& by, StoreError* error = nullptr);
    bool setUnitReviewed(qint64 unitId, bool reviewed = true, StoreError* error = nullptr);

    // --- reports (src/report): the audit trail and progress log over a period, and issue numbers
    // Status edits recorded on days from..to (inclusive, the recorder's local date; invalid = open end),
    // oldest first. oldValue/newValue hold statusKey()s.
    QList<AuditRecord> statusChanges(const QDate& from, const QDate& to, StoreError* error = nullptr);
    // Progress notes dated from..to (inclusive; invalid = open end), oldest first.
    QList<ProgressRecord> progressBetween(const QDate& from, const QDate& to, StoreError* error = nullptr);
    // The issue number (第N期) of `series` for `period`: the stored one, else the next free one. Writes
    // nothing.
    int reportNumber(const QString& series, const QString& period, StoreError* error = nullptr);
    // Records the issue and returns its number; the same series and period again keep theirs. 0 on failure.
    int issueReport(const QString& series, const QString& period, const QString& by,
                    StoreError* error = nullptr);

    // --- a shared server (PostgreSQL only; BadInput on a file), src/store/serveradmin.cpp
    bool isServer() const;
    // Roles duban_office / duban_liaison / duban_leader, their grants and row-level security
    // (db/server/roles.sql); run again it changes nothing.
    bool initServer(StoreError* error = nullptr);
    enum class ServerRole { Office, Liaison, Leader };
    // A login in one of the roles; a liaison belongs to `unit` (a name or alias the database knows).
    bool addServerUser(const QString& login, ServerRole role, const QString& unit, const QString& password,
                       StoreError* error = nullptr);

    // Moves a whole database in: every task, unit, alias, progress note, audit row and issued report
    // number of `source`, under their ids, in one transaction. Refused unless this database holds no
    // directive yet (a new server, or a new file). src/store/databasecopy.cpp
    bool copyFrom(Repository& source, StoreError* error = nullptr);

    // --- 考评 and reminders (src/store/scorequeries.cpp)
    // Each unit's figures and score for the period, replayed from the audit trail, progress log and
    // events recorded up to the as-of day (core/scoring.h); best first.
    QList<UnitScore> computeScores(const ScorePeriod& period, const ScoreRule& rule,
                                   StoreError* error = nullptr);
    // Computes and stores the ranking with its rule (score_runs); returns the run's id, 0 on failure.
    qint64 publishScores(const ScorePeriod& period, const ScoreRule& rule, const QString& by,
                         ScoreRun* run = nullptr, StoreError* error = nullptr);
    QList<ScoreRun> scoreRuns(StoreError* error = nullptr); // newest first
    std::optional<ScoreRun> scoreRun(qint64 id, StoreError* error = nullptr);
    // What to chase on asOf (invalid = today): open tasks overdue (oldest deadline first), then those due
    // within rules.dueSoonDays; of one unit (lead or co, name or alias) when unit is not empty.
    QList<TaskRecord> reminders(const QDate& asOf, const DueRules& rules, const QString& unit = {},
                                StoreError* error = nullptr);

    // --- workflow (src/store/workflowstore.cpp): 督办 events, each checked by core/workflow's
    // eventRefusal() in its own transaction and written to task_events and audit_log (action = the kind,
    // field "event", new_value the event as JSON), with what it implies for the task: extend_approve keeps
    // the first original_deadline and sets the deadline granted; strike_off makes the task 已办结 100 %;
    // suspend / resume set the status; cancel 撤销 the task. A refusal is BadInput with the reason.
    // A chase without noticeNo takes chaseNoticeNumber(). Returns the event id, 0 on failure.
    qint64 recordEvent(qint64 taskId, const EventInput& in, const QString& by, StoreError* error = nullptr);
    // The same event on several tasks (one notice covering a unit's tasks): all or none, one number.
    QList<qint64> recordEvents(const QList<qint64>& taskIds, const EventInput& in, const QString& by,
                               StoreError* error = nullptr);
    QList<TaskEvent> events(qint64 taskId, StoreError* error = nullptr); // oldest first
    WorkflowState workflowState(qint64 taskId, StoreError* error = nullptr);
    // Events of every task dated from..to (inclusive; invalid = open end), oldest first; kinds empty = all.
    QList<TaskEvent> eventsBetween(const QDate& from, const QDate& to, const QList<EventKind>& kinds = {},
                                   StoreError* error = nullptr);
    // Every task whose 签收 was or is late on asOf by core/workflow's lateSigners (limit working days
    // after 交办), task id → its late units, names filled in (empty for the task as a whole). taskId: that
    // task only (the detail panel), 0 = every task.
    QHash<qint64, QList<LateSign>> lateSigns(const QDate& asOf, int limit, qint64 taskId = 0,
                                             StoreError* error = nullptr);
    // The task's events as its audit trail tells them (recorded, minus removed): equals events().
    QList<TaskEvent> eventsFromAudit(qint64 taskId, StoreError* error = nullptr);
    // The next 督办通知单 / 催办单 number of `year` ("督办〔2026〕7号"); writes nothing.
    QString chaseNoticeNumber(int year, StoreError* error = nullptr);
    // Undo: removes the event only while it is the task's last one and the task still holds what it wrote
    // (else Conflict), putting back what it changed; audited as event_removed.
    bool removeEvent(qint64 eventId, const QString& by, StoreError* error = nullptr);
    // Several (what one recordEvents wrote), newest first, in one transaction: all or none.
    bool removeEvents(const QList<qint64>& eventIds, const QString& by, StoreError* error = nullptr);

    // --- maintenance
    // A consistent copy while others may be writing; refuses to overwrite an existing file. From a server,
    // a complete SQLite file (copyFrom).
    bool backup(const QString& targetPath, StoreError* error = nullptr);
    // Empty list = ok; else the problems SQLite reports (integrity and foreign keys).
    QStringList check(StoreError* error = nullptr);

    struct Impl; // defined in src/store/repositoryimpl.h, for the store's own files only

private:
    explicit Repository(std::unique_ptr<Impl> d);
    std::function<std::unique_ptr<Repository>(StoreError*)> secondOpener(bool readOnly) const;
    std::unique_ptr<Impl> d;
};

} // namespace duban
