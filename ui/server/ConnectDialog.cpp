// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectDialog.h"

#include "storage/ServerAddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
constexpr int DefaultPort = 5432;
const QString DefaultSslMode = u"prefer"_s;

QString encoded(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}
} // namespace

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect to a server"));

    m_host = new QLineEdit(this);
    m_host->setObjectName(u"connectHost"_s);
    m_host->setPlaceholderText(tr("wol.example.com, or a socket folder such as /run/postgresql"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"connectPort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_database = new QLineEdit(this);
    m_database->setObjectName(u"connectDatabase"_s);
    m_database->setText(u"outloud"_s);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"connectUser"_s);
    m_user->setPlaceholderText(tr("your login name"));
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(u"connectSslMode"_s);
    m_sslMode->addItem(tr("prefer (encrypt if the server offers it)"), u"prefer"_s);
    m_sslMode->addItem(tr("require (always encrypt)"), u"require"_s);
    m_sslMode->addItem(
        tr("verify-full (encrypt and check the server's certificate)"), u"verify-full"_s);
    m_sslMode->addItem(tr("disable (never encrypt)"), u"disable"_s);
    m_address = new QLineEdit(this);
    m_address->setObjectName(u"connectAddress"_s);
    m_address->setMinimumWidth(m_address->fontMetrics().averageCharWidth() * 60);
    m_error = new QLabel(this);
    m_error->setObjectName(u"connectError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&SSL:"), m_sslMode);
    form->addRow(tr("&Address:"), m_address);

    auto* note = new QLabel(
        tr("Outloud never asks for or stores a password: PostgreSQL finds it in ~/.pgpass, a "
           "service file, PGPASSWORD or Kerberos. Options such as connect_timeout go at the end "
           "of the address (?connect_timeout=5)."),
        this);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"connectButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateAddress);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::updateAddress);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateAddress);
    connect(m_address, &QLineEdit::textEdited, m_error, &QWidget::hide);
    updateAddress();
}

QString ConnectDialog::addressFor(const QString& host, int port, const QString& database,
    const QString& user, const QString& sslMode)
{
    QString text = u"postgresql://"_s;
    const QString h = host.trimmed();
    const bool socket = h.startsWith(u'/');
    if (!user.trimmed().isEmpty())
        text += encoded(user.trimmed()) + u'@';
    if (!socket && !h.isEmpty())
        text += h.contains(u':') ? u'[' + h + u']' : encoded(h);
    const bool otherPort = port > 0 && port != DefaultPort;
    const bool inAuthority = !socket && !h.isEmpty();
    if (otherPort && inAuthority)
        text += u':' + QString::number(port);
    text += u'/' + encoded(database.trimmed());
    QStringList options;
    if (socket)
        options.append(u"host="_s + QString::fromLatin1(QUrl::toPercentEncoding(h, "/")));
    if (otherPort && !inAuthority)
        options.append(u"port="_s + QString::number(port));
    if (!sslMode.isEmpty() && sslMode != DefaultSslMode)
        options.append(u"sslmode="_s + sslMode);
    if (!options.isEmpty())
        text += u'?' + options.join(u'&');
    return text;
}

void ConnectDialog::updateAddress()
{
    if (m_filling)
        return;
    m_address->setText(addressFor(m_host->text(), m_port->value(), m_database->text(),
        m_user->text(), m_sslMode->currentData().toString()));
    m_error->hide();
}

QString ConnectDialog::address() const
{
    return m_address->text().trimmed();
}

void ConnectDialog::setAddress(const QString& address)
{
    ServerAddress parsed;
    if (ServerAddress::parse(address, &parsed, nullptr)) {
        m_filling = true;
        m_host->setText(parsed.host);
        m_port->setValue(parsed.port > 0 ? parsed.port : DefaultPort);
        m_database->setText(parsed.database);
        m_user->setText(parsed.user);
        const QString ssl = QUrlQuery(QUrl(address)).queryItemValue(u"sslmode"_s);
        const int index = m_sslMode->findData(ssl.isEmpty() ? DefaultSslMode : ssl);
        if (index >= 0)
            m_sslMode->setCurrentIndex(index);
        m_filling = false;
    }
    m_address->setText(address);
}

void ConnectDialog::accept()
{
    ServerAddress parsed;
    QString error;
    if (!ServerAddress::parse(address(), &parsed, &error)) {
        m_error->setText(error);
        m_error->show();
        m_address->setFocus();
        return;
    }
    if (parsed.database.isEmpty()) {
        m_error->setText(tr("Give the name of the database on the server."));
        m_error->show();
        m_database->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace outloud
