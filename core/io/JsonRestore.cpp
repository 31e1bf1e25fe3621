// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Restoring a JSON export: streamed row by row, checked, in one transaction.
#include "FileIo.h"
#include "JsonArchive.h"
#include "JsonValues.h"
#include "SchemaInfo.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqlUtil.h"
#include "storage/Tallies.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace outloud::io::json {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::io::json", text);
}

} // namespace

using detail::fromJson;
using detail::isIdentifier;

namespace {
// After a restore on PostgreSQL: identities move past the restored ids.
bool syncIdentities(Database& db, const QStringList& tables, QString* error)
{
    for (const QString& table : tables) {
        if (tableColumns(db, table).value(0) == u"id"_s && !syncIdentity(db, table, error))
            return false;
    }
    return true;
}
} // namespace

namespace {
// Where rows go as a reader finds them: the restore below, or nowhere (a check).
struct RowSink
{
    virtual ~RowSink() = default;
    virtual bool header(int schemaVersion, QString* error) = 0;
    virtual bool table(const QString& name, const QStringList& columns, QString* error) = 0;
    virtual bool row(const QVariantList& values, qint64 number, QString* error) = 0;
    virtual bool end(QString* error) = 0;
};

bool feed(const Archive& archive, RowSink& sink, QString* error)
{
    if (!sink.header(archive.schemaVersion, error))
        return false;
    for (const ArchiveTable& t : archive.tables) {
        if (!sink.table(t.name, t.columns, error))
            return false;
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            if (!sink.row(t.rows.at(r), r + 1, error))
                return false;
        }
    }
    return sink.end(error);
}

// Replaces the contents of a database, table by table as they arrive; runs inside one
// Database::write, so any failure leaves the database as it was.
// tr() spelled out: lupdate would file these under Restorer, the run looks them up here.
class Restorer : public RowSink
{
public:
    Restorer(Database& db, QSqlQuery& q)
        : m_db(db)
        , m_q(q)
        , m_tables(tableNames(db))
        , m_bulk(db, q)
    { }

