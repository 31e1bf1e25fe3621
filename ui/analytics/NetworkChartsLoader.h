// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NetworkCharts.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

namespace outloud {

/// Finds and loads the Network tab's chart module (NetworkCharts.h) once per process.
class NetworkChartsLoader
{
    Q_DECLARE_TR_FUNCTIONS(outloud::NetworkChartsLoader)
public:
    /// The module's charts as children of @p parent; nullptr and the reason in @p error when
    /// the module is missing, cannot be loaded or belongs to another build.
    static std::unique_ptr<NetworkCharts> create(QWidget* parent, QString* error);
    /// Loads the module unless done; the file loaded, or empty and the reason in @p error.
    static QString load(QString* error);
    /// Where the module is looked for, in order: beside the installed program
    /// (bin/../lib/.../outloud), then the build tree's output folder.
    static QStringList directories();
    /// Tests: look in @p directories only (empty: the default ones) and load again.
    static void setDirectoriesForTesting(const QStringList& directories);
};

} // namespace outloud
