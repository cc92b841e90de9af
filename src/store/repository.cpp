// Opening a database safely, and the helpers the repository's parts share.
#include "store/repository.h"

#include "core/clock.h"
#include "core/translate.h"
#include "store/filesystemcheck.h"
#include "store/migrator.h"
#include "store/repositoryimpl.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlRecord>
#include <QStandardPaths>

namespace duban {

// The driver's own text of a failure (duban-cli hides it unless DUBAN_DEBUG is set).
Q_LOGGING_CATEGORY(lcStore, "duban.store")

namespace store {

QString tr(const char* text)
{
    // lupdate files messages written inside Repository members under the class (and its Impl).
    return translateIn(
        {"Store", "duban::store", "store", "duban::Repository", "duban::Repository::Impl", "duban"}, text);
}

StoreError makeError(StoreError::Kind kind, const QString& message)
{
    StoreError e;
    e.kind = kind;
    e.message = message;
    return e;
}

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant::fromValue(nullptr);
}

qint64 dayNumber(const QDate& d)
{
    return QDate(1970, 1, 1).daysTo(d);
}

QVariant dayValue(const QDate& d)
{
    return d.isValid() ? QVariant(dayNumber(d)) : QVariant::fromValue(nullptr);
}

void bind(QSqlQuery& q, const QVariant& v)
{
    // Qt binds a null QString as NULL; our text columns are NOT NULL with '' for "none".
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        q.addBindValue(QStringLiteral(""));
    else
        q.addBindValue(v);
}

QDate dateFrom(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString nowText()
{
    return Clock::now().toOffsetFromUtc(Clock::now().offsetFromUtc()).toString(Qt::ISODate);
}

QDateTime timeFrom(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

QList<ProgressRecord> progressRows(QSqlQuery& q)
{
    QList<ProgressRecord> out;
    while (q.next()) {
        ProgressRecord p;
        p.id = q.value(0).toLongLong();
        p.taskId = q.value(1).toLongLong();
        p.date = dateFrom(q.value(2));
        p.text = q.value(3).toString();
        p.percent = q.value(4).isNull() ? -1 : q.value(4).toInt();
        p.author = q.value(5).toString();
        p.unit = q.value(6).toString();
        p.recordedAt = timeFrom(q.value(7));
        out.append(p);
    }
    return out;
}

QList<AuditRecord> auditRows(QSqlQuery& q)
{
    QList<AuditRecord> out;
    while (q.next()) {
        AuditRecord a;
        a.id = q.value(0).toLongLong();
        a.taskId = q.value(1).toLongLong();
        a.at = timeFrom(q.value(2));
        a.by = q.value(3).toString();
        a.action = q.value(4).toString();
        a.field = q.value(5).toString();
        a.oldValue = q.value(6).toString();
        a.newValue = q.value(7).toString();
        out.append(a);
    }
    return out;
}

QString jsonList(const QStringList& l)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QVariant& v)
{
    QStringList out;
    for (const auto& x : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out.append(x.toString());
    return out;
}

QString likePattern(const QString& term)
{
    QString t = term;
    t.replace(u'\\', QStringLiteral("\\\\"));
    t.replace(u'%', QStringLiteral("\\%"));
    t.replace(u'_', QStringLiteral("\\_"));
    return u'%' + t + u'%';
}

} // namespace store

using store::setError;
using store::tr;

// --- Impl

Repository::Impl::~Impl()
{
    if (db.isValid() && db.isOpen() && !readOnly && dialect && !dialect->optimizeOnCloseSql().isEmpty())
        QSqlQuery(db).exec(dialect->optimizeOnCloseSql());
    if (db.isValid())
        db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection);
}

void Repository::Impl::fail(StoreError* error, const QSqlError& e) const
{
    const StoreError::Kind kind = dialect->classify(e);
    QString msg;
    switch (kind) {
    case StoreError::Locked:
        msg = tr("数据库 %1 正被其他程序写入，等待后仍未释放，请稍后再试").arg(path);
        break;
    case StoreError::ReadOnly:
        msg = tr("数据库 %1 不可写入：请检查文件与所在文件夹的写入权限").arg(path);
        break;
    case StoreError::NotADatabase:
        msg = tr("%1 不是督办数据库文件").arg(path);
        break;
    case StoreError::Unreachable:
        // A connection that was open broke under us (server restarted, network gone, backend ended);
        // one that never opened could not reach the server. Either way a transaction was rolled back.
        // (QPSQL closes the handle itself once libpq reports the connection bad.)
        dropped = dropped || connected;
        msg = dropped ? tr("与数据库服务器 %1 的连接已中断（服务器重启、网络断开或连接被终止）。这次操作没有"
                           "保存任何改动，下次操作时会自动重新连接")
                            .arg(path)
                      : tr("无法连接数据库服务器 %1：服务器未运行、地址有误或网络中断。这次操作没有保存任何"
                           "改动，下次操作时会重新连接")
                            .arg(path);
        break;
    case StoreError::Denied:
        msg = e.nativeErrorCode() == QLatin1String("42501")
                  ? tr("数据库服务器 %1 "
                       "拒绝了这次操作：当前登录的用户无权修改这些数据（只能修改本单位牵头或配合的任务）")
                        .arg(path)
                  : tr("数据库服务器 %1 拒绝登录：用户名或密码不正确，或该用户无权使用这个数据库").arg(path);
        break;
    default:
        msg = tr("数据库 %1 未能完成这次操作，没有保存任何改动。请重试；若一再出现，请用“duban-cli "
                 "check”检查数据库")
                  .arg(path);
        break;
    }
    // The driver's own text is for whoever maintains the program, not for the person at the desk.
    qCWarning(lcStore, "duban store: %s", qPrintable(e.text()));
    setError(error, kind, msg);
}

bool Repository::Impl::reconnect(StoreError* error) const
{
    if (!dropped)
        return true;
    hits = {};
    // QSqlDatabase is a handle: closing and opening a copy reopens the connection every query uses.
    QSqlDatabase handle = db;
    handle.close();
    if (!handle.open()) {
        fail(error, handle.lastError());
        dropped = true; // still down: the next action tries again
        return false;
    }
    dropped = false;
    QString why;
    if (!dialect->configure(handle, readOnly, &why))
        return setError(error, StoreError::Unreachable, why);
    if (feed) {
        feed->listen(handle.driver()); // the closed connection forgot its channel
        feed->missedSome();
    }
    return true;
}

void Repository::Impl::ping() const
{
    if (writing > 0)
        return; // a transaction's own statements tell soon enough
    QSqlQuery q = query();
    // The statement that finds the connection gone only marks it dropped: open it again at once rather
    // than one interval later.
    if (!run(q, QStringLiteral("SELECT 1"), {}, nullptr) && dropped)
        reconnect(nullptr);
}

bool Repository::Impl::run(QSqlQuery& q, const QString& sql, const QVariantList& binds,
                           StoreError* error) const
{
    // A read after a dropped connection reconnects too; inside a transaction it must not (the statements
    // before it went with the old connection), and the transaction fails whole instead.
    if (!dropped && connected && server() && !db.isOpen()) {
        // QPSQL closes the handle itself when its notification socket finds the server gone; the
        // statement would only say "database not open".
        dropped = true;
        if (writing > 0) { // the transaction's earlier statements went with it
            fail(error,
                 QSqlError(QStringLiteral("no connection to the server"), {}, QSqlError::ConnectionError));
            return false;
        }
    }
    if (dropped && writing == 0 && !reconnect(error))
        return false;
    if (!q.prepare(sql)) {
        fail(error, q.lastError());
        return false;
    }
    for (const QVariant& v : binds)
        store::bind(q, v);
    return runPrepared(q, error);
}

bool Repository::Impl::runPrepared(QSqlQuery& q, StoreError* error) const
{
    if (!q.exec()) {
        fail(error, q.lastError());
        return false;
    }
    return true;
}

bool Repository::Impl::refuseIfReadOnly(StoreError* error) const
{
    if (!readOnly)
        return false;
    setError(error, StoreError::ReadOnly, tr("数据库 %1 以只读方式打开，不能修改").arg(path));
    return true;
}

bool Repository::Impl::audit(qint64 taskId, const QString& by, const QString& action, const QString& field,
                             const QVariant& oldValue, const QVariant& newValue, StoreError* error) const
{
    QSqlQuery q = query();
    return run(
        q,
        QStringLiteral("INSERT INTO audit_log (task_id, at, \"by\", action, field, old_value, new_value) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {taskId > 0 ? QVariant(taskId) : QVariant(QMetaType(QMetaType::LongLong)), store::nowText(), by,
         action, field, oldValue, newValue},
        error);
}

bool Repository::Impl::touch(qint64 taskId, StoreError* error) const
{
    QSqlQuery q = query();
    return run(q, QStringLiteral("UPDATE tasks SET updated_at = ? WHERE id = ?"), {store::nowText(), taskId},
               error);
}

bool Repository::Impl::taskExists(qint64 taskId, StoreError* error) const
{
    QSqlQuery q = query();
    if (!run(q, QStringLiteral("SELECT 1 FROM tasks WHERE id = ?"), {taskId}, error))
        return false;
    if (q.next())
        return true;
    // On a server the row may be hidden from this login by row-level security (another unit's task).
    if (server() && run(q, QStringLiteral("SELECT duban_task_exists(?)"), {taskId}, error) && q.next() &&
        q.value(0).toBool())
        return setError(error, StoreError::Denied,
                        tr("无权修改此任务（非本单位任务）：任务 %1 不属于当前登录用户所在单位").arg(taskId));
    return setError(error, StoreError::BadInput,
                    tr("数据库 %1 中没有编号为 %2 的任务").arg(path).arg(taskId));
}

// --- transactions

WriteTransaction::WriteTransaction(const Repository::Impl& impl, StoreError* error) : d(impl)
{
    if (d.refuseIfReadOnly(error) || !d.reconnect(error))
        return;
    QSqlQuery q = d.query();
    if (!q.exec(d.dialect->beginWrite())) {
        d.fail(error, q.lastError());
        return;
    }
    m_open = true;
    ++d.writing;
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        d.query().exec(QStringLiteral("ROLLBACK"));
        --d.writing;
    }
}

