// SPDX-License-Identifier: GPL-3.0-or-later
// Editing through the window, offscreen, on a copy of the sample database: the forms say
// what is wrong at the field and write nothing invalid; saves, deletes and imports are
// undoable commands whose rows really are in the file; a delete asks first and says what
// goes with it; an import previews its problems by row and column; export writes what the
// table shows.
#include "ui/tables/datatables.h"
#include "ui/database/databaseactions.h"
#include "core/document/atlasdocument.h"
#include "core/undo/execute.h"
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

namespace {

// What the file holds now, read with a connection of its own.
Dataset reloaded(const QString& path)
{
    db::OpenResult opened = db::SqliteStore::open(path);
    if (!opened.store)
        qFatal("cannot reopen %s", qPrintable(path));
    return opened.store->load().dataset;
}

// Answers the next message box: its text and informative text go to *seen, then the button
// whose text is `press` is clicked (or the box is closed).
void answerNextMessageBox(QString* seen, const QString& press)
{
    QTimer::singleShot(0, qApp, [seen, press] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(seen, press);
            return;
        }
        *seen = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton* button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == press) {
                button->click();
                return;
            }
        }
        box->reject();
    });
}

QLineEdit* lineOf(FormDialog* form, const char* field)
{
    return qobject_cast<QLineEdit*>(form->fieldEditor(QString::fromLatin1(field)));
}

QComboBox* precisionOf(FormDialog* form)
{
    return qobject_cast<QComboBox*>(form->fieldEditor(QStringLiteral("location_precision")));
}

} // namespace

class TestEditingUi : public QObject
{
    Q_OBJECT
private:
    db::SqliteStoreFactory m_factory;
    QTemporaryDir m_dir;
    QString m_sample;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    int m_copies = 0;

    AtlasDocument* document() const { return m_window->document(); }
    EditActions* edit() const { return m_window->editActions(); }
    TransferActions* transfer() const { return m_window->transferActions(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ComputeAtlasTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_editing_ui"));
        QString error;
        m_sample = m_factory.sampleDatabasePath(&error);
        QVERIFY2(!m_sample.isEmpty(), qPrintable(error));
    }

    // Every test edits a fresh copy of the sample.
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("copy-%1.gpkg").arg(++m_copies));
        QVERIFY(QFile::copy(m_sample, m_path));
        m_window = std::make_unique<MainWindow>(&m_factory);
        QVERIFY(m_window->databaseActions()->openPath(m_path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

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

    void tableFiltersToSitesNotPlacedAndTheMapLeadsThere()
    {
        ChangeSet add(QStringLiteral("add"));
        for (const char* name : {"Unplaced One", "Unplaced Two"}) {
            Site site;
            site.name = QString::fromLatin1(name);
            site.precision = LocationPrecision::Unknown;
            add.upsert(site);
        }
        int unplaced = 2; // these and the sample's own
        for (const Site& s : document()->dataset().sites)
            unplaced += !s.hasLocation();
        QVERIFY(undo::execute(*document(), add, add.description()).ok);
        SitesPanel* panel = m_window->sitesPanel();
        QTableView* table = panel->table();
        const int all = table->model()->rowCount();
        QComboBox* placement = panel->placementFilter();
        placement->setCurrentIndex(placement->findText(QStringLiteral("Not placed")));
        QCOMPARE(table->model()->rowCount(), unplaced);
        for (int row = 0; row < unplaced; ++row) {
            const QModelIndex precision =
                table->model()->index(row, SiteTableModel::PrecisionColumn);
            QCOMPARE(precision.data().toString(), QStringLiteral("Not placed"));
            QVERIFY(precision.data(Qt::FontRole).value<QFont>().italic());
        }
        m_window->resize(1920, 1080);
        table->scrollTo(table->model()->index(0, SiteTableModel::PrecisionColumn));
        keepScreenshot(panel, QStringLiteral("sites-not-placed"));
        placement->setCurrentIndex(placement->findText(QStringLiteral("Placed")));
        QCOMPARE(table->model()->rowCount(), all - unplaced);
        placement->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), all);

        // The map's legend counts them; a click there shows them in the table.
        MapWidget* map = m_window->mapWidget();
        QCOMPARE(map->frame().scene().unplacedCount(), unplaced);
        QCoreApplication::processEvents();
        const QRectF box = map->frame().unplacedLegendBox();
        QVERIFY(!box.isEmpty());
        QVERIFY(map->frame()
                    .tooltipAt(box.center(), 1.3)
                    .contains(QStringLiteral("%1 sites not placed").arg(unplaced)));
        QTest::mouseClick(map, Qt::LeftButton, {}, box.center().toPoint());
        QCOMPARE(placement->currentText(), QStringLiteral("Not placed"));
        QCOMPARE(table->model()->rowCount(), unplaced);
    }

