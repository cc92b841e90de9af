// Import: the tasks of one file go in as one transaction. A file seen before (same content hash) adds
// nothing; a changed version of a stored directive is diffed first and applied only when confirmed.
#include "core/clock.h"
#include "store/repositoryimpl.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QThread>
#include <cstdio>

namespace duban {

using store::setError;
using store::tr;

namespace {

constexpr int kAnalyzeAfter = 1000; // imports at least this large refresh the planner's statistics

struct Link
{
    QString printed;
    QString hint; // the extractor's canonical name
    bool lead = false;
};

// Lead and co units of a draft, lead first, each once.
QList<Link> linksOf(const TaskDraft& t)
{
    QList<Link> out;
    QSet<QString> seen;
    const auto add = [&](const QString& printed, const QString& hint, bool lead) {
        const QString key = UnitDirectory::clean(printed);
        if (key.isEmpty() || seen.contains(key))
            return;
        seen.insert(key);
        out.append({printed, hint, lead});
    };
    for (int i = 0; i < t.units.size(); ++i)
        add(t.units[i], t.unitsCanonical.value(i), t.leadUnits.contains(t.units[i]));
    for (const QString& u : t.leadUnits)
        add(u, QString(), true);
    for (const QString& u : t.coUnits)
        add(u, QString(), false);
    for (const QString& u : t.inheritedUnits)
        add(u, QString(), false);
    if (t.leadUnits.isEmpty() && !out.isEmpty())
        out.first().lead = true; // "lead first" when the text marks no lead
    std::stable_partition(out.begin(), out.end(), [](const Link& l) { return l.lead; });
    return out;
}

QString titleOf(const TaskDraft& t)
{
    const QString title = t.title.trimmed();
    return title.isEmpty() ? t.text.trimmed().left(40) : title;
}

// Which stored directive a draft belongs to: 文号 first, then title; file name when the text names neither.
DirectiveInfo directiveOf(const TaskDraft& t, const ImportBatch& b)
{
    DirectiveInfo info = t.directive;
    if (info.title.isEmpty() && info.docNumber.isEmpty() && b.directives.size() == 1)
        info = b.directives.first();
    if (info.title.isEmpty() && info.docNumber.isEmpty())
        info.title = QFileInfo(b.sourceFile).completeBaseName();
    return info;
}

QString keyOf(const DirectiveInfo& d)
{
    return d.docNumber + u'\x1f' + d.title;
}

struct Snapshot
{
    qint64 id = 0;
    QString title, text, deadlineText;
    QStringList section, targets, lead, co;
    QDate deadline;
    int progressCount = 0;
};

QSet<QString> bigrams(const QString& s)
{
    QSet<QString> out;
    for (int i = 0; i + 1 < s.size(); ++i)
        out.insert(s.mid(i, 2));
    return out;
}

double similarity(const QSet<QString>& a, const QSet<QString>& b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    int common = 0;
    for (const QString& x : a)
        common += b.contains(x) ? 1 : 0;
    return 2.0 * common / (a.size() + b.size());
}

struct Group
{
    DirectiveInfo info;
    qint64 existingId = 0;
    QList<int> drafts; // indexes into batch.tasks
};

struct Planner
{
    const Repository::Impl& d;
    const ImportBatch& batch;
    QList<Group> groups;

