#include "store/migrator.h"

#include "core/unitdirectory.h"
#include "store/repositoryimpl.h"
#include "store/sqldialect.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace duban::migrations {

namespace {

bool fail(StoreError* error, const SqlDialect& dialect, const QString& where, const QString& what,
          const QSqlError& e)
{
    StoreError::Kind kind = dialect.classify(e);
    QString msg;
    if (kind == StoreError::Locked)
        msg = store::tr("数据库 %1 正被其他程序写入，无法升级结构（%2）").arg(where, what);
    else
        msg = store::tr("升级数据库 %1 失败（%2）：%3").arg(where, what, e.text());
    return store::setError(error, kind, msg);
}

// The units and aliases of db/unit_aliases.tsv, so a new database resolves the names directives print.
bool seedUnits(QSqlDatabase& db, QSqlError* err)
{
    QSqlQuery unit(db), alias(db);
    unit.prepare(QStringLiteral("INSERT INTO units (name, kind) VALUES (?, ?)"));
    alias.prepare(QStringLiteral("INSERT INTO unit_aliases (alias, unit_id) VALUES (?, ?)"));
    QSet<QString> taken;
    const auto& entries = UnitDirectory::builtin().entries();
    for (const UnitEntry& e : entries)
        taken.insert(UnitDirectory::clean(e.canonical));
    for (const UnitEntry& e : entries) {
        unit.addBindValue(UnitDirectory::clean(e.canonical));
        unit.addBindValue(unitKindKey(e.kind));
        if (!unit.exec()) {
            *err = unit.lastError();
            return false;
        }
        const qint64 id = unit.lastInsertId().toLongLong();
        for (const QString& a : e.aliases) {
            const QString c = UnitDirectory::clean(a);
            if (c.isEmpty() || taken.contains(c))
                continue; // an alias shared by two entries resolves to neither rather than to a guess
            taken.insert(c);
            alias.addBindValue(c);
            alias.addBindValue(id);
            if (!alias.exec()) {
                *err = alias.lastError();
                return false;
            }
        }
    }
    return true;
}

} // namespace

QList<Migration> all(const SqlDialect& dialect)
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    QList<Migration> out;
    const QDir dir(dialect.migrationsDir());
    for (const QString& f : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = name.match(f);
        if (!m.hasMatch())
            continue;
        QFile file(dir.filePath(f));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        out.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(file.readAll())});
    }
    std::sort(out.begin(), out.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return out;
}

int latest(const SqlDialect& dialect)
{
    const auto list = all(dialect);
    return list.isEmpty() ? 0 : list.last().version;
}

bool migrate(QSqlDatabase& db, const SqlDialect& dialect, int target, const QString& where, StoreError* error)
{
    const auto list = all(dialect);
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].version != i + 1)
            return store::setError(error, StoreError::Sql,
                                   store::tr("程序内置的数据库升级脚本编号不连续：%1").arg(list[i].name));
    }
    for (const Migration& m : list) {
        if (m.version > target)
            break;
        QSqlQuery q(db);
        if (!q.exec(dialect.beginWrite()) ||
            (!dialect.migrationLockSql().isEmpty() && !q.exec(dialect.migrationLockSql())))
            return fail(error, dialect, where, m.name, q.lastError());
        // Another process may have migrated while we waited for the lock: read the version again.
        int current = 0;
        QSqlError e;
        if (!dialect.readSchemaVersion(db, &current, &e)) {
            q.exec(QStringLiteral("ROLLBACK"));
            return fail(error, dialect, where, m.name, e);
        }
        if (current >= m.version) {
            q.exec(QStringLiteral("ROLLBACK"));
            continue;
        }
        for (const QString& stmt : dialect.splitStatements(m.sql)) {
            if (!q.exec(stmt)) {
                const QSqlError err = q.lastError();
                q.exec(QStringLiteral("ROLLBACK"));
                return fail(error, dialect, where, m.name, err);
            }
        }
        if (m.version == 1 && !seedUnits(db, &e)) {
            q.exec(QStringLiteral("ROLLBACK"));
            return fail(error, dialect, where, m.name, e);
        }
        if (!q.exec(dialect.setSchemaVersionSql(m.version)) || !q.exec(QStringLiteral("COMMIT"))) {
            const QSqlError err = q.lastError();
            q.exec(QStringLiteral("ROLLBACK"));
            return fail(error, dialect, where, m.name, err);
        }
    }
    return true;
}

} // namespace duban::migrations
