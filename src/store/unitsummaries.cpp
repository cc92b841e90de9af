// Per-unit summaries (the overdue view's unit table, the report's scope checks, duban-cli): counted over
// the links' figures (migration 0010), or read from the figures kept per as-of day (migration 0012).
#include "core/clock.h"
#include "store/repositoryimpl.h"

namespace duban {

namespace {

constexpr int kKeptDays = 8; // as-of days with their rules kept at once; each costs every link write a row

struct DayKey
{
    qint64 asOf = 0, soonUntil = 0;
    bool byOriginal = false;
    int tolerance = 0;
};

// The per-unit aggregate of the links' figures, one row per unit: unit_id, then total, not_started,
// in_progress, done, suspended, overdue, soon, behind. It reads the task_units_figures index in (unit,
// state) order and no task row. Counted per unit and state first, so each link costs one pass of three date
// tests (the state's own counts come from the groups); day numbers make 序时进度 the integer arithmetic of
// paceSql(), and a NULL date fails its comparisons as paceSql()'s IS NOT NULLs do. The kept figures'
// triggers (migration 0012) count a link the same way.
QString countedSql(const DayKey& k, QVariantList* binds)
{
    const QString deadline =
        k.byOriginal ? QStringLiteral("tu.fig_original") : QStringLiteral("tu.fig_deadline");
    *binds << k.asOf << k.asOf << k.soonUntil << k.asOf << k.asOf << k.asOf << k.asOf << k.tolerance;
    return QStringLiteral(
               "SELECT g.unit_id AS unit_id, SUM(g.n) AS total, "
               "SUM(CASE WHEN g.state = 1 THEN g.n ELSE 0 END) AS not_started, "
               "SUM(CASE WHEN g.state = 2 THEN g.n ELSE 0 END) AS in_progress, "
               "SUM(CASE WHEN g.state = 3 THEN g.n ELSE 0 END) AS done, "
               "SUM(CASE WHEN g.state = 4 THEN g.n ELSE 0 END) AS suspended, "
               "SUM(CASE WHEN g.state IN (1, 2) THEN g.overdue ELSE 0 END) AS overdue, "
               "SUM(CASE WHEN g.state IN (1, 2) THEN g.soon ELSE 0 END) AS soon, "
               "SUM(CASE WHEN g.state IN (1, 2) THEN g.behind ELSE 0 END) AS behind FROM ("
               "SELECT tu.unit_id AS unit_id, tu.fig_state AS state, count(*) AS n, "
               "count(*) FILTER (WHERE %1 < ?) AS overdue, "
               "count(*) FILTER (WHERE %1 >= ? AND %1 <= ?) AS soon, "
               "count(*) FILTER (WHERE %1 >= tu.fig_start AND %1 >= ? AND tu.fig_percent < (CASE WHEN "
               "? <= tu.fig_start THEN 0 WHEN ? >= %1 THEN 100 ELSE (? - tu.fig_start) * 100 / "
               "(%1 - tu.fig_start) END) - ?) AS behind "
               "FROM task_units tu WHERE tu.fig_state > 0 GROUP BY tu.unit_id, tu.fig_state) g "
               "GROUP BY g.unit_id")
        .arg(deadline);
}

const QString kOrder = QStringLiteral(" ORDER BY a.overdue DESC, a.soon DESC, u.name");
const QString kColumns = QStringLiteral("SELECT u.id, u.name, a.total, a.not_started, a.in_progress, a.done, "
                                        "a.suspended, a.overdue, a.soon, a.behind FROM ");

// The rows of a query selecting unit id, name and the eight figures in UnitSummary's order.
QList<UnitSummary> summaryRows(QSqlQuery& q)
{
    QList<UnitSummary> out;
    while (q.next()) {
        UnitSummary s;
        s.unitId = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.total = q.value(2).toInt();
        s.notStarted = q.value(3).toInt();
        s.inProgress = q.value(4).toInt();
        s.done = q.value(5).toInt();
        s.suspended = q.value(6).toInt();
        s.overdue = q.value(7).toInt();
        s.dueSoon = q.value(8).toInt();
        s.behindPace = q.value(9).toInt();
        out.append(s);
    }
    return out;
}

std::optional<QList<UnitSummary>> counted(const Repository::Impl& d, const DayKey& k, StoreError* error)
{
    QVariantList binds;
    const QString sql = kColumns + u'(' + countedSql(k, &binds) +
                        QStringLiteral(") a JOIN units u ON u.id = a.unit_id") + kOrder;
    QSqlQuery q = d.query();
    q.setForwardOnly(true);
    if (!d.run(q, sql, binds, error))
        return std::nullopt;
    return summaryRows(q);
}

// Who reads kept figures: every connection to a file; on a server whoever may call duban_unit_figures() —
// a liaison's row-level security shows it fewer tasks than the office's figures count, so it counts its
// own. Only a connection that may write keeps a day it counted (a read-only one counts a day not kept).
bool readsKept(const Repository::Impl& d)
{
    if (d.keptFigures < 0) {
        d.keptFigures = 1;
        if (d.server()) {
            QSqlQuery q = d.query();
            StoreError ignored;
            d.keptFigures = d.run(q,
                                  QStringLiteral("SELECT has_function_privilege('duban_unit_figures(integer, "
                                                 "integer, boolean, integer)', 'EXECUTE')"),
                                  {}, &ignored) &&
                            q.next() && q.value(0).toBool();
        }
    }
    return d.keptFigures == 1;
}

DayKey keyOf(const QDate& asOfIn, const DueRules& rules)
{
    const QDate asOf = asOfIn.isValid() ? asOfIn : Clock::today();
    return {store::dayNumber(asOf), store::dayNumber(asOf.addDays(rules.dueSoonDays)),
            rules.byOriginalDeadline, rules.paceTolerance};
}

std::optional<qint64> keptDay(const Repository::Impl& d, const DayKey& k, StoreError* error)
{
    QSqlQuery q = d.query();
    if (!d.run(q,
               QStringLiteral("SELECT id FROM unit_figure_days WHERE as_of = ? AND soon_until = ? AND "
                              "by_original = ? AND tolerance = ?"),
               {k.asOf, k.soonUntil, d.server() ? QVariant(k.byOriginal) : QVariant(int(k.byOriginal)),
                k.tolerance},
               error))
        return std::nullopt;
    return q.next() ? q.value(0).toLongLong() : 0;
}

// A file's kept figures of the day, counted first under the write lock if no day kept them yet (no link can
// change between the count and the day's first trigger). nullopt when the file cannot be written now.
std::optional<QList<UnitSummary>> keptOnFile(const Repository::Impl& d, const DayKey& k, StoreError* error)
{
    std::optional<qint64> day = keptDay(d, k, error);
    if (!day)
        return std::nullopt;
    if (*day == 0) {
        if (d.readOnly)
            return std::nullopt;
        StoreError e;
        WriteTransaction tx(d, &e);
        if (!tx.ok())
            return std::nullopt; // busy or read-only: counted without keeping
        day = keptDay(d, k, error);
        if (!day)
            return std::nullopt;
        QSqlQuery q = d.query();
        if (*day == 0) {
            if (!d.run(
                    q,
                    QStringLiteral("INSERT INTO unit_figure_days (as_of, soon_until, by_original, tolerance) "
                                   "VALUES (?, ?, ?, ?)"),
                    {k.asOf, k.soonUntil, int(k.byOriginal), k.tolerance}, error))
                return std::nullopt;
            day = q.lastInsertId().toLongLong();
            QVariantList binds{*day};
            const QString count = countedSql(k, &binds);
            if (!d.run(q,
                       QStringLiteral(
                           "INSERT INTO unit_figures (day_id, unit_id, total, not_started, "
                           "in_progress, done, suspended, overdue, soon, behind) SELECT ?, a.* FROM (") +
                           count + QStringLiteral(") a"),
                       binds, error) ||
                !d.run(q,
                       QStringLiteral(
                           "DELETE FROM unit_figures WHERE day_id IN (SELECT id FROM unit_figure_days "
                           "ORDER BY id DESC LIMIT -1 OFFSET ?)"),
                       {kKeptDays}, error) ||
                !d.run(q,
                       QStringLiteral("DELETE FROM unit_figure_days WHERE id IN (SELECT id FROM "
                                      "unit_figure_days ORDER BY id DESC LIMIT -1 OFFSET ?)"),
                       {kKeptDays}, error))
                return std::nullopt;
        }
        if (!tx.commit(error))
            return std::nullopt;
    }
    QSqlQuery q = d.query();
    q.setForwardOnly(true);
    if (!d.run(q,
               kColumns +
                   QStringLiteral("unit_figures a JOIN units u ON u.id = a.unit_id WHERE a.day_id = ? AND "
                                  "a.total > 0") +
                   kOrder,
               {*day}, error))
        return std::nullopt;
    return summaryRows(q);
}

std::optional<QList<UnitSummary>> keptOnServer(const Repository::Impl& d, const DayKey& k, StoreError* error)
{
    if (d.readOnly) { // the function would have to count and write a day not kept yet
        const std::optional<qint64> day = keptDay(d, k, error);
        if (!day || *day == 0)
            return std::nullopt;
    }
    QSqlQuery q = d.query();
    q.setForwardOnly(true);
    if (!d.run(q, QStringLiteral("SELECT * FROM duban_unit_figures(?, ?, ?, ?)"),
               {k.asOf, k.soonUntil, k.byOriginal, k.tolerance}, error))
        return std::nullopt;
    return summaryRows(q);
}

} // namespace

bool store::forgetKeptFigures(const Repository::Impl& d, StoreError* error)
{
    QSqlQuery q = d.query();
    return d.run(q, QStringLiteral("DELETE FROM unit_figures"), {}, error) &&
           d.run(q, QStringLiteral("DELETE FROM unit_figure_days"), {}, error);
}

bool Repository::unitSummariesKept(const QDate& asOf, const DueRules& rules, StoreError* error)
{
    if (!readsKept(*d))
        return true; // nothing to keep: this login counts its own
    const std::optional<qint64> day = keptDay(*d, keyOf(asOf, rules), error);
    return day && *day > 0;
}

QList<UnitSummary> Repository::unitSummaries(const QDate& asOf, const DueRules& rules, StoreError* error)
{
    const DayKey k = keyOf(asOf, rules);
    // Not inside a transaction of ours: counting a day must see every committed link (a fresh snapshot after
    // its lock), and a failed write would abort the caller's transaction.
    if (d->writing == 0 && readsKept(*d)) {
        StoreError e;
        if (auto kept = d->server() ? keptOnServer(*d, k, &e) : keptOnFile(*d, k, &e))
            return *kept;
        // Counted without keeping (a busy file, a server whose grants changed): a dropped connection
        // fails there too, with its message.
    }
    auto out = counted(*d, k, error);
    return out ? *out : QList<UnitSummary>{};
}

} // namespace duban
