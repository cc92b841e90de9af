#include "gui/server/connectserverdialog.h"

#include "gui/server/serverlogin.h"
#include "store/databaseurl.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <utility>

namespace duban {

namespace {
constexpr int kDefaultPort = 5432;
}

ConnectServerDialog::ConnectServerDialog(Opener open, QWidget* parent)
    : QDialog(parent), m_open(std::move(open)), m_recent(new QComboBox(this)), m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)), m_database(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_remember(new QCheckBox(tr("记住密码（保存在系统钥匙串中）"), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("connectServerDialog"));
    setWindowTitle(tr("连接服务器"));
    // Tests and screenshots find the fields by these names.
    const std::pair<QWidget*, const char*> names[] = {
        {m_recent, "serverRecent"},     {m_host, "serverHost"},      {m_port, "serverPort"},
        {m_database, "serverDatabase"}, {m_user, "serverUser"},      {m_password, "serverPassword"},
        {m_remember, "serverRemember"}, {m_message, "serverMessage"}};
    for (const auto& [widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));

    const QStringList recent = serverlogin::recentServers();
    m_recent->addItem(tr("（新的服务器）"));
    for (const QString& url : recent)
        m_recent->addItem(url, url);
    m_recent->setEnabled(!recent.isEmpty());
    m_host->setPlaceholderText(tr("主机名、IP 地址，或套接字目录（如 /run/postgresql）"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_database->setText(QStringLiteral("duban"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_message->hide();

    auto* form = new QFormLayout;
    const std::pair<QString, QWidget*> rows[] = {{tr("最近连接："), m_recent}, {tr("服务器："), m_host},
                                                 {tr("端口："), m_port},       {tr("数据库："), m_database},
                                                 {tr("用户名："), m_user},     {tr("密码："), m_password}};
    for (const auto& [label, field] : rows)
        form->addRow(label, field);
    form->addRow(QString(), m_remember);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* go = buttons->addButton(tr("连接"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("serverConnect"));
    go->setDefault(true);
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::connectToServer);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recent, &QComboBox::activated, this, [this](int i) {
        if (i > 0)
            setServer(m_recent->itemData(i).toString());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    if (!recent.isEmpty()) {
        m_recent->setCurrentIndex(1);
        setServer(recent.first());
    }
}

void ConnectServerDialog::setServer(const QString& url)
{
    DatabaseLocation l;
    if (!DatabaseLocation::parse(url, &l) || !l.server)
        return;
    m_host->setText(l.host);
    m_port->setValue(l.port > 0 ? l.port : kDefaultPort);
    m_database->setText(l.database);
    m_user->setText(l.user);
    const QString remembered =
        l.password.isEmpty() ? serverlogin::rememberedPassword(l.display()) : l.password;
    m_password->setText(remembered);
    m_remember->setChecked(!remembered.isEmpty());
}

QString ConnectServerDialog::serverUrl() const
{
    DatabaseLocation l;
    l.server = true;
    l.host = m_host->text().trimmed();
    l.port = m_port->value() == kDefaultPort ? 0 : m_port->value();
    l.database = m_database->text().trimmed();
    l.user = m_user->text().trimmed();
    return l.urlWithDatabase(l.database);
}

void ConnectServerDialog::showError(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

void ConnectServerDialog::connectToServer()
{
    if (m_database->text().trimmed().isEmpty() || m_user->text().trimmed().isEmpty()) {
        showError(tr("请填写数据库名和用户名"));
        return;
    }
    const QString url = serverUrl();
    DatabaseLocation l;
    DatabaseLocation::parse(url, &l);
    l.password = m_password->text();
    QString error;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool ok = m_open(l.urlWithDatabase(l.database), &error);
        QApplication::restoreOverrideCursor();
        if (!ok) {
            showError(error);
            m_password->setFocus();
            return;
        }
    }
    serverlogin::rememberServer(url);
    m_notice.clear();
    if (m_remember->isChecked() && !l.password.isEmpty()) {
        QString why;
        if (!serverlogin::rememberPassword(url, l.password, &why))
            m_notice = why;
    } else if (!m_remember->isChecked()) {
        serverlogin::forgetPassword(url);
    }
    accept();
}

} // namespace duban
