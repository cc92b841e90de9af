// Units: resolving printed names, listing, renaming and merging.
#include "store/repositoryimpl.h"

#include <QMap>

namespace duban {

using store::setError;
using store::tr;

qint64 Repository::Impl::lookupUnit(const QString& cleaned, StoreError* error) const
{
    if (cleaned.isEmpty())
        return 0;
    QSqlQuery q = query();
    if (!run(q,
             QStringLiteral("SELECT id FROM units WHERE name = ? "
                            "UNION ALL SELECT unit_id FROM unit_aliases WHERE alias = ? LIMIT 1"),
             {cleaned, cleaned}, error))
        return -1;
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString Repository::Impl::canonicalFor(const QString& printed, const QString& canonicalHint) const
{
    const UnitDirectory& dir = UnitDirectory::builtin();
    for (const QString& candidate :
         {UnitDirectory::clean(printed), UnitDirectory::clean(canonicalHint), dir.canonical(printed)}) {
        const qint64 id = lookupUnit(candidate, nullptr);
        if (id > 0) {
            QSqlQuery q = query();
            if (run(q, QStringLiteral("SELECT name FROM units WHERE id = ?"), {id}, nullptr) && q.next())
                return q.value(0).toString();
        }
    }
    const QString hint = UnitDirectory::clean(canonicalHint);
    return hint.isEmpty() ? UnitDirectory::clean(printed) : hint;
}

qint64 Repository::Impl::createUnit(const QString& name, bool needsReview, StoreError* error) const
{
    QSqlQuery q = query();
    if (!run(q, QStringLiteral("INSERT INTO units (name, kind, needs_review) VALUES (?, ?, ?)"),
             {name, unitKindKey(UnitDirectory::guessKind(name)), needsReview ? 1 : 0}, error))
        return 0;
    return q.lastInsertId().toLongLong();
}

qint64 Repository::Impl::unitIdFor(const QString& printed, const QString& canonicalHint, StoreError* error,
                                   QHash<QString, qint64>* cache, QStringList* newUnits) const
{
    const QString cleaned = UnitDirectory::clean(printed);
    if (cleaned.isEmpty()) {
        setError(error, StoreError::BadInput, tr("单位名称为空"));
        return 0;
    }
    if (cache) {
        const auto it = cache->constFind(cleaned + u'\x1f' + canonicalHint);
        if (it != cache->constEnd())
            return *it;
    }
    const UnitDirectory& dir = UnitDirectory::builtin();
    qint64 id = 0;
    // The database first (it knows merges and aliases people added), then the built-in directory.
    for (const QString& candidate : {cleaned, UnitDirectory::clean(canonicalHint), dir.canonical(printed)}) {
        id = lookupUnit(candidate, error);
        if (id != 0)
            break;
    }
    if (id < 0)
        return 0;
    if (id == 0) {
        const QString hint = UnitDirectory::clean(canonicalHint);
        const QString name = dir.isKnown(printed) ? UnitDirectory::clean(dir.canonical(printed))
                                                  : (hint.isEmpty() ? cleaned : hint);
        id = createUnit(name, !dir.isKnown(printed), error);
        if (id == 0)
            return 0;
        if (newUnits)
            newUnits->append(name);
    }
    if (cache)
        cache->insert(cleaned + u'\x1f' + canonicalHint, id);
    return id;
}

std::optional<qint64> Repository::findUnit(const QString& nameOrAlias, StoreError* error)
{
    for (const QString& c : {UnitDirectory::clean(nameOrAlias),
                             UnitDirectory::clean(UnitDirectory::builtin().canonical(nameOrAlias))}) {
        const qint64 id = d->lookupUnit(c, error);
        if (id < 0)
            return std::nullopt;
        if (id > 0)
            return id;
    }
    setError(error, StoreError::BadInput, tr("数据库 %1 中没有单位“%2”").arg(d->path, nameOrAlias));
    return std::nullopt;
}

QList<UnitRecord> Repository::units(StoreError* error)
{
    QList<UnitRecord> out;
    QMap<qint64, int> index;
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    if (!d->run(q, QStringLiteral("SELECT id, name, kind, needs_review FROM units ORDER BY name"), {}, error))
        return {};
    while (q.next()) {
        UnitRecord u;
        u.id = q.value(0).toLongLong();
        u.name = q.value(1).toString();
        u.kind = unitKindFromKey(q.value(2).toString());
        u.needsReview = q.value(3).toInt() != 0;
        index.insert(u.id, out.size());
        out.append(u);
    }
    QSqlQuery a = d->query();
    a.setForwardOnly(true);
    if (!d->run(a, QStringLiteral("SELECT unit_id, alias FROM unit_aliases ORDER BY alias"), {}, error))
        return {};
    while (a.next()) {
        const auto it = index.constFind(a.value(0).toLongLong());
        if (it != index.constEnd())
            out[*it].aliases.append(a.value(1).toString());
    }
    QSqlQuery c = d->query();
    c.setForwardOnly(true);
    if (!d->run(
            c,
            QStringLiteral("SELECT tu.unit_id, count(*), SUM(CASE WHEN tu.role = 'lead' THEN 1 ELSE 0 END) "
                           "FROM task_units tu JOIN tasks t ON t.id = tu.task_id "
                           "WHERE t.retired_at IS NULL GROUP BY tu.unit_id"),
            {}, error))
        return {};
    while (c.next()) {
        const auto it = index.constFind(c.value(0).toLongLong());
        if (it != index.constEnd()) {
            out[*it].taskCount = c.value(1).toInt();
            out[*it].leadCount = c.value(2).toInt();
        }
    }
    return out;
}

namespace {

QString unitName(const Repository::Impl& d, qint64 id, StoreError* error)
{
    QSqlQuery q = d.query();
    if (!d.run(q, QStringLiteral("SELECT name FROM units WHERE id = ?"), {id}, error))
        return {};
    if (!q.next()) {
        setError(error, StoreError::BadInput, tr("数据库 %1 中没有编号为 %2 的单位").arg(d.path).arg(id));
        return {};
    }
    return q.value(0).toString();
}

} // namespace

bool Repository::renameUnit(qint64 unitId, const QString& newName, const QString& by, StoreError* error)
{
    const QString name = UnitDirectory::clean(newName);
    if (name.isEmpty())
        return setError(error, StoreError::BadInput, tr("单位名称不能为空"));
    WriteTransaction tx(*d, error);
    if (!tx.ok())
        return false;
    const QString old = unitName(*d, unitId, error);
    if (old.isEmpty())
        return false;
    if (old == name)
        return tx.commit(error);
    const qint64 other = d->lookupUnit(name, error);
    if (other < 0)
        return false;
    if (other > 0 && other != unitId)
        return setError(error, StoreError::BadInput,
                        tr("“%1”已是另一个单位的名称或别名；要合并两个单位请用合并").arg(name));
    QSqlQuery q = d->query();
    if (!d->run(q, QStringLiteral("DELETE FROM unit_aliases WHERE alias = ?"), {name}, error) ||
        !d->run(q, QStringLiteral("UPDATE units SET name = ?, needs_review = 0 WHERE id = ?"), {name, unitId},
                error) ||
        !d->run(q, QStringLiteral("INSERT INTO unit_aliases (alias, unit_id) VALUES (?, ?)"), {old, unitId},
                error) ||
        !d->audit(0, by, QStringLiteral("unit_rename"), QStringLiteral("unit"), old, name, error))
        return false;
    return tx.commit(error);
}

bool Repository::mergeUnits(qint64 fromId, qint64 intoId, const QString& by, StoreError* error)
{
    if (fromId == intoId)
        return setError(error, StoreError::BadInput, tr("不能把单位合并到它自己"));
    WriteTransaction tx(*d, error);
    if (!tx.ok())
        return false;
    const QString from = unitName(*d, fromId, error);
    if (from.isEmpty())
        return false;
    const QString into = unitName(*d, intoId, error);
    if (into.isEmpty())
        return false;

    // Every task linked to `from` moves to `into`; where a task has both, one link stays and keeps the
    // stronger role (lead).
    QSqlQuery links = d->query();
    if (!d->run(links, QStringLiteral("SELECT task_id, role FROM task_units WHERE unit_id = ?"), {fromId},
                error))
        return false;
    QList<QPair<qint64, QString>> moved;
    while (links.next())
        moved.append({links.value(0).toLongLong(), links.value(1).toString()});
    links.finish();
    QSqlQuery q = d->query();
    for (const auto& [taskId, role] : moved) {
        if (!d->run(q, QStringLiteral("SELECT role FROM task_units WHERE task_id = ? AND unit_id = ?"),
                    {taskId, intoId}, error))
            return false;
        const bool both = q.next();
        const QString existing = both ? q.value(0).toString() : QString();
        q.finish();
        if (both) {
            if (role == QLatin1String("lead") &&
                !d->run(
                    q,
                    QStringLiteral("UPDATE task_units SET role = 'lead' WHERE task_id = ? AND unit_id = ?"),
                    {taskId, intoId}, error))
                return false;
            if (!d->run(q, QStringLiteral("DELETE FROM task_units WHERE task_id = ? AND unit_id = ?"),
                        {taskId, fromId}, error))
                return false;
        } else if (!d->run(
                       q,
                       QStringLiteral("UPDATE task_units SET unit_id = ? WHERE task_id = ? AND unit_id = ?"),
                       {intoId, taskId, fromId}, error)) {
            return false;
        }
        const QString field = role == QLatin1String("lead") ? taskFieldKey(TaskField::LeadUnits)
                                                            : taskFieldKey(TaskField::CoUnits);
        if (!d->audit(taskId, by, QStringLiteral("unit_merge"), field, from, into, error) ||
            !d->touch(taskId, error))
            return false;
    }
    if (!d->run(q, QStringLiteral("UPDATE unit_aliases SET unit_id = ? WHERE unit_id = ?"), {intoId, fromId},
                error) ||
        !d->run(q, QStringLiteral("UPDATE task_events SET unit_id = ? WHERE unit_id = ?"), {intoId, fromId},
                error) ||
        !d->run(q, QStringLiteral("DELETE FROM units WHERE id = ?"), {fromId}, error) ||
        !d->run(q, QStringLiteral("INSERT INTO unit_aliases (alias, unit_id) VALUES (?, ?)"), {from, intoId},
                error) ||
        !d->audit(0, by, QStringLiteral("unit_merge"), QStringLiteral("unit"), from, into, error))
        return false;
    return tx.commit(error);
}

bool Repository::setUnitReviewed(qint64 unitId, bool reviewed, StoreError* error)
{
    WriteTransaction tx(*d, error);
    if (!tx.ok())
        return false;
    QSqlQuery q = d->query();
    if (!d->run(q, QStringLiteral("UPDATE units SET needs_review = ? WHERE id = ?"),
                {reviewed ? 0 : 1, unitId}, error))
        return false;
    if (q.numRowsAffected() != 1)
        return setError(error, StoreError::BadInput,
                        tr("数据库 %1 中没有编号为 %2 的单位").arg(d->path).arg(unitId));
    return tx.commit(error);
}

} // namespace duban
