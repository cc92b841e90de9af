#pragma once

#include "store/repository.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace duban {

class SqlDialect;

// Numbered schema migrations (db/migrations/NNNN_name.sql, embedded as resources).
namespace migrations {

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

QList<Migration> all(const SqlDialect& dialect); // sorted by version
int latest(const SqlDialect& dialect);

// Applies each migration after the current version up to `target`, each in its own write transaction
// together with its schema-version bump (and, for version 1, the built-in unit directory).
bool migrate(QSqlDatabase& db, const SqlDialect& dialect, int target, const QString& where,
             StoreError* error);

} // namespace migrations
} // namespace duban
