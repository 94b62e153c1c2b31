// SPDX-License-Identifier: GPL-3.0-or-later
// The one way exports write files (io/outputfile.h): all or nothing, never over an open
// database (by its name, a symbolic link, a hard link, a linked folder, its -wal and -shm
// files), and a full disk fails the write, says so and leaves the old file as it was.
#include "fulldisk.h"
#include "core/io/imagelimits.h"
#include "core/io/outputfile.h"
#include "core/io/protectedfiles.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;
using namespace atlas::io;

class TestOutputFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    // The stated limit of an image export: 100 million pixels, at the limit allowed.
    void imageLimitIsStated_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("scale");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("said");
        QTest::newRow("10000x10000 at 1x: the limit") << QSize(10000, 10000) << 1.0 << true << "";
        QTest::newRow("10000x10001 at 1x") << QSize(10000, 10001) << 1.0 << false << "100 million";
        QTest::newRow("4K at 3x") << QSize(3840, 2160) << 3.0 << true << "";
        QTest::newRow("largest page at 1x") << QSize(8000, 8000) << 1.0 << true << "";
        QTest::newRow("largest page at 2x")
            << QSize(8000, 8000) << 2.0 << false << "16000 × 16000 pixels, 256 million (977 MB";
        QTest::newRow("largest page at 4x") << QSize(8000, 8000) << 4.0 << false << "1024 million";
        QTest::newRow("a scale that overflows an int")
            << QSize(8000, 8000) << 1e300 << false << "100 million";
        QTest::newRow("NaN scale") << QSize(1600, 900) << qQNaN() << false << "no pixels";
        QTest::newRow("empty") << QSize(0, 900) << 1.0 << false << "no pixels";
    }
    void imageLimitIsStated()
    {
        QFETCH(QSize, size);
        QFETCH(qreal, scale);
        QFETCH(bool, allowed);
        QFETCH(QString, said);
        const QString problem = imageSizeProblem(size, scale);
        QCOMPARE(problem.isEmpty(), allowed);
        QVERIFY2(problem.contains(said), qPrintable(problem));
    }

    void replacesTheFileWhole()
    {
        const QString path = m_dir.filePath(QStringLiteral("table.csv"));
        test::writeFileBytes(path, "old");
        QCOMPARE(writeOutputFile(path, "new contents"), QString());
        QCOMPARE(test::fileBytes(path), QByteArray("new contents"));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("table.csv")});
    }

    void aFolderThatIsNotThereIsAnError()
    {
        const QString error =
            writeOutputFile(m_dir.filePath(QStringLiteral("no/such/table.csv")), "x");
        QVERIFY2(error.startsWith(QStringLiteral("Cannot write ")), qPrintable(error));
    }

    void anOpenDatabaseIsNeverWrittenOver_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("its name") << "name";
        QTest::newRow("a relative name") << "relative";
        QTest::newRow("a symbolic link") << "symlink";
        QTest::newRow("a hard link") << "hardlink";
        QTest::newRow("a linked folder") << "folder";
        QTest::newRow("its -wal file, not there yet") << "wal";
        QTest::newRow("its -shm file") << "shm";
    }
    void anOpenDatabaseIsNeverWrittenOver()
    {
        QFETCH(QString, how);
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("atlas.gpkg"));
        test::writeFileBytes(database, "SQLite format 3");
        test::writeFileBytes(database + QStringLiteral("-shm"), "shared memory");
        QString target;
        if (how == QLatin1String("name")) {
            target = database;
        } else if (how == QLatin1String("relative")) {
            target = QDir::current().relativeFilePath(database);
        } else if (how == QLatin1String("symlink")) {
            target = dir.filePath(QStringLiteral("chart.svg"));
            QVERIFY(QFile::link(database, target));
        } else if (how == QLatin1String("hardlink")) {
            target = dir.filePath(QStringLiteral("chart.png"));
            if (!test::makeHardLink(database, target))
                QSKIP("hard links are told apart by inode, on Unix only");
        } else if (how == QLatin1String("folder")) {
            QVERIFY(QFile::link(dir.path(), m_dir.filePath(QStringLiteral("linked"))));
            target = m_dir.filePath(QStringLiteral("linked/atlas.gpkg"));
        } else if (how == QLatin1String("wal")) {
            target = database + QStringLiteral("-wal");
        } else {
            target = database + QStringLiteral("-shm");
        }
        const QByteArray before = test::fileBytes(database);
        const QByteArray shmBefore = test::fileBytes(database + QStringLiteral("-shm"));
        {
            const ProtectedFile open(database);
            const QString error = writeOutputFile(target, "a picture");
            QVERIFY2(error.contains(QStringLiteral("open database")), qPrintable(error));
            QVERIFY2(error.contains(QDir::toNativeSeparators(target)), qPrintable(error));
            QCOMPARE(test::fileBytes(database), before);
            QCOMPARE(test::fileBytes(database + QStringLiteral("-shm")), shmBefore);
            QVERIFY(!QFile::exists(database + QStringLiteral("-wal")));
            // Other files beside it may be written.
            QCOMPARE(writeOutputFile(dir.filePath(QStringLiteral("atlas.csv")), "x"), QString());
        }
        QFile::remove(m_dir.filePath(QStringLiteral("linked")));
        // Once the database is closed, the name is free again.
        QCOMPARE(writeOutputFile(database, "x"), QString());
    }

    // Small files too: their bytes sit in the buffer until the end, where Qt's QSaveFile does
    // not see a failed write.
    void aFullDiskFailsAndKeepsTheOldFile_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::newRow("small") << 100;
        QTest::newRow("large") << 200000;
    }
    void aFullDiskFailsAndKeepsTheOldFile()
    {
        QFETCH(int, bytes);
        test::FullDisk disk(256);
        if (!disk.isReady())
            QSKIP(qPrintable(disk.whyNot()));
        const QString path = disk.filePath(QStringLiteral("sites.csv"));
        const QByteArray old = "name,lon,lat\r\nAbilene,-99.7,32.4\r\n";
        test::writeFileBytes(path, old);
        disk.fill();
        const QString error = writeOutputFile(path, QByteArray(bytes, 'x'));
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("unchanged")), qPrintable(error));
        QCOMPARE(test::fileBytes(path), old);
        QCOMPARE(disk.entries(),
                 (QStringList{QStringLiteral("filler"), QStringLiteral("sites.csv")}));
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