    bool run(ImportPlan* plan, StoreError* error);
    bool loadStored(qint64 directiveId, QList<Snapshot>* out, StoreError* error) const;
    Snapshot snapshotOf(const TaskDraft& t) const;
};

Snapshot Planner::snapshotOf(const TaskDraft& t) const
{
    Snapshot s;
    s.title = titleOf(t);
    s.text = t.text;
    s.deadlineText = t.deadlineText;
    s.section = t.section;
    s.targets = t.targets;
    s.deadline = t.deadline;
    // Two aliases of one unit are one unit on the task, lead before co (linksOf lists leads first).
    for (const Link& l : linksOf(t)) {
        const QString canonical = d.canonicalFor(l.printed, l.hint);
        if (!s.lead.contains(canonical) && !s.co.contains(canonical))
            (l.lead ? s.lead : s.co).append(canonical);
    }
    return s;
}

bool Planner::loadStored(qint64 directiveId, QList<Snapshot>* out, StoreError* error) const
{
    QSqlQuery q = d.query();
    if (!d.run(
            q,
            QStringLiteral("SELECT t.id, t.title, t.text, t.deadline_text, t.section, t.targets, t.deadline, "
                           "(SELECT count(*) FROM progress_updates p WHERE p.task_id = t.id) "
                           "FROM tasks t WHERE t.directive_id = ? AND t.retired_at IS NULL ORDER BY t.id"),
            {directiveId}, error))
        return false;
    QHash<qint64, int> index;
    while (q.next()) {
        Snapshot s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.text = q.value(2).toString();
        s.deadlineText = q.value(3).toString();
        s.section = store::listFrom(q.value(4));
        s.targets = store::listFrom(q.value(5));
        s.deadline = store::dateFrom(q.value(6));
        s.progressCount = q.value(7).toInt();
        index.insert(s.id, out->size());
        out->append(s);
    }
    q.finish();
    if (!d.run(q,
               QStringLiteral(
                   "SELECT tu.task_id, u.name, tu.role FROM task_units tu JOIN units u ON u.id = tu.unit_id "
                   "JOIN tasks t ON t.id = tu.task_id WHERE t.directive_id = ? "
                   "ORDER BY tu.task_id, tu.position"),
               {directiveId}, error))
        return false;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.constEnd())
            ((*out)[*it].*(q.value(2).toString() == QLatin1String("lead") ? &Snapshot::lead : &Snapshot::co))
                .append(q.value(1).toString());
    }
    return true;
}

QStringList differences(const Snapshot& stored, const Snapshot& draft)
{
    QStringList out;
    const auto check = [&](bool same, TaskField f) {
        if (!same)
            out.append(taskFieldKey(f));
    };
    check(stored.title == draft.title, TaskField::Title);
    check(stored.text == draft.text, TaskField::Text);
    check(stored.section == draft.section, TaskField::Section);
    check(stored.deadline == draft.deadline, TaskField::Deadline);
    check(stored.deadlineText == draft.deadlineText, TaskField::DeadlineText);
    check(stored.targets == draft.targets, TaskField::Targets);
    check(stored.lead == draft.lead, TaskField::LeadUnits);
    check(QSet<QString>(stored.co.begin(), stored.co.end()) ==
              QSet<QString>(draft.co.begin(), draft.co.end()),
          TaskField::CoUnits);
    return out;
}