    bool header(int schemaVersion, QString* error) override
    {
        if (schemaVersion != m_db.schemaVersion())
            return fail(error,
                QCoreApplication::translate("outloud::io::json",
                    "The export holds database version %1, this file is version %2; restore it "
                    "with the Outloud that made it.")
                    .arg(schemaVersion)
                    .arg(m_db.schemaVersion()));
        // Circles and members point at each other: check references once, at the end
        // (PostgreSQL at commit: its references are DEFERRABLE).
        const QString deferChecks = m_db.isServer() ? u"SET CONSTRAINTS ALL DEFERRED"_s
                                                    : u"PRAGMA defer_foreign_keys = ON"_s;
        if (!m_q.exec(deferChecks))
            return fail(error,
                sqlErrorMessage(
                    QCoreApplication::translate("outloud::io::json", "prepare the restore"),
                    m_q.lastError()));
        // SQLite: the indexes go while the rows come and are built again at the end, in
        // one sorted pass each (same transaction). Kept up row by row, a large restore
        // spends its time moving index pages through a cache that no longer holds them.
        if (!m_db.isServer()) {
            if (!m_q.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS "
                          "NOT NULL ORDER BY name"_s))
                return fail(error,
                    sqlErrorMessage(
                        QCoreApplication::translate("outloud::io::json", "prepare the restore"),
                        m_q.lastError()));
            QStringList names;
            while (m_q.next()) {
                names.append(m_q.value(0).toString());
                m_indexes.append(m_q.value(1).toString());
            }
            m_q.finish();
            for (const QString& name : names) {
                if (!m_q.exec(u"DROP INDEX %1"_s.arg(quotedIdentifier(name))))
                    return fail(error,
                        sqlErrorMessage(
                            QCoreApplication::translate("outloud::io::json", "prepare the restore"),
                            m_q.lastError()));
            }
        }
        // The tallies are counted once, at the end (end()).
        if (!m_bulk.begin(error))
            return false;
        for (qsizetype i = m_tables.size() - 1; i >= 0; --i) {
            if (!m_q.exec(u"DELETE FROM %1"_s.arg(quotedIdentifier(m_tables.at(i)))))
                return fail(error,
                    sqlErrorMessage(QCoreApplication::translate("outloud::io::json", "clear %1")
                                        .arg(m_tables.at(i)),
                        m_q.lastError()));
        }
        return true;
    }

    bool table(const QString& name, const QStringList& columns, QString* error) override
    {
        if (!m_tables.contains(name))
            return fail(error,
                QCoreApplication::translate("outloud::io::json",
                    "The export has a table “%1” that this database does not have.")
                    .arg(name));
        if (m_seen.contains(name))
            return fail(error,
                QCoreApplication::translate(
                    "outloud::io::json", "The export has the table “%1” twice.")
                    .arg(name));
        m_seen.append(name);
        if (tableColumns(m_db, name) != columns)
            return fail(error,
                QCoreApplication::translate("outloud::io::json",
                    "The columns of table “%1” in the export do not match this database.")
                    .arg(name));
        QStringList quoted;
        for (const QString& c : columns)
            quoted.append(quotedIdentifier(c));
        m_name = name;
        m_insert = std::make_unique<QSqlQuery>(m_db.connection());
        if (!m_insert->prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(quotedIdentifier(name),
                quoted.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s))))
            return fail(error,
                sqlErrorMessage(
                    QCoreApplication::translate("outloud::io::json", "restore %1").arg(name),
                    m_insert->lastError()));
        return true;
    }

    bool row(const QVariantList& values, qint64 number, QString* error) override
    {
        for (qsizetype c = 0; c < values.size(); ++c)
            m_insert->bindValue(int(c), bindable(values.at(c)));
        if (!m_insert->exec())
            return fail(error,
                sqlErrorMessage(
                    QCoreApplication::translate("outloud::io::json", "restore row %1 of %2")
                        .arg(number)
                        .arg(m_name),
                    m_insert->lastError()));
        return true;
    }

    bool end(QString* error) override
    {
        m_insert.reset();
        for (const QString& name : m_tables) {
            if (!m_seen.contains(name))
                return fail(error,
                    QCoreApplication::translate(
                        "outloud::io::json", "The export lacks the table “%1”.")
                        .arg(name));
        }
        if (m_db.isServer())
            return syncIdentities(m_db, m_tables, error) && m_bulk.finish(error);
        for (const QString& index : std::as_const(m_indexes)) {
            // A unique index the rows break (two people with one uid) refuses the restore.
            if (!m_q.exec(index))
                return fail(error,
                    sqlErrorMessage(
                        QCoreApplication::translate("outloud::io::json", "check the restored data"),
                        m_q.lastError()));
        }
        if (!m_bulk.finish(error))
            return false;
        if (!m_q.exec(u"PRAGMA foreign_key_check"_s))
            return fail(error,
                sqlErrorMessage(
                    QCoreApplication::translate("outloud::io::json", "check the restored data"),
                    m_q.lastError()));
        if (m_q.next())
            return fail(error,
                QCoreApplication::translate("outloud::io::json",
                    "The export is inconsistent: a row of “%1” refers to one of “%2” that it "
                    "does "
                    "not hold. "
                    "Nothing was changed.")
                    .arg(m_q.value(0).toString(), m_q.value(2).toString()));
        return true;
    }

private:
    Database& m_db;
    QSqlQuery& m_q;
    const QStringList m_tables;
    QStringList m_seen;
    QString m_name;
    std::unique_ptr<QSqlQuery> m_insert;
    QStringList m_indexes; ///< CREATE INDEX statements, run again at the end.
    tally::BulkLoad m_bulk;
};

// Checks every row without writing anything.
class Checker : public RowSink
{
public:
    bool header(int, QString*) override { return true; }
    bool table(const QString&, const QStringList&, QString*) override
    {
        ++tables;
        return true;
    }
    bool row(const QVariantList&, qint64, QString*) override { return true; }
    bool end(QString*) override { return true; }
    int tables = 0;
};

