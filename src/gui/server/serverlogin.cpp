#include "gui/server/serverlogin.h"

#include "store/databaseurl.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace duban::serverlogin {

namespace {

const char* kRecentKey = "server/recent";
constexpr int kMaxRecent = 8;
constexpr int kKeyringWaitMs = 5000; // a keyring that asks the user to unlock it gets this long

const QString kService = QStringLiteral("duban");

struct Outcome
{
    bool done = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorText, data;
};

// Runs a keyring job to its end (or the wait's); the job deletes itself whenever it finishes, so a keyring
// that answers late cannot write into a finished call.
Outcome run(QKeychain::Job* job, bool readsText)
{
    auto out = std::make_shared<Outcome>();
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [out, readsText, &loop](QKeychain::Job* j) {
        out->done = true;
        out->error = j->error();
        out->errorText = j->errorString();
        if (readsText && !j->error())
            out->data = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
        loop.quit();
    });
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a clear-text copy in QSettings
    QTimer::singleShot(kKeyringWaitMs, &loop, &QEventLoop::quit);
    job->start();
    if (!out->done)
        loop.exec(); // the connection ends with the loop: a late answer goes nowhere
    if (!out->done) {
        out->error = QKeychain::OtherError;
        out->errorText = QCoreApplication::translate("ServerLogin", "系统钥匙串没有应答");
    }
    return *out;
}

} // namespace

QStringList recentServers()
{
    return QSettings().value(QString::fromLatin1(kRecentKey)).toStringList();
}

void rememberServer(const QString& urlWithoutPassword)
{
    DatabaseLocation l;
    if (!DatabaseLocation::parse(urlWithoutPassword, &l) || !l.server)
        return;
    const QString url = l.display(); // whatever was passed, no password goes to disk
    QStringList recent = recentServers();
    recent.removeAll(url);
    recent.prepend(url);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(QString::fromLatin1(kRecentKey), recent);
}

QString rememberedPassword(const QString& urlWithoutPassword)
{
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(urlWithoutPassword);
    const Outcome o = run(job, true);
    return o.error == QKeychain::NoError ? o.data : QString();
}

bool rememberPassword(const QString& urlWithoutPassword, const QString& password, QString* why)
{
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setKey(urlWithoutPassword);
    job->setTextData(password);
    const Outcome o = run(job, false);
    if (o.error == QKeychain::NoError)
        return true;
    if (why)
        *why = QCoreApplication::translate("ServerLogin",
                                           "密码未记住：系统钥匙串不可用（%1），下次连接时请重新输入密码")
                   .arg(o.errorText);
    return false;
}

void forgetPassword(const QString& urlWithoutPassword)
{
    auto* job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(urlWithoutPassword);
    run(job, false);
}

QString withRememberedPassword(const QString& url)
{
    DatabaseLocation l;
    if (!DatabaseLocation::parse(url, &l) || !l.server || !l.password.isEmpty())
        return url;
    l.password = rememberedPassword(l.display());
    return l.password.isEmpty() ? url : l.urlWithDatabase(l.database);
}

} // namespace duban::serverlogin