bool WriteTransaction::commit(StoreError* error)
{
    QSqlQuery q = d.query();
    for (const QString& sql : d.dialect->beforeCommitSql()) {
        if (!q.exec(sql)) {
            d.fail(error, q.lastError());
            return false;
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        d.fail(error, q.lastError());
        return false; // the destructor rolls back
    }
    m_open = false;
    --d.writing;
    return true;
}

// --- open

namespace {

// How often a server desk checks that its connection (and so its live feed) is still there: a drop is
// noticed within this, and the views catch up with one reload.
constexpr int kWatchMs = 5000;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> n = 0;
    return QStringLiteral("duban-store-%1").arg(++n);
}

// Checked before SQLite sees the file, so that nothing is ever written to a file that is not ours.
bool looksLikeSqlite(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    if (f.size() == 0)
        return true; // SQLite treats an empty file as an empty database
    return f.size() >= 100 && f.read(16) == QByteArray("SQLite format 3\0", 16);
}

// The checks a file passes before SQLite opens it, so that nothing is written to a file that is not ours
// or where SQLite cannot lock.
bool checkFile(const QString& path, const OpenOptions& opts, StoreError* error)
{
    const QFileInfo fi(path);
    const bool exists = fi.exists();
    if (!exists && (opts.mustExist || opts.readOnly)) {
        setError(error, StoreError::Missing, tr("数据库文件不存在：%1").arg(path));
        return false;
    }
    if (exists && !fi.isFile()) {
        setError(error, StoreError::NotADatabase, tr("%1 不是文件").arg(path));
        return false;
    }
    if (exists && !fi.isReadable()) {
        setError(error, StoreError::ReadOnly, tr("无权读取数据库文件 %1").arg(path));
        return false;
    }
    if (exists && !looksLikeSqlite(path)) {
        setError(error, StoreError::NotADatabase, tr("%1 不是 SQLite 数据库文件，未做任何修改").arg(path));
        return false;
    }
    const QString fs = networkFilesystemOf(fi.absolutePath());
    if (!fs.isEmpty()) {
        setError(
            error, StoreError::Sql,
            tr("数据库 %1 位于网络文件系统（%2）上。SQLite 的预写日志（WAL）在网络文件系统上无法可靠加锁，"
               "多人同时修改会损坏数据库，因此拒绝打开。请把数据库复制到本机磁盘后再打开。")
                .arg(path, fs));
        return false;
    }
    if (!opts.readOnly) {
        // Mode bits too: a file nobody may write is meant to be read-only, even for root.
        const auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
        if (exists && (!fi.isWritable() || !(fi.permissions() & writeBits))) {
            setError(error, StoreError::ReadOnly,
                     tr("数据库文件 %1 是只读的，无法写入（可用只读命令查看，或修改文件权限）").arg(path));
            return false;
        }
        const QString dir = fi.absolutePath();
        if (!QDir().mkpath(dir) || !QFileInfo(dir).isWritable()) {
            // SQLite keeps its -wal and -shm files beside the database.
            setError(error, StoreError::ReadOnly, tr("数据库所在目录 %1 不可写").arg(dir));
            return false;
        }
    }

    return true;
}

} // namespace

