// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The readers on the shared fixtures, field by field, and on files that are broken.
#include "IoTestUtil.h"
#include "TestSupport.h"
#include "io/ContactFile.h"
#include "io/Csv.h"
#include "io/JsonArchive.h"
#include "io/VCardReader.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace outloud;
using namespace outloud::io;
using namespace outloud::test;
using namespace Qt::StringLiterals;

namespace {
QByteArray fixture(const QString& name)
{
    const QByteArray bytes = fileBytes(sharedFixture(name));
    EXPECT_FALSE(bytes.isEmpty()) << name.toStdString();
    return bytes;
}

QByteArray utf16(const QString& text, bool littleEndian)
{
    QStringEncoder encoder(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
        QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}
} // namespace

TEST(LinkedIn, FixtureFieldByField)
{
    const QByteArray bytes = fixture(u"linkedin-Connections.csv"_s);
    EXPECT_EQ(detectFormat(u"Connections.csv"_s, bytes), ImportFormat::LinkedIn);
    const ReadResult r = readLinkedIn(bytes);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.records.size(), 6);

    const Person& ada = r.records.at(0).person;
    EXPECT_EQ(r.records.at(0).line, 5); // after two note lines, a blank line and the header
    EXPECT_EQ(ada.name, u"Ada Okafor"_s);
    EXPECT_EQ(ada.url, u"https://www.linkedin.com/in/ada-okafor-example"_s);
    EXPECT_EQ(ada.email, QString());
    EXPECT_EQ(ada.organization, u"Northwind Traders"_s);
    EXPECT_EQ(ada.role, u"Head of Learning"_s);
    EXPECT_EQ(ada.closeness, 1);
    EXPECT_EQ(ada.channels, u"LinkedIn"_s);
    EXPECT_TRUE(ada.notes.contains(u"2021-03-14"_s)) << ada.notes.toStdString();

    const Person& juergen = r.records.at(1).person;
    EXPECT_EQ(juergen.name, u"Jürgen Müller"_s);
    EXPECT_EQ(juergen.email, u"jm@example.org"_s);
    EXPECT_EQ(juergen.organization, u"Müller, Schmidt & Partner"_s); // comma inside quotes
    EXPECT_EQ(r.records.at(2).person.role, u"Director, People Analytics"_s);
    EXPECT_EQ(r.records.at(3).person.name, u"Luis García Ramos"_s);
    EXPECT_EQ(r.records.at(3).person.organization, u"The \"Open\" Lab"_s); // doubled quotes
    const Person& tom = r.records.at(5).person;
    EXPECT_EQ(tom.name, u"Tom O'Neill"_s);
    EXPECT_EQ(tom.organization, QString());
    EXPECT_EQ(tom.role, u"Freelance facilitator"_s);
    EXPECT_EQ(r.records.at(5).line, 10);
}

TEST(VCard, FixtureFieldByField)
{
    const QByteArray bytes = fixture(u"contacts.vcf"_s);
    EXPECT_EQ(detectFormat(u"contacts.vcf"_s, bytes), ImportFormat::VCard);
    const ReadResult r = readVCards(bytes);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.records.size(), 3);
    const Person& sara = r.records.at(0).person;
    EXPECT_EQ(sara.name, u"Sara Lindqvist"_s);
    EXPECT_EQ(sara.organization, u"Volvo Cars"_s);
    EXPECT_EQ(sara.role, u"Working Out Loud coach"_s);
    EXPECT_EQ(sara.email, u"sara.lindqvist@example.se"_s);
    EXPECT_EQ(sara.url, u"https://example.se/sara"_s);
    // The folded NOTE joins without the fold's line break and its one leading space.
    EXPECT_EQ(sara.notes,
        u"Met at the WOL conference. Runs circles in Gothenburg and wrote a long post about "
        u"building "
        "habits in week 7."_s);
    const Person& kwame = r.records.at(1).person;
    EXPECT_EQ(kwame.name, u"Kwame Mensah"_s);
    EXPECT_EQ(kwame.organization, u"Ashanti Learning Co."_s);
    EXPECT_EQ(kwame.email, u"kwame@example.com"_s);
    EXPECT_TRUE(kwame.notes.contains(u"+233 20 000 0000"_s));
    const Person& anja = r.records.at(2).person;
    EXPECT_EQ(anja.name, u"Anja Müller"_s); // quoted-printable UTF-8
    EXPECT_EQ(anja.organization, u"Bosch"_s);
    EXPECT_EQ(r.records.at(2).line, 3);
    EXPECT_TRUE(r.records.at(2).origin.contains(u"card 3"_s));
}

