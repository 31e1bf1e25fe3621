// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export, the JSON round trip and restores that refuse bad exports.
#include "IoTestUtil.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "io/BackupService.h"
#include "io/ContactFile.h"
#include "io/CsvExport.h"
#include "io/ImportService.h"
#include "io/JsonArchive.h"
#include "people/PeopleService.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::io;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
constexpr auto Private = QFileDevice::ReadUser | QFileDevice::WriteUser;

QFileDevice::Permissions permissionsOf(const QString& path)
{
    return QFileInfo(path).permissions()
        & (QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser
            | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

qint64 addAwkwardPerson(Database& db, qint64 memberId)
{
    Person p;
    p.memberId = memberId;
    p.name = u"Zoë \"Zed\" O'Hara, PhD"_s;
    p.organization = u"Smith; Jones\nand Sons"_s;
    p.notes = u"  line one\r\nline two, with \"quotes\" and a tab\there "_s;
    p.email = u"zoe@example.org"_s;
    p.tags = u"speaker, mentor"_s;
    p.closeness = 4;
    QString error;
    const qint64 id = PeopleService(db).add(p, &error);
    EXPECT_GT(id, 0) << error.toStdString();
    return id;
}
} // namespace

TEST(CsvExport, PeopleRoundTripThroughTheCsvReader)
{
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    addAwkwardPerson(t.db(), me);
    const QString path = t.dir() + u"/people.csv"_s;
    QString error;
    ASSERT_TRUE(writePeopleCsv(t.db(), me, path, &error)) << error.toStdString();
    EXPECT_EQ(permissionsOf(path), Private);
    const QByteArray bytes = fileBytes(path);
    EXPECT_TRUE(bytes.contains("\r\n"));
    EXPECT_FALSE(bytes.startsWith("\xEF\xBB\xBF"));

    // Read back as a user would: guessed mapping, into another member's list.
    const ReadResult read = readContacts(bytes, ImportFormat::Csv);
    ASSERT_TRUE(read.ok()) << read.error.toStdString();
    ASSERT_EQ(read.records.size(), 1);
    const Person& p = read.records.first().person;
    EXPECT_EQ(p.name, u"Zoë \"Zed\" O'Hara, PhD"_s);
    EXPECT_EQ(p.organization, u"Smith; Jones\nand Sons"_s);
    EXPECT_EQ(p.notes,
        u"  line one\nline two, with \"quotes\" and a tab\there "_s); // CRLF inside becomes LF
    EXPECT_EQ(p.tags, u"speaker, mentor"_s);
    EXPECT_EQ(p.closeness, 4);
    const qint64 bea
        = CircleService(t.db()).memberIdByName(CircleService(t.db()).defaultCircleId(), u"Bea"_s);
    ImportService service(t.db());
    ImportOutcome outcome;
    ASSERT_TRUE(service.apply(service.plan(bea, read.records), &outcome, &error));
    EXPECT_EQ(outcome.added, 1);
}

TEST(CsvExport, ContributionsHaveOneRowEach)
{
    TempDatabase t;
    fillDemo(t.db());
    QByteArray csv;
    QString error;
    ASSERT_TRUE(exportContributionsCsv(t.db(), -1, &csv, &error)) << error.toStdString();
    const CsvTable table = parseCsv(csv);
    ASSERT_TRUE(table.ok()) << table.error.toStdString();
    EXPECT_EQ(
        table.rows.size(), scalar(t.db(), u"SELECT count(*) FROM contribution"_s).toInt() + 1);
    EXPECT_EQ(table.rows.at(0).fields.size(), 9);
    for (const CsvRow& row : table.rows)
        EXPECT_EQ(row.fields.size(), 9);
    // In date order, a day's rows in the order they were logged (the demo logs out of order).
    QSqlQuery ordered(t.db().connection());
    ASSERT_TRUE(
        ordered.exec(u"SELECT happened_on, note FROM contribution ORDER BY happened_on, id"_s));
    QStringList expected, written;
    while (ordered.next())
        expected << ordered.value(0).toString().left(10) + u' ' + ordered.value(1).toString();
    for (qsizetype i = 1; i < table.rows.size(); ++i)
        written << table.rows.at(i).fields.at(1) + u' ' + table.rows.at(i).fields.at(8);
    EXPECT_EQ(written, expected);
    QByteArray people;
    ASSERT_TRUE(exportPeopleCsv(t.db(), -1, &people, &error));
    EXPECT_EQ(
        parseCsv(people).rows.size(), scalar(t.db(), u"SELECT count(*) FROM person"_s).toInt() + 1);
}

TEST(JsonExport, RoundTripIsExact)
{
    TempDatabase t;
    fillDemo(t.db());
    addAwkwardPerson(t.db(), CircleService(t.db()).meId(CircleService(t.db()).defaultCircleId()));
    const QString first = t.dir() + u"/first.json"_s;
    QString error;
    ASSERT_TRUE(json::writeExport(t.db(), first, &error)) << error.toStdString();
    EXPECT_EQ(permissionsOf(first), Private);

    QTemporaryDir fresh;
    std::unique_ptr<Database> other = Database::open(fresh.filePath(u"restored.sqlite"_s), &error);
    ASSERT_TRUE(other) << error.toStdString();
    Archive archive;
    ASSERT_TRUE(json::parse(fileBytes(first), &archive, &error)) << error.toStdString();
    ASSERT_TRUE(json::restore(*other, archive, &error)) << error.toStdString();

    QByteArray again;
    ASSERT_TRUE(json::exportDatabase(*other, &again, &error));
    EXPECT_EQ(again, fileBytes(first));
    EXPECT_EQ(tableDump(*other), tableDump(t.db()));
    EXPECT_GT(scalar(*other, u"SELECT count(*) FROM contribution"_s).toInt(), 10);
}

TEST(JsonExport, BadExportsAreRefusedAndChangeNothing)
{
    TempDatabase t;
    fillDemo(t.db());
    const QString before = tableDump(t.db());
    QByteArray json;
    QString error;
    ASSERT_TRUE(json::exportDatabase(t.db(), &json, &error));
    Archive good;
    ASSERT_TRUE(json::parse(json, &good, &error));

    // A contribution pointing at a person the export does not hold.
    Archive dangling = good;
    for (ArchiveTable& table : dangling.tables) {
        if (table.name == u"contribution"_s)
            table.rows.first()[1] = qint64(999999);
    }
    EXPECT_FALSE(json::restore(t.db(), dangling, &error));
    EXPECT_TRUE(error.contains(u"contribution"_s)) << error.toStdString();
    EXPECT_EQ(tableDump(t.db()), before);

    Archive newer = good;
    newer.schemaVersion = 99;
    EXPECT_FALSE(json::restore(t.db(), newer, &error));
    Archive missing = good;
    missing.tables.removeLast();
    EXPECT_FALSE(json::restore(t.db(), missing, &error));
    Archive wrongColumns = good;
    wrongColumns.tables.first().columns.last() = u"nonsense"_s;
    EXPECT_FALSE(json::restore(t.db(), wrongColumns, &error));
    Archive badValue = good;
    badValue.tables[0].rows.first()[1] = QVariant(); // circle.name NOT NULL
    EXPECT_FALSE(json::restore(t.db(), badValue, &error));
    EXPECT_EQ(tableDump(t.db()), before);

    // A good restore through the backup service keeps what it replaced.
    BackupService backups(t.db());
    addAwkwardPerson(t.db(), CircleService(t.db()).meId(CircleService(t.db()).defaultCircleId()));
    const QString withZoe = tableDump(t.db());
    QString savedAs;
    ASSERT_TRUE(backups.restoreArchive(good, &savedAs, &error)) << error.toStdString();
    EXPECT_EQ(tableDump(t.db()), before);
    EXPECT_EQ(backupDump(savedAs, &error), withZoe) << error.toStdString();
}

TEST(CsvExport, CellsThatASpreadsheetWouldRunAreDefusedUnlessAskedForExactly)
{
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    // What other people can put in a name, a company or a note, OWASP's six starts.
    const QStringList hostile = {u"=HYPERLINK(\"http://x\",\"y\")"_s, u"@SUM(1)"_s,
        u"=cmd|' /C calc'!A0"_s, u"+1+1"_s, u"-2+3"_s, u"\tlead"_s, u"\rcarriage"_s};
    Person p;
    p.memberId = me;
    p.name = hostile.at(0);
    p.organization = hostile.at(1);
    p.notes = hostile.at(2);
    p.role = hostile.at(3);
    p.relation = hostile.at(4);
    QString error;
    const qint64 id = PeopleService(t.db()).add(p, &error);
    ASSERT_GT(id, 0) << error.toStdString();
    // The editor trims; a file written by another program need not.
    QSqlQuery q(t->connection());
    q.prepare(u"UPDATE person SET tags = ?, url = ? WHERE id = ?"_s);
    q.addBindValue(hostile.at(5));
    q.addBindValue(hostile.at(6));
    q.addBindValue(id);
    ASSERT_TRUE(q.exec());

    const auto cellsOf = [&](CsvCells cells) {
        QByteArray csv;
        EXPECT_TRUE(exportPeopleCsv(t.db(), me, &csv, &error, cells)) << error.toStdString();
        CsvOptions options;
        options.quote = u'"';
        options.delimiter = u',';
        const CsvTable table = parseCsv(csv, options);
        EXPECT_TRUE(table.ok()) << table.error.toStdString();
        return table.rows.size() == 2 ? table.rows.at(1).fields : QStringList();
    };
    const QStringList defused = cellsOf(CsvCells::Defused);
    const QStringList exact = cellsOf(CsvCells::Exact);
    int checked = 0;
    // The reader turns a carriage return into a line break: check that one in the bytes.
    QByteArray raw;
    ASSERT_TRUE(exportPeopleCsv(t.db(), me, &raw, &error, CsvCells::Defused));
    EXPECT_TRUE(raw.contains("\"'\rcarriage\"")) << raw.toStdString();
    ASSERT_TRUE(exportPeopleCsv(t.db(), me, &raw, &error, CsvCells::Exact));
    EXPECT_TRUE(raw.contains(",\"\rcarriage\"")) << raw.toStdString();
    for (const QString& h : hostile) {
        if (h.startsWith(u'\r'))
            continue;
        EXPECT_TRUE(defused.contains(u'\'' + h)) << h.toStdString();
        EXPECT_FALSE(defused.contains(h)) << h.toStdString();
        EXPECT_TRUE(exact.contains(h)) << h.toStdString();
        ++checked;
    }
    EXPECT_EQ(checked, 6);
    // Nothing else changes: an ordinary cell is written as it is.
    EXPECT_EQ(defusedCell(u"Ada Lovelace"_s), u"Ada Lovelace"_s);
    EXPECT_EQ(defusedCell(QString()), QString());
}

TEST(JsonRestore, ExportsOfEveryReleasedSchemaAreUpgradedAndNewerOnesRefused)
{
    // An export kept from each released schema restores to what that schema's file
    // holds after its own migration.
    int restored = 0;
    for (const int version : {1, 2}) {
        QByteArray json = fileBytes(dataPath(u"export-v%1.json"_s.arg(version)));
        ASSERT_FALSE(json.isEmpty());
        Archive archive;
        QString error;
        ASSERT_TRUE(json::parse(json, &archive, &error)) << error.toStdString();
        ASSERT_EQ(archive.schemaVersion, version);

        QTemporaryDir dir;
        const QString copy = dir.filePath(u"old.sqlite"_s);
        ASSERT_TRUE(QFile::copy(dataPath(u"schema-v%1.sqlite"_s.arg(version)), copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto migrated = Database::open(copy, &error, Database::OpenMode::MustExist);
        ASSERT_TRUE(migrated) << error.toStdString();

        TempDatabase t;
        makeCircle(t.db());
        QString savedAs;
        ASSERT_TRUE(BackupService(t.db()).restoreArchive(archive, &savedAs, &error))
            << "version " << version << ": " << error.toStdString();
        // The migration to the sharing step gives each circle and member a random uid.
        const QStringList random = {u"uid"_s};
        EXPECT_EQ(tableDump(t.db(), random), tableDump(*migrated, random)) << "version " << version;
        EXPECT_TRUE(QFileInfo::exists(savedAs));
        ++restored;
    }
    EXPECT_EQ(restored, 2);

    // One from a newer Outloud is refused, naming its version; nothing changes.
    TempDatabase t;
    makeCircle(t.db());
    const QString before = tableDump(t.db());
    Archive newer;
    QString error;
    ASSERT_TRUE(json::parse(fileBytes(dataPath(u"export-v2.json"_s)), &newer, &error));
    newer.schemaVersion = Database::currentSchemaVersion() + 1;
    EXPECT_FALSE(BackupService(t.db()).restoreArchive(newer, nullptr, &error));
    EXPECT_TRUE(error.contains(u"newer Outloud"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(QString::number(Database::currentSchemaVersion() + 1)))
        << error.toStdString();
    EXPECT_EQ(tableDump(t.db()), before);
    EXPECT_TRUE(BackupService(t.db()).backups().isEmpty()) << "no backup made for nothing";
}