bool restoreWith(Database& db, const std::function<bool(RowSink&, QString*)>& read, QString* error)
{
    const bool ok = db.write(
        Database::AllTables,
        [&](QSqlQuery& q) {
            Restorer restorer(db, q);
            return read(restorer, error);
        },
        error);
    if (ok)
        db.refreshStatistics();
    return ok;
}

QVariantList rowValues(const QJsonArray& row, const QString& table, const QStringList& columns,
    qint64 number, QString* error, bool* ok)
{
    *ok = false;
    if (row.size() != columns.size()) {
        fail(error,
            tr("Table “%1”, row %2 of the export does not have %3 values.")
                .arg(table)
                .arg(number)
                .arg(columns.size()));
        return {};
    }
    QVariantList values;
    values.reserve(row.size());
    for (qsizetype c = 0; c < row.size(); ++c) {
        QVariant v;
        if (!fromJson(row.at(c), &v)) {
            fail(error,
                tr("Table “%1”, row %2, column “%3” of the export holds a value Outloud "
                   "does not store.")
                    .arg(table)
                    .arg(number)
                    .arg(columns.at(c)));
            return {};
        }
        values.append(v);
    }
    *ok = true;
    return values;
}

bool checkHeader(const QJsonObject& root, int* schemaVersion, QString* error)
{
    if (root.value(u"format"_s).toString() != u"outloud"_s)
        return fail(error, tr("This JSON file is not an Outloud export."));
    if (root.value(u"formatVersion"_s).toInt(-1) != FormatVersion)
        return fail(error,
            tr("This export was made by another version of Outloud (export format %1; this version "
               "reads %2).")
                .arg(root.value(u"formatVersion"_s).toVariant().toString())
                .arg(FormatVersion));
    *schemaVersion = root.value(u"schemaVersion"_s).toInt(0);
    if (*schemaVersion <= 0)
        return fail(error, tr("The export does not say which database version it holds."));
    return true;
}

bool checkTable(
    const QJsonObject& o, qsizetype index, QString* name, QStringList* columns, QString* error)
{
    *name = o.value(u"name"_s).toString();
    if (!isIdentifier(*name))
        return fail(error, tr("Table %1 of the export has no valid name.").arg(index + 1));
    columns->clear();
    for (const QJsonValueConstRef c : o.value(u"columns"_s).toArray()) {
        if (!isIdentifier(c.toString()))
            return fail(error,
                tr("Table “%1” of the export has a column without a valid name.").arg(*name));
        columns->append(c.toString());
    }
    if (columns->isEmpty())
        return fail(error, tr("Table “%1” of the export has no columns.").arg(*name));
    return true;
}

enum class Streamed { Done, Failed, NotOneRowALine };

