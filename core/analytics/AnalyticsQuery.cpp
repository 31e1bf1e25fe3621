// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalyticsQuery.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace outloud::analytics::detail {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("outloud::analytics::detail", text, disambiguation, n);
}

Q_LOGGING_CATEGORY(lcAnalytics, "outloud.analytics")

QueryRecorder& recorder()
{
    static QueryRecorder r;
    return r;
}
} // namespace

void setQueryRecorder(QueryRecorder r)
{
    recorder() = std::move(r);
}

QSqlQuery readQuery(Database& db)
{
    QSqlQuery q(db.connection());
    // Analytics read each result once: forward-only keeps QtSql from caching rows.
    q.setForwardOnly(true);
    return q;
}

bool runQuery(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values)
{
    if (recorder())
        recorder()(sql, QVariantList(values));
    QString error;
    if (execPrepared(query, sql, values, tr("compute the overview"), &error))
        return true;
    qCWarning(lcAnalytics).noquote() << error;
    return false;
}

} // namespace outloud::analytics::detail
