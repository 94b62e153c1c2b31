// SPDX-License-Identifier: GPL-3.0-or-later
// The Edit menu and the data tables through the window, offscreen, on a copy of the sample
// database: a delete asks first and says what goes with it, undo brings it back; the link
// form's checks; other rows edited in the tables; the sites not placed found from the table.
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

class TestEditActions : public QObject, protected EditingWindow
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString error = findSample("tst_editactions");
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // Every test edits a fresh copy of the sample.
    void init() { QVERIFY(openCopy()); }
    void cleanup() { closeWindow(); }

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

QTEST_MAIN(TestEditActions)
#include "tst_editactions.moc"
