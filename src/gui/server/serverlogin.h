#pragma once

// What the app remembers of the servers it connected to (issue 13 item 2): their URLs without the
// password, in QSettings; the password only in the system keyring (QtKeychain), never on disk in clear.
#include <QString>
#include <QStringList>

namespace duban::serverlogin {

// URLs without password, newest first (at most a few).
QStringList recentServers();
void rememberServer(const QString& urlWithoutPassword);

// The keyring's entry for a server (its URL without password). Each call waits for the keyring, a few
// seconds at most. Empty when none is stored or there is no keyring.
QString rememberedPassword(const QString& urlWithoutPassword);
// Stores the password; false with *why (Chinese) when there is no keyring or it refused: then nothing
// is remembered anywhere.
bool rememberPassword(const QString& urlWithoutPassword, const QString& password, QString* why);
void forgetPassword(const QString& urlWithoutPassword);

// `url` with the keyring's password when it carries none and one is stored (reopening the last server).
QString withRememberedPassword(const QString& url);

} // namespace duban::serverlogin
