// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sharing/Invitation.h"
#include "sharing/SharingService.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;

namespace outloud {

class Database;

/**
 * File > Join a circle: shows what an invitation brings (the circle, its meetings and
 * members) and asks which member "I" am. Joining runs in one transaction; joining the same
 * invitation again changes nothing.
 */
class JoinCircleDialog : public QDialog
{
    Q_OBJECT
public:
    JoinCircleDialog(Database& db, sharing::Invitation invitation, QWidget* parent = nullptr);

    /// Reads @p path; null with @p error set for a file that is no usable invitation.
    static std::optional<sharing::Invitation> readInvitation(const QString& path, QString* error);

    std::optional<sharing::JoinOutcome> outcome() const { return m_outcome; }
    void accept() override;

private:
    Database& m_db;
    sharing::Invitation m_invitation;
    std::optional<sharing::JoinOutcome> m_outcome;
    QComboBox* m_me;
    QLabel* m_error;
};

} // namespace outloud
