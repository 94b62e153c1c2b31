// SPDX-License-Identifier: GPL-3.0-or-later
// The site form's phase table and its Chips dialog, without a display: the figures of schema
// 3 (facility MW, H100-equivalents, buildings, projected), a new phase dated in the future
// starting as projected, a mixed fleet shown but read-only in the table and edited line by
// line in ChipEditModel, and what each stores.
#include "core/document/atlasdocument.h"
#include "core/undo/execute.h"
#include "core/editing/numbertext.h"
#include "fakestore.h"
#include "core/models/chipeditmodel.h"
#include "core/models/phaseeditmodel.h"
#include "sampledata.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace atlas;

namespace {

constexpr Id kH100 = 1;
constexpr Id kGb200 = 2;

std::unique_ptr<AtlasDocument> makeDocument()
{
    auto document = std::make_unique<AtlasDocument>();
    auto store = std::make_unique<test::FakeStore>();
    ChangeSet seed = test::smallAtlas();
    GpuModel gb200;
    gb200.id = kGb200;
    gb200.name = QStringLiteral("GB200");
    gb200.tdpW = 1200;
    seed.upsert(gb200);
    if (!store->apply(seed).ok)
        qFatal("seed");
    document->setStore(std::move(store));
    return document;
}

QVector<SitePhase> phasesOf(const Dataset& data, Id site)
{
    QVector<SitePhase> phases;
    for (const SitePhase* p : data.phasesOf(site))
        phases.append(*p);
    return phases;
}

Qt::CheckState checkAt(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data(Qt::CheckStateRole).value<Qt::CheckState>();
}

} // namespace

class TestPhaseEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsAreWholeNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("bad");
        QTest::addColumn<qint64>("value"); // -1: none
        QTest::newRow("plain") << QStringLiteral("150000") << false << qint64(150000);
        QTest::newRow("grouped") << QStringLiteral("150,000") << false << qint64(150000);
        QTest::newRow("empty") << QStringLiteral("  ") << false << qint64(-1);
        QTest::newRow("fraction") << QStringLiteral("1.5") << true << qint64(-1);
        QTest::newRow("words") << QStringLiteral("lots") << true << qint64(-1);
        QTest::newRow("beyond a double's whole numbers")
            << QStringLiteral("1e20") << true << qint64(-1);
    }
    void countsAreWholeNumbers()
    {
        QFETCH(QString, text);
        QFETCH(bool, bad);
        QFETCH(qint64, value);
        const CountText count = parseCountText(text);
        QCOMPARE(count.bad, bad);
        QCOMPARE(count.value, value < 0 ? std::nullopt : std::optional<qint64>(value));
    }

    void newFiguresAreEditedCheckedAndStored()
    {
        auto document = makeDocument();
        PhaseEditModel model(&document->dataset());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPhases(phasesOf(document->dataset(), 10));
        QCOMPARE(model.headerData(PhaseEditModel::FacilityMwColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Facility MW"));
        QCOMPARE(model.headerData(PhaseEditModel::H100eColumn, Qt::Horizontal).toString(),
                 QStringLiteral("H100e"));
        QCOMPARE(model.headerData(PhaseEditModel::BuildingsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Buildings"));
        QCOMPARE(model.headerData(PhaseEditModel::ProjectedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Projected"));
        const QString projectedTip =
            model.headerData(PhaseEditModel::ProjectedColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString();
        QVERIFY2(projectedTip.contains(QStringLiteral("never as capacity that exists")),
                 qPrintable(projectedTip));
        QCOMPARE(model.index(0, PhaseEditModel::ProjectedColumn).data(Qt::ToolTipRole).toString(),
                 projectedTip);
        QVERIFY(model.flags(model.index(0, PhaseEditModel::ProjectedColumn)) &
                Qt::ItemIsUserCheckable);
        QVERIFY(model.flags(model.index(0, PhaseEditModel::H100eColumn)) & Qt::ItemIsEditable);

        QVERIFY(
            model.setData(model.index(0, PhaseEditModel::FacilityMwColumn), QStringLiteral("195")));
        QVERIFY(
            model.setData(model.index(0, PhaseEditModel::H100eColumn), QStringLiteral("100,000")));
        QVERIFY(
            model.setData(model.index(0, PhaseEditModel::BuildingsColumn), QStringLiteral("2")));
        QVERIFY(model.setData(model.index(1, PhaseEditModel::ProjectedColumn), Qt::Checked,
                              Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(1, PhaseEditModel::ProjectedColumn),
                               QStringLiteral("yes"))); // a check, not text
        QCOMPARE(model.index(0, PhaseEditModel::H100eColumn).data().toString(),
                 QStringLiteral("100000"));
        QVERIFY(model.problems().isEmpty());

        // Text that does not parse keeps its text and says why; a negative figure is refused.
        QVERIFY(
            model.setData(model.index(1, PhaseEditModel::BuildingsColumn), QStringLiteral("four")));
        QCOMPARE(model.index(1, PhaseEditModel::BuildingsColumn).data().toString(),
                 QStringLiteral("four"));
        QVERIFY(model.index(1, PhaseEditModel::BuildingsColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.problems(),
                 QStringList{QStringLiteral("Phase 2 (2026-06): \"four\" is not a number.")});
        QVERIFY(
            model.setData(model.index(1, PhaseEditModel::BuildingsColumn), QStringLiteral("4")));
        QVERIFY(
            model.setData(model.index(1, PhaseEditModel::FacilityMwColumn), QStringLiteral("-1")));
        QVERIFY2(
            model.problems().value(0).contains(QStringLiteral("Facility power cannot be negative")),
            qPrintable(model.problems().join(QLatin1Char('\n'))));
        QVERIFY(
            model.index(1, PhaseEditModel::FacilityMwColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.setData(model.index(1, PhaseEditModel::FacilityMwColumn), QString()));
        QVERIFY(model.problems().isEmpty());

        QVERIFY(undo::execute(*document, model.changes(10), QStringLiteral("Edit phases")).ok);
        const QVector<const SitePhase*> stored = document->dataset().phasesOf(10);
        QCOMPARE(stored[0]->facilityMw, std::optional<double>(195));
        QCOMPARE(stored[0]->h100e, std::optional<double>(100000));
        QCOMPARE(stored[0]->buildingsOperational, std::optional<double>(2));
        QVERIFY(!stored[0]->projected);
        QCOMPARE(stored[1]->buildingsOperational, std::optional<double>(4));
        QCOMPARE(stored[1]->facilityMw, std::nullopt);
        QVERIFY(stored[1]->projected);
    }

    void aNewPhaseDatedInTheFutureStartsProjected()
    {
        auto document = makeDocument();
        PhaseEditModel model(&document->dataset());
        model.setToday(QDate(2026, 12, 1));
        model.setPhases(phasesOf(document->dataset(), 10)); // the last is 2026-06, recorded
        QCOMPARE(checkAt(model, 1, PhaseEditModel::ProjectedColumn), Qt::Unchecked);

        const int added = model.addPhase(); // a year after the last: 2027-06, after today
        QCOMPARE(model.index(added, PhaseEditModel::OnlineColumn).data().toString(),
                 QStringLiteral("2027-06"));
        QCOMPARE(checkAt(model, added, PhaseEditModel::ProjectedColumn), Qt::Checked);
        // Its date says what it is until the user says otherwise.
        QVERIFY(model.setData(model.index(added, PhaseEditModel::OnlineColumn),
                              QStringLiteral("2026-Q3")));
        QCOMPARE(checkAt(model, added, PhaseEditModel::ProjectedColumn), Qt::Unchecked);
        QVERIFY(model.setData(model.index(added, PhaseEditModel::OnlineColumn),
                              QStringLiteral("2028")));
        QCOMPARE(checkAt(model, added, PhaseEditModel::ProjectedColumn), Qt::Checked);
        QVERIFY(model.setData(model.index(added, PhaseEditModel::ProjectedColumn), Qt::Unchecked,
                              Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(added, PhaseEditModel::OnlineColumn),
                              QStringLiteral("2029")));
        QCOMPARE(checkAt(model, added, PhaseEditModel::ProjectedColumn),
                 Qt::Unchecked); // the user's word stands
        // A stored phase is what the source said: moving its date does not make it a forecast.
        QVERIFY(
            model.setData(model.index(1, PhaseEditModel::OnlineColumn), QStringLiteral("2027-03")));
        QCOMPARE(checkAt(model, 1, PhaseEditModel::ProjectedColumn), Qt::Unchecked);

        // With no phase yet, the new one is at the end of this year: not after today's date.
        PhaseEditModel empty(&document->dataset());
        empty.setToday(QDate(2026, 12, 31));
        QCOMPARE(checkAt(empty, empty.addPhase(), PhaseEditModel::ProjectedColumn), Qt::Unchecked);
    }

    void aMixedFleetIsShownButEditedLineByLine()
    {
        auto document = makeDocument();
        QVector<SitePhase> phases = phasesOf(document->dataset(), 10);
        phases[0].chips = {ChipCount{kH100, 100000, false, {}},
                           ChipCount{kGb200, 50000, true, QStringLiteral("NVL72 racks")}};
        PhaseEditModel model(&document->dataset());
        model.setPhases(phases);
        QVERIFY(model.isMixedFleet(0));
        QVERIFY(!model.isMixedFleet(1));
        const QModelIndex gpuModel = model.index(0, PhaseEditModel::GpuModelColumn);
        const QModelIndex gpuCount = model.index(0, PhaseEditModel::GpuCountColumn);
        QCOMPARE(gpuModel.data().toString(), QStringLiteral("H100 SXM + GB200"));
        QCOMPARE(gpuCount.data().toString(), QStringLiteral("150000"));
        QVERIFY(!(model.flags(gpuModel) & Qt::ItemIsEditable));
        QVERIFY(!(model.flags(gpuCount) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(gpuModel, kH100));
        QVERIFY(!model.setData(gpuCount, QStringLiteral("5")));
        const QString tip = gpuCount.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("100,000 × H100 SXM")) &&
                     tip.contains(QStringLiteral("50,000 × GB200 (estimate)")),
                 qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Chips…")));
        // A fleet of one model is edited in its cells.
        QVERIFY(model.flags(model.index(1, PhaseEditModel::GpuModelColumn)) & Qt::ItemIsEditable);
        QVERIFY(
            model.setData(model.index(1, PhaseEditModel::GpuCountColumn), QStringLiteral("1.5")));
        QVERIFY(model.problems().value(0).contains(QStringLiteral("not a whole number of GPUs")));
        QVERIFY(model.setData(model.index(1, PhaseEditModel::GpuCountColumn),
                              QStringLiteral("300,000")));

        // The Chips dialog's lines go back into the phase; blank lines are left out.
        model.setChips(1, {ChipCount{kH100, 300000, false, {}}, ChipCount{},
                           ChipCount{kGb200, 20000, false, {}}});
        QVERIFY(model.isMixedFleet(1));
        QCOMPARE(model.phaseAt(1).chips.size(), 2);
        model.setChips(0,
                       {ChipCount{kGb200, 60000, false, {}}}); // back to one model: editable again
        QVERIFY(model.flags(model.index(0, PhaseEditModel::GpuCountColumn)) & Qt::ItemIsEditable);
        QCOMPARE(model.index(0, PhaseEditModel::GpuModelColumn)
                     .data(PhaseEditModel::IdRole)
                     .toLongLong(),
                 kGb200);

        QVERIFY(undo::execute(*document, model.changes(10), QStringLiteral("Edit phases")).ok);
        const QVector<const SitePhase*> stored = document->dataset().phasesOf(10);
        QCOMPARE(stored[0]->chips, (QVector<ChipCount>{ChipCount{kGb200, 60000, false, {}}}));
        QCOMPARE(stored[1]->chips, (QVector<ChipCount>{ChipCount{kH100, 300000, false, {}},
                                                       ChipCount{kGb200, 20000, false, {}}}));
        QCOMPARE(stored[1]->gpuCount(), std::optional<qint64>(320000));
    }

    void chipLinesSayWhatIsWrong()
    {
        auto document = makeDocument();
        ChipEditModel model(&document->dataset());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChips({ChipCount{kH100, 100000, false, {}}});
        QVERIFY(!model.isModified());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ChipEditModel::GpuModelColumn).data().toString(),
                 QStringLiteral("H100 SXM"));
        QCOMPARE(model.index(0, ChipEditModel::GpuModelColumn).data(Qt::EditRole).toLongLong(),
                 kH100);
        QCOMPARE(model.index(0, ChipEditModel::CountColumn).data().toString(),
                 QStringLiteral("100000"));
        QVERIFY(model.problems().isEmpty());

        const int line = model.addChip();
        QCOMPARE(line, 1);
        QCOMPARE(model.chips().size(), 1); // a blank line is no chip
        QVERIFY(model.setData(model.index(line, ChipEditModel::GpuModelColumn), kH100));
        QCOMPARE(
            model.problems(),
            QStringList{QStringLiteral(
                "Line 2 (H100 SXM): H100 SXM is listed on an earlier line; give its count once.")});
        QVERIFY(
            model.index(line, ChipEditModel::GpuModelColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, ChipEditModel::GpuModelColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.setData(model.index(line, ChipEditModel::GpuModelColumn), kGb200));
        QVERIFY(model.problems().isEmpty());

        QVERIFY(
            model.setData(model.index(line, ChipEditModel::CountColumn), QStringLiteral("lots")));
        QCOMPARE(model.index(line, ChipEditModel::CountColumn).data().toString(),
                 QStringLiteral("lots"));
        QCOMPARE(model.problems(), QStringList{QStringLiteral(
                                       "Line 2 (GB200): \"lots\" is not a whole number of GPUs.")});
        QVERIFY(model.setData(model.index(line, ChipEditModel::CountColumn), QStringLiteral("-5")));
        QVERIFY(model.problems().value(0).contains(QStringLiteral("cannot be negative")));
        QVERIFY(model.setData(model.index(line, ChipEditModel::NoteColumn),
                              QStringLiteral("racks\x1b[31m")));
        QVERIFY(
            model.problems().join(QLatin1Char('\n')).contains(QStringLiteral("control character")));
        QVERIFY(model.setData(model.index(line, ChipEditModel::NoteColumn),
                              QStringLiteral("NVL72 racks")));
        QVERIFY(
            model.setData(model.index(line, ChipEditModel::CountColumn), QStringLiteral("50,000")));
        QVERIFY(model.setData(model.index(line, ChipEditModel::EstimateColumn), Qt::Checked,
                              Qt::CheckStateRole));
        QVERIFY(model.problems().isEmpty());
        QCOMPARE(model.totalCount(), std::optional<qint64>(150000));
        QVERIFY(model.isModified());

        // A model deleted meanwhile (another window) is named as missing.
        QVERIFY(model.setData(model.index(0, ChipEditModel::GpuModelColumn), Id(99)));
        QVERIFY(model.problems().value(0).contains(QStringLiteral("no longer in the database")));
        QVERIFY(model.setData(model.index(0, ChipEditModel::GpuModelColumn), kH100));

        model.addChip();
        QCOMPARE(model.chips(), (QVector<ChipCount>{ChipCount{kH100, 100000, false, {}},
                                                    ChipCount{kGb200, 50000, true,
                                                              QStringLiteral("NVL72 racks")}}));
        model.removeChipRows({0, 2});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.chips().first().gpuModelId, kGb200);
        QCOMPARE(model.totalCount(), std::optional<qint64>(50000));
        model.removeChipRows({0});
        QCOMPARE(model.totalCount(), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestPhaseEdit)
#include "tst_phaseedit.moc"
