#pragma once

// Bulk rows into a PostgreSQL table through COPY FROM STDIN, on the connection Qt's QPSQL driver holds, so
// inside its open transaction: one stream instead of a round trip and a parse per multi-row INSERT.
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QVariantList>

namespace duban::store {

// `values` holds the rows one after another, columns.size() values each; a null QVariant is NULL, a null
// QString '' (as store::bind binds it). False with `error` set (SQLSTATE as its native code) on failure.
bool copyRows(const QSqlDatabase& db, const QString& table, const QStringList& columns,
              const QVariantList& values, QSqlError* error);

} // namespace duban::store
