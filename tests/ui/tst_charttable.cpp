// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers behind each chart (charts/charttable.h): every point the chart plots is in its
// table, in the row of its year (or site); the CSV is in the C locale, escaped for hostile
// names, with the scenario and the sources as # lines; `compute-atlas export-chart NAME --out
// FILE.csv` writes the same bytes as the window.
#include "chartfixture.h"
#include "ui/charts/chartdata.h"
#include "ui/charts/chartspanel.h"
#include "ui/charts/chartstext.h"
#include "ui/charts/charttable.h"
#include "ui/charts/projected.h"
#include "ui/charts/siteschart.h"
#include "core/io/csv.h"
#include "core/models/sitetablemodel.h"
#include "sampledata.h"
#include "core/store/changeset.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QFile>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLineSeries>
#include <QLocale>
#include <QMimeData>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace atlas;
using namespace atlas::charts;

Q_DECLARE_METATYPE(atlas::charts::ChartKind)

namespace {

// The table as its CSV reads back: the # lines, the header, the rows.
struct ReadTable
{
    QStringList notes;
    csv::Table table;
};

ReadTable readBack(const QByteArray& bytes)
{
    ReadTable read;
    QByteArray rest = bytes;
    while (rest.startsWith("# ")) {
        const qsizetype end = rest.indexOf("\r\n");
        read.notes << QString::fromUtf8(rest.mid(2, end - 2));
        rest = rest.mid(end + 2);
    }
    csv::ParseError error;
    if (!csv::parse(rest, &read.table, &error))
        qWarning("CSV does not parse: line %d: %s", error.line, qPrintable(error.message));
    return read;
}

// Whether `value` (in the chart's unit, times `scale` in the table's) is in some column of
// the row whose first cell is `key`, among the columns whose name starts with `prefix`.
bool inRow(const csv::Table& table, const QString& key, const QString& prefix, double value,
           double tolerance)
{
    for (const QStringList& row : table.rows) {
        if (row.value(0) != key)
            continue;
        for (int c = 1; c < table.header.size(); ++c) {
            if (table.header[c].startsWith(prefix) && !row.value(c).isEmpty() &&
                std::abs(row.value(c).toDouble() - value) <= tolerance)
                return true;
        }
    }
    return false;
}

QString yearKey(qreal x)
{
    return QString::number(int(std::lround(x)));
}

} // namespace

class TestChartTable : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScenarioChart> drawn(ChartKind kind, const ChartInputs& in,
                                         QGraphicsScene* scene)
    {
        std::unique_ptr<ScenarioChart> chart = makeChart(kind);
        scene->addItem(chart->chart());
        chart->chart()->resize(900, 600);
        chart->update(in);
        return chart;
    }

    // Every point of the line series named `name` (and its projected part) is in the table.
    void checkLine(QChart* chart, const csv::Table& table, const QString& name,
                   const QString& column, double toTable, double tolerance, int* checked)
    {
        for (QAbstractSeries* series : chart->series()) {
            auto* line = qobject_cast<QLineSeries*>(series);
            if (!line ||
                (line->name() != name && line->name() != name + QStringLiteral(", projected")))
                continue;
            for (const QPointF& p : line->points()) {
                QVERIFY2(inRow(table, yearKey(p.x()), column, p.y() * toTable, tolerance),
                         qPrintable(QStringLiteral("%1 %2: %3 not in the table")
                                        .arg(name, yearKey(p.x()))
                                        .arg(p.y())));
                ++*checked;
            }
        }
    }