// Reads an export in the layout exportDatabase() writes (a header line, a line per table,
// a line per row) one line at a time: memory holds one row, whatever the file's size.
Streamed stream(QIODevice& file, RowSink& sink, QString* error, int* schemaVersion = nullptr)
{
    qint64 lineNumber = 1;
    QByteArray line = file.readLine();
    const auto trimmed = [](QByteArray l) {
        while (!l.isEmpty() && (l.endsWith('\n') || l.endsWith('\r')))
            l.chop(1);
        return l;
    };
    line = trimmed(line);
    if (!line.startsWith('{') || !line.endsWith("\"tables\":["))
        return Streamed::NotOneRowALine;
    const auto syntax = [&](const QJsonParseError& e) {
        fail(error, tr("Line %1 of the JSON file: %2.").arg(lineNumber).arg(e.errorString()));
        return Streamed::Failed;
    };
    QJsonParseError parseError;
    const QJsonDocument head = QJsonDocument::fromJson(line + "]}", &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return syntax(parseError);
    int version = 0;
    if (!head.isObject() || !checkHeader(head.object(), &version, error))
        return Streamed::Failed;
    if (schemaVersion)
        *schemaVersion = version;
    if (!sink.header(version, error))
        return Streamed::Failed;
    const auto unexpected = [&] {
        fail(error,
            tr("Line %1 of the JSON file is not where an Outloud export has it; the file was "
               "changed or cut short.")
                .arg(lineNumber));
        return Streamed::Failed;
    };
    bool inRows = false;
    bool ended = false;
    qsizetype tableIndex = 0;
    qint64 rowNumber = 0;
    QString name;
    QStringList columns;
    while (!file.atEnd()) {
        line = trimmed(file.readLine());
        ++lineNumber;
        if (ended) {
            if (!line.trimmed().isEmpty())
                return unexpected();
            continue;
        }
        if (line.endsWith(','))
            line.chop(1);
        if (!inRows) {
            if (line == "]}") {
                ended = true;
                continue;
            }
            const bool withRows = line.endsWith("\"rows\":[");
            if (!line.startsWith("{\"name\":") || (!withRows && !line.endsWith("\"rows\":[]}")))
                return unexpected();
            const QJsonDocument t
                = QJsonDocument::fromJson(withRows ? line + "]}" : line, &parseError);
            if (parseError.error != QJsonParseError::NoError)
                return syntax(parseError);
            if (!t.isObject() || !checkTable(t.object(), tableIndex++, &name, &columns, error)
                || !sink.table(name, columns, error))
                return Streamed::Failed;
            inRows = withRows;
            rowNumber = 0;
            continue;
        }
        // The last row of a table ends with the table's "]}"; no value ends with "]]}".
        const bool last = line.endsWith("]]}");
        if (last)
            line.chop(2);
        const QJsonDocument r = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return syntax(parseError);
        if (!r.isArray())
            return unexpected();
        bool ok = false;
        const QVariantList values = rowValues(r.array(), name, columns, ++rowNumber, error, &ok);
        if (!ok || !sink.row(values, rowNumber, error))
            return Streamed::Failed;
        inRows = !last;
    }
    if (!ended)
        return unexpected();
    return sink.end(error) ? Streamed::Done : Streamed::Failed;
}

// Reads @p path into @p sink: streamed when it has Outloud's layout, else whole (up to
// MaxInputBytes) through parse().
bool readInto(const QString& path, RowSink& sink, QString* error)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        QByteArray ignored;
        return readInputFile(path, &ignored, error); // says why
    }
    switch (stream(file, sink, error)) {
    case Streamed::Done:
        return true;
    case Streamed::Failed:
        return false;
    case Streamed::NotOneRowALine:
        break;
    }
    QByteArray bytes;
    Archive archive;
    return readInputFile(path, &bytes, error) && parse(bytes, &archive, error)
        && feed(archive, sink, error);
}

// Only the header: a sink that stops after it.
class HeaderOnly : public RowSink
{
public:
    bool header(int version, QString*) override
    {
        schemaVersion = version;
        return false;
    }
    bool table(const QString&, const QStringList&, QString*) override { return false; }
    bool row(const QVariantList&, qint64, QString*) override { return false; }
    bool end(QString*) override { return false; }
    int schemaVersion = 0;
};
} // namespace

bool restore(Database& db, const Archive& archive, QString* error)
{
    return restoreWith(
        db, [&](RowSink& sink, QString* e) { return feed(archive, sink, e); }, error);
}

bool checkFile(const QString& path, int* tables, QString* error)
{
    Checker checker;
    if (!readInto(path, checker, error))
        return false;
    if (tables)
        *tables = checker.tables;
    return true;
}

int fileSchemaVersion(const QString& path, QString* error)
{
    HeaderOnly header;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && stream(file, header, error) != Streamed::NotOneRowALine)
        return header.schemaVersion;
    QByteArray bytes;
    Archive archive;
    if (!readInputFile(path, &bytes, error) || !parse(bytes, &archive, error))
        return 0;
    return archive.schemaVersion;
}

bool restoreFile(Database& db, const QString& path, QString* error)
{
    return restoreWith(
        db, [&](RowSink& sink, QString* e) { return readInto(path, sink, e); }, error);
}

} // namespace outloud::io::json
