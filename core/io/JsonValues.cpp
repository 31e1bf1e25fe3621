// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonValues.h"

#include <QByteArray>
#include <QJsonObject>
#include <cmath>

using namespace Qt::StringLiterals;

namespace outloud::io::json::detail {

namespace {
// Integers beyond 2^53 do not survive a JSON number; they travel as text.
constexpr qint64 MaxExactInteger = qint64(1) << 53;

} // namespace

QJsonValue toJson(const QVariant& v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong: {
        const qint64 i = v.toLongLong();
        if (i > MaxExactInteger || i < -MaxExactInteger)
            return QJsonObject {{u"int"_s, QString::number(i)}};
        return QJsonValue(i);
    }
    case QMetaType::Double:
        return QJsonObject {{u"real"_s, v.toDouble()}};
    // PostgreSQL's date and timestamptz: written as the SQLite file holds them (ISO 8601,
    // local time without milliseconds), so that both engines export the same bytes.
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return v.toDateTime().toLocalTime().toString(Qt::ISODate);
    case QMetaType::Bool:
        return QJsonValue(v.toBool() ? 1 : 0);
    case QMetaType::QByteArray:
        return QJsonObject {{u"base64"_s, QString::fromLatin1(v.toByteArray().toBase64())}};
    default:
        return v.toString();
    }
}

bool fromJson(const QJsonValue& value, QVariant* out)
{
    switch (value.type()) {
    case QJsonValue::Null:
        *out = QVariant();
        return true;
    case QJsonValue::String:
        *out = value.toString();
        return true;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > double(MaxExactInteger))
            return false;
        *out = value.toInteger();
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.size() != 1)
            return false;
        if (o.contains(u"int"_s)) {
            bool ok = false;
            const qint64 i = o.value(u"int"_s).toString().toLongLong(&ok);
            *out = i;
            return ok;
        }
        if (o.contains(u"real"_s) && o.value(u"real"_s).isDouble()) {
            *out = o.value(u"real"_s).toDouble();
            return true;
        }
        if (o.contains(u"base64"_s) && o.value(u"base64"_s).isString()) {
            const auto decoded
                = QByteArray::fromBase64Encoding(o.value(u"base64"_s).toString().toLatin1(),
                    QByteArray::AbortOnBase64DecodingErrors);
            *out = decoded.decoded;
            return bool(decoded);
        }
        return false;
    }
    default:
        return false;
    }
}

bool isIdentifier(const QString& s)
{
    if (s.isEmpty() || s.size() > 64)
        return false;
    for (QChar c : s) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            return false;
    }
    return true;
}

} // namespace outloud::io::json::detail
