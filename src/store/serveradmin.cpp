// The roles of a shared server: who may see and change what, enforced by PostgreSQL itself.
#include "store/repositoryimpl.h"

#include <QFile>
#include <QRegularExpression>

namespace duban {

using store::setError;
using store::tr;

namespace {

bool refuseOnFile(const Repository::Impl& d, StoreError* error)
{
    if (d.server())
        return false;
    setError(error, StoreError::BadInput,
             tr("%1 是单机数据库文件：角色和登录用户只在数据库服务器（postgresql://…）上使用").arg(d.path));
    return true;
}

QString roleName(Repository::ServerRole r)
{
    switch (r) {
    case Repository::ServerRole::Office:
        return QStringLiteral("office");
    case Repository::ServerRole::Liaison:
        return QStringLiteral("liaison");
    case Repository::ServerRole::Leader:
        return QStringLiteral("leader");
    }
    return {};
}

} // namespace

bool Repository::isServer() const
{
    return d->server();
}

bool Repository::initServer(StoreError* error)
{
    if (refuseOnFile(*d, error))
        return false;
    QFile f(QStringLiteral(":/db/server/roles.sql"));
    if (!f.open(QIODevice::ReadOnly))
        return setError(error, StoreError::Sql, tr("程序缺少角色脚本 roles.sql"));
    WriteTransaction tx(*d, error);
    if (!tx.ok())
        return false;
    QSqlQuery q = d->query();
    // Two programs initialising at once would race on CREATE ROLE: the migrations' lock serialises them.
    if (!q.exec(d->dialect->migrationLockSql())) {
        d->fail(error, q.lastError());
        return false;
    }
    for (const QString& stmt : d->dialect->splitStatements(QString::fromUtf8(f.readAll()))) {
        if (!q.exec(stmt)) {
            const QSqlError e = q.lastError();
            if (d->dialect->classify(e) == StoreError::Denied)
                return setError(
                    error, StoreError::Denied,
                    tr("在服务器 %1 上设置角色需要能创建角色的数据库管理员（如 postgres）登录").arg(d->path));
            d->fail(error, e);
            return false;
        }
    }
    return tx.commit(error);
}

bool Repository::addServerUser(const QString& login, ServerRole role, const QString& unit,
                               const QString& password, StoreError* error)
{
    if (refuseOnFile(*d, error))
        return false;
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!name.match(login).hasMatch() || login.startsWith(QLatin1String("duban_")) ||
        login.startsWith(QLatin1String("pg_")))
        return setError(
            error, StoreError::BadInput,
            tr("登录名“%1”无效：请用小写英文字母、数字和下划线，以字母开头，且不以 duban_ 或 pg_ 开头")
                .arg(login));
    if (password.isEmpty())
        return setError(error, StoreError::BadInput, tr("请为登录用户 %1 设置密码").arg(login));
    qint64 unitId = 0;
    if (role == ServerRole::Liaison) {
        if (unit.trimmed().isEmpty())
            return setError(error, StoreError::BadInput, tr("单位联络员必须注明所属单位（--unit）"));
        const auto id = findUnit(unit, error);
        if (!id)
            return setError(error, StoreError::BadInput, tr("数据库 %1 中没有单位“%2”").arg(d->path, unit));
        unitId = *id;
    }
    WriteTransaction tx(*d, error);
    if (!tx.ok())
        return false;
    QSqlQuery q = d->query();
    // Role statements take no parameters: the server quotes the name and password itself (format %I, %L).
    if (!d->run(
            q,
            QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', CAST(? AS text), "
                           "CAST(? AS text), CAST(? AS text))"),
            {login, password, QStringLiteral("duban_") + roleName(role)}, error) ||
        !q.next())
        return false;
    const QString create = q.value(0).toString();
    QSqlQuery exec = d->query();
    if (!exec.exec(create)) {
        const QSqlError e = exec.lastError();
        if (e.nativeErrorCode() == QLatin1String("42710"))
            return setError(error, StoreError::BadInput, tr("服务器上已有登录用户 %1").arg(login));
        if (d->dialect->classify(e) == StoreError::Denied)
            return setError(error, StoreError::Denied,
                            tr("在服务器 %1 上创建登录用户需要数据库管理员登录").arg(d->path));
        d->fail(error, e);
        return false;
    }
    if (!d->run(
            q, QStringLiteral("INSERT INTO duban_users (login, role, unit_id) VALUES (?, ?, ?)"),
            {login, roleName(role), unitId > 0 ? QVariant(unitId) : QVariant(QMetaType(QMetaType::LongLong))},
            error))
        return false;
    return tx.commit(error);
}

} // namespace duban