TEST(VCard, EscapesStructuredNamesQuotedPrintableSoftBreaksAndManyCards)
{
    QByteArray text
        = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane;Q.;;\r\nORG:Smith\\, Jones \\; Co;Unit\r\n"
          "NOTE:one\\ntwo\\, "
          "three\r\nitem1.EMAIL;TYPE=\"work,pref\":jane@example.org\r\nEND:VCARD\r\n";
    text += "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Ren=E9 "
            "Fran=\r\n=E7ois\r\n"
            "NOTE;QUOTED-PRINTABLE:line=0D=0Anext\r\nEND:VCARD\r\n";
    for (int i = 0; i < 50; ++i)
        text += "BEGIN:VCARD\nVERSION:4.0\nFN:Person " + QByteArray::number(i) + "\nEND:VCARD\n";
    const ReadResult r = readVCards(text);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.records.size(), 52);
    EXPECT_EQ(r.records.at(0).person.name, u"Jane Q. Doe"_s);
    EXPECT_EQ(r.records.at(0).person.organization, u"Smith, Jones ; Co"_s);
    EXPECT_EQ(r.records.at(0).person.notes, u"one\ntwo, three"_s);
    EXPECT_EQ(r.records.at(0).person.email, u"jane@example.org"_s);
    EXPECT_EQ(r.records.at(1).person.name, u"René François"_s);
    EXPECT_EQ(r.records.at(1).person.notes, u"line\r\nnext"_s);
    EXPECT_EQ(r.records.at(51).person.name, u"Person 49"_s);
}

TEST(Encoding, BomsUtf16AndLatin1Fallback)
{
    const QString csv = u"Name,Company\r\nJürgen Müller,Zoë & Co\r\n"_s;
    for (const QByteArray& bytes : {csv.toUtf8(), QByteArray("\xEF\xBB\xBF") + csv.toUtf8(),
             utf16(csv, true), utf16(csv, false), csv.toLatin1()}) {
        const CsvTable t = parseCsv(bytes);
        ASSERT_TRUE(t.ok()) << t.error.toStdString();
        ASSERT_EQ(t.rows.size(), 2);
        EXPECT_EQ(t.rows.at(0).fields.at(0), u"Name"_s); // no BOM left in the first header
        EXPECT_EQ(t.rows.at(1).fields, (QStringList {u"Jürgen Müller"_s, u"Zoë & Co"_s}));
    }
    EXPECT_EQ(parseCsv(utf16(csv, true)).encoding, Encoding::Utf16LE);
    EXPECT_EQ(parseCsv(utf16(csv, false)).encoding, Encoding::Utf16BE);
    EXPECT_EQ(parseCsv(csv.toLatin1()).encoding, Encoding::Latin1);

    // Forcing UTF-8 on Latin-1 bytes names the line; forcing Latin-1 on UTF-8 is allowed.
    CsvOptions forced;
    forced.encoding = Encoding::Utf8;
    const CsvTable wrong = parseCsv(csv.toLatin1(), forced);
    EXPECT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.errorLine, 2);
    EXPECT_TRUE(wrong.error.contains(u"Line 2"_s)) << wrong.error.toStdString();
    forced.encoding = Encoding::Latin1;
    EXPECT_EQ(parseCsv(csv.toUtf8(), forced).rows.at(1).fields.at(0), u"JÃ¼rgen MÃ¼ller"_s);
}