private Q_SLOTS:
    void everyPlottedNumberIsInTheTable_data()
    {
        QTest::addColumn<ChartKind>("kind");
        QTest::addColumn<bool>("projected");
        for (bool projected : {false, true}) {
            const char* fixture = projected ? "projected atlas" : "sample";
            QTest::addRow("cluster size, %s", fixture) << ChartKind::ClusterSize << projected;
            QTest::addRow("gigawatts, %s", fixture) << ChartKind::Gigawatts << projected;
            QTest::addRow("money, %s", fixture) << ChartKind::Money << projected;
            QTest::addRow("sites, %s", fixture) << ChartKind::Sites << projected;
        }
    }
    void everyPlottedNumberIsInTheTable()
    {
        QFETCH(ChartKind, kind);
        QFETCH(bool, projected);
        const auto fixture = projected
                                 ? std::make_unique<test::ChartFixture>(test::projectedAtlas())
                                 : std::make_unique<test::ChartFixture>();
        const ChartInputs in = fixture->inputs();
        if (projected)
            QVERIFY(in.result->anyProjected());
        QGraphicsScene scene;
        const std::unique_ptr<ScenarioChart> chart = drawn(kind, in, &scene);
        const ReadTable read = readBack(io::tableCsv(chartTable(kind, in)));
        const csv::Table& table = read.table;
        QVERIFY(!table.rows.isEmpty());
        for (const QStringList& row : table.rows)
            QCOMPARE(row.size(), table.header.size());
        int checked = 0;
        switch (kind) {
        case ChartKind::ClusterSize:
            // The chart plots millions; the table counts.
            for (const YearLine& line : clusterSizeLines())
                checkLine(chart->chart(), table, ChartsText::tr(line.name),
                          ChartsText::tr(line.column), 1e6, 0.51, &checked);
            break;
        case ChartKind::Money:
            for (const YearLine& line : moneyLines())
                checkLine(chart->chart(), table, ChartsText::tr(line.name),
                          ChartsText::tr(line.column), 1, 0.0006, &checked);
            break;
        case ChartKind::Gigawatts: {
            checkLine(chart->chart(), table, ChartsText::tr("Demand"),
                      ChartsText::tr("Demand (GW)"), 1, 0.00006, &checked);
            // Each band of the stack is its operator's column: its top less its bottom.
            for (QAbstractSeries* series : chart->chart()->series()) {
                auto* area = qobject_cast<QAreaSeries*>(series);
                if (!area || !area->lowerSeries() || area->name() == projectedLegendName())
                    continue;
                const QList<QPointF> upper = area->upperSeries()->points(),
                                     lower = area->lowerSeries()->points();
                for (int i = 0; i < upper.size(); ++i) {
                    QVERIFY2(inRow(table, yearKey(upper[i].x()), QString(),
                                   upper[i].y() - lower[i].y(), 0.00006),
                             qPrintable(area->name()));
                    ++checked;
                }
            }
            break;
        }
        case ChartKind::Sites: {
            auto* sites = static_cast<SitesChart*>(chart.get());
            const int bars = int(sites->recordedBars()->count());
            QCOMPARE(table.rows.size(), bars);
            for (int i = 0; i < bars; ++i) {
                const QStringList& row = table.rows[bars - 1 - i]; // bars run bottom to top
                const int recordedMw =
                    int(table.header.indexOf(ChartsText::tr("IT power, recorded phases (MW)")));
                const int allMw =
                    int(table.header.indexOf(ChartsText::tr("IT power, with projections (MW)")));
                QVERIFY(recordedMw > 0 && allMw > 0);
                // The table has a decimal of MW.
                QVERIFY(std::abs(row[recordedMw].toDouble() - sites->recordedBars()->at(i)) <=
                        0.051);
                QVERIFY(std::abs(row[allMw].toDouble() - row[recordedMw].toDouble() -
                                 sites->projectedBars()->at(i)) <= 0.11);
                QVERIFY2(sites->categories().value(bars - 1 - i).startsWith(row[0].left(8)),
                         qPrintable(row[0]));
                ++checked;
            }
            break;
        }
        }
        QVERIFY2(checked >= 3, "the chart plotted too little to compare");
        // The notes: the chart, the scenario, its assumptions and the sources.
        QCOMPARE(read.notes.size(), 4);
        QVERIFY2(read.notes[1].contains(QStringLiteral("Test scenario")),
                 qPrintable(read.notes[1]));
        QVERIFY2(read.notes[3].contains(QStringLiteral("Sources")), qPrintable(read.notes[3]));
    }

    // German groups digits with "." and writes decimals with ",": the CSV does neither.
    void numbersAreInTheCLocale()
    {
        const test::ChartFixture fixture;
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QByteArray csv = io::tableCsv(chartTable(ChartKind::ClusterSize, fixture.inputs()));
        QLocale::setDefault(before);
        const ReadTable read = readBack(csv);
        bool large = false;
        for (const QStringList& row : read.table.rows) {
            for (int c = 1; c < row.size(); ++c) {
                bool ok = false;
                const double value = row[c].toDouble(&ok);
                QVERIFY2(ok || row[c].isEmpty(), qPrintable(row[c]));
                large = large || value >= 1000;
            }
        }
        QVERIFY(large); // a number that German would have grouped
        QVERIFY(!csv.contains("1.000.000"));
    }

    // A site and an operator named to break a CSV or to run as a formula.
    void hostileNamesStayInTheirCells()
    {
        // The small atlas with its first operator and site renamed.
        const QString siteName = QStringLiteral("=HYPERLINK(\"http://x\"),\"a <b>");
        const QString operatorName = QStringLiteral("@SUM(1,2)\";evil");
        const ChangeSet small = test::smallAtlas();
        ChangeSet rows;
        for (Change change : small.changes()) {
            if (auto* op = std::get_if<Operator>(&change.row); op && op->id == 1)
                op->name = operatorName;
            if (auto* site = std::get_if<Site>(&change.row); site && site->id == 10)
                site->name = siteName;
            rows.append(change);
        }
        const test::ChartFixture fixture(rows);
        for (ChartKind kind : {ChartKind::Gigawatts, ChartKind::Sites}) {
            const ReadTable read = readBack(io::tableCsv(chartTable(kind, fixture.inputs())));
            for (const QStringList& row : read.table.rows)
                QCOMPARE(row.size(), read.table.header.size());
            const QString cells = read.table.header.join(QLatin1Char('|')) + [&] {
                QString all;
                for (const QStringList& row : read.table.rows)
                    all += row.join(QLatin1Char('|'));
                return all;
            }();
            const QString expected =
                kind == ChartKind::Sites
                    ? QString(QStringLiteral("'") + siteName)
                    : QString(QStringLiteral("'") + operatorName + QStringLiteral(", capacity"));
            QVERIFY2(cells.contains(expected), qPrintable(cells));
        }
        const QString html = io::tableHtml(chartTable(ChartKind::Sites, fixture.inputs()));
        QVERIFY(html.contains(QStringLiteral("HYPERLINK(&quot;http://x&quot;)")));
        QVERIFY(!html.contains(QStringLiteral("\"http://x\"")));
        const QString tsv = io::tableTsv(chartTable(ChartKind::Sites, fixture.inputs()));
        for (const QString& line : tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(4))
            QCOMPARE(line.count(QLatin1Char('\t')), 6);
    }

    // "GPUs" is two numbers: the count a site records (the sites table) and the scenario's
    // allocation by IT power (the charts). Each is named for what it is, and the sites data
    // table lists both: Memphis Two records 200,000 GPUs, the scenario gives it another number.
    void recordedAndScenarioGpusAreNamedApart()
    {
        test::ChartFixture fixture(test::smallAtlas());
        fixture.view.setYear(2026);
        const SiteTableModel model(&fixture.document, &fixture.view);
        QCOMPARE(model.headerData(SiteTableModel::GpusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("GPUs (recorded) 2026"));
        QGraphicsScene scene;
        const ChartInputs in = fixture.inputs();
        const std::unique_ptr<ScenarioChart> cluster = drawn(ChartKind::ClusterSize, in, &scene);
        QStringList names;
        for (QAbstractSeries* series : cluster->chart()->series())
            names << series->name();
        QVERIFY2(names.contains(QStringLiteral("GPUs (scenario)")),
                 qPrintable(names.join(QLatin1Char('|'))));
        QVERIFY(!names.contains(QStringLiteral("GPUs")));
        const std::unique_ptr<ScenarioChart> sites = drawn(ChartKind::Sites, in, &scene);
        for (const QString& category : static_cast<SitesChart*>(sites.get())->categories())
            QVERIFY2(category.contains(QStringLiteral("GPUs (scenario)")), qPrintable(category));
        const csv::Table table = readBack(io::tableCsv(chartTable(ChartKind::Sites, in))).table;
        const int recorded = int(table.header.indexOf(QStringLiteral("GPUs (recorded)")));
        const int scenario =
            int(table.header.indexOf(QStringLiteral("GPUs (scenario), recorded phases")));
        QVERIFY(recorded > 0 && scenario > 0);
        bool found = false;
        for (const QStringList& row : table.rows) {
            if (row[0] != QLatin1String("Memphis Two"))
                continue;
            found = true;
            QCOMPARE(row[recorded], QStringLiteral("200000"));
            QVERIFY2(row[scenario] != row[recorded], qPrintable(row.join(QLatin1Char(','))));
        }
        QVERIFY(found);
    }

    // Copy as Table: the chart's table as tab-separated text and as an HTML table.
    void copyAsTablePutsTheTableOnTheClipboard()
    {
        test::ChartFixture fixture;
        ChartsPanel panel(fixture.scenario.get(), &fixture.view);
        panel.copyTable(ChartKind::Money);
        const QMimeData* copied = QGuiApplication::clipboard()->mimeData();
        QVERIFY(copied);
        const io::DataTable table = chartTable(ChartKind::Money, panel.inputs());
        QCOMPARE(copied->text(), io::tableTsv(table));
        QCOMPARE(copied->html(), io::tableHtml(table));
        QVERIFY(copied->text().contains(QStringLiteral("Year\tFunding (US$ billions)")));
        QCOMPARE(copied->text().count(QLatin1Char('\n')), 4 + 1 + int(table.rows.size()));
    }

    // The command line writes the table the window copies, byte for byte.
    void commandLineWritesTheSameTable_data()
    {
        QTest::addColumn<ChartKind>("kind");
        for (ChartKind kind : kAllCharts)
            QTest::newRow(qPrintable(chartFileStem(kind))) << kind;
    }
    void commandLineWritesTheSameTable()
    {
        QFETCH(ChartKind, kind);
        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("table.csv"));
        test::ChartFixture fixture;
        fixture.view.setYear(2027);
        ChartInputs in = fixture.inputs();
        in.scenarioName.clear(); // the command line's, without --scenario
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ATLAS_BINARY),
                      {QStringLiteral("export-chart"), chartFileStem(kind),
                       QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--out"),
                       out});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 QString::fromUtf8(io::tableCsv(chartTable(kind, in))));
    }
};

QTEST_MAIN(TestChartTable)
#include "tst_charttable.moc"
