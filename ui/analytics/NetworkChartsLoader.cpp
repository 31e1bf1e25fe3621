// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkChartsLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

// Set by CMake (ui/analytics/CMakeLists.txt).
#ifndef OUTLOUD_NETWORK_CHARTS_ABI
#error "OUTLOUD_NETWORK_CHARTS_ABI is not defined"
#endif

namespace outloud {

namespace {

Q_LOGGING_CATEGORY(lcCharts, "outloud.charts", QtWarningMsg)

const QString FileName = QStringLiteral(OUTLOUD_NETWORK_CHARTS_FILE);

struct Loaded
{
    bool tried = false;
    QString path;
    QString error;
    NetworkChartsFactory create = nullptr;
    QStringList directories; ///< Set by a test; empty: the default ones.
};

Loaded& loaded()
{
    static Loaded state;
    return state;
}

/// Loads @p path and checks its key; the factory, or nullptr and why not.
NetworkChartsFactory open(const QString& path, QString* error)
{
    // Never unloaded: its charts live until the window closes.
    QLibrary library(path);
    if (!library.load()) {
        *error = NetworkChartsLoader::tr("%1 could not be loaded: %2")
                     .arg(QDir::toNativeSeparators(path), library.errorString());
        return nullptr;
    }
    auto abi = reinterpret_cast<NetworkChartsAbiFunction>(library.resolve(NetworkChartsAbiSymbol));
    const QString key = abi ? QString::fromUtf8(abi()) : QString();
    if (key != QStringLiteral(OUTLOUD_NETWORK_CHARTS_ABI)) {
        library.unload();
        *error = NetworkChartsLoader::tr(
            "%1 belongs to another build of Outloud (%2; this program needs %3).")
                     .arg(QDir::toNativeSeparators(path),
                         key.isEmpty() ? NetworkChartsLoader::tr("no version") : key,
                         QStringLiteral(OUTLOUD_NETWORK_CHARTS_ABI));
        return nullptr;
    }
    auto create
        = reinterpret_cast<NetworkChartsFactory>(library.resolve(NetworkChartsCreateSymbol));
    if (!create) {
        library.unload();
        *error = NetworkChartsLoader::tr("%1 could not be loaded: %2")
                     .arg(QDir::toNativeSeparators(path), library.errorString());
    }
    return create;
}

} // namespace

QStringList NetworkChartsLoader::directories()
{
    if (!loaded().directories.isEmpty())
        return loaded().directories;
    const QDir bin(QCoreApplication::applicationDirPath());
    return {QDir::cleanPath(bin.absoluteFilePath(QStringLiteral(OUTLOUD_NETWORK_CHARTS_RELATIVE))),
        QStringLiteral(OUTLOUD_NETWORK_CHARTS_BUILD_DIR)};
}

void NetworkChartsLoader::setDirectoriesForTesting(const QStringList& directories)
{
    loaded() = Loaded();
    loaded().directories = directories;
}

QString NetworkChartsLoader::load(QString* error)
{
    Loaded& state = loaded();
    if (!state.tried) {
        state.tried = true;
        const QStringList dirs = directories();
        for (const QString& dir : dirs) {
            const QString path = QDir(dir).absoluteFilePath(FileName);
            if (!QFileInfo(path).isFile())
                continue;
            state.path = path;
            state.create = open(path, &state.error);
            break;
        }
        if (state.path.isEmpty()) {
            QStringList shown;
            for (const QString& dir : dirs)
                shown << QDir::toNativeSeparators(dir);
            state.error
                = tr("%1 is in none of these folders: %2").arg(FileName, shown.join(u", "_s));
        }
        if (state.create)
            qCInfo(lcCharts) << "loaded" << state.path;
        else
            qCWarning(lcCharts).noquote() << state.error;
    }
    if (error)
        *error = state.error;
    return state.create ? state.path : QString();
}

std::unique_ptr<NetworkCharts> NetworkChartsLoader::create(QWidget* parent, QString* error)
{
    if (load(error).isEmpty())
        return nullptr;
    return std::unique_ptr<NetworkCharts>(loaded().create(parent));
}

} // namespace outloud