TEST(Csv, Rfc4180QuotingLineBreaksAndLineNumbers)
{
    const QByteArray bytes
        = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\r\nlast,,\"\"\r\n";
    const CsvTable t = parseCsv(bytes);
    ASSERT_TRUE(t.ok()) << t.error.toStdString();
    ASSERT_EQ(t.rows.size(), 3);
    EXPECT_EQ(t.rows.at(1).fields, (QStringList {u"x, y"_s, u"say \"hi\""_s, u"two\nlines"_s}));
    EXPECT_EQ(t.rows.at(1).line, 2);
    EXPECT_EQ(t.rows.at(2).line,
        5); // the record with the line break spans lines 2 and 3, then a blank line
    EXPECT_EQ(t.rows.at(2).fields, (QStringList {u"last"_s, QString(), QString()}));

    // Writing and reading again gives the same fields.
    const QStringList hard = {
        u"plain"_s, u"com,ma"_s, u"quo\"te"_s, u"new\nline"_s, u" padded "_s, QString(), u"Ünï"_s};
    const CsvTable again = parseCsvText(csvRecord(hard) + csvRecord(hard));
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again.rows.size(), 2);
    EXPECT_EQ(again.rows.at(1).fields, hard);
}

TEST(Csv, DelimiterAndQuoteDetectionCanBeOverridden)
{
    const QByteArray semicolons
        = "Name;Company;Notes\nAda;Northwind;\"likes, commas\"\nBo;Contoso;x\n";
    const CsvTable t = parseCsv(semicolons);
    EXPECT_EQ(t.delimiter, QChar(u';'));
    EXPECT_EQ(t.rows.at(1).fields.at(2), u"likes, commas"_s);
    EXPECT_EQ(parseCsv("a\tb\tc\n1\t2\t3\n").delimiter, QChar(u'\t'));
    EXPECT_EQ(parseCsv("a|b\n1|2\n").delimiter, QChar(u'|'));
    CsvOptions comma;
    comma.delimiter = u',';
    EXPECT_EQ(parseCsv(semicolons, comma).rows.at(0).fields.size(), 1);
    CsvOptions single;
    single.quote = u'\'';
    EXPECT_EQ(parseCsv("a,'b,c'\n", single).rows.at(0).fields, (QStringList {u"a"_s, u"b,c"_s}));
    CsvOptions none;
    none.noQuoting = true;
    EXPECT_EQ(parseCsv("\"a,b\"\n", none).rows.at(0).fields, (QStringList {u"\"a"_s, u"b\""_s}));
}

TEST(Csv, MappingIsGuessedFromHeadersAndNamesAreJoined)
{
    const QByteArray bytes
        = "Given Name,Surname,E-mail Address,Organisation,Job Title,Notes,Closeness,Extra\n"
          "Ada,Okafor,ada@example.org,Northwind,Lead,  indented note,3,ignored\n";
    const CsvTable t = parseCsv(bytes);
    const CsvMapping m = guessMapping(t.rows.at(0).fields);
    EXPECT_EQ(m.columns,
        (QList<CsvField> {CsvField::FirstName, CsvField::LastName, CsvField::Email,
            CsvField::Organization, CsvField::Role, CsvField::Notes, CsvField::Closeness,
            CsvField::Ignore}));
    const ReadResult r = readCsvContacts(t, m);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.records.size(), 1);
    EXPECT_EQ(r.records.at(0).person.name, u"Ada Okafor"_s);
    EXPECT_EQ(r.records.at(0).person.notes, u"  indented note"_s);
    EXPECT_EQ(r.records.at(0).person.closeness, 3);
    EXPECT_EQ(r.records.at(0).line, 2);

    const CsvTable bad = parseCsv("Name,Closeness\nAda,7\n");
    const ReadResult badResult = readCsvContacts(bad, guessMapping(bad.rows.at(0).fields));
    EXPECT_FALSE(badResult.ok());
    EXPECT_EQ(badResult.errorLine, 2);
    EXPECT_FALSE(
        readCsvContacts(bad, CsvMapping {true, {CsvField::Ignore, CsvField::Closeness}}).ok());
}

