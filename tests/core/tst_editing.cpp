// SPDX-License-Identifier: GPL-3.0-or-later
// What the forms stand on, without a display: checks against the other rows, what a delete
// takes with it, numbers and dates as people type them, the phases table of the site form,
// and the data tables' models.
#include "core/document/atlasdocument.h"
#include "core/undo/execute.h"
#include "core/domain/datasetchecks.h"
#include "core/domain/enumtext.h"
#include "core/editing/deletionplan.h"
#include "core/editing/numbertext.h"
#include "fakestore.h"
#include "core/models/phaseeditmodel.h"
#include "core/models/rowtablemodel.h"
#include "sampledata.h"
#include "sampledocument.h"
#include "core/scenario/gpumath.h"
#include "core/scenario/scenariolibrary.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace atlas;

namespace {

// A row that names what to delete: its type and id.
template <typename T>
Row named(Id id)
{
    T row;
    row.id = id;
    return row;
}

bool hasError(const FieldErrors& errors, const QString& field)
{
    return std::any_of(errors.cbegin(), errors.cend(), [&](const FieldError& e) { return e.field == field; });
}

} // namespace

class TestEditing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void duplicateNamesAreFoundIgnoringCase()
    {
        auto document = test::smallAtlasDocument();
        const Dataset& data = document->dataset();
        Site site = test::makeSite(0, QStringLiteral("memphis two "), 0, 0);
        const FieldErrors errors = checkRow(site, data);
        QVERIFY(hasError(errors, QStringLiteral("name")));
        QVERIFY(errors.first().message.contains(QStringLiteral("Memphis Two")));
        // The site itself, edited, is not a duplicate of itself.
        QVERIFY(checkRow(*data.site(11), data).isEmpty());
        Operator op{0, QStringLiteral("ALPHA"), {}, {}};
        QVERIFY(hasError(checkInDataset(op, data), QStringLiteral("name")));
    }

    // The same name typed another way: decomposed Unicode (e + U+0301 for é) and another case.
    void duplicateNamesAreFoundInAnyUnicodeForm()
    {
        auto document = test::smallAtlasDocument();
        const QString composed = QStringLiteral("Montr\u00e9al");
        const QString decomposed = QStringLiteral("MONTRE\u0301AL");
        ChangeSet seed;
        seed.upsert(test::makeSite(0, composed, -73.6, 45.5));
        seed.upsert(Operator{0, composed, {}, {}});
        GpuModel model = test::h100Model();
        model.id = 0;
        model.name = composed;
        seed.upsert(model);
        seed.upsert(ScenarioRecord{0, composed, QStringLiteral("{}"), {}});
        QVERIFY(undo::execute(*document, seed, QStringLiteral("seed")).ok);
        const Dataset& data = document->dataset();

        QVERIFY(
            hasError(checkRow(test::makeSite(0, decomposed, 0, 0), data), QStringLiteral("name")));
        QVERIFY(hasError(checkRow(Operator{0, decomposed, {}, {}}, data), QStringLiteral("name")));
        GpuModel other = test::h100Model();
        other.id = 0;
        other.name = decomposed;
        QVERIFY(hasError(checkRow(other, data), QStringLiteral("name")));
        QVERIFY(hasError(checkRow(ScenarioRecord{0, decomposed, {}, {}}, data),
                         QStringLiteral("name")));

        // Saving a scenario under the other spelling is refused; a new name is stored in NFC.
        const WriteResult taken = saveScenarioAs(*document, decomposed, defaultParams(data));
        QVERIFY(!taken.ok);
        QVERIFY2(taken.error.contains(QStringLiteral("already exists")), qPrintable(taken.error));
        const WriteResult saved =
            saveScenarioAs(*document, QStringLiteral("Qu\u0065\u0301bec"), defaultParams(data));
        QVERIFY2(saved.ok, qPrintable(saved.error));
        const auto& scenarios = document->dataset().scenarios;
        QVERIFY(std::any_of(scenarios.begin(), scenarios.end(), [](const ScenarioRecord& r) {
            return r.name == QStringLiteral("Qu\u00e9bec");
        }));
    }

    void referencesMustExist()
    {
        auto document = test::smallAtlasDocument();
        const Dataset& data = document->dataset();
        Site site = test::makeSite(0, QStringLiteral("New"), 0, 0, 99);
        QVERIFY(hasError(checkRow(site, data), QStringLiteral("operator_id")));
        FiberLink link;
        link.siteA = 10;
        link.siteB = 77;
        QVERIFY(hasError(checkRow(link, data), QStringLiteral("site_b")));
        link.siteB = 10;
        const FieldErrors self = checkRow(link, data);
        QVERIFY(hasError(self, QStringLiteral("site_b")));
        QVERIFY(self.first().message.contains(QStringLiteral("same")));
        SitePhase phase;
        phase.siteId = insertedBy(0); // a site the same form adds
        phase.onlineDate = QDate(2026, 1, 31);
        QVERIFY(checkRow(phase, data).isEmpty());
    }

    void deletingSitesSaysWhatGoesWithThem()
    {
        auto document = test::smallAtlasDocument();
        const Dataset& data = document->dataset();
        const DeletionPlan one = planDeletion(data, {named<Site>(10)});
        QVERIFY(one.allowed());
        QCOMPARE(one.question, QStringLiteral("Delete “Abilene One”?"));
        QCOMPARE(one.consequences, (QStringList{QStringLiteral("2 phases of capacity"),
                                                QStringLiteral("1 fiber link (to Memphis Two)")}));
        QVERIFY(one.text().contains(QStringLiteral("Undo")));

        // Both ends deleted: the link is counted once and names no site left behind.
        const DeletionPlan both = planDeletion(data, {named<Site>(10), named<Site>(11)});
        QCOMPARE(both.question, QStringLiteral("Delete 2 sites (“Abilene One” and “Memphis Two”)?"));
        QCOMPARE(both.consequences, (QStringList{QStringLiteral("4 phases of capacity"), QStringLiteral("1 fiber link")}));
        QCOMPARE(both.changes.size(), 2);

        // Applied and undone as a command: everything comes back.
        const Dataset before = data;
        QVERIFY(undo::execute(*document, both.changes, both.changes.description()).ok);
        QCOMPARE(document->dataset().sites.size(), 1);
        QCOMPARE(document->dataset().phases.size(), 0);
        QCOMPARE(document->dataset().links.size(), 0);
        document->undoStack()->undo();
        QCOMPARE(document->dataset().sites.size(), before.sites.size());
        QCOMPARE(document->dataset().phases.size(), before.phases.size());
        QCOMPARE(*document->dataset().link(200), *before.link(200));
    }

    void operatorWithSitesIsRefused()
    {
        auto document = test::smallAtlasDocument();
        const DeletionPlan plan = planDeletion(document->dataset(), {named<Operator>(1)});
        QVERIFY(!plan.allowed());
        QVERIFY(plan.refusal.contains(QStringLiteral("2 sites")));
        QVERIFY(plan.refusal.contains(QStringLiteral("Abilene One")));
        QVERIFY(plan.changes.isEmpty());
        // With its sites in the same delete, it may go.
        QVERIFY(planDeletion(document->dataset(), {named<Site>(10), named<Site>(12), named<Operator>(1)}).allowed());
    }

    void deletingModelsAndSourcesSaysWhatChanges()
    {
        auto document = test::smallAtlasDocument();
        QCOMPARE(planDeletion(document->dataset(), {named<GpuModel>(1)}).consequences,
                 QStringList{QStringLiteral("4 phases will no longer name a GPU model")});
        QCOMPARE(planDeletion(document->dataset(), {named<Source>(1)}).consequences,
                 QStringList{QStringLiteral("6 rows will no longer cite “A report”")});
        // Rows that are gone already are skipped.
        QVERIFY(!planDeletion(document->dataset(), {named<Site>(999)}).allowed());
    }

    void datesAsPeopleWriteThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("precision");
        QTest::newRow("quarter") << "2027-Q1" << QDate(2027, 3, 31) << int(DatePrecision::Quarter);
        QTest::newRow("quarter lower case") << " 2026-q4 " << QDate(2026, 12, 31) << int(DatePrecision::Quarter);
        QTest::newRow("month") << "2025-09" << QDate(2025, 9, 30) << int(DatePrecision::Month);
        QTest::newRow("leap February") << "2028-2" << QDate(2028, 2, 29) << int(DatePrecision::Month);
        QTest::newRow("year") << "2026" << QDate(2026, 12, 31) << int(DatePrecision::Year);
        QTest::newRow("day") << "2024-10-09" << QDate(2024, 10, 9) << int(DatePrecision::Day);
        QTest::newRow("no such day") << "2025-02-30" << QDate() << -1;
        QTest::newRow("month 13") << "2025-13" << QDate() << -1;
        QTest::newRow("words") << "next spring" << QDate() << -1;
        QTest::newRow("quarter with day") << "2027-Q1-05" << QDate() << -1;
    }
    void datesAsPeopleWriteThem()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QFETCH(int, precision);
        const std::optional<DateWithPrecision> parsed = parseDate(text);
        QCOMPARE(parsed.has_value(), date.isValid());
        if (parsed) {
            QCOMPARE(parsed->date, date);
            QCOMPARE(int(parsed->precision), precision);
            QCOMPARE(parseDate(formatDate(parsed->date, parsed->precision))->date, date); // round trip
        }
    }

    void numbersAsPeopleTypeThem()
    {
        QCOMPARE(parseNumberText(QStringLiteral("1,200")).value, std::optional<double>(1200));
        QCOMPARE(parseNumberText(QStringLiteral("1 200.5")).value, std::optional<double>(1200.5));
        QCOMPARE(parseNumberText(QStringLiteral("-99.78")).value, std::optional<double>(-99.78));
        QVERIFY(!parseNumberText(QStringLiteral("  ")).value);
        QVERIFY(!parseNumberText(QStringLiteral("  ")).bad);
        QVERIFY(parseNumberText(QStringLiteral("12abc")).bad);
        QVERIFY(parseNumberText(QStringLiteral("inf")).bad);
        QCOMPARE(numberText(-99.78), QStringLiteral("-99.78"));
        QCOMPARE(numberText(1200.0), QStringLiteral("1200"));
    }

    void phaseTableKeepsWhatWasTypedAndSaysWhatIsWrong()
    {
        auto document = test::smallAtlasDocument();
        const Dataset& data = document->dataset();
        PhaseEditModel model(&data);
        QVector<SitePhase> phases;
        for (const SitePhase* p : data.phasesOf(10))
            phases.append(*p);
        model.setPhases(phases);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, PhaseEditModel::OnlineColumn).data().toString(), QStringLiteral("2024-09"));
        QCOMPARE(model.index(0, PhaseEditModel::GpuModelColumn).data().toString(), QStringLiteral("H100 SXM"));
        QVERIFY(!model.isModified());
        QVERIFY(model.changes(10).isEmpty());

        QVERIFY(model.setData(model.index(1, PhaseEditModel::ItMwColumn), QStringLiteral("lots")));
        QCOMPARE(model.index(1, PhaseEditModel::ItMwColumn).data().toString(), QStringLiteral("lots"));
        QVERIFY(model.index(1, PhaseEditModel::ItMwColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.problems(), QStringList{QStringLiteral("Phase 2 (2026-06): \"lots\" is not a number.")});
        QVERIFY(model.setData(model.index(1, PhaseEditModel::ItMwColumn), QStringLiteral("-5")));
        QVERIFY(model.problems().first().contains(QStringLiteral("cannot be negative")));
        QVERIFY(model.setData(model.index(1, PhaseEditModel::ItMwColumn), QStringLiteral("1,500")));
        QVERIFY(model.problems().isEmpty());
        QVERIFY(model.setData(model.index(1, PhaseEditModel::OnlineColumn), QStringLiteral("2027-Q2")));
        QVERIFY(model.setData(model.index(1, PhaseEditModel::CapexColumn), QStringLiteral("12.5")));

        const int added = model.addPhase();
        QCOMPARE(model.index(added, PhaseEditModel::OnlineColumn).data().toString(), QStringLiteral("2028-Q2"));
        model.removePhaseRows({0});
        QVERIFY(model.isModified());

        const ChangeSet changes = model.changes(10);
        QCOMPARE(changes.size(), 3); // remove the first, update the second, add the third
        QCOMPARE(changes.changes()[0].kind, Change::Kind::Remove);
        QVERIFY(undo::execute(*document, changes, QStringLiteral("Edit phases")).ok);
        const QVector<const SitePhase*> stored = document->dataset().phasesOf(10);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored[0]->itMw, std::optional<double>(1500));
        QCOMPARE(stored[0]->onlineDate, QDate(2027, 6, 30));
        QCOMPARE(stored[0]->datePrecision, DatePrecision::Quarter);
        QCOMPARE(stored[0]->capexUsd, std::optional<double>(12.5e9));
        QCOMPARE(stored[1]->onlineDate, QDate(2028, 6, 30));
    }

    void rowTablesFollowTheData()
    {
        auto document = test::smallAtlasDocument();
        RowTableModel links(document.get(), RowTableModel::Kind::Links);
        QCOMPARE(links.rowCount(), 1);
        QCOMPARE(links.index(0, 0).data().toString(), QStringLiteral("Abilene One"));
        QVERIFY(links.index(0, 0).data(RowTableModel::SearchRole).toString().contains(QStringLiteral("memphis two")));
        QCOMPARE(links.idAt(0), Id(200));
        QCOMPARE(links.rowOf(200), 0);

        RowTableModel operators(document.get(), RowTableModel::Kind::Operators);
        QCOMPARE(operators.rowCount(), 2);
        QCOMPARE(operators.index(0, 2).data(RowTableModel::SortRole).toDouble(), 2.0); // Alpha runs 2 sites
        QVERIFY(undo::execute(*document, ChangeSet().upsert(Operator{0, QStringLiteral("Gamma"), {}, {}}), QStringLiteral("add")).ok);
        QCOMPARE(operators.rowCount(), 3);
    }

    void rowTablesRefreshOnlyTheRowsAWriteTouches()
    {
        auto document = test::smallAtlasDocument();
        RowTableModel operators(document.get(), RowTableModel::Kind::Operators);
        QItemSelectionModel selection(&operators);
        selection.select(operators.index(operators.rowOf(2), 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy reset(&operators, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&operators, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&operators, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&operators, &QAbstractItemModel::rowsRemoved);

        Operator renamed = *document->dataset().op(2);
        renamed.name = QStringLiteral("Beta Two");
        QVERIFY(undo::execute(*document, ChangeSet().upsert(renamed), QStringLiteral("rename")).ok);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), operators.rowOf(2));
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), operators.rowOf(2));
        QCOMPARE(operators.index(operators.rowOf(2), 0).data().toString(), renamed.name);

        const WriteResult added = undo::execute(
            *document, ChangeSet().upsert(Operator{0, QStringLiteral("Gamma"), {}, {}}),
            QStringLiteral("add"));
        QVERIFY(added.ok);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(operators.index(operators.rowOf(added.ids[0]), 0).data().toString(),
                 QStringLiteral("Gamma"));
        document->undoStack()->undo();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(operators.rowOf(added.ids[0]), -1);
        QCOMPARE(operators.rowCount(), 2);

        // A site moving to another operator changes both operators' counts of sites.
        Site moved = *document->dataset().site(12);
        moved.operatorId = 2;
        QVERIFY(undo::execute(*document, ChangeSet().upsert(moved), QStringLiteral("move")).ok);
        QCOMPARE(operators.index(operators.rowOf(2), 2).data(RowTableModel::SortRole).toDouble(), 2.0);
        QCOMPARE(operators.index(operators.rowOf(1), 2).data(RowTableModel::SortRole).toDouble(), 1.0);

        QCOMPARE(reset.size(), 0);
        QVERIFY(selection.isRowSelected(operators.rowOf(2), {}));
        QCOMPARE(selection.selectedRows().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEditing)
#include "tst_editing.moc"
