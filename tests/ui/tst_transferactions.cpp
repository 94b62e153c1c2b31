// SPDX-License-Identifier: GPL-3.0-or-later
// Files in and out through the window, offscreen, on a copy of the sample database: an import
// previews its problems by row and column and writes one undoable command whose rows really
// are in the file, Epoch AI's release likewise, a cancelled write leaves the file as it was,
// and export writes what the table shows.
#include "ui/tables/datatables.h"
#include "ui/database/databaseactions.h"
#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "ui/forms/editactions.h"
#include "ui/transfer/epochimportdialog.h"
#include "ui/transfer/importdialog.h"
#include "ui/transfer/transferactions.h"
#include "ui/transfer/writeprogressdialog.h"
#include "ui/forms/chipsdialog.h"
#include "ui/forms/linkform.h"
#include "ui/forms/referencepicker.h"
#include "ui/forms/simpleforms.h"
#include "ui/forms/siteform.h"
#include "ui/forms/sourcelisteditor.h"
#include "ui/map/mapwidget.h"
#include "core/models/chipeditmodel.h"
#include "core/models/phaseeditmodel.h"
#include "core/models/sitefiltermodel.h"
#include "core/models/sitetablemodel.h"
#include "db/sampledatabase.h"
#include "screenshots.h"
#include "typeinto.h"
#include "ui/sites/sitespanel.h"
#include "db/sqlitestore.h"
#include "db/sqlitestorefactory.h"
#include "ui/window/mainwindow.h"
#include "core/undo/execute.h"
#include "editingwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace atlas;
using atlas::test::typeInto;
using atlas::test::keepScreenshot;
using namespace atlas::test;

