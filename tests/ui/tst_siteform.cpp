// SPDX-License-Identifier: GPL-3.0-or-later
// The site form through the window, offscreen, on a copy of the sample database: problems
// shown at the field and nothing invalid saved, the phase table, sites taken off the map and
// put back, a mixed fleet edited in the Chips dialog.
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

class TestSiteForm : public QObject, protected EditingWindow
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString error = findSample("tst_siteform");
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // Every test edits a fresh copy of the sample.
    void init() { QVERIFY(openCopy()); }
    void cleanup() { closeWindow(); }

    void siteFormShowsProblemsAtTheFieldAndSavesNothingInvalid()
    {
        const qsizetype before = reloaded(m_path).sites.size();
        SiteForm* form = edit()->openSiteForm(0);
        QVERIFY(form);
        QVERIFY(form->isVisible());
        QVERIFY(!form->isModal()); // the map stays usable for Shift+click
        // Untouched fields do not shout.
        QVERIFY(form->shownError(QStringLiteral("name")).isEmpty());

        typeInto(form->fieldEditor(QStringLiteral("name")),
                 QStringLiteral("colossus 1")); // differs in case only
        typeInto(form->fieldEditor(QStringLiteral("lat")), QStringLiteral("95"));
        typeInto(form->fieldEditor(QStringLiteral("lon")), QStringLiteral("west"));
        typeInto(form->fieldEditor(QStringLiteral("planned_mw")), QStringLiteral("-20"));
        QVERIFY2(form->shownError(QStringLiteral("name"))
                     .contains(QStringLiteral("already a site named \"Colossus 1\"")),
                 qPrintable(form->shownError(QStringLiteral("name"))));
        QVERIFY(form->shownError(QStringLiteral("lat")).contains(QStringLiteral("-90")));
        QCOMPARE(form->shownError(QStringLiteral("lon")), QStringLiteral("\"west\" is not a number."));
        QVERIFY(form->shownError(QStringLiteral("planned_mw")).contains(QStringLiteral("cannot be negative")));
        keepScreenshot(form, QStringLiteral("site-form-errors"));

        form->accept(); // Save
        QVERIFY(form->isVisible()); // still open, with what was typed
        QVERIFY(form->bannerText().contains(QStringLiteral("Nothing was saved")));
        QCOMPARE(qobject_cast<QLineEdit*>(form->fieldEditor(QStringLiteral("lon")))->text(), QStringLiteral("west"));
        QCOMPARE(reloaded(m_path).sites.size(), before);
        QCOMPARE(document()->undoStack()->count(), 0);

        // Fixed, with a phase, and the location from a Shift+click on the map.
        typeInto(form->fieldEditor(QStringLiteral("name")), QStringLiteral("Crusoe Cheyenne"));
        typeInto(form->fieldEditor(QStringLiteral("planned_mw")), QStringLiteral("1,800"));
        Q_EMIT m_window->mapWidget()->locationPicked(-104.82, 41.14);
        QCOMPARE(qobject_cast<QLineEdit*>(form->fieldEditor(QStringLiteral("lat")))->text(), QStringLiteral("41.140000"));
        QVERIFY(form->shownError(QStringLiteral("lat")).isEmpty());
        PhaseEditModel* phases = form->phases();
        form->addPhase();
        QVERIFY(phases->setData(phases->index(0, PhaseEditModel::OnlineColumn), QStringLiteral("2026-Q3")));
        QVERIFY(phases->setData(phases->index(0, PhaseEditModel::ItMwColumn), QStringLiteral("900")));
        QVERIFY(form->shownError(QStringLiteral("phases")).isEmpty());
        keepScreenshot(form, QStringLiteral("site-form"));
        form->accept();
        QVERIFY(form->result() == QDialog::Accepted);

        const Dataset saved = reloaded(m_path);
        QCOMPARE(saved.sites.size(), before + 1);
        const Site* site = saved.siteByName(QStringLiteral("Crusoe Cheyenne"));
        QVERIFY(site);
        QCOMPARE(site->lon, -104.82);
        QCOMPARE(site->plannedMw, std::optional<double>(1800));
        QCOMPARE(saved.phasesOf(site->id).size(), 1);
        QCOMPARE(saved.phasesOf(site->id).first()->onlineDate, QDate(2026, 9, 30));
        QCOMPARE(m_window->viewState()->currentSite(), site->id); // the new site is selected

        // One command: undo takes the site and its phase away; redo brings both back.
        QCOMPARE(document()->undoStack()->count(), 1);
        QCOMPARE(document()->undoStack()->undoText(), QStringLiteral("Add site “Crusoe Cheyenne”"));
        document()->undoStack()->undo();
        QVERIFY(!reloaded(m_path).siteByName(QStringLiteral("Crusoe Cheyenne")));
        QCOMPARE(reloaded(m_path).phases.size(), saved.phases.size() - 1);
        document()->undoStack()->redo();
        QCOMPARE(reloaded(m_path).phasesOf(site->id).size(), 1);
    }

    void phaseTableProblemsBlockTheSave()
    {
        const Site* colossus = document()->dataset().siteByName(QStringLiteral("Colossus 1"));
        QVERIFY(colossus);
        SiteForm* form = edit()->openSiteForm(colossus->id);
        QVERIFY(form->phases()->rowCount() > 0);
        QVERIFY(form->phases()->setData(form->phases()->index(0, PhaseEditModel::OnlineColumn), QStringLiteral("someday")));
        QVERIFY(form->shownError(QStringLiteral("phases")).contains(QStringLiteral("\"someday\" is not a date")));
        const Dataset before = reloaded(m_path);
        form->accept();
        QVERIFY(form->isVisible());
        QCOMPARE(reloaded(m_path).phases, before.phases);
        // A second request for the same site brings the open form forward, not a second one.
        QCOMPARE(edit()->openSiteForm(colossus->id), form);
        form->phases()->setData(form->phases()->index(0, PhaseEditModel::OnlineColumn), QStringLiteral("2024-09"));
        form->accept();
        QCOMPARE(form->result(), int(QDialog::Accepted));
    }

    // A site not placed opens as not placed and saves as it is: the form once had no
    // "not placed" choice, and saved such a site as exact at 0°, 0° off the coast of Africa.

    void siteNotPlacedStaysNotPlacedWhenSaved()
    {
        Site hidden;
        hidden.name = QStringLiteral("Hyperion (site TBD)");
        hidden.precision = LocationPrecision::Unknown;
        hidden.region = QStringLiteral("LA");
        QVERIFY(
            undo::execute(*document(), ChangeSet(QStringLiteral("add")).upsert(hidden), QStringLiteral("add"))
                .ok);
        const Id id = reloaded(m_path).siteByName(hidden.name)->id;
        const int commands = document()->undoStack()->count();
        SiteForm* form = edit()->openSiteForm(id);
        QVERIFY(form);
        QCOMPARE(precisionOf(form)->currentText(), QStringLiteral("Not placed"));
        QVERIFY(!lineOf(form, "lon")->isEnabled());
        QVERIFY(lineOf(form, "lon")->text().isEmpty());
        QVERIFY(form->changes().isEmpty());
        form->accept();
        QCOMPARE(form->result(), int(QDialog::Accepted));
        QCOMPARE(document()->undoStack()->count(), commands); // nothing to write
        const Dataset stored = reloaded(m_path);              // kept: site() points into it
        QVERIFY(stored.site(id));
        QCOMPARE(stored.site(id)->precision, LocationPrecision::Unknown);
    }

    void siteFormTakesASiteOffTheMapAndPutsItBack()
    {
        const Site* colossus = document()->dataset().siteByName(QStringLiteral("Colossus 1"));
        QVERIFY(colossus);
        const Id id = colossus->id;
        MapWidget* map = m_window->mapWidget();
        const int unplaced = map->frame().scene().unplacedCount(); // the sample's own
        SiteForm* form = edit()->openSiteForm(id);
        QVERIFY(lineOf(form, "lon")->isEnabled());
        const QString lon = lineOf(form, "lon")->text();
        QVERIFY(!lon.isEmpty());

        // Not placed: the coordinates go empty and off, and come back if chosen again.
        precisionOf(form)->setCurrentIndex(
            precisionOf(form)->findData(int(LocationPrecision::Unknown)));
        QVERIFY(!lineOf(form, "lon")->isEnabled());
        QVERIFY(!lineOf(form, "lat")->isEnabled());
        QVERIFY(lineOf(form, "lon")->text().isEmpty());
        precisionOf(form)->setCurrentIndex(
            precisionOf(form)->findData(int(LocationPrecision::Exact)));
        QCOMPARE(lineOf(form, "lon")->text(), lon);
        precisionOf(form)->setCurrentIndex(
            precisionOf(form)->findData(int(LocationPrecision::Unknown)));
        typeInto(form->fieldEditor(QStringLiteral("address")),
                 QStringLiteral("Tulane Road, Memphis, TN 38109"));
        auto* placed =
            qobject_cast<QPlainTextEdit*>(form->fieldEditor(QStringLiteral("location_note")));
        QVERIFY(placed);
        placed->setPlainText(QStringLiteral("The old Electrolux plant; the parcel is disputed."));
        // Further sources: found by typing in the picker, added with Enter.
        SourceListEditor* references = form->references();
        const QVector<Id> had = references->ids();
        Source further; // a copy: the data reloads on save; one it does not cite yet
        for (const Source& source : document()->dataset().sources) {
            if (!had.contains(source.id) && source.id != colossus->sourceId) {
                further = source;
                break;
            }
        }
        QTest::keyClicks(references->picker()->lineEdit(), further.title);
        QTest::keyClick(references->picker()->lineEdit(), Qt::Key_Return);
        QCOMPARE(references->ids(), QVector<Id>(had) << further.id);
        QVERIFY(!references->addChosen()); // once is enough
        QVERIFY(form->isVisible());        // Enter added; it did not save the form
        keepScreenshot(form, QStringLiteral("site-form-not-placed"));
        form->accept();
        QCOMPARE(form->result(), int(QDialog::Accepted));

        Dataset saved = reloaded(m_path);
        const Site* stored = saved.site(id);
        QCOMPARE(stored->precision, LocationPrecision::Unknown);
        QVERIFY(!stored->hasLocation());
        QCOMPARE(stored->address, QStringLiteral("Tulane Road, Memphis, TN 38109"));
        QCOMPARE(stored->locationNote,
                 QStringLiteral("The old Electrolux plant; the parcel is disputed."));
        QCOMPARE(stored->referenceIds, QVector<Id>(had) << further.id);
        QCOMPARE(map->frame().scene().unplacedCount(), unplaced + 1); // the map counts it

        // And back: a Shift+click on the map places it, approximate, and says how.
        form = edit()->openSiteForm(id);
        QCOMPARE(precisionOf(form)->currentText(), QStringLiteral("Not placed"));
        QVERIFY(!lineOf(form, "lat")->isEnabled());
        QCOMPARE(form->references()->list()->count(), int(had.size()) + 1);
        Q_EMIT map->locationPicked(-90.0336, 35.0597);
        QCOMPARE(LocationPrecision(precisionOf(form)->currentData().toInt()),
                 LocationPrecision::Approximate);
        QVERIFY(lineOf(form, "lat")->isEnabled());
        QCOMPARE(lineOf(form, "lat")->text(), QStringLiteral("35.059700"));
        placed = qobject_cast<QPlainTextEdit*>(form->fieldEditor(QStringLiteral("location_note")));
        QCOMPARE(
            placed->toPlainText(),
            QStringLiteral(
                "Placed by hand on the map.\nThe old Electrolux plant; the parcel is disputed."));
        form->references()->list()->selectAll();
        form->references()->removeSelected();
        form->accept();
        QCOMPARE(form->result(), int(QDialog::Accepted));
        saved = reloaded(m_path);
        stored = saved.site(id);
        QCOMPARE(stored->precision, LocationPrecision::Approximate);
        QCOMPARE(stored->lon, -90.0336);
        QCOMPARE(stored->lat, 35.0597);
        QVERIFY(stored->referenceIds.isEmpty());
        QCOMPARE(map->frame().scene().unplacedCount(), unplaced);
        // Placed again without coordinates is refused at the field.
        form = edit()->openSiteForm(id);
        lineOf(form, "lat")->clear();
        form->accept();
        QVERIFY(form->isVisible());
        QVERIFY(!form->shownError(QStringLiteral("lat")).isEmpty());
    }

    void mixedFleetIsEditedInTheChipsDialog()
    {
        // Copies: the data reloads on save.
        const GpuModel gb200 =
            *document()->dataset().gpuModelByName(QStringLiteral("GB200 (NVL72)"));
        const GpuModel h100 = *document()->dataset().gpuModelByName(QStringLiteral("H100 SXM"));
        // A site whose first phase has one chip: 100,000 H100.
        ChangeSet seed(QStringLiteral("seed"));
        Site tested;
        tested.name = QStringLiteral("Fleet Test");
        tested.precision = LocationPrecision::Unknown;
        seed.upsert(tested);
        SitePhase first;
        first.siteId = insertedBy(0);
        first.onlineDate = QDate(2024, 9, 30);
        first.itMw = 150;
        first.chips = {ChipCount{h100.id, 100000, false, {}}};
        seed.upsert(first);
        QVERIFY(undo::execute(*document(), seed, seed.description()).ok);
        const Site* colossus = document()->dataset().siteByName(QStringLiteral("Fleet Test"));
        QVERIFY(colossus);
        const Id site = colossus->id;
        SiteForm* form = edit()->openSiteForm(site);
        PhaseEditModel* phases = form->phases();
        QCOMPARE(phases->phaseAt(0).chips.size(), 1);
        const Id phaseId = phases->phaseAt(0).id;
        form->phaseTable()->setCurrentIndex(phases->index(0, PhaseEditModel::NoteColumn));
        // The table's context menu has it, with its shortcut.
        QAction* editChips = nullptr;
        for (QAction* action : form->phaseTable()->actions()) {
            if (action->text() == QStringLiteral("Edit Ch&ips…"))
                editChips = action;
        }
        QVERIFY(editChips);
        QCOMPARE(form->phaseTable()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(editChips->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
        QVERIFY(editChips->isEnabled());
        editChips->trigger();
        auto* dialog = form->findChild<ChipsDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        ChipEditModel* chips = dialog->model();
        QCOMPARE(chips->rowCount(), 1);
        QCOMPARE(chips->index(0, ChipEditModel::GpuModelColumn).data().toString(), h100.name);

        // A second line, its model chosen from the list the way a user does: in its editor.
        dialog->addChip();
        const QModelIndex model = chips->index(1, ChipEditModel::GpuModelColumn);
        dialog->table()->setCurrentIndex(model);
        dialog->table()->edit(model);
        auto* picker = dialog->table()->viewport()->findChild<ReferencePicker*>();
        QVERIFY(picker);
        picker->setId(gb200.id);
        dialog->table()->setCurrentIndex(
            chips->index(1, ChipEditModel::CountColumn)); // commits the editor
        QCOMPARE(chips->index(1, ChipEditModel::GpuModelColumn).data(Qt::EditRole).toLongLong(),
                 gb200.id);
        QVERIFY(
            chips->setData(chips->index(1, ChipEditModel::CountColumn), QStringLiteral("lots")));
        dialog->accept(); // refused, and says why
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->shownProblems().contains(
                     QStringLiteral("\"lots\" is not a whole number of GPUs")),
                 qPrintable(dialog->shownProblems()));
        QVERIFY(
            chips->setData(chips->index(1, ChipEditModel::CountColumn), QStringLiteral("20,000")));
        QVERIFY(chips->setData(chips->index(1, ChipEditModel::EstimateColumn), Qt::Checked,
                               Qt::CheckStateRole));
        QVERIFY(dialog->shownProblems().isEmpty());
        keepScreenshot(dialog, QStringLiteral("chips-dialog"));
        dialog->accept();
        QVERIFY(!dialog->isVisible());

        // The phase table shows the fleet, read-only there; nothing is written until Save.
        const QModelIndex fleet = phases->index(0, PhaseEditModel::GpuModelColumn);
        QCOMPARE(fleet.data().toString(), h100.name + QStringLiteral(" + ") + gb200.name);
        QCOMPARE(phases->index(0, PhaseEditModel::GpuCountColumn).data().toString(),
                 QStringLiteral("120000"));
        QVERIFY(!(fleet.flags() & Qt::ItemIsEditable));
        QCOMPARE(reloaded(m_path).phase(phaseId)->chips.size(), 1);
        form->accept();
        QCOMPARE(form->result(), int(QDialog::Accepted));

        const Dataset saved = reloaded(m_path);
        const SitePhase* stored = saved.phase(phaseId);
        QVERIFY(stored);
        QCOMPARE(stored->chips.size(), 2);
        QCOMPARE(stored->chips[0].gpuModelId, h100.id);
        QCOMPARE(stored->chips[0].count, std::optional<qint64>(100000));
        QCOMPARE(stored->chips[1].gpuModelId, gb200.id);
        QCOMPARE(stored->chips[1].count, std::optional<qint64>(20000));
        QVERIFY(stored->chips[1].estimate);
        // One command, undone as one.
        document()->undoStack()->undo();
        QCOMPARE(reloaded(m_path).phase(phaseId)->chips.size(), 1);
    }
};

QTEST_MAIN(TestSiteForm)
#include "tst_siteform.moc"