bool Planner::run(ImportPlan* plan, StoreError* error)
{
    const int n = batch.tasks.size();
    plan->changes = QList<ImportPlan::Change>(n, ImportPlan::Change::New);
    plan->matchedTaskIds = QList<qint64>(n, 0);
    plan->changedFields = QList<QStringList>(n);

    if (!batch.contentHash.isEmpty()) {
        QSqlQuery q = d.query();
        if (!d.run(q, QStringLiteral("SELECT 1 FROM directives WHERE content_hash = ? LIMIT 1"),
                   {batch.contentHash}, error))
            return false;
        if (q.next()) {
            plan->kind = ImportPlan::Kind::AlreadyImported;
            plan->changes.fill(ImportPlan::Change::Unchanged);
            return true;
        }
    }

    QHash<QString, int> groupIndex;
    for (int i = 0; i < n; ++i) {
        const DirectiveInfo info = directiveOf(batch.tasks[i], batch);
        const QString key = keyOf(info);
        if (!groupIndex.contains(key)) {
            groupIndex.insert(key, groups.size());
            groups.append({info, 0, {}});
        }
        groups[groupIndex.value(key)].drafts.append(i);
    }
    for (const DirectiveInfo& info : batch.directives) { // directives that yielded no task still get a row
        const QString key = keyOf(info);
        if (!groupIndex.contains(key)) {
            groupIndex.insert(key, groups.size());
            groups.append({info, 0, {}});
        }
    }

    QSet<QString> unknown, checked;
    for (int i = 0; i < n; ++i) {
        for (const Link& l : linksOf(batch.tasks[i])) {
            if (checked.contains(l.printed + u'\x1f' + l.hint))
                continue;
            checked.insert(l.printed + u'\x1f' + l.hint);
            bool found = UnitDirectory::builtin().isKnown(l.printed);
            for (const QString& c : {UnitDirectory::clean(l.printed), UnitDirectory::clean(l.hint)})
                found = found || d.lookupUnit(c, nullptr) > 0;
            if (!found && !unknown.contains(UnitDirectory::clean(l.printed))) {
                unknown.insert(UnitDirectory::clean(l.printed));
                plan->unknownUnits.append(UnitDirectory::clean(l.printed));
            }
        }
    }

    for (Group& g : groups) {
        QSqlQuery q = d.query();
        const bool byNumber = !g.info.docNumber.isEmpty();
        if (!d.run(q,
                   byNumber
                       ? QStringLiteral(
                             "SELECT id FROM directives WHERE doc_number = ? ORDER BY id DESC LIMIT 1")
                       : QStringLiteral("SELECT id FROM directives WHERE title = ? ORDER BY id DESC LIMIT 1"),
                   {byNumber ? g.info.docNumber : g.info.title}, error))
            return false;
        if (!q.next())
            continue;
        g.existingId = q.value(0).toLongLong();
        q.finish();
        plan->kind = ImportPlan::Kind::Revision;
        plan->revisedDirectiveIds.append(g.existingId);

        QList<Snapshot> stored;
        if (!loadStored(g.existingId, &stored, error))
            return false;
        QList<bool> used(stored.size(), false);
        QHash<int, Snapshot> drafts;
        for (int i : g.drafts)
            drafts.insert(i, snapshotOf(batch.tasks[i]));
        const auto match = [&](int i, int s) {
            used[s] = true;
            plan->matchedTaskIds[i] = stored[s].id;
            plan->changedFields[i] = differences(stored[s], drafts[i]);
            plan->changes[i] = plan->changedFields[i].isEmpty() ? ImportPlan::Change::Unchanged
                                                                : ImportPlan::Change::Changed;
        };
        // Same title under the same heading: the same task.
        for (int i : g.drafts) {
            for (int s = 0; s < stored.size(); ++s) {
                if (!used[s] && stored[s].title == drafts[i].title &&
                    stored[s].section == drafts[i].section) {
                    match(i, s);
                    break;
                }
            }
        }
        // Otherwise the most similar text, when similar enough to be a reworded task.
        constexpr double kSimilar = 0.7; // shared boilerplate alone (确保按期完成…) stays below this
        for (int i : g.drafts) {
            if (plan->matchedTaskIds[i] != 0)
                continue;
            const QSet<QString> mine = bigrams(drafts[i].title + drafts[i].text);
            int best = -1;
            double bestScore = kSimilar;
            for (int s = 0; s < stored.size(); ++s) {
                if (used[s])
                    continue;
                const double score = similarity(mine, bigrams(stored[s].title + stored[s].text));
                if (score >= bestScore) {
                    best = s;
                    bestScore = score;
                }
            }
            if (best >= 0)
                match(i, best);
        }
        for (int s = 0; s < stored.size(); ++s) {
            if (!used[s])
                plan->gone.append({stored[s].id, stored[s].title, stored[s].progressCount});
        }
    }
    return true;
}

// What the planner matches: the accepted drafts, then those the reviewer left out (ImportBatch::skipped),
// which only hold on to their stored counterparts so that these are not retired.
ImportBatch withSkipped(const ImportBatch& batch)
{
    ImportBatch all = batch;
    all.tasks += batch.skipped;
    return all;
}

void dropSkipped(ImportPlan* plan, qsizetype accepted)
{
    plan->changes.resize(accepted);
    plan->matchedTaskIds.resize(accepted);
    plan->changedFields.resize(accepted);
}

// Names the task an import stopped at: the whole file is refused, and the person needs to know where.
struct TaskFailureNote
{
    StoreError* error;
    int index;
    QString title;
    bool done = false;
    ~TaskFailureNote()
    {
        if (!done && error && error->isError())
            error->message =
                tr("第 %1 项任务“%2”未能写入，整份文件未导入：%3").arg(index + 1).arg(title, error->message);
    }
};