// The corpus of broken files: each is an error naming its line or card, or a sane result.
TEST(BrokenFiles, TruncatedAndUnbalancedQuotesNameTheLine)
{
    const QByteArray full = fixture(u"linkedin-Connections.csv"_s);
    const qsizetype cut = full.indexOf("\"The ") + 7; // inside a quoted field on line 8
    const ReadResult truncated = readLinkedIn(full.left(cut));
    EXPECT_FALSE(truncated.ok());
    EXPECT_EQ(truncated.errorLine, 8);
    EXPECT_TRUE(truncated.error.contains(u"Line 8"_s)) << truncated.error.toStdString();
    EXPECT_TRUE(truncated.records.isEmpty());

    const CsvTable unbalanced
        = parseCsv("Name,Company\nAda,\"Northwind\nBo,Contoso\nCy,Fabrikam\n");
    EXPECT_FALSE(unbalanced.ok());
    EXPECT_EQ(unbalanced.errorLine, 2);

    // Truncated in the middle of a UTF-16 character.
    const QByteArray u16 = utf16(u"Name\nAda\n"_s, true);
    EXPECT_FALSE(parseCsv(u16.left(u16.size() - 1)).ok());
    // UTF-16 without a byte order mark is not guessed at.
    EXPECT_FALSE(parseCsv(u16.mid(2)).ok());
}

TEST(BrokenFiles, BinaryGarbageIsRefusedOrReadSanely)
{
    QRandomGenerator random(42);
    for (int round = 0; round < 20; ++round) {
        QByteArray garbage(4096 + round * 100, '\0');
        for (char& c : garbage)
            c = char(random.bounded(256));
        if (round % 2 == 1)
            garbage.replace('\0', 'x'); // no NULs: must still not crash or hang
        for (ImportFormat f : {ImportFormat::LinkedIn, ImportFormat::Csv, ImportFormat::VCard}) {
            const ReadResult r = readContacts(garbage, f);
            if (round % 2 == 0) {
                EXPECT_FALSE(r.ok());
            }
            if (!r.ok()) {
                EXPECT_FALSE(r.error.isEmpty());
                EXPECT_TRUE(r.records.isEmpty());
            }
        }
        Archive a;
        QString error;
        EXPECT_FALSE(json::parse(garbage, &a, &error));
        EXPECT_FALSE(error.isEmpty());
    }
    // A PNG header is binary, not a CSV.
    const ReadResult png
        = readContacts(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), ImportFormat::Csv);
    EXPECT_FALSE(png.ok());
    EXPECT_GT(png.errorLine, 0);
}

TEST(BrokenFiles, HugeFieldIsAnErrorWithItsLine)
{
    QByteArray bytes = "Name,Notes\nAda,short\nBo,\"";
    bytes += QByteArray(10 * 1024 * 1024, 'x');
    bytes += "\"\n";
    const ReadResult r = readContacts(bytes, ImportFormat::Csv);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errorLine, 3);
    EXPECT_TRUE(r.error.contains(u"Line 3"_s)) << r.error.left(200).toStdString();

    QByteArray card = "BEGIN:VCARD\nVERSION:3.0\nFN:Ada\nNOTE:" + QByteArray(10 * 1024 * 1024, 'y')
        + "\nEND:VCARD\n";
    const ReadResult v = readVCards(card);
    EXPECT_FALSE(v.ok());
    EXPECT_EQ(v.errorLine, 4);
    // A large photo is passed over, not refused.
    QByteArray photo = "BEGIN:VCARD\nVERSION:3.0\nFN:Bo\nPHOTO;ENCODING=b:"
        + QByteArray(3 * 1024 * 1024, 'A') + "\nEND:VCARD\n";
    const ReadResult withPhoto = readVCards(photo);
    ASSERT_TRUE(withPhoto.ok()) << withPhoto.error.toStdString();
    EXPECT_EQ(withPhoto.records.at(0).person.name, u"Bo"_s);
}

