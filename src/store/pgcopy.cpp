#include "store/pgcopy.h"

#include <QSqlDriver>
#include <libpq-fe.h>

namespace duban::store {

namespace {

// COPY's text format: backslash escapes for the characters that separate fields and rows.
void appendField(QByteArray& out, const QVariant& v)
{
    if (v.isNull() && v.typeId() != QMetaType::QString) {
        out += "\\N";
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Bool:
        out += v.toBool() ? 't' : 'f';
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        out += QByteArray::number(v.toLongLong());
        return;
    default:
        break;
    }
    const QByteArray text = v.toString().toUtf8();
    out.reserve(out.size() + text.size());
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

QSqlError errorOf(PGconn* conn, PGresult* res, const QString& what)
{
    const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    const QString text = QString::fromUtf8(res ? PQresultErrorMessage(res) : PQerrorMessage(conn)).trimmed();
    return QSqlError(what, text.isEmpty() ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : text,
                     QSqlError::StatementError, state ? QString::fromLatin1(state) : QString());
}

PGconn* connectionOf(const QSqlDatabase& db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    // Qt names the type by libpq's struct tag.
    if (!h.isValid() || qstrcmp(h.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<PGconn* const*>(h.constData());
}

} // namespace

bool copyRows(const QSqlDatabase& db, const QString& table, const QStringList& columns,
              const QVariantList& values, QSqlError* error)
{
    PGconn* conn = connectionOf(db);
    if (!conn) {
        *error = QSqlError(QStringLiteral("COPY"), QStringLiteral("no PostgreSQL connection"),
                           QSqlError::ConnectionError);
        return false;
    }
    const QByteArray sql =
        QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", "))).toUtf8();
    PGresult* res = PQexec(conn, sql.constData());
    if (PQresultStatus(res) != PGRES_COPY_IN) {
        *error = errorOf(conn, res, QStringLiteral("COPY"));
        PQclear(res);
        while ((res = PQgetResult(conn)))
            PQclear(res);
        return false;
    }
    PQclear(res);
    const int n = int(columns.size());
    constexpr qsizetype kChunk = 1 << 20; // sent as it fills: memory stays flat for any number of rows
    QByteArray buffer;
    bool sent = true;
    for (qsizetype i = 0; sent && i < values.size(); ++i) {
        appendField(buffer, values[i]);
        buffer += (i % n == n - 1) ? '\n' : '\t';
        if (buffer.size() >= kChunk || i + 1 == values.size()) {
            sent = PQputCopyData(conn, buffer.constData(), int(buffer.size())) == 1;
            buffer.clear();
        }
    }
    const bool ended = PQputCopyEnd(conn, sent ? nullptr : "client failed to send the rows") == 1;
    bool ok = sent && ended;
    QSqlError failure;
    while ((res = PQgetResult(conn))) {
        if (PQresultStatus(res) != PGRES_COMMAND_OK) {
            if (ok || !failure.isValid())
                failure = errorOf(conn, res, QStringLiteral("COPY"));
            ok = false;
        }
        PQclear(res);
    }
    if (!ok)
        *error = failure.isValid() ? failure : errorOf(conn, nullptr, QStringLiteral("COPY"));
    return ok;
}

} // namespace duban::store