// Rows of one table written many at a time on a server, where each statement is a round trip (one per row
// made a 100,000-task import take minutes): through COPY where the dialect streams rows, else many rows
// to an INSERT. One a statement on SQLite. The INSERT of a full batch is prepared once.
class RowBatch
{
public:
    // rowsPerStatement 0: as many as the dialect's COPY or bindsPerInsert allows; 1: plain INSERTs.
    RowBatch(const Repository::Impl& d, QString table, QStringList columns, int rowsPerStatement = 0)
        : m_d(d), m_table(std::move(table)), m_columns(std::move(columns)),
          m_copy(rowsPerStatement == 0 && d.dialect->copiesRows()),
          m_perStatement(rowsPerStatement > 0 ? rowsPerStatement
                         : m_copy             ? kRowsPerCopy
                                  : std::max(1, d.dialect->bindsPerInsert() / int(m_columns.size()))),
          m_head(QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                     .arg(m_table, m_columns.join(QStringLiteral(", ")))),
          m_tuple(u'(' + QStringList(m_columns.size(), QStringLiteral("?")).join(u',') + u')'),
          m_full(d.query())
    {
    }

    bool add(const QVariantList& row, StoreError* error)
    {
        m_values += row;
        return ++m_rows < m_perStatement || flush(error);
    }

    int rowsPerStatement() const { return m_perStatement; }

    bool flush(StoreError* error)
    {
        if (m_rows == 0)
            return true;
        bool ok;
        if (m_copy) {
            QSqlError e;
            ok = m_d.dialect->copyRows(m_d.db, m_table, m_columns, m_values, &e);
            if (!ok)
                m_d.fail(error, e);
        } else if (m_rows == m_perStatement) {
            if (!m_prepared && !(m_prepared = m_full.prepare(sqlFor(m_rows))))
                return m_d.run(m_full, sqlFor(m_rows), {}, error); // reports the prepare's error
            for (const QVariant& v : std::as_const(m_values))
                store::bind(m_full, v);
            ok = m_d.runPrepared(m_full, error);
        } else {
            QSqlQuery q = m_d.query();
            ok = m_d.run(q, sqlFor(m_rows), m_values, error);
        }
        m_values.clear();
        m_rows = 0;
        return ok;
    }

private:
    static constexpr int kRowsPerCopy = 20000; // memory bound only: one COPY costs one round trip
    QString sqlFor(int rows) const { return m_head + QStringList(rows, m_tuple).join(u','); }

    const Repository::Impl& m_d;
    QString m_table;
    QStringList m_columns;
    bool m_copy;
    int m_perStatement;
    QString m_head;
    QString m_tuple;
    QSqlQuery m_full;
    bool m_prepared = false;
    QVariantList m_values;
    int m_rows = 0;
};

bool reserveIds(const Repository::Impl& d, const QString& table, int n, QList<qint64>* ids, StoreError* error)
{
    QSqlQuery q = d.query();
    q.setForwardOnly(true);
    if (!d.run(q, d.dialect->reserveIdsSql(table), {n}, error))
        return false;
    while (q.next())
        ids->append(q.value(0).toLongLong());
    return ids->size() == n || setError(error, StoreError::Sql, tr("无法为新任务分配编号"));
}

} // namespace

ImportPlan Repository::planImport(const ImportBatch& batch, StoreError* error)
{
    ImportPlan plan;
    const ImportBatch all = withSkipped(batch);
    Planner p{*d, all, {}};
    if (!p.run(&plan, error))
        return {};
    dropSkipped(&plan, batch.tasks.size());
    return plan;
}

