#pragma once

#include <QString>

namespace duban {

// Where a database lives: a SQLite file, or a PostgreSQL server given as a URL
// (postgresql://user[:password]@host[:port]/dbname, postgresql://user@/dbname?host=/socket/dir).
// The one parser every caller (store, CLI, app, tests) goes through.
struct DatabaseLocation
{
    bool server = false;
    QString file; // SQLite: the path as given
    // PostgreSQL: empty host = libpq's default socket; port 0 = the default (5432).
    QString user, password, host, database;
    int port = 0;
    QString options; // libpq "options" (e.g. -csearch_path=x), from ?options=

    // Parses text; a string that does not start with postgresql:// or postgres:// is a file path.
    // Returns false with *why (Chinese) for a malformed URL.
    static bool parse(const QString& text, DatabaseLocation* out, QString* why = nullptr);
    static bool isUrl(const QString& text);

    // For messages and Repository::path(): the URL without the password.
    QString display() const;
    // The same server with another database (tests, server init).
    QString urlWithDatabase(const QString& db) const;
};

} // namespace duban
