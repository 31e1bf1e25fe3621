// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>
#include <memory>

namespace outloud {

class Database;

/// A circle as `outloud org add-circle` creates it.
struct OrgCircleSpec
{
    QString name;
    QDate startDate;
    int meetingWeekday = 1; ///< 1 = Monday ... 7 = Sunday.
    QTime meetingTime {12, 0};
    int lengthWeeks = 12;
};

/**
 * The program's operator at work (`outloud org ...`): a connection as a role that may
 * act as the owner role (a superuser, or the one who ran init) and create roles. Every
 * command is one transaction, changes nothing when run twice, and refuses clearly.
 * Messages in @p report say what changed (or that nothing needed to).
 */
class OrgAdmin
{
    Q_DECLARE_TR_FUNCTIONS(outloud::OrgAdmin)

public:
    /// Connects to @p url and checks that this login may run the program.
    static std::unique_ptr<OrgAdmin> connect(const QString& url, QString* error);
    /// Sets up (or upgrades) organization mode on an empty or laptop-made Outloud database.
    static bool init(const QString& url, QStringList* report, QString* error);
    ~OrgAdmin();

    Database& database() { return *m_db; }

    bool addCircle(const OrgCircleSpec& circle, QStringList* report, QString* error);
    /// Adds @p name with login @p login to @p circle (creating the LOGIN role when missing),
    /// or, with @p facilitator, makes them the circle's facilitator.
    bool addMember(const QString& name, const QString& login, const QString& circle,
        bool facilitator, QStringList* report, QString* error);
    /// Moves a member (and their own list, goal and history) to another circle.
    bool moveMember(const QString& login, const QString& fromCircle, const QString& toCircle,
        QStringList* report, QString* error);
    /// Removes a member from @p circle with everything private to them there. With
    /// @p exportFolder, their list, contributions and goals are written there first as
    /// LOGIN-people.csv and LOGIN-contributions.csv (0600).
    bool removeMember(const QString& login, const QString& circle, const QString& exportFolder,
        QStringList* report, QString* error);
    /// Circles, their facilitators and members with their logins.
    bool list(QStringList* lines, QString* error);

    /// @p name quoted as an SQL identifier; false for a name PostgreSQL cannot take.
    static bool quoteRole(const QString& name, QString* quoted, QString* error);

private:
    explicit OrgAdmin(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
};

} // namespace outloud
