// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a PostgreSQL server: File > Connect to a server, recent connections, a
// connection that never freezes the window and can be canceled, a plain message for each
// way it fails, and a lost connection in the middle of work.
#include "TestSupport.h"
#include "circle/CircleService.h"
#include "common/MessageBox.h"
#include "main/MainWindow.h"
#include "people/PeopleCommands.h"
#include "server/ConnectDialog.h"
#include "server/RecentServers.h"
#include "server/ServerConnector.h"
#include "server/ServerSession.h"
#include "undo/Editor.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>
#include <QUrl>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace outloud;
using namespace outloud::test;

#define OUTLOUD_POSTGRES_ONLY()                                                                    \
    if (engine() != Database::Engine::Postgres)                                                    \
    GTEST_SKIP() << "runs in the postgres.* pass"

namespace {
// A port that accepts connections (the kernel completes them) and never answers: what a
// server behind a dead VPN or a hung host looks like to libpq.
class SilentPort
{
public:
    SilentPort()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof a;
        if (m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr*>(&a), size) == 0
            && ::listen(m_fd, 8) == 0
            && ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &size) == 0)
            m_port = ntohs(a.sin_port);
    }
    ~SilentPort()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

// A circle of two in @p db, so that the window opens on its workspace.
void makeCircle(Database& db)
{
    Circle c;
    c.name = u"Server circle"_s;
    c.startDate = QDate(2026, 3, 2);
    c.meetingWeekday = Qt::Tuesday;
    QString error;
    ASSERT_GT(CircleService(db).createCircle(c, {u"Ana"_s, u"Ben"_s}, 0, 0, &error), 0)
        << error.toStdString();
}

// Connects @p window to @p address through File > Connect's path and waits for the outcome.
void connectAndWait(MainWindow& window, const QString& address)
{
    ServerConnector* connector = window.serverSession()->connector();
    window.serverSession()->connectTo(address);
    QTRY_VERIFY_WITH_TIMEOUT(!connector->isBusy(), 30000);
}
} // namespace

TEST(ConnectDialog, BuildsTheAddressFromItsFieldsWithoutAPassword)
{
    EXPECT_EQ(ConnectDialog::addressFor(
                  u"wol.example.com"_s, 5432, u"outloud"_s, u"alice"_s, u"verify-full"_s),
        u"postgresql://alice@wol.example.com/outloud?sslmode=verify-full"_s);
    EXPECT_EQ(
        ConnectDialog::addressFor(u"/run/postgresql"_s, 5433, u"outloud"_s, QString(), u"prefer"_s),
        u"postgresql:///outloud?host=/run/postgresql&port=5433"_s);

    ConnectDialog dialog;
    auto* host = dialog.findChild<QLineEdit*>(u"connectHost"_s);
    auto* user = dialog.findChild<QLineEdit*>(u"connectUser"_s);
    ASSERT_TRUE(host && user);
    QTest::keyClicks(host, u"db.example.org"_s);
    QTest::keyClicks(user, u"bo"_s);
    EXPECT_EQ(dialog.address(), u"postgresql://bo@db.example.org/outloud"_s);
    // A password typed into the address is refused with a plain message; the dialog stays.
    dialog.setAddress(u"postgresql://bo:secret@db.example.org/outloud"_s);
    dialog.show();
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    auto* error = dialog.findChild<QLabel*>(u"connectError"_s);
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->text().contains(u"pgpass"_s)) << error->text().toStdString();
}

TEST(RecentServers, NewestFirstAtMostEightNeverAPassword)
{
    recentServers::clear();
    for (int i = 1; i <= 10; ++i)
        recentServers::add(u"postgresql://host%1/outloud"_s.arg(i));
    recentServers::add(u"postgresql://host3/outloud"_s);
    recentServers::add(u"postgresql://bo:secret@host/outloud"_s);
    const QStringList recent = recentServers::list();
    ASSERT_EQ(recent.size(), recentServers::Kept);
    EXPECT_EQ(recent.first(), u"postgresql://host3/outloud"_s);
    EXPECT_EQ(recent.at(1), u"postgresql://host10/outloud"_s);
    for (const QString& address : recent)
        EXPECT_FALSE(address.contains(u"secret"_s));
    recentServers::clear();
    EXPECT_TRUE(recentServers::list().isEmpty());
}

