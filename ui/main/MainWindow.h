// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QStackedWidget;
class QTableView;
class QLabel;

namespace outloud {

class Database;
class WelcomePage;
class SetupPage;
class RelationshipModel;
class ContributionModel;

/**
 * The main window. Without a database file it welcomes a newcomer (demo or own circle);
 * with one it shows the workspace.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// @p databasePath is opened if it exists; otherwise the welcome page offers to create it.
    explicit MainWindow(const QString& databasePath, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database* database() const { return m_db.get(); }
    /// Where "Open a demo circle" writes its demo (beside the database by default).
    void setDemoPath(const QString& path) { m_demoPath = path; }

    /// Opens @p path and shows the workspace; on failure shows the message and returns false.
    bool openDatabase(const QString& path);

private:
    void showWelcome(const QString& message = {});
    void openDemo();
    void startOwnCircle();
    void onSetupFinished();
    void buildWorkspace();
    void updateStatus();

    QString m_path;
    QString m_demoPath;
    std::unique_ptr<Database> m_db;
    qint64 m_circleId = -1;
    qint64 m_memberId = -1;

    QStackedWidget* m_stack = nullptr;
    WelcomePage* m_welcome = nullptr;
    SetupPage* m_setup = nullptr;
    QWidget* m_workspace = nullptr;
    QTableView* m_peopleView = nullptr;
    QTableView* m_contributionsView = nullptr;
    RelationshipModel* m_people = nullptr;
    ContributionModel* m_contributions = nullptr;
    QLabel* m_statusCircle = nullptr;
    QLabel* m_statusWeek = nullptr;
};

} // namespace outloud