Repository::Repository(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
Repository::~Repository() = default;

QString Repository::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/duban.sqlite");
}

int Repository::schemaVersion()
{
    return migrations::latest(SqliteDialect());
}

QString Repository::path() const
{
    return d->path;
}

std::function<std::unique_ptr<Repository>(StoreError*)> Repository::readerOpener() const
{
    return secondOpener(true);
}

std::function<std::unique_ptr<Repository>(StoreError*)> Repository::writerOpener() const
{
    return secondOpener(false);
}

std::function<std::unique_ptr<Repository>(StoreError*)> Repository::secondOpener(bool readOnly) const
{
    const DatabaseLocation& l = d->location;
    if ((!l.server && (l.file.isEmpty() || l.file == QLatin1String(":memory:"))) ||
        (d->readOnly && !readOnly))
        return {};
    const QString where = l.server ? l.urlWithDatabase(l.database) : l.file;
    return [where, readOnly](StoreError* error) {
        OpenOptions o;
        o.readOnly = readOnly;
        o.mustExist = true;
        return Repository::open(where, o, error);
    };
}

bool Repository::isReadOnly() const
{
    return d->readOnly;
}

QStringList Repository::migrationBackups() const
{
    return d->backups;
}

ChangeFeed* Repository::changeFeed()
{
    if (!d->feed) {
        d->feed = std::make_unique<ChangeFeed>();
        if (d->server()) {
            d->feed->listen(d->db.driver());
            d->feed->watch([impl = d.get()] { impl->ping(); }, kWatchMs);
        }
    }
    return d->feed.get();
}

