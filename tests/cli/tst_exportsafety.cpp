// SPDX-License-Identifier: GPL-3.0-or-later
// Exports from the command line that never lie and never destroy: a full disk fails every
// export (exit 1, a message saying so, the old file unchanged, no temporary file left); an
// --out that is the open database, a link to it or one of its files is refused with the
// database unchanged; hostile names reach the SVG escaped; wrong arguments are refused.
#include "clirun.h"
#include "fulldisk.h"
#include "tempdatabase.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace atlas::test;

namespace {

QByteArray hashOf(const QString& path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

// A name written to break out of an SVG's <title>, an attribute and a formula cell.
const QString kHostile = QStringLiteral("x</title><script>alert(1)</script>\" onload=\"alert(2)");

struct SvgCheck
{
    bool wellFormed = false;
    QString error;
    QStringList elements;   // every element's name
    QStringList attributes; // every attribute's name
    QString title;
    QString description;
    QStringList texts;
};

SvgCheck readSvg(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&file);
    SvgCheck svg;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        svg.elements << xml.name().toString();
        for (const QXmlStreamAttribute& attribute : xml.attributes())
            svg.attributes << attribute.name().toString();
        if (xml.name() == QLatin1String("title") && svg.title.isEmpty())
            svg.title = xml.readElementText();
        else if (xml.name() == QLatin1String("desc") && svg.description.isEmpty())
            svg.description = xml.readElementText();
        else if (xml.name() == QLatin1String("text"))
            svg.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    svg.wellFormed = !xml.hasError();
    svg.error = xml.errorString();
    return svg;
}

} // namespace

