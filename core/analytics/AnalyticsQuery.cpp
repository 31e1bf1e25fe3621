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

QDate dateValue(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    const QString text = value.toString();
    const auto digit = [&text](qsizetype i) { return text.at(i).unicode() - u'0'; };
    const auto isDigit = [&text](qsizetype i) { return text.at(i).isDigit(); };
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-' && isDigit(0) && isDigit(1)
        && isDigit(2) && isDigit(3) && isDigit(5) && isDigit(6) && isDigit(8) && isDigit(9)) {
        const int year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
        return QDate(year, digit(5) * 10 + digit(6), digit(8) * 10 + digit(9));
    }
    return QDate::fromString(text, Qt::ISODate);
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