std::unique_ptr<Repository> Repository::open(const QString& where, const OpenOptions& opts, StoreError* error)
{
    DatabaseLocation location;
    QString why;
    if (!DatabaseLocation::parse(where, &location, &why)) {
        setError(error, StoreError::BadInput, why);
        return nullptr;
    }
    if (!location.server && !checkFile(where, opts, error))
        return nullptr;
    const QString path = location.display();

    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->location = location;
    impl->connection = nextConnectionName();
    if (location.server)
        impl->dialect = makePostgresDialect(location.options);
    else
        impl->dialect = std::make_unique<SqliteDialect>();
    impl->readOnly = opts.readOnly;
    impl->db = QSqlDatabase::addDatabase(impl->dialect->driver(), impl->connection);
    if (location.server) {
        impl->db.setDatabaseName(location.database);
        impl->db.setHostName(location.host);
        if (location.port > 0)
            impl->db.setPort(location.port);
        impl->db.setUserName(location.user);
        impl->db.setPassword(location.password);
    } else {
        impl->db.setDatabaseName(path);
    }
    impl->db.setConnectOptions(impl->dialect->connectOptions(opts));
    if (!impl->db.open()) {
        impl->fail(error, impl->db.lastError());
        return nullptr;
    }
    impl->connected = true;
    const SqlDialect& dialect = *impl->dialect;

    int version = 0;
    QSqlError e;
    if (!dialect.readSchemaVersion(impl->db, &version, &e)) {
        impl->fail(error, e);
        return nullptr;
    }
    const int latest = migrations::latest(dialect);
    if (version > latest) {
        setError(
            error, StoreError::NewerSchema,
            tr("数据库 %1 的结构版本为 %2，本程序只认识到版本 %3：请使用更新的督办程序打开。文件未做任何修改")
                .arg(path)
                .arg(version)
                .arg(latest));
        return nullptr;
    }
    if ((version == 0 && !dialect.isEmpty(impl->db)) || (version > 0 && !dialect.isOurs(impl->db))) {
        setError(error, StoreError::NotADatabase,
                 location.server
                     ? tr("服务器上的数据库 %1 已有其他程序的表，不是督办数据库，未做任何修改").arg(path)
                     : tr("%1 是其他程序的 SQLite 数据库，不是督办数据库，未做任何修改").arg(path));
        return nullptr;
    }
    if (version < latest && opts.readOnly) {
        setError(error, StoreError::ReadOnly,
                 tr("数据库 %1 需要升级结构（版本 %2 → %3），只读方式下无法升级")
                     .arg(path)
                     .arg(version)
                     .arg(latest));
        return nullptr;
    }

    if (!dialect.configure(impl->db, opts.readOnly, &why)) {
        setError(error, StoreError::Locked,
                 tr("无法设置数据库 %1（%2）：可能正被其他程序使用").arg(path, why));
        return nullptr;
    }

    if (version < latest) {
        // On a server each migration is one transaction with its DDL: a failed one leaves nothing behind,
        // so no copy is taken there.
        if (version > 0 && !dialect.copyIntoSql().isEmpty()) {
            // A consistent copy of what we are about to change, kept beside the database.
            const QString base =
                QStringLiteral("%1.bak-v%2-%3")
                    .arg(path)
                    .arg(version)
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            QString backup = base;
            for (int n = 2; QFileInfo::exists(backup); ++n)
                backup = base + QStringLiteral("-%1").arg(n);
            QSqlQuery q(impl->db);
            q.prepare(dialect.copyIntoSql());
            q.addBindValue(backup);
            if (!q.exec()) {
                setError(error, dialect.classify(q.lastError()),
                         tr("升级数据库 %1 前无法备份到 %2：%3").arg(path, backup, q.lastError().text()));
                return nullptr;
            }
            impl->backups.append(backup);
        }
        if (!migrations::migrate(impl->db, dialect, latest, path, error))
            return nullptr;
    }
    auto repo = std::unique_ptr<Repository>(new Repository(std::move(impl)));
    if (!opts.readOnly && !dialect.pendingSql().isEmpty()) {
        // Search data a migration or another program's writes left to do. Busy: the writer that holds
        // the lock commits through beforeCommitSql() itself.
        QSqlQuery q(repo->d->db);
        if (q.exec(dialect.pendingSql()) && q.next() && q.value(0).toBool()) {
            q.finish();
            WriteTransaction tx(*repo->d, nullptr);
            StoreError ignored;
            if (tx.ok())
                tx.commit(&ignored);
        }
    }
    return repo;
}

