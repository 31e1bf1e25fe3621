// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A contact file imported as it streams (ImportService::importFile): the text read in
// pieces is the text read whole, the plan is plan()'s across chunk borders, the dry run's
// counts are what is written, and a failure halfway leaves the database as it was.
#include "IoTestUtil.h"
#include "TestSupport.h"
#include "io/ContactFile.h"
#include "io/ImportService.h"
#include "io/TextPieces.h"
#include "people/PeopleService.h"

#include <QFile>
#include <QSqlError>
#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::io;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
QString write(const QString& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir + u'/' + name;
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    return path;
}

// Names with two-, three- and four-byte UTF-8 characters, so that piece borders fall
// inside them.
QString nameOf(int i)
{
    const QString names[] = {
        u"Jürgen Müller"_s, u"Zoë Ångström"_s, u"東京 花子"_s, u"Ada 😀 Okafor"_s, u"Łukasz Żółć"_s};
    return names[i % 5] + u' ' + QString::number(i);
}

QByteArray linkedIn(int count)
{
    QString text = u"Notes:\n\"Exported connections may lack e-mail addresses.\"\n\n"
                   "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"_s;
    for (int i = 0; i < count; ++i) {
        const QString name = nameOf(i);
        text += name.section(u' ', 0, 0) + u',' + name.section(u' ', 1) + u",,p"_s
            + QString::number(i % 400) + u"@example.org,\"Org "_s + QString::number(i % 7)
            + u", Ltd\",Coach,14 Mar 2021\r\n"_s;
    }
    return text.toUtf8();
}

QByteArray vcards(int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        text += u"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:"_s + nameOf(i) + u"\r\nORG:Org "_s
            + QString::number(i % 5)
            + u"\r\nNOTE:Met at the WOL conference\\, and wrote a long\r\n  "
              u"post about habits in week 7.\r\nEND:VCARD\r\n"_s;
    }
    return text.toUtf8();
}

QString personDump(Database& db)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(u"SELECT name, organization, role, email, url, channels, tags, notes, "
                       "closeness FROM person ORDER BY id"_s));
    QString dump;
    while (q.next()) {
        for (int c = 0; c < 9; ++c)
            dump += q.value(c).toString() + u'|';
        dump += u'\n';
    }
    return dump;
}

int personCount(Database& db)
{
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT count(*) FROM person"_s) && q.next() ? q.value(0).toInt() : -1;
}

QString planText(const PlannedImport& item)
{
    return u"%1 %2 %3 %4 [%5]"_s.arg(item.record.origin)
        .arg(int(item.action))
        .arg(item.existingId > 0)
        .arg(item.result.name, item.reason);
}
} // namespace

TEST(ImportStream, PiecesGiveTheTextAndTheVerdictOfTheWholeFile)
{
    QTemporaryDir dir;
    const QString text = u"Name,Organization\nJürgen Müller,Straße 東京 😀\nZoë,Ångström\n"_s;
    QStringEncoder le(QStringConverter::Utf16LE);
    QStringEncoder be(QStringConverter::Utf16BE);
    const QList<QByteArray> files = {
        text.toUtf8(), "\xEF\xBB\xBF" + text.toUtf8(), "\xFF\xFE" + QByteArray(le.encode(text)),
        "\xFE\xFF" + QByteArray(be.encode(text)),
        text.toLatin1(), // Latin-1: not UTF-8, no multi-byte sequence
        text.toUtf8() + "\xFF tail\n", // UTF-8 with a broken byte: refused, naming line 4
        "a,b\n\0c\n"_ba, // binary
        "\xFF\xFE" + QByteArray(le.encode(text)) + "x", // UTF-16 cut short
    };
    for (const QByteArray& bytes : files) {
        const QString path = write(dir.path(), u"f.csv"_s, bytes);
        const DecodedText whole = decodeText(bytes);
        for (const qsizetype piece : {4, 5, 7, 64, 256 * 1024}) {
            TextPieces pieces(piece);
            DecodedText verdict;
            const bool ok = pieces.open(path, Encoding::Auto, &verdict);
            EXPECT_EQ(ok, whole.ok()) << bytes.toHex().toStdString();
            EXPECT_EQ(verdict.error, whole.error);
            EXPECT_EQ(verdict.errorLine, whole.errorLine);
            if (!ok)
                continue;
            EXPECT_EQ(verdict.encoding, whole.encoding);
            EXPECT_EQ(verdict.hadBom, whole.hadBom);
            QString read;
            QString s;
            while (pieces.next(&s))
                read += s;
            EXPECT_EQ(read, whole.text) << "piece " << piece;
        }
    }
}