    void linkFormRefusesALinkToItselfAndUnknownSites()
    {
        auto* form = qobject_cast<LinkForm*>(edit()->openForm(FiberLink()));
        QVERIFY(form);
        const Dataset& data = document()->dataset();
        const Id abilene = data.siteByName(QStringLiteral("OpenAI Stargate Abilene"))->id;
        form->siteAPicker()->setId(abilene);
        form->siteBPicker()->setId(abilene);
        form->accept();
        QVERIFY(form->shownError(QStringLiteral("site_b")).contains(QStringLiteral("both ends are the same")));
        // Typing a name that is not a site.
        form->siteBPicker()->setEditText(QStringLiteral("Atlantis"));
        form->revalidate();
        QVERIFY(form->shownError(QStringLiteral("site_b")).contains(QStringLiteral("no site named \"Atlantis\"")));
        // Typing part of a name finds it through the list's search.
        form->siteBPicker()->setEditText(QStringLiteral("Colossus 1"));
        typeInto(form->fieldEditor(QStringLiteral("carrier")), QStringLiteral("Zayo"));
        typeInto(form->fieldEditor(QStringLiteral("active_date")), QStringLiteral("2026-02-30"));
        QVERIFY(form->shownError(QStringLiteral("active_date")).contains(QStringLiteral("not a date")));
        typeInto(form->fieldEditor(QStringLiteral("active_date")), QStringLiteral("2026-02-27"));
        keepScreenshot(form, QStringLiteral("link-form"));
        const qsizetype links = reloaded(m_path).links.size();
        form->accept();
        QCOMPARE(form->result(), int(QDialog::Accepted));
        QCOMPARE(reloaded(m_path).links.size(), links + 1);
        QCOMPARE(reloaded(m_path).links.last().carrier, QStringLiteral("Zayo"));
    }

    void deleteAsksAndSaysWhatGoesAlongThenUndoBringsItBack()
    {
        const Dataset before = reloaded(m_path);
        const Site* fairwater = before.siteByName(QStringLiteral("Microsoft Fairwater Atlanta"));
        QVERIFY(fairwater);
        const qsizetype phases = before.phasesOf(fairwater->id).size();
        const qsizetype links = before.linksOf(fairwater->id).size();
        QVERIFY(phases > 0);
        QVERIFY(links > 0);

        QString asked;
        answerNextMessageBox(&asked, QStringLiteral("Cancel"));
        QVERIFY(!edit()->deleteSites({fairwater->id}));
        QVERIFY(asked.contains(QStringLiteral("Delete “Microsoft Fairwater Atlanta”?")));
        QVERIFY2(asked.contains(QStringLiteral("%1 phase").arg(phases)), qPrintable(asked));
        QVERIFY(asked.contains(QStringLiteral("fiber link")));
        QCOMPARE(reloaded(m_path).sites.size(), before.sites.size());

        answerNextMessageBox(&asked, QStringLiteral("Delete"));
        QVERIFY(edit()->deleteSites({fairwater->id}));
        Dataset after = reloaded(m_path);
        QVERIFY(!after.site(fairwater->id));
        QCOMPARE(after.phases.size(), before.phases.size() - phases);
        QCOMPARE(after.links.size(), before.links.size() - links);

        document()->undoStack()->undo();
        after = reloaded(m_path);
        QCOMPARE(*after.site(fairwater->id), *fairwater);
        QCOMPARE(after.phases.size(), before.phases.size());
        QCOMPARE(after.links.size(), before.links.size());
    }