bool Repository::applyImport(const ImportBatch& batch, bool confirmRevision, ImportResult* result,
                             StoreError* error)
{
    WriteTransaction tx(*d, error);
    if (!tx.ok())
        return false;
    ImportPlan plan;
    const ImportBatch all = withSkipped(batch);
    Planner planner{*d, all, {}};
    if (!planner.run(&plan,
                     error)) // again, under the write lock: the database may have changed since planImport
        return false;
    dropSkipped(&plan, batch.tasks.size());
    ImportResult r;
    r.taskIds = QList<qint64>(batch.tasks.size(), 0);
    if (plan.kind == ImportPlan::Kind::AlreadyImported) {
        r.alreadyImported = true;
        r.unchanged = batch.tasks.size();
        if (result)
            *result = r;
        return true; // nothing written; the transaction rolls back empty
    }
    // A bulk import (a whole ledger) recounts the per-unit figures once afterwards instead of moving every
    // kept day's figures by each of its links.
    if (batch.tasks.size() >= 1000 && !store::forgetKeptFigures(*d, error))
        return false;
    if (plan.kind == ImportPlan::Kind::Revision && !confirmRevision)
        return setError(error, StoreError::BadInput,
                        tr("%1 是已导入通知的修改版本：请先查看差异，确认后再导入").arg(batch.sourceFile));

    const int slowMs =
        qEnvironmentVariableIntValue("DUBAN_TEST_SLOW_IMPORT"); // tests: time to kill us mid-import
    const QString now = store::nowText();
    const QString by = batch.importedBy;
    QHash<QString, qint64> unitCache;

    QSqlQuery q = d->query();
    // A new task's links carry its summary figures (migration 0010) from here, so that no trigger looks the
    // task up again per link; the links of a revised task leave them NULL for the trigger to fill in.
    RowBatch links(*d, QStringLiteral("task_units"),
                   {QStringLiteral("task_id"), QStringLiteral("unit_id"), QStringLiteral("role"),
                    QStringLiteral("printed_name"), QStringLiteral("position"), QStringLiteral("fig_state"),
                    QStringLiteral("fig_percent"), QStringLiteral("fig_deadline"),
                    QStringLiteral("fig_original"), QStringLiteral("fig_start")});
    RowBatch audits(*d, QStringLiteral("audit_log"),
                    {QStringLiteral("task_id"), QStringLiteral("at"), QStringLiteral("\"by\""),
                     QStringLiteral("action"), QStringLiteral("field"), QStringLiteral("old_value"),
                     QStringLiteral("new_value")});

    const QVariant none = QVariant::fromValue(nullptr);
    const QVariantList unfilled{none, none, none, none, none};
    // A task as flushNew() writes it: not started, 0%, never extended.
    const auto newFigures = [](const TaskDraft& t, const QDate& start) {
        return QVariantList{1, 0, store::dayValue(t.deadline), store::dayValue(t.deadline),
                            store::dayValue(start)};
    };
    const auto writeLinks = [&](qint64 taskId, const TaskDraft& t, const QVariantList& figures) {
        int position = 0;
        QSet<qint64> linked; // aliases of a unit already on the task (its lead role wins) add nothing
        for (const Link& l : linksOf(t)) {
            const qint64 unitId = d->unitIdFor(l.printed, l.hint, error, &unitCache, &r.newUnits);
            if (unitId <= 0)
                return false;
            if (linked.contains(unitId))
                continue;
            linked.insert(unitId);
            if (!links.add(QVariantList{taskId, unitId,
                                        l.lead ? QStringLiteral("lead") : QStringLiteral("co"), l.printed,
                                        position++} +
                               figures,
                           error))
                return false;
        }
        return true;
    };
    const auto auditRow = [&](qint64 taskId, const QString& action, const QString& field,
                              const QVariant& oldValue, const QVariant& newValue) {
        return audits.add({taskId, now, by, action, field, oldValue, newValue}, error);
    };

    // New tasks wait here and go in kNewPerFlush at a time: ids reserved, then the task rows, then their
    // links (which refer to them) and audit rows.
    struct NewTask
    {
        int index;
        qint64 directiveId;
        QDate start;
    };
    constexpr int kNewPerFlush = 2000;
    QList<NewTask> pending;
    const auto flushNew = [&]() -> bool {
        if (pending.isEmpty())
            return true;
        QList<qint64> ids;
        if (!reserveIds(*d, QStringLiteral("tasks"), int(pending.size()), &ids, error))
            return false;
        const QStringList columns =
            QStringLiteral(
                "id directive_id title text section line_start line_end kind deadline deadline_text "
                "start_date status percent targets created_at updated_at")
                .split(u' ');
        const auto row = [&](int k) -> QVariantList {
            const TaskDraft& t = batch.tasks[pending[k].index];
            QVariantList v{ids[k], pending[k].directiveId, titleOf(t), t.text};
            v << store::jsonList(t.section) << t.lineStart << t.lineEnd
              << (t.kind.isEmpty() ? QStringLiteral("inline") : t.kind);
            v << store::dateValue(t.deadline) << t.deadlineText << store::dateValue(pending[k].start);
            v << QStringLiteral("not_started") << 0 << store::jsonList(t.targets) << now << now;
            return v;
        };
        RowBatch tasks(*d, QStringLiteral("tasks"), columns);
        // A statement of many rows fails as a whole: back to before it, then row by row to name the task.
        const bool many = tasks.rowsPerStatement() > 1;
        const auto plain = [&](const QString& sql) { // PostgreSQL prepares no SAVEPOINT
            QSqlQuery sp = d->query();
            if (sp.exec(sql))
                return true;
            d->fail(error, sp.lastError());
            return false;
        };
        if (many && !plain(QStringLiteral("SAVEPOINT new_tasks")))
            return false;
        bool ok = true;
        for (int k = 0; ok && k < pending.size(); ++k) {
            r.taskIds[pending[k].index] = ids[k];
            TaskFailureNote note{error, pending[k].index, titleOf(batch.tasks[pending[k].index])};
            note.done = many; // one row a statement: the row that failed is this one
            ok = tasks.add(row(k), error);
        }
        ok = ok && tasks.flush(error);
        if (!ok && many) {
            if (error)
                *error = {};
            if (!plain(QStringLiteral("ROLLBACK TO SAVEPOINT new_tasks")))
                return false;
            RowBatch one(*d, QStringLiteral("tasks"), columns, 1);
            for (int k = 0; k < pending.size(); ++k) {
                TaskFailureNote note{error, pending[k].index, titleOf(batch.tasks[pending[k].index])};
                if (!one.add(row(k), error))
                    return false;
                note.done = true;
            }
            ok = true; // row by row it went in (a passing failure, such as a lock given up)
        }
        if (ok) {
            for (int k = 0; k < pending.size(); ++k) {
                const TaskDraft& t = batch.tasks[pending[k].index];
                TaskFailureNote note{error, pending[k].index, titleOf(t)};
                if (!writeLinks(ids[k], t, newFigures(t, pending[k].start)) ||
                    !auditRow(ids[k], QStringLiteral("import"), QString(), QVariant(), titleOf(t)))
                    return false;
                note.done = true;
            }
            if (links.flush(error) && audits.flush(error)) {
                r.added += int(pending.size());
                pending.clear();
                return true;
            }
        }
        if (error && error->isError()) // a statement of many rows: the tasks it held
            error->message = tr("第 %1–%2 项任务未能写入，整份文件未导入：%3")
                                 .arg(pending.first().index + 1)
                                 .arg(pending.last().index + 1)
                                 .arg(error->message);
        return false;
    };

    for (const Group& g : planner.groups) {
        qint64 directiveId = g.existingId;
        // With drafts left out the file is not "already imported": importing it again brings them in.
        const QVariantList values{batch.sourceFile,
                                  batch.skipped.isEmpty() ? batch.contentHash
                                                          : batch.contentHash + QStringLiteral("#partial"),
                                  g.info.title,
                                  g.info.docNumber,
                                  store::dateValue(g.info.date),
                                  batch.issuer,
                                  now,
                                  by};
        if (directiveId == 0) {
            if (!d->run(
                    q,
                    QStringLiteral(
                        "INSERT INTO directives (source_file, content_hash, title, doc_number, signed_on, "
                        "issuer, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    values, error))
                return false;
            directiveId = q.lastInsertId().toLongLong();
        } else if (!d->run(
                       q,
                       QStringLiteral("UPDATE directives SET source_file = ?, content_hash = ?, title = ?, "
                                      "doc_number = ?, signed_on = ?, issuer = ?, imported_at = ?, "
                                      "imported_by = ? WHERE id = ?"),
                       values + QVariantList{directiveId}, error)) {
            return false;
        }
        // Pace (序时进度) runs from the directive's date; without one, from the day it was imported.
        const QDate start = g.info.date.isValid() ? g.info.date : Clock::today();

        for (int i : g.drafts) {
            if (i >= batch.tasks.size())
                continue; // left out by the reviewer
            const TaskDraft& t = batch.tasks[i];
            TaskFailureNote note{error, i, titleOf(t)};
            switch (plan.changes[i]) {
            case ImportPlan::Change::New:
                pending.append({i, directiveId, start});
                note.done = true; // a failed flush names the tasks of its statement
                if ((pending.size() >= kNewPerFlush || slowMs > 0) && !flushNew())
                    return false;
                break;
            case ImportPlan::Change::Changed: {
                const qint64 id = plan.matchedTaskIds[i];
                r.taskIds[i] = id;
                QList<TaskEdit> edits;
                for (const QString& key : plan.changedFields[i]) {
                    const TaskField f = *taskFieldFromKey(key);
                    QVariant v;
                    switch (f) {
                    case TaskField::Title:
                        v = titleOf(t);
                        break;
                    case TaskField::Text:
                        v = t.text;
                        break;
                    case TaskField::Section:
                        v = t.section;
                        break;
                    case TaskField::Deadline:
                        v = t.deadline;
                        break;
                    case TaskField::DeadlineText:
                        v = t.deadlineText;
                        break;
                    case TaskField::Targets:
                        v = t.targets;
                        break;
                    default:
                        break; // units below, with their printed names
                    }
                    if (f != TaskField::LeadUnits && f != TaskField::CoUnits)
                        edits.append({id, f, v});
                }
                for (const TaskEdit& e : edits) {
                    QVariant old;
                    if (!applyTaskEdit(*d, e, by, QStringLiteral("revise"), &old, error))
                        return false;
                }
                if (plan.changedFields[i].contains(taskFieldKey(TaskField::LeadUnits)) ||
                    plan.changedFields[i].contains(taskFieldKey(TaskField::CoUnits))) {
                    QList<QVariant> before(2);
                    if (!readTaskField(*d, id, TaskField::LeadUnits, &before[0], error) ||
                        !readTaskField(*d, id, TaskField::CoUnits, &before[1], error))
                        return false;
                    if (!d->run(q, QStringLiteral("DELETE FROM task_units WHERE task_id = ?"), {id}, error) ||
                        !writeLinks(id, t, unfilled) || !links.flush(error))
                        return false;
                    for (TaskField f : {TaskField::LeadUnits, TaskField::CoUnits}) {
                        QVariant after;
                        if (!readTaskField(*d, id, f, &after, error))
                            return false;
                        const QVariant was = before[f == TaskField::LeadUnits ? 0 : 1];
                        if (after != was && !auditRow(id, QStringLiteral("revise"), taskFieldKey(f),
                                                      was.toStringList().join(QStringLiteral("、")),
                                                      after.toStringList().join(QStringLiteral("、"))))
                            return false;
                    }
                }
                if (!d->run(q,
                            QStringLiteral(
                                "UPDATE tasks SET line_start = ?, line_end = ?, updated_at = ? WHERE id = ?"),
                            {t.lineStart, t.lineEnd, now, id}, error))
                    return false;
                ++r.changed;
                break;
            }
            case ImportPlan::Change::Unchanged:
                r.taskIds[i] = plan.matchedTaskIds[i];
                // Lines may have moved in the new version; that is no change to the task.
                if (!d->run(q, QStringLiteral("UPDATE tasks SET line_start = ?, line_end = ? WHERE id = ?"),
                            {t.lineStart, t.lineEnd, plan.matchedTaskIds[i]}, error))
                    return false;
                ++r.unchanged;
                break;
            }
            if (slowMs > 0) {
                // Tells the test that rows are written and the transaction is open, then gives it time.
                std::fputs("DUBAN_TEST_SLOW_IMPORT: in transaction\n", stderr);
                std::fflush(stderr);
                QThread::msleep(slowMs);
            }
            note.done = true;
        }
    }
    if (!flushNew())
        return false;
    for (const ImportPlan::Gone& g : plan.gone) {
        if (!d->run(q, QStringLiteral("UPDATE tasks SET retired_at = ?, updated_at = ? WHERE id = ?"),
                    {now, now, g.taskId}, error) ||
            !auditRow(g.taskId, QStringLiteral("retire"), QString(), g.title, QVariant()))
            return false;
        ++r.retired;
    }
    if (!audits.flush(error) || !tx.commit(error))
        return false;
    if (r.added >= kAnalyzeAfter)
        d->query().exec(d->dialect->analyzeSql()); // statistics only: a failure here loses nothing
    if (result)
        *result = r;
    return true;
}

} // namespace duban