TEST(ServerWindow, ASilentServerNeverFreezesTheWindowAndCancelReturnsAtOnce)
{
    OUTLOUD_POSTGRES_ONLY();
    SilentPort silent;
    ASSERT_GT(silent.port(), 0);
    MainWindow window(QString {});
    window.show();
    ServerConnector* connector = window.serverSession()->connector();
    QSignalSpy canceled(connector, &ServerConnector::canceled);
    QSignalSpy failed(connector, &ServerConnector::failed);
    window.serverSession()->connectTo(
        u"postgresql://outloud@127.0.0.1:%1/outloud?connect_timeout=3"_s.arg(silent.port()));
    // The event loop runs while libpq waits: the progress dialog shows and answers Cancel.
    QTRY_VERIFY(connector->progress() && connector->progress()->isVisible());
    EXPECT_TRUE(connector->isBusy());
    auto* cancel = connector->progress()->findChild<QPushButton*>();
    ASSERT_TRUE(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    EXPECT_EQ(canceled.count(), 1);
    EXPECT_FALSE(connector->isBusy());
    EXPECT_EQ(window.database(), nullptr);
    // The abandoned attempt ends within its timeout and changes nothing.
    QTest::qWait(3500);
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(window.database(), nullptr);
}

TEST(ServerWindow, EachRefusalGetsAPlainMessageAndOpensNothing)
{
    OUTLOUD_POSTGRES_ONLY();
    ServerDatabase other;
    ASSERT_TRUE(serverExec(other.name(), u"CREATE TABLE invoice (id int)"_s));
    TempDatabase newer;
    ASSERT_TRUE(QSqlQuery(newer->connection())
                    .exec(u"UPDATE outloud_schema SET version = %1"_s.arg(
                        Database::currentSchemaVersion() + 1)));
    newer.close();
    QUrl closed(serverAddress());
    closed.setPort(1);

    MainWindow window(QString {});
    const auto refusal = [&](const QString& address) {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        connectAndWait(window, address);
        EXPECT_EQ(window.database(), nullptr) << address.toStdString();
        return MessageBox::lastText();
    };
    EXPECT_TRUE(refusal(closed.toString()).startsWith(u"Could not reach the PostgreSQL server"_s));
    EXPECT_TRUE(refusal(serverAddressFor(u"no_such_database"_s)).contains(u"has no database"_s));
    EXPECT_TRUE(refusal(other.address()).contains(u"belongs to another program"_s));
    EXPECT_TRUE(refusal(newer.path()).contains(u"newer version of Outloud"_s));
    {
        const QByteArray password = qgetenv("PGPASSWORD");
        qputenv("PGPASSWORD", "not-the-password");
        const QString text = refusal(other.address());
        qputenv("PGPASSWORD", password);
        EXPECT_TRUE(text.contains(u"the password is wrong or missing"_s)) << text.toStdString();
    }
    EXPECT_TRUE(recentServers::list().isEmpty() || !recentServers::list().contains(other.address()))
        << "only connections that worked are remembered";
}

TEST(ServerWindow, ALostConnectionLosesNoEditSilentlyAndOffersToReconnect)
{
    OUTLOUD_POSTGRES_ONLY();
    recentServers::clear();
    TempDatabase t;
    makeCircle(t.db());
    const QString address = t.path();
    t.close();

    MainWindow window(address);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.database() && window.editor(), 30000);
    EXPECT_EQ(recentServers::list(), QStringList {address}) << "remembered, as typed";
    const qint64 me = CircleService(*window.database()).meId(window.circleId());

    const QString database = QUrl(address).path().mid(1);
    ASSERT_TRUE(serverAdmin(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                            " WHERE datname = '%1' AND pid <> pg_backend_pid()"_s.arg(database)));
    Person p;
    p.memberId = me;
    p.name = u"Nora Newcomer"_s;
    QString error;
    MessageBox::setNextAnswer(QMessageBox::Yes); // "Reconnect now?"
    EXPECT_FALSE(
        window.editor()->push(std::make_unique<AddPersonCommand>(*window.database(), p), &error));
    EXPECT_TRUE(error.contains(u"was not saved"_s)) << error.toStdString();
    EXPECT_EQ(window.editor()->undoStack()->count(), 0) << "nothing shown as saved";
    // The offer comes from the event loop; Yes reconnects in the background.
    QTRY_VERIFY_WITH_TIMEOUT(MessageBox::lastText().contains(u"Reconnect now?"_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.database() && !window.database()->isConnectionLost()
            && window.editor() && !window.serverSession()->connector()->isBusy(),
        30000);
    EXPECT_EQ(scalar(*window.database(), u"SELECT count(*) FROM person"_s).toInt(), 0);
    ASSERT_TRUE(
        window.editor()->push(std::make_unique<AddPersonCommand>(*window.database(), p), &error))
        << error.toStdString();
    EXPECT_EQ(scalar(*window.database(), u"SELECT count(*) FROM person"_s).toInt(), 1);
    recentServers::clear();
}
