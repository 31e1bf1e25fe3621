// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/NetworkLayout.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace outloud {

class Database;
class NetworkMapWidget;

/// The relationship list as a picture, with filters and PNG/SVG export.
class NetworkMapDialog : public QDialog
{
    Q_OBJECT
public:
    NetworkMapDialog(
        Database& db, qint64 memberId, const QString& meName, QWidget* parent = nullptr);

    NetworkMapWidget* mapWidget() const { return m_map; }
    /// Writes the map shown to @p path (PNG or SVG by its suffix).
    bool exportTo(const QString& path, QString* error);

Q_SIGNALS:
    void personActivated(qint64 personId);

private:
    void refresh();
    void refreshTags();
    void chooseExport();

    Database& m_db;
    qint64 m_memberId;
    QString m_meName;
    QComboBox* m_tag;
    QComboBox* m_closeness;
    QLabel* m_summary;
    NetworkMapWidget* m_map;
};

} // namespace outloud