TEST(ImportStream, AFileOfManyPiecesImportsAsTheSameFileReadWhole)
{
    QStringEncoder utf16(QStringConverter::Utf16LE);
    const QList<std::pair<ImportFormat, QByteArray>> files = {
        {ImportFormat::LinkedIn, linkedIn(700)},
        {ImportFormat::VCard, vcards(300)},
        // UTF-16 with a byte order mark: a 5-byte piece ends inside a code unit too.
        {ImportFormat::VCard,
            "\xFF\xFE" + QByteArray(utf16.encode(QString::fromUtf8(vcards(300))))},
    };
    for (const auto& [format, bytes] : files) {
        // Read whole, planned and applied in memory (the dialog's way) ...
        TempDatabase whole;
        const qint64 me = makeCircle(whole.db());
        const ReadResult read = readContacts(bytes, format);
        ASSERT_TRUE(read.ok()) << read.error.toStdString();
        ImportService wholeService(whole.db());
        QString error;
        ASSERT_TRUE(wholeService.apply(wholeService.plan(me, read.records), nullptr, &error))
            << error.toStdString();

        // ... and streamed in 5-byte pieces (every multi-byte character split somewhere)
        // and chunks of 64 records.
        TempDatabase streamed;
        ASSERT_EQ(makeCircle(streamed.db()), me);
        const QString path = write(streamed.dir(), u"contacts"_s, bytes);
        ImportService service(streamed.db());
        service.setStreamSizes(5, 64);
        ImportOutcome outcome;
        ASSERT_TRUE(service.importFile(me, path, format, {}, false, {}, &outcome, &error))
            << error.toStdString();
        EXPECT_EQ(outcome.added + outcome.merged + outcome.skipped, read.records.size());
        EXPECT_GT(outcome.added, 100);
        EXPECT_EQ(personDump(streamed.db()), personDump(whole.db()));
        EXPECT_TRUE(personDump(streamed.db()).contains(u"Ada 😀 Okafor 3|"_s));
    }
}

TEST(ImportStream, DuplicatesAcrossChunkBordersArePlannedAsInOnePlan)
{
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    PeopleService people(t.db());
    QString error;
    for (const auto& [name, org, email] :
        {std::tuple {u"Ada Okafor"_s, u"Northwind"_s, u"ada@example.org"_s},
            std::tuple {u"Bo Lind"_s, u"Contoso"_s, QString()},
            std::tuple {u"Cy Berg"_s, QString(), QString()}}) {
        Person p;
        p.memberId = me;
        p.name = name;
        p.organization = org;
        p.email = email;
        p.closeness = 2;
        ASSERT_GT(people.add(p, &error), 0) << error.toStdString();
    }
    // Same e-mail, same name and organization, the same existing person, nothing new,
    // no name, a bad e-mail: each again a few lines later, in another chunk of 3.
    const QByteArray csv = "Name,Organization,Email,Role\n"
                           "New Person,Fabrikam,new@example.org,\n"
                           "A. Okafor,,ADA@example.org,Head of Learning\n"
                           "bo lind,contoso,bo@example.org,\n"
                           "Ada Okafor,Northwind,,\n"
                           ",Nobody,,\n"
                           "Bad Mail,X,not-an-email,\n"
                           "Someone Else,Fabrikam,NEW@example.org,\n"
                           "New Person,Fabrikam,,\n"
                           "Ada Okafor,Northwind,other@example.org,Coach\n"
                           "Bo Lind,Contoso,,Designer\n"
                           "Cy Berg,,cy@example.org,\n"
                           "cy berg,,,\n"
                           "Dee Fox,Umbrella,dee@example.org,\n"
                           "Dee Fox,Umbrella,dee@example.org,\n"_ba;
    const QString path = write(t.dir(), u"people.csv"_s, csv);
    const QString before = tableDump(t.db());

    ImportService service(t.db());
    const ReadResult read = readContacts(csv, ImportFormat::Csv);
    ASSERT_TRUE(read.ok());
    QStringList expected;
    for (const PlannedImport& item : service.plan(me, read.records).items)
        expected.append(planText(item));

    for (const int chunk : {1, 3, 250}) {
        service.setStreamSizes(16, chunk);
        QStringList planned;
        ImportOutcome dry;
        ASSERT_TRUE(service.importFile(
            me, path, ImportFormat::Csv, {}, true,
            [&](const PlannedImport& item) { planned.append(planText(item)); }, &dry, &error))
            << error.toStdString();
        EXPECT_EQ(planned, expected) << "chunk " << chunk;
        EXPECT_EQ(tableDump(t.db()), before) << "a dry run writes nothing";
    }
    EXPECT_TRUE(expected.join(u'\n').contains(u"the same person as line"_s));
    EXPECT_TRUE(expected.join(u'\n').contains(u"adds details to"_s));

    // The counts of the dry run are what the import writes.
    ImportOutcome dry;
    ImportOutcome done;
    service.setStreamSizes(16, 3);
    ASSERT_TRUE(service.importFile(me, path, ImportFormat::Csv, {}, true, {}, &dry, &error));
    const int count = personCount(t.db());
    ASSERT_TRUE(service.importFile(me, path, ImportFormat::Csv, {}, false, {}, &done, &error))
        << error.toStdString();
    EXPECT_EQ(done.added, dry.added);
    EXPECT_EQ(done.merged, dry.merged);
    EXPECT_EQ(done.skipped, dry.skipped);
    EXPECT_EQ(personCount(t.db()), count + dry.added);
    EXPECT_GT(dry.merged, 0);
}