    void operatorWithSitesCannotBeDeleted()
    {
        const Operator* microsoft = document()->dataset().operatorByName(QStringLiteral("Microsoft"));
        QVERIFY(microsoft);
        QString said;
        answerNextMessageBox(&said, QStringLiteral("OK"));
        QVERIFY(!edit()->deleteRows({Row(*microsoft)}));
        QVERIFY(said.contains(QStringLiteral("still runs")));
        QVERIFY(reloaded(m_path).op(microsoft->id));
    }

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

    void dataTablesEditOtherRows()
    {
        DataTables* tables = m_window->dataTables();
        RowTablePanel* operators = tables->panel(RowTableModel::Kind::Operators);
        const int rows = operators->table()->model()->rowCount();
        auto* form = qobject_cast<OperatorForm*>(edit()->openForm(Operator()));
        QVERIFY(form);
        typeInto(form->fieldEditor(QStringLiteral("name")), QStringLiteral("Nebius"));
        typeInto(form->fieldEditor(QStringLiteral("color")), QStringLiteral("#12345"));
        QVERIFY(form->shownError(QStringLiteral("color")).contains(QStringLiteral("#rrggbb")));
        typeInto(form->fieldEditor(QStringLiteral("color")), QStringLiteral("#123456"));
        form->accept();
        QCOMPARE(form->result(), int(QDialog::Accepted));
        QCOMPARE(operators->table()->model()->rowCount(), rows + 1);
        operators->searchField()->setText(QStringLiteral("nebius"));
        QCOMPARE(operators->visibleIds().size(), 1);
        tables->showPanel(RowTableModel::Kind::Operators);
        QVERIFY(tables->isVisible()); // its dock came to the front
        m_window->resize(1600, 1000);
        keepScreenshot(m_window.get(), QStringLiteral("data-tables"));
        // The history lists the edit.
        QCOMPARE(document()->undoStack()->text(0), QStringLiteral("Add operator “Nebius”"));
    }

    // A new operator's sites must not come out grey (the colour of sites without an operator)
    // nor in another operator's colour: the form suggests one as the name is typed.
    void newOperatorGetsAColourOfItsOwn()
    {
        auto* form = qobject_cast<OperatorForm*>(edit()->openForm(Operator()));
        QVERIFY(form);
        auto* color = qobject_cast<QLineEdit*>(form->fieldEditor(QStringLiteral("color")));
        QVERIFY(color->text().isEmpty());
        typeInto(form->fieldEditor(QStringLiteral("name")), QStringLiteral("Crusoe Energy"));
        const QString suggested = color->text();
        QVERIFY2(QColor::fromString(suggested).isValid(), qPrintable(suggested));
        for (const Operator& other : document()->dataset().operators)
            QVERIFY2(other.color.compare(suggested, Qt::CaseInsensitive) != 0, qPrintable(other.name));
        // A colour the user writes stays, whatever the name becomes.
        typeInto(color, QStringLiteral("#123456"));
        typeInto(form->fieldEditor(QStringLiteral("name")), QStringLiteral("Crusoe"));
        QCOMPARE(color->text(), QStringLiteral("#123456"));
        form->accept();
        QCOMPARE(form->result(), int(QDialog::Accepted));
        const Operator* added = document()->dataset().operatorByName(QStringLiteral("Crusoe"));
        QVERIFY(added);
        QCOMPARE(added->color, QStringLiteral("#123456"));
    }
};

QTEST_MAIN(TestEditingUi)
#include "tst_editing_ui.moc"