class TestExportSafety : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_database; // a copy of the sample, in m_dir

    Run run(const QStringList& arguments) { return runAtlas(QDir(m_dir.path()), arguments); }

    Run runOnDatabase(QStringList arguments)
    {
        arguments.prepend(m_database);
        arguments.prepend(QStringLiteral("--db"));
        return run(arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(run({QStringLiteral("check")}).exitCode == 0); // makes the sample
        m_database = m_dir.filePath(QStringLiteral("atlas.gpkg"));
        QVERIFY(QFile::copy(
            m_dir.filePath(QStringLiteral("data/ComputeAtlas/Compute Atlas/sample-2026-07.gpkg")),
            m_database));
    }

    void aFullDiskFailsTheExport_data()
    {
        QTest::addColumn<QStringList>("arguments"); // FILE for the file on the full disk
        QTest::addColumn<QString>("file");
        const QString out = QStringLiteral("--out");
        QTest::newRow("chart, SVG")
            << QStringList{"export-chart", "gigawatts", out, "FILE"} << "chart.svg";
        QTest::newRow("chart, PNG")
            << QStringList{"export-chart", "all", out, "FILE"} << "chart.png";
        QTest::newRow("map, SVG") << QStringList{"export-map", out, "FILE"} << "map.svg";
        QTest::newRow("map, PNG") << QStringList{"export-map", "--scale", "2", out, "FILE"}
                                  << "map.png";
        QTest::newRow("dashboard, PDF")
            << QStringList{"export-dashboard", out, "FILE"} << "dashboard.pdf";
        QTest::newRow("dashboard, SVG")
            << QStringList{"export-dashboard", out, "FILE"} << "dashboard.svg";
        QTest::newRow("dashboard, PNG")
            << QStringList{"export-dashboard", out, "FILE"} << "dashboard.png";
        QTest::newRow("sites, CSV") << QStringList{"export-sites", "FILE"} << "sites.csv";
        QTest::newRow("links, GeoJSON") << QStringList{"export-links", "FILE"} << "links.geojson";
        // Room for the first 4 KB only: the system takes part of a large write and says
        // nothing (before, a 100 KB SVG became a 4 KB file and "Wrote").
        QTest::newRow("chart, SVG, 4 KB left")
            << QStringList{"export-chart", "money", out, "FILE"} << "part.svg";
        QTest::newRow("map, PNG, 4 KB left")
            << QStringList{"export-map", out, "FILE"} << "part.png";
        QTest::newRow("dashboard, PDF, 4 KB left")
            << QStringList{"export-dashboard", out, "FILE"} << "part.pdf";
        QTest::newRow("sites, CSV, 4 KB left") << QStringList{"export-sites", "FILE"} << "part.csv";
    }
    void aFullDiskFailsTheExport()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, file);
        FullDisk disk(512);
        if (!disk.isReady())
            QSKIP(qPrintable(disk.whyNot()));
        const QString path = disk.filePath(file);
        const QByteArray previous = "the export of last week\n";
        writeFileBytes(path, previous);
        disk.fill(file.startsWith(QLatin1String("part.")) ? 4096 : 0);
        arguments.replaceInStrings(QStringLiteral("FILE"), path);
        const Run result = runOnDatabase(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(!result.out.contains(QStringLiteral("Wrote")), qPrintable(result.out));
        QVERIFY2(result.err.contains(QStringLiteral("No space left on device")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QDir::toNativeSeparators(path)), qPrintable(result.err));
        QCOMPARE(fileBytes(path), previous);
        QStringList left{file, QStringLiteral("filler")};
        left.sort();
        QCOMPARE(disk.entries(), left); // no temporary file
    }

    void theOpenDatabaseIsNeverTheOutput_data()
    {
        QTest::addColumn<QStringList>("arguments"); // FILE for the output
        QTest::addColumn<QString>("how");
        const QString out = QStringLiteral("--out");
        QTest::newRow("map onto its name") << QStringList{"export-map", out, "FILE"} << "name";
        QTest::newRow("chart onto a symbolic link")
            << QStringList{"export-chart", "money", out, "FILE"} << "symlink.svg";
        QTest::newRow("dashboard onto a hard link")
            << QStringList{"export-dashboard", out, "FILE"} << "hardlink.pdf";
        QTest::newRow("dashboard onto its -wal file")
            << QStringList{"export-dashboard", out, "FILE"} << "wal";
        QTest::newRow("sites onto a symbolic link")
            << QStringList{"export-sites", "FILE"} << "symlink.csv";
        QTest::newRow("links onto a hard link")
            << QStringList{"export-links", "FILE"} << "hardlink.geojson";
    }
    void theOpenDatabaseIsNeverTheOutput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, how);
        QString target;
        if (how == QLatin1String("name")) {
            target = m_database;
        } else if (how == QLatin1String("wal")) {
            target = m_database + QStringLiteral("-wal");
        } else if (how.startsWith(QLatin1String("symlink"))) {
            target = m_dir.filePath(how);
            QFile::remove(target);
            QVERIFY(QFile::link(m_database, target));
        } else {
            target = m_dir.filePath(how);
            QFile::remove(target);
            if (!makeHardLink(m_database, target))
                QSKIP("hard links are told apart by inode, on Unix only");
        }
        const QByteArray before = hashOf(m_database);
        arguments.replaceInStrings(QStringLiteral("FILE"), target);
        const Run result = runOnDatabase(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("open database")), qPrintable(result.err));
        QCOMPARE(hashOf(m_database), before);
        QVERIFY(runOnDatabase({QStringLiteral("check")}).exitCode == 0);
        if (how != QLatin1String("name") && how != QLatin1String("wal"))
            QFile::remove(target);
    }

    // Names written to break out of the SVG reach it as text: no script element, no event
    // attribute, the names read back whole.
    void hostileNamesAreTextInTheSvg()
    {
        const QString hostile = m_dir.filePath(QStringLiteral("hostile.gpkg"));
        QVERIFY(QFile::copy(m_database, hostile));
        for (const QString& sql : {QStringLiteral("UPDATE scenarios SET name = ? || ' ' || id"),
                                   QStringLiteral("UPDATE operators SET name = ? || ' ' || id"),
                                   QStringLiteral("UPDATE sites SET name = ? || ' ' || id"),
                                   QStringLiteral("UPDATE claims SET label = ? || ' ' || id"),
                                   QStringLiteral("UPDATE sources SET title = ? || ' ' || id")})
            QCOMPARE(execSql(hostile, sql, {kHostile}), QString());
        const QVariantList ids =
            querySql(hostile, QStringLiteral("SELECT id FROM scenarios ORDER BY id"));
        QVERIFY(!ids.isEmpty());
        const QString scenario = kHostile + QLatin1Char(' ') + ids.first().toString();
        const QString year = QStringLiteral("2027");
        struct Export
        {
            QStringList arguments;
            QString title; // what <title> must read
        };
        const QList<Export> exports = {
            {{QStringLiteral("export-chart"), QStringLiteral("all"), QStringLiteral("--scenario"),
              scenario},
             QStringLiteral("The AI compute build-out: a scenario")},
            {{QStringLiteral("export-map"), QStringLiteral("--scenario"), scenario},
             QStringLiteral("AI data-center sites and fiber links, %1").arg(year)},
            {{QStringLiteral("export-dashboard"), QStringLiteral("--scenario"), scenario},
             QStringLiteral("The AI compute build-out in %1 — %2").arg(year, scenario)},
        };
        for (const Export& each : exports) {
            const QString path = m_dir.filePath(each.arguments.first() + QStringLiteral(".svg"));
            const Run result =
                run(QStringList{QStringLiteral("--db"), hostile} + each.arguments +
                    QStringList{QStringLiteral("--year"), year, QStringLiteral("--out"), path});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            const SvgCheck svg = readSvg(path);
            QVERIFY2(svg.wellFormed,
                     qPrintable(each.arguments.first() + QStringLiteral(": ") + svg.error));
            QVERIFY2(!svg.elements.contains(QStringLiteral("script"), Qt::CaseInsensitive),
                     qPrintable(each.arguments.first()));
            for (const QString& attribute : svg.attributes)
                QVERIFY2(!attribute.startsWith(QLatin1String("on"), Qt::CaseInsensitive),
                         qPrintable(attribute));
            QCOMPARE(svg.title, each.title);
            QVERIFY2(svg.texts.join(QLatin1Char('\n')).contains(kHostile),
                     qPrintable(each.arguments.first()));
            QVERIFY(!fileBytes(path).contains("<script"));
        }
        // The chart's description names the sources, the hostile titles among them, as text.
        const SvgCheck chart = readSvg(m_dir.filePath(QStringLiteral("export-chart.svg")));
        QVERIFY2(chart.description.contains(kHostile), qPrintable(chart.description));
        QVERIFY(
            chart.texts.join(QLatin1Char('\n')).contains(QStringLiteral("Scenario: ") + scenario));
    }

    void anEmptyDatabaseNameIsAMistake()
    {
        for (const QStringList& arguments :
             {QStringList{QStringLiteral("--db"), QString(), QStringLiteral("check")},
              QStringList{QStringLiteral("--db="), QStringLiteral("list-scenarios")},
              QStringList{QStringLiteral("--db"), QString()}}) {
            const Run result = run(arguments);
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(QStringLiteral("--db needs the name of a database file")),
                     qPrintable(result.err));
            QVERIFY(result.out.isEmpty());
        }
    }

    void scaleMustBeANumberInRange_data()
    {
        QTest::addColumn<QString>("scale");
        for (const char* bad : {"nan", "inf", "-inf", "0", "-2", "0.5", "4.5", "1e308", "two"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void scaleMustBeANumberInRange()
    {
        QFETCH(QString, scale);
        const QString out = m_dir.filePath(QStringLiteral("scaled.png"));
        const Run result = runOnDatabase({QStringLiteral("export-map"), QStringLiteral("--scale"),
                                          scale, QStringLiteral("--out"), out});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("from 1 to 4")), qPrintable(result.err));
        QVERIFY(!QFile::exists(out));
    }

    // A PNG over the stated pixel limit is refused before the database is opened: the
    // export that took 4.0 GB now stops at once, with the limit in the message.
    void picturesOverThePixelLimitAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("map 8000x8000 at 4x") << QStringList{
            QStringLiteral("export-map"), QStringLiteral("--size"), QStringLiteral("8000x8000"),
            QStringLiteral("--scale"), QStringLiteral("4")};
        QTest::newRow("chart 8000x8000 at 2x") << QStringList{
            QStringLiteral("export-chart"), QStringLiteral("money"),   QStringLiteral("--size"),
            QStringLiteral("8000x8000"),    QStringLiteral("--scale"), QStringLiteral("2")};
        QTest::newRow("map 4K at 3.5x") << QStringList{
            QStringLiteral("export-map"), QStringLiteral("--size"), QStringLiteral("3840x2160"),
            QStringLiteral("--scale"), QStringLiteral("3.5")};
    }
    void picturesOverThePixelLimitAreRefused()
    {
        QFETCH(QStringList, arguments);
        const QString out = m_dir.filePath(QStringLiteral("huge.png"));
        const Run result = runOnDatabase(arguments + QStringList{QStringLiteral("--out"), out});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("at most 100 million pixels")),
                 qPrintable(result.err));
        QVERIFY(!QFile::exists(out));
    }

    void everyCommandAnswersHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const char* command :
             {"check", "import-sites", "import-links", "export-sites", "export-links",
              "list-scenarios", "export-chart", "export-map", "export-dashboard"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }
    void everyCommandAnswersHelp()
    {
        QFETCH(QString, command);
        const Run result = run({command, QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(
            result.out.startsWith(QStringLiteral("Usage: compute-atlas [--db FILE] ") + command),
            qPrintable(result.out + result.err));
        QVERIFY(result.err.isEmpty());
        if (command.startsWith(QLatin1String("export-")) && !command.endsWith(QLatin1String("s")))
            QVERIFY2(result.out.contains(QStringLiteral("--scale N")) &&
                         result.out.contains(QStringLiteral("--out FILE")),
                     qPrintable(result.out));
    }

    // A database that cannot be made is reported under the name asked for, not the temporary
    // NAME.partial it is built under.
    void messagesNameTheFileAskedFor()
    {
        const QString csv = m_dir.filePath(QStringLiteral("one.csv"));
        writeFileBytes(csv, "name,lon,lat\nOne,1,1\n");
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/new.gpkg"));
        const Run result =
            run({QStringLiteral("--db"), missing, QStringLiteral("import-sites"), csv});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QDir::toNativeSeparators(missing)), qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral(".partial")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestExportSafety)
#include "tst_exportsafety.moc"