// --- maintenance

bool Repository::backup(const QString& targetPath, StoreError* error)
{
    if (QFileInfo::exists(targetPath))
        return setError(error, StoreError::BadInput, tr("备份目标 %1 已存在，不会覆盖").arg(targetPath));
    if (d->server()) {
        if (DatabaseLocation::isUrl(targetPath))
            return setError(error, StoreError::BadInput,
                            tr("备份目标应为本机的 SQLite 文件路径：%1").arg(targetPath));
        auto copy = Repository::open(targetPath, {}, error);
        if (!copy || !copy->copyFrom(*this, error)) {
            copy.reset();
            QFile::remove(targetPath); // no half copy that looks complete
            QFile::remove(targetPath + QStringLiteral("-wal"));
            QFile::remove(targetPath + QStringLiteral("-shm"));
            return false;
        }
        return true;
    }
    QSqlQuery q = d->query();
    q.prepare(d->dialect->copyIntoSql());
    q.addBindValue(targetPath);
    if (!q.exec())
        return setError(error,
                        d->dialect->classify(q.lastError()) == StoreError::Locked ? StoreError::Locked
                                                                                  : StoreError::BadInput,
                        tr("无法把数据库 %1 备份到 %2：%3").arg(d->path, targetPath, q.lastError().text()));
    return true;
}

QStringList Repository::check(StoreError* error)
{
    QStringList problems;
    for (const QString& sql : d->dialect->checkSql()) {
        QSqlQuery q = d->query();
        if (!q.exec(sql)) {
            const StoreError::Kind kind = d->dialect->classify(q.lastError());
            if (kind == StoreError::Locked || (kind == StoreError::ReadOnly && d->readOnly))
                continue; // a check that needs a write lock is skipped, not failed
            problems.append(tr("%1：%2").arg(sql, q.lastError().text()));
            continue;
        }
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < q.record().count(); ++i)
                cols.append(q.value(i).toString());
            const QString row = cols.join(QStringLiteral(" | "));
            if (row != QLatin1String("ok"))
                problems.append(row);
        }
    }
    Q_UNUSED(error);
    return problems;
}

// --- fields

QString taskFieldKey(TaskField f)
{
    switch (f) {
    case TaskField::Title:
        return QStringLiteral("title");
    case TaskField::Text:
        return QStringLiteral("text");
    case TaskField::Section:
        return QStringLiteral("section");
    case TaskField::Deadline:
        return QStringLiteral("deadline");
    case TaskField::DeadlineText:
        return QStringLiteral("deadline_text");
    case TaskField::StartDate:
        return QStringLiteral("start_date");
    case TaskField::Status:
        return QStringLiteral("status");
    case TaskField::Percent:
        return QStringLiteral("percent");
    case TaskField::LeadUnits:
        return QStringLiteral("lead_units");
    case TaskField::CoUnits:
        return QStringLiteral("co_units");
    case TaskField::Targets:
        return QStringLiteral("targets");
    }
    return {};
}

std::optional<TaskField> taskFieldFromKey(const QString& key)
{
    for (int i = 0; i <= int(TaskField::Targets); ++i) {
        if (taskFieldKey(TaskField(i)) == key)
            return TaskField(i);
    }
    return std::nullopt;
}

QString ImportBatch::hashOf(const QStringList& lines)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(lines.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace duban
