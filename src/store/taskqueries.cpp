// Read side: filtered, sorted, paged task lists computed in SQL; details; counts per unit.
#include "core/clock.h"
#include "store/repositoryimpl.h"

#include <QHash>
#include <QRegularExpression>
#include <limits>

namespace duban {

using store::setError;
using store::tr;

namespace {

const QString kActive = QStringLiteral("t.status IN ('not_started', 'in_progress')");

QDate asOfOf(const QDate& d)
{
    return d.isValid() ? d : Clock::today();
}

// The deadline a task is judged by: its current one, or (按原定时间) the one before its first 延期.
QString judgedDeadline(bool byOriginal)
{
    return byOriginal ? QStringLiteral("COALESCE(t.original_deadline, t.deadline)")
                      : QStringLiteral("t.deadline");
}

// 序时进度 in SQL, the same rule as duban::pace(): an open task with a start and a deadline is compared
// with the share of its time elapsed on asOf. Appends the binds (asOf, tolerance) for the returned term.
QString paceSql(const SqlDialect& dialect, Pace p, const QDate& asOf, int tolerance, QVariantList* binds,
                bool byOriginal = false)
{
    const QString deadline = judgedDeadline(byOriginal);
    // An overdue task counts as overdue, not also as behind (or on, or ahead of) pace: one figure each,
    // as duban::pace() and the weekly report count them. The term binds asOf first.
    const QString applicable = QStringLiteral("(%1 AND t.start_date IS NOT NULL AND %2 IS NOT NULL AND "
                                              "%2 >= t.start_date AND %2 >= ?)")
                                   .arg(kActive, deadline);
    const QString day = store::isoDate(asOf);
    if (p == Pace::NotApplicable) {
        *binds << day;
        return QStringLiteral("NOT ") + applicable;
    }
    const QString expected =
        QStringLiteral("(CASE WHEN ? <= t.start_date THEN 0 WHEN ? >= %3 THEN 100 ELSE %1 * 100 / %2 END)")
            .arg(dialect.daysBetween(QStringLiteral("t.start_date"), QStringLiteral("?")),
                 dialect.daysBetween(QStringLiteral("t.start_date"), deadline), deadline);
    switch (p) {
    case Pace::Behind:
        *binds << day << day << day << day << tolerance;
        return QStringLiteral("(%1 AND t.percent < %2 - ?)").arg(applicable, expected);
    case Pace::Ahead:
        *binds << day << day << day << day << tolerance;
        return QStringLiteral("(%1 AND t.percent > %2 + ?)").arg(applicable, expected);
    case Pace::OnPace:
    case Pace::NotApplicable:
        break;
    }
    *binds << day << day << day << day << tolerance << day << day << day << tolerance;
    return QStringLiteral("(%1 AND t.percent >= %2 - ? AND t.percent <= %2 + ?)").arg(applicable, expected);
}

struct Where
{
    QStringList clauses;
    QVariantList binds;
    QString sql() const
    {
        return clauses.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
};

// Tasks linked to a unit whose name or alias contains the term.
// Ids of tasks linked to a unit whose name or alias matches; binds the LIKE pattern twice.
QString unitTaskIds()
{
    return QStringLiteral("SELECT tu.task_id FROM task_units tu WHERE tu.unit_id IN ("
                          "SELECT id FROM units WHERE name LIKE ? ESCAPE '\\' "
                          "UNION SELECT unit_id FROM unit_aliases WHERE alias LIKE ? ESCAPE '\\')");
}

void addDue(Where& w, DueState due, const QDate& asOf, int dueSoonDays, bool byOriginal)
{
    const QVariant today = store::isoDate(asOf);
    const QVariant soon = store::isoDate(asOf.addDays(dueSoonDays));
    const QString deadline = judgedDeadline(byOriginal);
    switch (due) {
    case DueState::Overdue:
        w.clauses << kActive << deadline + QStringLiteral(" < ?");
        w.binds << today;
        break;
    case DueState::DueSoon:
        w.clauses << kActive << deadline + QStringLiteral(" >= ?") << deadline + QStringLiteral(" <= ?");
        w.binds << today << soon;
        break;
    case DueState::OnTrack:
        w.clauses << kActive << deadline + QStringLiteral(" > ?");
        w.binds << soon;
        break;
    case DueState::NoDeadline:
        w.clauses << kActive << QStringLiteral("t.deadline IS NULL");
        break;
    case DueState::Done:
        w.clauses << QStringLiteral("t.status = 'done'");
        break;
    case DueState::Suspended:
        w.clauses << QStringLiteral("t.status = 'suspended'");
        break;
    }
}

QStringList searchTerms(const TaskFilter& f)
{
    // Unicode whitespace: the ideographic space U+3000 that Chinese input methods type separates terms too.
    static const QRegularExpression space(QStringLiteral("\\s+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    return f.search.split(space, Qt::SkipEmptyParts);
}

bool buildWhere(const Repository::Impl& d, const TaskFilter& f, Where* w, StoreError* error)
{
    if (!f.includeRetired)
        w->clauses << QStringLiteral("t.retired_at IS NULL");
    if (!f.unit.isEmpty()) {
        qint64 id = 0;
        for (const QString& c : {UnitDirectory::clean(f.unit),
                                 UnitDirectory::clean(UnitDirectory::builtin().canonical(f.unit))}) {
            id = d.lookupUnit(c, error);
            if (id != 0)
                break;
        }
        if (id < 0)
            return false;
        w->clauses << QStringLiteral("t.id IN (SELECT task_id FROM task_units WHERE unit_id = ?)");
        w->binds << id; // 0 matches nothing: an unknown unit has no tasks
    }
    if (f.status) {
        w->clauses << QStringLiteral("t.status = ?");
        w->binds << statusKey(*f.status);
    }
    if (f.directiveId > 0) {
        w->clauses << QStringLiteral("t.directive_id = ?");
        w->binds << f.directiveId;
    }
    if (!f.ids.isEmpty()) {
        QStringList marks;
        for (qint64 id : f.ids) {
            marks << QStringLiteral("?");
            w->binds << id;
        }
        w->clauses << QStringLiteral("t.id IN (%1)").arg(marks.join(u','));
    }
    if (f.due)
        addDue(*w, *f.due, asOfOf(f.asOf), f.dueSoonDays, f.byOriginalDeadline);
    if (f.pace)
        w->clauses << paceSql(*d.dialect, *f.pace, asOfOf(f.asOf), f.paceTolerance, &w->binds,
                              f.byOriginalDeadline);
    if (f.deadlineFrom.isValid()) {
        w->clauses << QStringLiteral("t.deadline >= ?");
        w->binds << store::isoDate(f.deadlineFrom);
    }
    if (f.deadlineTo.isValid()) {
        w->clauses << QStringLiteral("t.deadline <= ?");
        w->binds << store::isoDate(f.deadlineTo);
    }
    const QStringList terms = searchTerms(f);
    if (!terms.isEmpty())
        w->clauses << (store::searchHitsReady(d, terms, f.includeRetired)
                           ? QString::fromLatin1(store::kSearchHitsClause)
                           : d.dialect->searchClause(terms, f.includeRetired, unitTaskIds(), &w->binds));
    return true;
}

// The search terms, when they and retired_at are all the filter holds: the engine may count those matches
// off its search index alone.
QStringList searchOnly(const TaskFilter& f)
{
    if (!f.unit.isEmpty() || f.status || f.directiveId > 0 || f.due || f.pace || f.deadlineFrom.isValid() ||
        f.deadlineTo.isValid() || !f.ids.isEmpty())
        return {};
    return searchTerms(f);
}

QString orderBy(const TaskSort& s, const QDate& asOf, int dueSoonDays, bool deadlinesOnly,
                QVariantList* binds)
{
    const QString dir = s.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString expr;
    switch (s.key) {
    case TaskSortKey::Id:
        expr = QStringLiteral("t.id");
        break;
    case TaskSortKey::Title:
        expr = QStringLiteral("t.title");
        break;
    case TaskSortKey::LeadUnits:
        expr = QStringLiteral("(SELECT min(u.name) FROM task_units tu JOIN units u ON u.id = tu.unit_id "
                              "WHERE tu.task_id = t.id AND tu.role = 'lead')");
        break;
    case TaskSortKey::Deadline:
        // Tasks without a deadline last either way; when the filter already excludes them, the plain order
        // lets SQLite read a page straight off the deadline index instead of sorting every match.
        if (deadlinesOnly)
            return QStringLiteral(" ORDER BY t.deadline %1, t.id %1").arg(dir);
        return QStringLiteral(" ORDER BY t.deadline IS NULL, t.deadline %1, t.id %1").arg(dir);
    case TaskSortKey::DueState:
        expr = QStringLiteral("CASE WHEN t.status = 'done' THEN 4 WHEN t.status = 'suspended' THEN 5 "
                              "WHEN t.deadline IS NULL THEN 3 WHEN t.deadline < ? THEN 0 "
                              "WHEN t.deadline <= ? THEN 1 ELSE 2 END");
        *binds << store::isoDate(asOf) << store::isoDate(asOf.addDays(dueSoonDays));
        break;
    case TaskSortKey::Status:
        expr = QStringLiteral("CASE t.status WHEN 'not_started' THEN 0 WHEN 'in_progress' THEN 1 "
                              "WHEN 'done' THEN 2 ELSE 3 END");
        break;
    case TaskSortKey::Percent:
        expr = QStringLiteral("t.percent");
        break;
    case TaskSortKey::Directive:
        expr = QStringLiteral("d.title");
        break;
    case TaskSortKey::Updated:
        expr = QStringLiteral("t.updated_at");
        break;
    }
    return QStringLiteral(" ORDER BY %1 %2, t.id %2").arg(expr, dir);
}

const QString kItemColumns = QStringLiteral(
    "SELECT t.id, t.title, t.deadline, t.deadline_text, t.start_date, t.status, t.percent, t.directive_id, "
    "d.title, d.doc_number, t.updated_at, t.text, t.section, t.kind, t.line_start, t.line_end, t.targets, "
    "t.created_at, t.retired_at, t.version, t.original_deadline FROM tasks t JOIN directives d ON d.id = "
    "t.directive_id");

TaskRecord readItem(const QSqlQuery& q, const QDate& asOf, const DueRules& rules)
{
    TaskRecord it;
    it.id = q.value(0).toLongLong();
    it.title = q.value(1).toString();
    it.deadline = store::dateFrom(q.value(2));
    it.deadlineText = q.value(3).toString();
    it.startDate = store::dateFrom(q.value(4));
    it.status = statusFromKey(q.value(5).toString()).value_or(Status::NotStarted);
    it.percent = q.value(6).toInt();
    it.directiveId = q.value(7).toLongLong();
    it.directive = q.value(8).toString();
    it.docNumber = q.value(9).toString();
    it.updated = store::timeFrom(q.value(10));
    it.text = q.value(11).toString();
    it.section = store::listFrom(q.value(12));
    it.kind = q.value(13).toString();
    it.lineStart = q.value(14).toInt();
    it.lineEnd = q.value(15).toInt();
    it.targets = store::listFrom(q.value(16));
    it.created = store::timeFrom(q.value(17));
    it.retired = store::timeFrom(q.value(18));
    it.version = q.value(19).toInt();
    it.originalDeadline = store::dateFrom(q.value(20));
    it.derive(asOf, rules);
    return it;
}

// Lead and co units of the listed tasks, in one query per chunk rather than one per row.
bool fillUnits(const Repository::Impl& d, QList<TaskRecord>& items, StoreError* error)
{
    QHash<qint64, int> index;
    for (int i = 0; i < items.size(); ++i)
        index.insert(items[i].id, i);
    constexpr int kChunk = 500;
    for (int from = 0; from < items.size(); from += kChunk) {
        const int n = std::min<int>(kChunk, items.size() - from);
        QStringList marks(n, QStringLiteral("?"));
        QVariantList binds;
        for (int i = 0; i < n; ++i)
            binds << items[from + i].id;
        QSqlQuery q = d.query();
        q.setForwardOnly(true);
        if (!d.run(
                q,
                QStringLiteral(
                    "SELECT tu.task_id, u.name, tu.role FROM task_units tu JOIN units u ON u.id = tu.unit_id "
                    "WHERE tu.task_id IN (%1) ORDER BY tu.task_id, tu.position, u.name")
                    .arg(marks.join(u',')),
                binds, error))
            return false;
        while (q.next()) {
            TaskRecord& it = items[index.value(q.value(0).toLongLong())];
            (q.value(2).toString() == QLatin1String("lead") ? it.leadUnits : it.coUnits)
                .append(q.value(1).toString());
        }
    }
    return true;
}

} // namespace

int Repository::countTasks(const TaskFilter& filter, StoreError* error)
{
    if (const QStringList terms = searchOnly(filter); !terms.isEmpty()) {
        QVariantList binds;
        const QString sql =
            store::searchHitsReady(*d, terms, filter.includeRetired)
                ? QStringLiteral("SELECT count(*) FROM temp.duban_hits")
                : d->dialect->searchCountSql(terms, filter.includeRetired, unitTaskIds(), &binds);
        if (!sql.isEmpty()) {
            QSqlQuery q = d->query();
            if (!d->run(q, sql, binds, error) || !q.next())
                return -1;
            return q.value(0).toInt();
        }
    }
    Where w;
    if (!buildWhere(*d, filter, &w, error))
        return -1;
    QSqlQuery q = d->query();
    if (!d->run(q, QStringLiteral("SELECT count(*) FROM tasks t") + w.sql(), w.binds, error) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QList<TaskRecord> Repository::tasks(const TaskFilter& filter, const TaskSort& sort, int offset, int limit,
                                    StoreError* error)
{
    Where w;
    if (!buildWhere(*d, filter, &w, error))
        return {};
    const QDate asOf = asOfOf(filter.asOf);
    QVariantList binds = w.binds;
    const bool deadlinesOnly =
        filter.deadlineFrom.isValid() || filter.deadlineTo.isValid() ||
        (filter.due && (*filter.due == DueState::Overdue || *filter.due == DueState::DueSoon ||
                        *filter.due == DueState::OnTrack));
    QString sql = kItemColumns + w.sql() + orderBy(sort, asOf, filter.dueSoonDays, deadlinesOnly, &binds);
    if (limit >= 0 || offset > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        // No negative LIMIT: PostgreSQL refuses what SQLite reads as "no limit".
        binds << (limit >= 0 ? qint64(limit) : std::numeric_limits<qint64>::max()) << std::max(offset, 0);
    }
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    if (!d->run(q, sql, binds, error))
        return {};
    DueRules rules;
    rules.dueSoonDays = filter.dueSoonDays;
    QList<TaskRecord> out;
    while (q.next())
        out.append(readItem(q, asOf, rules));
    q.finish();
    if (!fillUnits(*d, out, error))
        return {};
    return out;
}

QList<TaskRecord> Repository::overdue(const QDate& asOf, int dueSoonDays, StoreError* error)
{
    TaskFilter f;
    f.asOf = asOfOf(asOf);
    f.due = DueState::Overdue;
    if (dueSoonDays >= 0)
        f.dueSoonDays = dueSoonDays;
    StoreError e;
    QList<TaskRecord> out = tasks(f, {}, 0, -1, &e);
    if (e.isError()) {
        if (error)
            *error = e;
        return {};
    }
    if (dueSoonDays >= 0) {
        f.due = DueState::DueSoon;
        out += tasks(f, {}, 0, -1, error);
    }
    return out;
}

WarningFigures Repository::warningFigures(const QDate& asOfIn, const DueRules& rules, StoreError* error)
{
    const QDate asOf = asOfOf(asOfIn);
    const QString today = store::isoDate(asOf), soon = store::isoDate(asOf.addDays(rules.dueSoonDays));
    QVariantList binds{today, today, soon};
    const bool original = rules.byOriginalDeadline;
    const QString behind = paceSql(*d->dialect, Pace::Behind, asOf, rules.paceTolerance, &binds, original);
    const QString ahead = paceSql(*d->dialect, Pace::Ahead, asOf, rules.paceTolerance, &binds, original);
    const QString onPace = paceSql(*d->dialect, Pace::OnPace, asOf, rules.paceTolerance, &binds, original);
    binds << today;
    QSqlQuery q = d->query();
    WarningFigures f;
    f.asOf = asOf;
    f.rules = rules;
    if (!d->run(q,
                QStringLiteral("SELECT count(*), "
                               "SUM(CASE WHEN %1 AND %5 < ? THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN %1 AND %5 >= ? AND %5 <= ? THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN %2 THEN 1 ELSE 0 END), SUM(CASE WHEN %3 THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN %4 THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN %1 AND t.deadline IS NULL THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN %1 AND %5 >= ? THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN t.status = 'done' THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN t.status = 'suspended' THEN 1 ELSE 0 END) "
                               "FROM tasks t WHERE t.retired_at IS NULL")
                    .arg(kActive, behind, ahead, onPace, judgedDeadline(original)),
                binds, error) ||
        !q.next())
        return f;
    f.total = q.value(0).toInt();
    f.overdue = q.value(1).toInt();
    f.dueSoon = q.value(2).toInt();
    f.behind = q.value(3).toInt();
    f.ahead = q.value(4).toInt();
    f.onPace = q.value(5).toInt();
    f.noDeadline = q.value(6).toInt();
    f.notOverdue = q.value(7).toInt();
    f.done = q.value(8).toInt();
    f.suspended = q.value(9).toInt();
    return f;
}

QList<DirectiveRecord> Repository::directives(StoreError* error)
{
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    if (!d->run(q,
                QStringLiteral(
                    "SELECT d.id, d.source_file, d.content_hash, d.title, d.doc_number, d.signed_on, "
                    "d.issuer, d.imported_at, d.imported_by, "
                    "(SELECT count(*) FROM tasks t WHERE t.directive_id = d.id AND t.retired_at IS NULL) "
                    "FROM directives d ORDER BY d.id"),
                {}, error))
        return {};
    QList<DirectiveRecord> out;
    while (q.next()) {
        DirectiveRecord r;
        r.id = q.value(0).toLongLong();
        r.sourceFile = q.value(1).toString();
        r.contentHash = q.value(2).toString();
        r.title = q.value(3).toString();
        r.docNumber = q.value(4).toString();
        r.date = store::dateFrom(q.value(5));
        r.issuer = q.value(6).toString();
        r.importedAt = store::timeFrom(q.value(7));
        r.importedBy = q.value(8).toString();
        r.taskCount = q.value(9).toInt();
        out.append(r);
    }
    return out;
}

QList<ProgressRecord> Repository::progress(qint64 taskId, StoreError* error)
{
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    if (!d->run(q,
                QStringLiteral("SELECT id, task_id, on_date, text, percent, author, unit, recorded_at "
                               "FROM progress_updates WHERE task_id = ? ORDER BY on_date DESC, id DESC"),
                {taskId}, error))
        return {};
    return store::progressRows(q);
}

QList<AuditRecord> Repository::audit(qint64 taskId, StoreError* error)
{
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    if (!d->run(q,
                QStringLiteral("SELECT id, task_id, at, \"by\", action, field, old_value, new_value "
                               "FROM audit_log WHERE task_id = ? ORDER BY id DESC"),
                {taskId}, error))
        return {};
    return store::auditRows(q);
}

std::optional<TaskDetails> Repository::task(qint64 id, StoreError* error)
{
    const QDate asOf = Clock::today();
    QSqlQuery q = d->query();
    if (!d->run(q, kItemColumns + QStringLiteral(" WHERE t.id = ?"), {id}, error))
        return std::nullopt;
    if (!q.next()) {
        setError(error, StoreError::BadInput, tr("数据库 %1 中没有编号为 %2 的任务").arg(d->path).arg(id));
        return std::nullopt;
    }
    TaskDetails t;
    t.record = readItem(q, asOf, {});
    q.finish();
    QList<TaskRecord> one{t.record};
    if (!fillUnits(*d, one, error))
        return std::nullopt;
    t.record = one.first();

    if (!d->run(q,
                QStringLiteral("SELECT d.id, d.source_file, d.content_hash, d.title, d.doc_number, "
                               "d.signed_on, d.issuer, d.imported_at, d.imported_by "
                               "FROM tasks t JOIN directives d ON d.id = t.directive_id WHERE t.id = ?"),
                {id}, error) ||
        !q.next())
        return std::nullopt;
    t.directive.id = q.value(0).toLongLong();
    t.directive.sourceFile = q.value(1).toString();
    t.directive.contentHash = q.value(2).toString();
    t.directive.title = q.value(3).toString();
    t.directive.docNumber = q.value(4).toString();
    t.directive.date = store::dateFrom(q.value(5));
    t.directive.issuer = q.value(6).toString();
    t.directive.importedAt = store::timeFrom(q.value(7));
    t.directive.importedBy = q.value(8).toString();
    q.finish();

    if (!d->run(q,
                QStringLiteral("SELECT tu.unit_id, u.name, tu.printed_name, tu.role FROM task_units tu "
                               "JOIN units u ON u.id = tu.unit_id WHERE tu.task_id = ? "
                               "ORDER BY tu.role = 'lead' DESC, tu.position, u.name"),
                {id}, error))
        return std::nullopt;
    while (q.next())
        t.units.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString() == QLatin1String("lead")});
    q.finish();
    StoreError e;
    t.progress = progress(id, &e);
    t.audit = audit(id, &e);
    if (e.isError()) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    return t;
}

int Repository::countBehindPace(const TaskFilter& filter, int paceTolerance, StoreError* error)
{
    Where w;
    if (!buildWhere(*d, filter, &w, error))
        return -1;
    w.clauses << paceSql(*d->dialect, Pace::Behind, asOfOf(filter.asOf), paceTolerance, &w.binds,
                         filter.byOriginalDeadline);
    QSqlQuery q = d->query();
    if (!d->run(q, QStringLiteral("SELECT count(*) FROM tasks t") + w.sql(), w.binds, error) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace duban
