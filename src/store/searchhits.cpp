// A search's matching task ids kept in a temporary table of the connection, for SQLite: a count and the
// page after it read the full-text index once instead of twice, and the page tests each task it walks
// against the table's rowids instead of building a set of every match first (a search 30% of 100,000 tasks
// hold: 22 ms to count, then 32 ms for the page).
#include "store/repositoryimpl.h"

namespace duban::store {

namespace {

// The connection's rows changed so far (its own writes, committed or not) and the main file's data version
// (moves with every other connection's commit): while both stay, the search reads what it read.
bool dataState(const Repository::Impl& d, Repository::Impl::SearchHits* state)
{
    QSqlQuery q = d.query();
    StoreError ignored;
    if (!d.run(q, QStringLiteral("SELECT total_changes(), data_version FROM pragma_data_version"), {},
               &ignored) ||
        !q.next())
        return false;
    state->changes = q.value(0).toLongLong();
    state->version = q.value(1).toLongLong();
    return true;
}

} // namespace

bool searchHitsReady(const Repository::Impl& d, const QStringList& terms, bool includeRetired)
{
    QVariantList binds;
    const QString select = d.dialect->searchHitsSql(terms, includeRetired, &binds);
    if (select.isEmpty() || d.writing > 0)
        return false;
    Repository::Impl::SearchHits now;
    now.expression = binds.value(0).toString();
    if (!dataState(d, &now))
        return false;
    Repository::Impl::SearchHits& kept = d.hits;
    if (kept.expression == now.expression && kept.changes == now.changes && kept.version == now.version)
        return true;
    kept = {};
    QSqlQuery q = d.query();
    StoreError ignored;
    if (!d.run(q, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS duban_hits (id INTEGER PRIMARY KEY)"), {},
               &ignored) ||
        !d.run(q, QStringLiteral("DELETE FROM temp.duban_hits"), {}, &ignored) ||
        !d.run(q, QStringLiteral("INSERT INTO temp.duban_hits (id) ") + select, binds, &ignored) ||
        !dataState(d, &now))
        return false;
    kept = now;
    return true;
}

} // namespace duban::store