TEST(BrokenFiles, HundredThousandRowsAreReadWhole)
{
    QByteArray bytes = "Name,Email,Company\n";
    bytes.reserve(100'000 * 40);
    for (int i = 0; i < 100'000; ++i)
        bytes += "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i)
            + "@example.org,Org\n";
    const ReadResult r = readContacts(bytes, ImportFormat::Csv);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.records.size(), 100'000);
    EXPECT_EQ(r.records.last().person.name, u"Person 99999"_s);
    EXPECT_EQ(r.records.last().line, 100'001);
}

TEST(BrokenFiles, TooManyLinesOrValuesAreRefused)
{
    QByteArray lines = "Name\n";
    for (int i = 0; i < 300'000; ++i)
        lines += "x\n";
    const CsvTable many = parseCsv(lines);
    EXPECT_FALSE(many.ok());
    EXPECT_EQ(many.errorLine, 250'001);
    EXPECT_TRUE(many.rows.isEmpty());
    const CsvTable wide = parseCsv(QByteArray(2000, ',') + "\n");
    EXPECT_FALSE(wide.ok());
    EXPECT_EQ(wide.errorLine, 1);
}

TEST(BrokenFiles, CardWithoutEndNamesTheCard)
{
    const QByteArray good = fixture(u"contacts.vcf"_s);
    // Cut after card 2's TEL line: card 2 never ends.
    const QByteArray cut = good.left(good.indexOf("\n", good.indexOf("TEL;")) + 1);
    const ReadResult r = readVCards(cut);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(u"Card 2"_s)) << r.error.toStdString();
    EXPECT_EQ(r.errorLine, 12); // card 2 begins on line 12

    QByteArray nested = good;
    nested.replace("END:VCARD\nBEGIN:VCARD\nVERSION:4.0", "BEGIN:VCARD\nVERSION:4.0");
    const ReadResult n = readVCards(nested);
    EXPECT_FALSE(n.ok());
    EXPECT_TRUE(n.error.contains(u"Card 1"_s)) << n.error.toStdString();

    const ReadResult notACard = readVCards("Name,Company\nAda,Northwind\n");
    EXPECT_FALSE(notACard.ok());
    EXPECT_EQ(notACard.errorLine, 1);
    EXPECT_FALSE(readVCards("").ok());
    EXPECT_FALSE(readVCards(QByteArray(20 * 1024 * 1024, '\n')).ok()); // nothing but line breaks
    QByteArray blankLines = good;
    blankLines.replace("END:VCARD\n", "END:VCARD\n\n\r\n   \n");
    EXPECT_EQ(readVCards(blankLines).records.size(), 3);
    const ReadResult badProperty = readVCards("BEGIN:VCARD\nFN:Ada\nno colon here\nEND:VCARD\n");
    EXPECT_FALSE(badProperty.ok());
    EXPECT_EQ(badProperty.errorLine, 3);
}

TEST(BrokenFiles, JsonErrorsNameTheLineOrTable)
{
    Archive a;
    QString error;
    EXPECT_FALSE(json::parse("{\"format\":\"outloud\",\n\"tables\":[\n", &a, &error));
    EXPECT_TRUE(error.contains(u"Line 3"_s)) << error.toStdString();
    EXPECT_FALSE(json::parse("[1,2]", &a, &error));
    EXPECT_FALSE(
        json::parse("{\"format\":\"outloud\",\"formatVersion\":1,\"schemaVersion\":1,\"tables\":"
                    "[{\"name\":\"person\",\"columns\":[\"id\",\"name\"],\"rows\":[[1]]}]}",
            &a, &error));
    EXPECT_TRUE(error.contains(u"row 1"_s)) << error.toStdString();
    EXPECT_FALSE(
        json::parse("{\"format\":\"outloud\",\"formatVersion\":1,\"schemaVersion\":1,\"tables\":"
                    "[{\"name\":\"x; DROP TABLE person\",\"columns\":[\"id\"],\"rows\":[]}]}",
            &a, &error));
    EXPECT_FALSE(
        json::parse("{\"format\":\"outloud\",\"formatVersion\":1,\"schemaVersion\":1,\"tables\":"
                    "[{\"name\":\"person\",\"columns\":[\"id\"],\"rows\":[[1.5]]}]}",
            &a, &error));
}