class TestTransferActions : public QObject, protected EditingWindow
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString error = findSample("tst_transferactions");
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // Every test edits a fresh copy of the sample.
    void init() { QVERIFY(openCopy()); }
    void cleanup() { closeWindow(); }

    void importPreviewListsProblemsByRowAndColumn()
    {
        const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,lon,lat,status\r\nGood One,-97,32,operating\r\nToo North,-97,95,building\r\n\"Comma, Inc\",x,30,\r\n");
        file.close();
        ImportDialog* dialog = transfer()->importFile(io::ImportKind::Sites, csv);
        QVERIFY(dialog);
        QVERIFY(!dialog->importButton()->isEnabled());
        QTableWidget* issues = dialog->table();
        QCOMPARE(issues->rowCount(), 2);
        QCOMPARE(issues->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(issues->item(0, 1)->text(), QStringLiteral("lat"));
        QVERIFY(issues->item(0, 2)->text().contains(QStringLiteral("-90")));
        QCOMPARE(issues->item(1, 0)->text(), QStringLiteral("4"));
        QCOMPARE(issues->item(1, 1)->text(), QStringLiteral("lon"));
        keepScreenshot(dialog, QStringLiteral("import-problems"));
        dialog->accept(); // Import is refused
        QVERIFY(dialog->isVisible());
        dialog->reject();
        QCOMPARE(document()->undoStack()->count(), 0);
    }

    void importWritesAllRowsAsOneUndoableCommand()
    {
        const QString geojson = m_dir.filePath(QStringLiteral("new.geojson"));
        QFile file(geojson);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","geometry":{"type":"Point","coordinates":[-96.8,32.8]},
             "properties":{"name":"Dallas Şite ‘A’","operator":"New Co","status":"building","planned_mw":300}},
            {"type":"Feature","geometry":{"type":"Point","coordinates":[-112.07,33.45]},
             "properties":{"name":"Phoenix; B","operator":"New Co"}}]})");
        file.close();
        const qsizetype before = reloaded(m_path).sites.size();
        ImportDialog* dialog = transfer()->importFile(io::ImportKind::Sites, geojson);
        QVERIFY(dialog);
        QVERIFY(dialog->importButton()->isEnabled());
        QCOMPARE(dialog->table()->rowCount(), 2);
        QCOMPARE(dialog->table()->item(0, 2)->text(), QStringLiteral("Dallas Şite ‘A’"));
        QVERIFY(dialog->summaryText().contains(QStringLiteral("2 new")));
        keepScreenshot(dialog, QStringLiteral("import-preview"));
        dialog->accept();
        const Dataset after = reloaded(m_path);
        QCOMPARE(after.sites.size(), before + 2);
        QVERIFY(after.siteByName(QStringLiteral("Phoenix; B")));
        QVERIFY(after.operatorByName(QStringLiteral("New Co")));
        QCOMPARE(document()->undoStack()->count(), 1);
        document()->undoStack()->undo();
        QCOMPARE(reloaded(m_path).sites.size(), before);
        QVERIFY(!reloaded(m_path).operatorByName(QStringLiteral("New Co")));
    }

    void epochImportPreviewsThenWritesOneUndoableChange()
    {
        const QString release = QString::fromLocal8Bit(qgetenv("ATLAS_SOURCE_DIR")) +
                                QStringLiteral("/resources/epoch/2026-07");
        // Into a new database (the sample already is this release).
        m_path = m_dir.filePath(QStringLiteral("epoch-%1.gpkg").arg(m_copies));
        QCOMPARE(db::createCatalogueDatabase(m_path), QString());
        QVERIFY(m_window->databaseActions()->openPath(m_path));
        const qsizetype before = reloaded(m_path).sites.size();
        EpochImportDialog* dialog =
            transfer()->importEpoch(release + QStringLiteral("/data_centers.csv"));
        QVERIFY(dialog);
        QVERIFY2(dialog->importButton()->isEnabled(), qPrintable(dialog->summaryText()));
        QCOMPARE(dialog->asOfEdit()->date(), QDate(2026, 7, 17)); // the release's own date
        QCOMPARE(dialog->plan().added, 84);
        QCOMPARE(dialog->table()->rowCount(), int(dialog->plan().sites.size()));
        QVERIFY(dialog->summaryText().contains(QStringLiteral("new site")));
        keepScreenshot(dialog, QStringLiteral("epoch-import"));
        // An earlier "as of" makes more of the timeline a projection; the preview follows.
        dialog->asOfEdit()->setDate(QDate(2024, 1, 1));
        QCOMPARE(dialog->plan().asOf, QDate(2024, 1, 1));
        dialog->asOfEdit()->setDate(QDate(2026, 7, 17));
        const int added = dialog->plan().added;
        dialog->accept();
        QCOMPARE(reloaded(m_path).sites.size(), before + added);
        QCOMPARE(document()->undoStack()->count(), 1);
        document()->undoStack()->undo();
        QCOMPARE(reloaded(m_path).sites.size(), before);
        document()->undoStack()->redo();
        QCOMPARE(reloaded(m_path).sites.size(), before + added);
        // Importing it again: nothing to update, and Import says so by staying off.
        EpochImportDialog* again = transfer()->importEpoch(release);
        QVERIFY(again);
        QVERIFY(!again->importButton()->isEnabled());
        QVERIFY(again->summaryText().contains(QStringLiteral("Nothing to update")));
        again->reject();
    }

    void cancelledWriteLeavesTheFileAsItWas()
    {
        const Dataset before = reloaded(m_path);
        ChangeSet many(QStringLiteral("Many"));
        for (int i = 0; i < 3000; ++i) {
            Site site;
            site.name = QStringLiteral("Batch %1").arg(i);
            site.lon = -100 + i * 0.001;
            site.lat = 35;
            many.upsert(site);
        }
        WriteProgressDialog progress(m_window.get(), QStringLiteral("Importing…"));
        progress.dialog()->cancel(); // as if Cancel was pressed while it ran
        const WriteResult result = undo::execute(*document(), many, many.description(), progress.callback());
        QVERIFY(result.cancelled);
        QCOMPARE(reloaded(m_path).sites.size(), before.sites.size());
        QCOMPARE(document()->undoStack()->count(), 0);
    }

    void exportWritesWhatTheTableShows()
    {
        m_window->sitesPanel()->filterModel()->setSearchText(QStringLiteral("microsoft"));
        const QVector<Id> shown = m_window->sitesPanel()->visibleSiteIds();
        QVERIFY(shown.size() >= 2);
        QVERIFY(shown.size() < document()->dataset().sites.size());
        const QString out = m_dir.filePath(QStringLiteral("microsoft.csv"));
        QVERIFY(transfer()->exportVisible(io::ImportKind::Sites, out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), shown.size() + 1); // the header and one line per site shown
        for (const QByteArray& line : lines.mid(1))
            QVERIFY(line.contains("Microsoft"));
    }
};

QTEST_MAIN(TestTransferActions)
#include "tst_transferactions.moc"
