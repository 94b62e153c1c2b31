// SPDX-License-Identifier: GPL-3.0-or-later
// The compute-atlas binary without a window: --version, --help, check, and its exit codes.
#include "clirun.h"
#include "db/migrations.h"
#include "tempdatabase.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas::test;

class TestCommandLine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    Run run(const QStringList& arguments) { return runAtlas(QDir(m_dir.path()), arguments); }

private Q_SLOTS:
    void versionNeedsNoDisplay()
    {
        const Run result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("Compute Atlas 0.")), qPrintable(result.out));
    }

    void helpListsCommands()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("--db <FILE>")));
        QVERIFY(result.out.contains(QStringLiteral("check")));
    }

    void checkOfTheSampleIsHealthy()
    {
        const Run result = run({QStringLiteral("check")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Integrity:      ok")), qPrintable(result.out + result.err));
        QVERIFY(result.out.contains(QStringLiteral("Schema version: 3")));
        QVERIFY(
            QRegularExpression(QStringLiteral("\\n  sites +85\\n")).match(result.out).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("\\n  site_phases +449\\n"))
                    .match(result.out)
                    .hasMatch());
        QVERIFY(QFile::exists(
            m_dir.filePath(QStringLiteral("data/ComputeAtlas/Compute Atlas/sample-2026-07.gpkg"))));
    }

    void checkOfAMissingFileFails()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.gpkg"));
        const Run result = run({QStringLiteral("--db"), missing, QStringLiteral("check")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("There is no database")));
        QVERIFY(!QFile::exists(missing));
    }

    void checkOfACorruptFileFailsAndSaysWhy()
    {
        const QString sample =
            m_dir.filePath(QStringLiteral("data/ComputeAtlas/Compute Atlas/sample-2026-07.gpkg"));
        run({QStringLiteral("check")}); // makes the sample
        const QString copy = m_dir.filePath(QStringLiteral("damaged.gpkg"));
        QVERIFY(QFile::copy(sample, copy));
        const int root = querySql(copy, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'site_phases'"))
                             .value(0).toInt();
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(root - 1) * 4096));
        file.write(QByteArray(100, '\xee'));
        file.close();
        const FileFingerprint before = fingerprint(copy);
        const Run result = run({QStringLiteral("--db"), copy, QStringLiteral("check")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("integrity check")), qPrintable(result.err));
        QCOMPARE(fingerprint(copy), before);
    }

    // The index behind the site names no longer matches the table: quick_check passed it, and
    // a later import failed as "malformed". check runs integrity_check, says it in words, and
    // writes nothing.
    void checkFindsADamagedIndex()
    {
        const QString sample =
            m_dir.filePath(QStringLiteral("data/ComputeAtlas/Compute Atlas/sample-2026-07.gpkg"));
        run({QStringLiteral("check")}); // makes the sample
        const QString copy = m_dir.filePath(QStringLiteral("damaged-index.gpkg"));
        QVERIFY(QFile::copy(sample, copy));
        QCOMPARE(damageSiteNameIndex(copy), QString());
        const FileFingerprint before = fingerprint(copy);
        const Run result = run({QStringLiteral("--db"), copy, QStringLiteral("check")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.contains(QStringLiteral("Integrity:      FAILED")));
        QVERIFY2(result.err.contains(QStringLiteral(
                     "problem: The index of sites by name (sqlite_autoindex_sites_1) "
                     "does not match its table: 85 rows are missing from it")),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(
            QStringLiteral("Its rows are intact: rebuilding its indexes repairs it")));
        QCOMPARE(fingerprint(copy), before);
    }

    // Nothing is created, set up or upgraded: the bytes, the modification time and the
    // companion files stay as they were.
    void checkWritesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("0 bytes") << QStringLiteral("empty") << 1
                                 << QStringLiteral("is empty (0 bytes)");
        QTest::newRow("schema version 1")
            << QStringLiteral("v1") << 0
            << QStringLiteral("Schema version: 1 (older: this Compute Atlas uses "
                              "version 3, and opening the file in it upgrades the file");
        QTest::newRow("healthy") << QStringLiteral("healthy") << 0
                                 << QStringLiteral("Integrity:      ok");
    }

    void checkWritesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const QString file = m_dir.filePath(QStringLiteral("untouched-%1.gpkg").arg(kind));
        if (kind == QLatin1String("empty")) {
            QFile(file).open(QIODevice::WriteOnly);
        } else if (kind == QLatin1String("v1")) {
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
                db.setDatabaseName(file);
                QVERIFY(db.open());
                QCOMPARE(atlas::db::migrate(db, 0, atlas::db::migrations().mid(0, 1)), QString());
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        } else {
            run({QStringLiteral("check")}); // makes the sample
            QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral(
                                    "data/ComputeAtlas/Compute Atlas/sample-2026-07.gpkg")),
                                file));
        }
        const FileFingerprint before = fingerprint(file);
        QTest::qWait(20); // a write would show in the modification time too
        const Run result = run({QStringLiteral("--db"), file, QStringLiteral("check")});
        QCOMPARE(result.exitCode, exitCode);
        const QString said = result.out + result.err;
        QVERIFY2(said.contains(says), qPrintable(said));
        QCOMPARE(fingerprint(file), before);
    }

    void exportsDrawFilesAndSayWhatIsWrong()
    {
        run({QStringLiteral("check")}); // makes the sample
        const Run scenarios = run({QStringLiteral("list-scenarios")});
        QCOMPARE(scenarios.exitCode, 0);
        const QString first = scenarios.out.section(QLatin1Char('\n'), 0, 0).section(QLatin1Char('\t'), 0, 0);
        QVERIFY(!first.isEmpty());

        const QString chart = m_dir.filePath(QStringLiteral("gw.svg"));
        Run result = run({QStringLiteral("export-chart"), QStringLiteral("gigawatts"), QStringLiteral("--scenario"), first,
                          QStringLiteral("--out"), chart});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFile(chart).size() > 10000);

        const QString map = m_dir.filePath(QStringLiteral("map.png"));
        result = run({QStringLiteral("export-map"), QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--out"), map});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QImage(map).size(), QSize(1600, 1000));
        // The map as a one-page PDF too, as the dashboard is (tst_map compares its pixels).
        const QString mapPdf = m_dir.filePath(QStringLiteral("map.pdf"));
        result = run({QStringLiteral("export-map"), QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--out"), mapPdf});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile pdf(mapPdf);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        const QString dashboard = m_dir.filePath(QStringLiteral("dashboard.png"));
        result = run({QStringLiteral("export-dashboard"), QStringLiteral("--scenario"), first, QStringLiteral("--size"),
                      QStringLiteral("4:3"), QStringLiteral("--theme"), QStringLiteral("dark"), QStringLiteral("--out"), dashboard});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QImage page(dashboard);
        QCOMPARE(page.size(), QSize(1600, 1200));
        QVERIFY(page.pixelColor(5, 5).lightness() < 40); // dark

        // Wrong use: exit code 2 and what to do; a scenario that is not there: 1.
        result = run({QStringLiteral("export-dashboard"), QStringLiteral("--out"), dashboard, QStringLiteral("--theme"), QStringLiteral("sepia")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("light or dark")));
        result = run({QStringLiteral("export-chart"), QStringLiteral("pie"), QStringLiteral("--out"), chart});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("cluster-size")));
        result = run({QStringLiteral("export-dashboard"), QStringLiteral("--scenario"), QStringLiteral("No such"), QStringLiteral("--out"), dashboard});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("list-scenarios")));
        result = run({QStringLiteral("export-dashboard"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("dashboard.doc"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral(".pdf")));
    }

    // export-map draws no selection unless --highlight names a site: then its ring (in the
    // selection's colour) and its name in bold.
    void exportMapHighlightsASiteOnlyWhenAsked()
    {
        run({QStringLiteral("check")}); // makes the sample
        const QString name = QStringLiteral("Anthropic-Amazon New Carlisle");
        const auto exported = [this](const QString& file, QStringList more) {
            const QString path = m_dir.filePath(file);
            const Run result = run(QStringList{QStringLiteral("export-map"), QStringLiteral("--year"),
                                               QStringLiteral("2027"), QStringLiteral("--out"), path} +
                                   more);
            QFile svg(path);
            return result.exitCode == 0 && svg.open(QIODevice::ReadOnly) ? QString::fromUtf8(svg.readAll())
                                                                          : result.err;
        };
        const QString ring = QStringLiteral("stroke=\"#ffa600\""); // MapPalette::light().selection
        const QRegularExpression boldName(
            QStringLiteral("font-weight=\"(bold|[6-9]00)\"[^>]*>[^<]*>?%1").arg(name));
        const QString plain = exported(QStringLiteral("plain.svg"), {});
        QVERIFY2(plain.startsWith(QStringLiteral("<?xml")), qPrintable(plain.left(200)));
        QVERIFY(!plain.contains(ring));
        QVERIFY(!plain.contains(boldName));
        QVERIFY(plain.contains(QLatin1Char('>') + name)); // named, as one of the largest
        const QString highlighted =
            exported(QStringLiteral("highlighted.svg"), {QStringLiteral("--highlight"), name});
        QVERIFY2(highlighted.contains(ring), qPrintable(highlighted.left(200)));
        QVERIFY(highlighted.contains(boldName));

        Run result = run({QStringLiteral("export-map"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.svg")),
                          QStringLiteral("--highlight"), QStringLiteral("No such site")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("No such site")), qPrintable(result.err));
        result = run({QStringLiteral("export-dashboard"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.svg")),
                      QStringLiteral("--highlight"), name});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("export-map")), qPrintable(result.err));
    }

    void unknownCommandIsAUsageError()
    {
        const Run result = run({QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("Unknown command")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