TEST(ImportStream, ABadRecordAfterTheFirstChunksLeavesTheDatabaseAsItWas)
{
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    QByteArray csv = "Name,Email,Closeness\n";
    for (int i = 0; i < 600; ++i)
        csv += nameOf(i).toUtf8() + ",p" + QByteArray::number(i) + "@example.org,"
            + (i == 550 ? "9" : "2") + "\n";
    const QString path = write(t.dir(), u"people.csv"_s, csv);
    QByteArray cards = vcards(400);
    cards.chop(QByteArrayView("END:VCARD\r\n").size()); // the last card is cut short
    const QString vcf = write(t.dir(), u"cut.vcf"_s, cards);
    const QString before = tableDump(t.db());

    ImportService service(t.db());
    service.setStreamSizes(1000, 100);
    QString error;
    bool fileError = false;
    EXPECT_FALSE(service.importFile(
        me, path, ImportFormat::Csv, {}, false, {}, nullptr, &error, &fileError));
    EXPECT_TRUE(fileError);
    EXPECT_EQ(error.toStdString(), "Line 552: closeness “9” is not a number from 0 to 5.");
    EXPECT_EQ(tableDump(t.db()), before);

    EXPECT_FALSE(service.importFile(
        me, vcf, ImportFormat::VCard, {}, false, {}, nullptr, &error, &fileError));
    EXPECT_TRUE(fileError);
    EXPECT_TRUE(error.startsWith(u"Card 400 (line "_s)) << error.toStdString();
    EXPECT_EQ(tableDump(t.db()), before);
}

TEST(ImportStream, AWriteTheDatabaseRefusesHalfwayLeavesItAsItWas)
{
    TempDatabase t;
    const qint64 me = makeCircle(t.db());
    QSqlQuery q(t->connection());
    // The database itself refuses one person far into the file.
    if (t->isServer()) {
        ASSERT_TRUE(q.exec(u"ALTER TABLE person ADD CONSTRAINT refused CHECK (name <> "
                           "'Łukasz Żółć 354')"_s))
            << q.lastError().text().toStdString();
    } else {
        ASSERT_TRUE(q.exec(u"CREATE TRIGGER refused BEFORE INSERT ON person WHEN NEW.name = "
                           "'Łukasz Żółć 354' BEGIN SELECT RAISE(ABORT, 'refused'); END"_s))
            << q.lastError().text().toStdString();
    }
    const QString path = write(t.dir(), u"Connections.csv"_s, linkedIn(700));
    const QString before = tableDump(t.db());
    ImportService service(t.db());
    service.setStreamSizes(4096, 100);
    QString error;
    bool fileError = true;
    EXPECT_FALSE(service.importFile(
        me, path, ImportFormat::LinkedIn, {}, false, {}, nullptr, &error, &fileError));
    EXPECT_FALSE(fileError);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(tableDump(t.db()), before);
}
