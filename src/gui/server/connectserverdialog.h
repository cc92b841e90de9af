#pragma once

// 文件 › 连接服务器… (issue 13 item 2): host, port, database, user and password of a shared PostgreSQL
// server. The dialog tries the connection itself and stays open with the reason (unreachable, wrong
// password) until one succeeds or the user gives up. 记住密码 keeps the password in the system keyring
// (serverlogin.h); the servers used before are offered by their URLs without password.
#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace duban {

class ConnectServerDialog : public QDialog
{
    Q_OBJECT
public:
    // Opens the URL (with its password) as the app's database; false with the reason, in Chinese.
    using Opener = std::function<bool(const QString& url, QString* error)>;

    explicit ConnectServerDialog(Opener open, QWidget* parent = nullptr);

    // Fills the fields from a URL (a recent server), and the password from the keyring if it has one.
    void setServer(const QString& url);
    QString serverUrl() const; // without password
    // After a connection: what the user should still know (the password could not be remembered).
    QString notice() const { return m_notice; }

private:
    void connectToServer();
    void showError(const QString& message);

    Opener m_open;
    QComboBox* m_recent;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_message;
    QString m_notice;
};

} // namespace duban
