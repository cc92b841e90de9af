// postgresql:// URLs as libpq reads them, in the subset Duban documents.
#include "store/databaseurl.h"

#include "store/repositoryimpl.h"

#include <QUrl>
#include <QUrlQuery>

namespace duban {

bool DatabaseLocation::isUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool DatabaseLocation::parse(const QString& text, DatabaseLocation* out, QString* why)
{
    *out = DatabaseLocation();
    if (!isUrl(text)) {
        out->file = text;
        return true;
    }
    const auto bad = [&](const QString& what) {
        if (why)
            *why = store::tr("数据库地址“%1”无效：%2。格式为 postgresql://用户@主机:端口/数据库 "
                             "或 postgresql://用户@/数据库?host=/套接字目录")
                       .arg(text, what);
        return false;
    };
    // QUrl wants a host; "user@/db" (the Unix socket form) has none, so an empty authority host is
    // given a placeholder and dropped again.
    QString t = text;
    const int scheme = t.indexOf(QLatin1String("://")) + 3;
    const int slash = t.indexOf(u'/', scheme);
    const QString authority = t.mid(scheme, slash < 0 ? -1 : slash - scheme);
    const bool noHost = authority.isEmpty() || authority.endsWith(u'@');
    if (noHost)
        t.insert(slash < 0 ? t.size() : slash, QLatin1String("duban-no-host"));
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid()) {
        // QUrl's errorString() is English and names its own parser's state: say what to fix instead.
        const int colon = authority.lastIndexOf(u':');
        const bool badPort = colon > authority.lastIndexOf(u'@'); // user:password@ has its colon before the @
        return bad(badPort ? store::tr("端口须为 1–65535 之间的数字")
                           : store::tr("地址中有不允许的字符（如空格），请检查用户名、主机和数据库名"));
    }
    out->server = true;
    out->user = url.userName(QUrl::FullyDecoded);
    out->password = url.password(QUrl::FullyDecoded);
    out->host = noHost ? QString() : url.host(QUrl::FullyDecoded);
    out->port = url.port(0);
    out->database = url.path(QUrl::FullyDecoded).mid(1);
    if (out->database.isEmpty() || out->database.contains(u'/'))
        return bad(store::tr("缺少数据库名"));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            out->host = value;
        else if (key == QLatin1String("port"))
            out->port = value.toInt();
        else if (key == QLatin1String("user"))
            out->user = value;
        else if (key == QLatin1String("options"))
            out->options = value;
        else
            return bad(store::tr("不认识的参数 %1").arg(key));
    }
    return true;
}

QString DatabaseLocation::display() const
{
    if (!server)
        return file;
    DatabaseLocation copy = *this;
    copy.password.clear();
    return copy.urlWithDatabase(database);
}

QString DatabaseLocation::urlWithDatabase(const QString& db) const
{
    const bool socket = host.isEmpty() || host.startsWith(u'/');
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty()) {
        s += QString::fromUtf8(QUrl::toPercentEncoding(user));
        if (!password.isEmpty())
            s += u':' + QString::fromUtf8(QUrl::toPercentEncoding(password));
        s += u'@';
    }
    if (!socket) {
        s += host;
        if (port > 0)
            s += u':' + QString::number(port);
    }
    s += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(db));
    QUrlQuery q;
    if (socket && !host.isEmpty())
        q.addQueryItem(QStringLiteral("host"), QString::fromUtf8(QUrl::toPercentEncoding(host, "/")));
    if (socket && port > 0)
        q.addQueryItem(QStringLiteral("port"), QString::number(port));
    if (!options.isEmpty())
        q.addQueryItem(QStringLiteral("options"), QString::fromUtf8(QUrl::toPercentEncoding(options)));
    if (!q.isEmpty())
        s += u'?' + q.query(QUrl::FullyEncoded);
    return s;
}

} // namespace duban
