// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Contribution.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace outloud {

class Database;
struct Person;

/// The contributions log and its catalogues (kinds and channels, both user-extensible).
class ContributionService
{
    // tr() in members uses the context lupdate gives them, so their messages get translated.
    Q_DECLARE_TR_FUNCTIONS(outloud::ContributionService)

public:
    explicit ContributionService(Database& db);

    /// Logs @p contribution; returns its id, or -1 with @p error set.
    qint64 add(const Contribution& contribution, QString* error);
    /// Logs @p contribution for someone not on the list yet: adds @p person and the
    /// contribution in one transaction, so that a failure or a crash leaves neither. Returns
    /// the contribution's id and sets @p personId, or -1 with @p error set.
    qint64 addWithNewPerson(
        const Person& person, Contribution contribution, qint64* personId, QString* error);
    bool update(const Contribution& contribution, QString* error);
    bool remove(qint64 id, QString* error);
    /// Puts back a removed contribution with its old id (for undo).
    bool restore(const Contribution& contribution, QString* error);
    std::optional<Contribution> contribution(qint64 id) const;
    /// Every contribution to or from @p personId, newest first; with @p limit, at most that
    /// many after the newest @p offset (a screenful first, the rest later).
    QList<Contribution> forPerson(qint64 personId, int limit = -1, int offset = 0) const;
    /// The statement forPerson() runs, with a limit and offset or without (tests look at its
    /// plan): the person's id, then the limit and the offset, bound in that order.
    static QString forPersonSql(bool limited);

    QList<ContributionKind> kinds() const;
    std::optional<ContributionKind> kind(qint64 id) const;
    qint64 kindIdByCode(const QString& code) const;
    /// Finds a kind by its shown or stored name (case-insensitive), or -1.
    qint64 kindIdByName(const QString& name) const;
    qint64 addKind(const QString& name, bool sharesOthers, bool connects, QString* error);

    QList<Channel> channels() const;
    qint64 channelIdByName(const QString& name) const;
    qint64 addChannel(const QString& name, QString* error);

    /// Checks the fields that do not need the database (dates, what it brought).
    bool validate(const Contribution& contribution, QString* error) const;

private:
    Database& m_db;
};

} // namespace outloud
