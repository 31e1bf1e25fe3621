// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace outloud {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("outloud", text, disambiguation, n);
}

QString sqlErrorMessage(const QString& operation, const QSqlError& error)
{
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.driverText();
    if (detail.contains(u"disk is full"_s) || detail.contains(u"database or disk is full"_s))
        detail = tr("the disk is full");
    return tr("Could not %1: %2").arg(operation, detail);
}

QVariant bindable(const QVariant& value)
{
    // A null QString binds as SQL NULL; text columns want '' for "nothing typed".
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(u""_s);
    return value;
}

bool execPrepared(QSqlQuery& query, const QString& sql, const QVariantList& values,
    const QString& operation, QString* error)
{
    if (!query.prepare(sql)) {
        if (error)
            *error = sqlErrorMessage(operation, query.lastError());
        return false;
    }
    for (const QVariant& v : values)
        query.addBindValue(bindable(v));
    if (!query.exec()) {
        if (error)
            *error = sqlErrorMessage(operation, query.lastError());
        return false;
    }
    return true;
}

QString likeContains(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += u'%';
    for (QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    escaped += u'%';
    return escaped;
}

} // namespace outloud
