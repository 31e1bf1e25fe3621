// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace outloud {

/**
 * File > Connect to a server: a PostgreSQL server's host (or socket folder), port,
 * database, user and SSL mode, or a whole `postgresql://` address. It asks for no
 * password: libpq finds one in ~/.pgpass, a service file, PGPASSWORD or Kerberos.
 */
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    /// The address to connect to (valid once the dialog is accepted).
    QString address() const;
    /// Fills the fields from @p address (a recent connection, for instance).
    void setAddress(const QString& address);

    /// The address the fields describe: postgresql://user@host:port/database?sslmode=...
    static QString addressFor(const QString& host, int port, const QString& database,
        const QString& user, const QString& sslMode);

    void accept() override;

private:
    void updateAddress();

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_sslMode = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_error = nullptr;
    bool m_filling = false;
};

} // namespace outloud
