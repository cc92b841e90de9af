// Maps the GUI's needs onto the store's repository API (src/store/repository.h).
#include "gui/storeaccess.h"

#include "core/clock.h"
#include "palette/warningpalette.h"
#include "store/repository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSettings>
#include <algorithm>

namespace duban::StoreAccess {

namespace {

void fail(QString* error, const StoreError& e)
{
    if (error)
        *error = e.message;
}

TaskSortKey sortKey(TaskColumn c)
{
    switch (c) {
    case TaskColumn::Id:
        return TaskSortKey::Id;
    case TaskColumn::Title:
        return TaskSortKey::Title;
    case TaskColumn::LeadUnits:
    case TaskColumn::CoUnits:
        return TaskSortKey::LeadUnits; // the store sorts by lead unit only
    case TaskColumn::Deadline:
        return TaskSortKey::Deadline;
    case TaskColumn::DueState:
        return TaskSortKey::DueState;
    case TaskColumn::Status:
        return TaskSortKey::Status;
    case TaskColumn::Percent:
        return TaskSortKey::Percent;
    case TaskColumn::Directive:
        return TaskSortKey::Directive;
    case TaskColumn::Updated:
        return TaskSortKey::Updated;
    default: // not a column of the table
        break;
    }
    return TaskSortKey::Deadline;
}

// The task table's rows straight from SQL: one COUNT per query, one LIMIT/OFFSET query per page.
// Without rules of its own it follows the palette as it is at each read (the GUI thread's sources).
class StoreTaskSource : public TaskSource
{
public:
    StoreTaskSource(Repository& repo, std::optional<TaskReadRules> rules) : m_repo(repo), m_rules(rules) {}
    int count(const TaskQuery& q) override { return m_repo.countTasks(filter(q)); }
    QList<TaskRecord> page(const TaskQuery& q, int offset, int limit) override
    {
        return m_repo.tasks(filter(q), {sortKey(q.sortColumn), q.sortOrder}, offset, limit);
    }
    QHash<qint64, QList<LateSign>> lateSigns() override
    {
        const TaskReadRules r = rules();
        return m_repo.lateSigns(r.today, r.signWorkingDays);
    }

private:
    TaskReadRules rules() const { return m_rules ? *m_rules : TaskReadRules::current(); }
    TaskFilter filter(const TaskQuery& q) const
    {
        TaskFilter f;
        const TaskReadRules r = rules();
        f.dueSoonDays = r.dueSoonDays;
        f.asOf = r.today;
        f.unit = q.unit;
        f.status = q.status;
        f.directiveId = q.directiveId;
        f.due = q.due;
        f.deadlineFrom = q.deadlineFrom;
        f.deadlineTo = q.deadlineTo;
        f.search = q.search;
        f.ids = q.ids;
        return f;
    }
    Repository& m_repo;
    std::optional<TaskReadRules> m_rules;
};

ImportBatch batchFor(const ImportOutcome& outcome, const QList<TaskDraft>& tasks)
{
    ImportBatch b;
    b.sourceFile = QFileInfo(outcome.doc.path).fileName();
    b.contentHash = ImportBatch::hashOf(outcome.doc.lines);
    b.directives = outcome.result.directives;
    b.tasks = tasks;
    b.importedBy = currentUser();
    return b;
}

QString auditFieldLabel(const AuditRecord& a)
{
    if (const auto f = taskFieldFromKey(a.field)) {
        switch (*f) {
        case TaskField::Title:
            return QCoreApplication::translate("TaskCommand", "任务名称");
        case TaskField::LeadUnits:
            return QCoreApplication::translate("TaskCommand", "牵头单位");
        case TaskField::CoUnits:
            return QCoreApplication::translate("TaskCommand", "配合单位");
        case TaskField::Deadline:
            return QCoreApplication::translate("TaskCommand", "完成时限");
        case TaskField::Status:
            return QCoreApplication::translate("TaskCommand", "状态");
        case TaskField::Percent:
            return QCoreApplication::translate("TaskCommand", "进度");
        default:
            return a.field;
        }
    }
    if (a.action == QLatin1String("import"))
        return QCoreApplication::translate("TaskCommand", "导入");
    if (a.action == QLatin1String("progress"))
        return QCoreApplication::translate("TaskCommand", "记录进展");
    if (a.action == QLatin1String("progress_removed"))
        return QCoreApplication::translate("TaskCommand", "撤销进展");
    return a.action;
}

// Status values in the audit log are keys ("done"); show their labels.
QString auditValue(const AuditRecord& a, const QString& v)
{
    if (a.field == taskFieldKey(TaskField::Status))
        if (const auto s = statusFromKey(v))
            return statusLabel(*s);
    return v;
}

} // namespace

std::unique_ptr<Repository> open(const QString& path, QString* error)
{
    StoreError e;
    auto repo = Repository::open(path, {}, &e);
    if (!repo)
        fail(error, e);
    return repo;
}

bool backup(Repository& repo, const QString& path, QString* error)
{
    StoreError e;
    const bool ok = repo.backup(path, &e);
    if (!ok)
        fail(error, e);
    return ok;
}

Counts counts(Repository& repo)
{
    const WarningFigures c = repo.warningFigures({}, WarningPalette::current().rules);
    return {c.total, c.overdue, c.dueSoon, c.done};
}

Preview preview(Repository& repo, const ImportOutcome& outcome)
{
    Preview p;
    StoreError e;
    const ImportPlan plan = repo.planImport(batchFor(outcome, outcome.result.tasks), &e);
    if (e.isError())
        return p; // the import itself will report the problem
    p.alreadyImported = plan.kind == ImportPlan::Kind::AlreadyImported;
    p.isChange = plan.kind == ImportPlan::Kind::Revision;
    for (ImportPlan::Change c : plan.changes)
        p.kinds << (c == ImportPlan::Change::New       ? ReviewModel::ChangeKind::New
                    : c == ImportPlan::Change::Changed ? ReviewModel::ChangeKind::Changed
                                                       : ReviewModel::ChangeKind::Unchanged);
    for (const ImportPlan::Gone& g : plan.gone)
        p.removedTitles << (g.progressCount > 0
                                ? QCoreApplication::translate("StoreAccess", "%1（已有 %2 条进展）")
                                      .arg(g.title)
                                      .arg(g.progressCount)
                                : g.title);
    return p;
}

int importAccepted(Repository& repo, const ImportOutcome& outcome, const QList<TaskDraft>& accepted,
                   QString* error)
{
    ImportResult result;
    StoreError e;
    ImportBatch batch = batchFor(outcome, accepted);
    // Drafts left out (not selected, or removed) keep their stored counterparts. A draft is known by its
    // source lines and text, which review edits do not change; one line can hold several tasks.
    QHash<QString, int> kept;
    const auto key = [](const TaskDraft& t) {
        return QStringLiteral("%1-%2:%3").arg(t.lineStart).arg(t.lineEnd).arg(t.text);
    };
    for (const TaskDraft& t : accepted)
        ++kept[key(t)];
    for (const TaskDraft& t : outcome.result.tasks) {
        int& n = kept[key(t)];
        if (n > 0)
            --n;
        else
            batch.skipped.append(t);
    }
    // The reviewer has seen the plan (new / changed / removed) on the review screen: accepting confirms it.
    if (!repo.applyImport(batch, true, &result, &e)) {
        fail(error, e);
        return -1;
    }
    return result.added + result.changed;
}

std::unique_ptr<TaskSource> taskSource(Repository& repo)
{
    return std::make_unique<StoreTaskSource>(repo, std::nullopt);
}

TaskReadRules TaskReadRules::current()
{
    const WarningPalette& p = WarningPalette::current();
    return {p.rules.dueSoonDays, p.signWorkingDays, Clock::today()};
}

std::unique_ptr<TaskSource> taskSource(Repository& repo, const TaskReadRules& rules)
{
    return std::make_unique<StoreTaskSource>(repo, rules);
}

QList<QPair<qint64, QString>> directives(Repository& repo)
{
    QList<QPair<qint64, QString>> out;
    for (const DirectiveRecord& d : repo.directives())
        out.append(
            {d.id, d.docNumber.isEmpty() ? d.title : QStringLiteral("%1 %2").arg(d.docNumber, d.title)});
    return out;
}

QHash<qint64, QList<LateSign>> lateSigns(Repository& repo, const QDate& asOf, qint64 taskId)
{
    return repo.lateSigns(asOf.isValid() ? asOf : Clock::today(), WarningPalette::current().signWorkingDays,
                          taskId);
}

std::optional<TaskDetail> task(Repository& repo, qint64 id)
{
    const std::optional<TaskDetails> d = repo.task(id);
    if (!d)
        return std::nullopt;
    TaskDetail t;
    t.record = d->record;
    t.sourceFile = d->directive.sourceFile;
    t.sourceExcerpt = d->record.text;
    return t;
}

QList<ProgressEntry> progress(Repository& repo, qint64 taskId)
{
    QList<ProgressEntry> out;
    for (const ProgressRecord& p : repo.progress(taskId))
        out << ProgressEntry{p.id, p.date, p.text, p.percent, p.author, p.unit};
    return out;
}

QList<AuditEntry> audit(Repository& repo, qint64 taskId)
{
    QList<AuditEntry> out;
    for (const AuditRecord& a : repo.audit(taskId)) {
        // A change made outside Duban (raw SQL on a server, migration 0013): the login, and that it was so.
        const QString by =
            a.action == QLatin1String("sql")
                ? QCoreApplication::translate("TaskCommand", "%1（在 Duban 之外修改）").arg(a.by)
                : a.by;
        out << AuditEntry{a.at, by, auditFieldLabel(a), auditValue(a, a.oldValue), auditValue(a, a.newValue)};
    }
    return out;
}

QVariant fieldValue(const TaskDetail& t, Field f)
{
    switch (f) {
    case Field::Title:
        return t.record.title;
    case Field::LeadUnits:
        return t.record.leadUnits;
    case Field::CoUnits:
        return t.record.coUnits;
    case Field::Deadline:
        return t.record.deadline;
    case Field::Status:
        return int(t.record.status);
    case Field::Percent:
        return t.record.percent;
    }
    return {};
}

TaskField toTaskField(Field f)
{
    switch (f) {
    case Field::Title:
        return TaskField::Title;
    case Field::LeadUnits:
        return TaskField::LeadUnits;
    case Field::CoUnits:
        return TaskField::CoUnits;
    case Field::Deadline:
        return TaskField::Deadline;
    case Field::Status:
        return TaskField::Status;
    case Field::Percent:
        return TaskField::Percent;
    }
    return TaskField::Title;
}

ProgressInput progressInput(const ProgressEntry& e)
{
    return {e.date, e.text, e.percent, e.author, e.unit};
}

QList<UnitInfo> units(Repository& repo)
{
    QList<UnitInfo> out;
    for (const UnitRecord& u : repo.units())
        out << UnitInfo{u.id, u.name, u.kind, u.aliases, u.taskCount, u.needsReview};
    return out;
}

QStringList unitNames(Repository& repo)
{
    QStringList names;
    for (const UnitRecord& u : repo.units())
        names << u.name;
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

QString currentUser()
{
    const QString configured = QSettings().value(QStringLiteral("user/name")).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? QCoreApplication::translate("StoreAccess", "督办员") : login;
}

} // namespace duban::StoreAccess
