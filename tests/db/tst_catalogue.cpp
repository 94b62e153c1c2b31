// SPDX-License-Identifier: GPL-3.0-or-later
// The GPU catalogue of every new database (resources/seed/catalogue.sql): each chip Epoch AI's
// data-center hub names maps to one row, the figures are Epoch's hardware data's, every row
// is cited, and an alias never names two rows.
#include "core/domain/datasetchecks.h"
#include "externalprograms.h"
#include "db/sampledatabase.h"
#include "db/sqlitestore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <iterator>

using namespace atlas;
using namespace atlas::test;

namespace {

// The chip types of Epoch AI's data-center hub (July 2026 export): "Chip type" of
// data_center_chip_quantities.csv and "Current/All chip types" of data_centers.csv.
const char* const kEpochChipTypes[] = {"A100",    "Ascend 910C", "B200",    "B300",   "H100",
                                       "H20",     "H200",        "R200",    "R300",   "TPU v4",
                                       "TPU v5e", "TPU v5p",     "TPU v6e", "TPU v7", "Trainium2"};

const QString kEpochHardware = QStringLiteral("https://epoch.ai/data/machine-learning-hardware");

bool namedBy(const GpuModel& model, const QString& name)
{
    if (model.name == name)
        return true;
    for (const QString& alias : model.aliases) {
        if (alias.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    Dataset m_data;

    const GpuModel& model(const QString& name)
    {
        const GpuModel* found = m_data.gpuModelByName(name);
        if (!found)
            qFatal("no GPU model %s", qPrintable(name));
        return *found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("catalogue.gpkg"));
        QCOMPARE(db::createCatalogueDatabase(m_path), QString());
        db::OpenResult opened = db::SqliteStore::open(m_path);
        QVERIFY2(opened.store, qPrintable(opened.error));
        m_data = opened.store->load().dataset;
        QVERIFY(opened.store->integrityProblems().isEmpty());
        QVERIFY(m_data.sites.isEmpty());
    }

    void everyEpochChipTypeNamesOneRow_data()
    {
        QTest::addColumn<QString>("chip");
        QTest::addColumn<QString>("row");
        const char* const rows[] = {
            "A100 SXM",  "Ascend 910C", "GB200 (NVL72)",      "GB300 (NVL72)",        "H100 SXM",
            "H20 (HGX)", "H200 SXM",    "Rubin (VR200)",      "Rubin Ultra (NVL576)", "TPU v4",
            "TPU v5e",   "TPU v5p",     "TPU v6e (Trillium)", "TPU v7 (Ironwood)",    "Trainium2"};
        static_assert(std::size(rows) == std::size(kEpochChipTypes));
        for (size_t i = 0; i < std::size(rows); ++i)
            QTest::newRow(kEpochChipTypes[i])
                << QString::fromLatin1(kEpochChipTypes[i]) << QString::fromLatin1(rows[i]);
    }
    void everyEpochChipTypeNamesOneRow()
    {
        QFETCH(QString, chip);
        QFETCH(QString, row);
        int naming = 0;
        for (const GpuModel& m : m_data.gpuModels)
            naming += namedBy(m, chip);
        QCOMPARE(naming, 1);
        const GpuModel* found = m_data.gpuModelByName(chip);
        QVERIFY(found);
        QCOMPARE(found->name, row);
        // Aliases match in any case (names exactly, as the app compares them).
        if (found->name != chip)
            QCOMPARE(m_data.gpuModelByName(chip.toUpper()), found);
    }

    void epochsR200IsNvidiasRubinNotBaidusKunlun()
    {
        const GpuModel& r200 = model(QStringLiteral("R200"));
        QCOMPARE(r200.name, QStringLiteral("Rubin (VR200)"));
        QCOMPARE(r200.id, Id(7));
        QCOMPARE(model(QStringLiteral("r300")).name, QStringLiteral("Rubin Ultra (NVL576)"));
        for (const GpuModel& m : m_data.gpuModels)
            QVERIFY2(!m.name.contains(QStringLiteral("Kunlun")), qPrintable(m.name));
    }

    void theSamplesRowsKeepTheirIds_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("name");
        QTest::newRow("1") << 1 << "A100 SXM";
        QTest::newRow("2") << 2 << "H100 SXM";
        QTest::newRow("3") << 3 << "H200 SXM";
        QTest::newRow("4") << 4 << "B200 (HGX)";
        QTest::newRow("5") << 5 << "GB200 (NVL72)";
        QTest::newRow("6") << 6 << "GB300 (NVL72)";
        QTest::newRow("7") << 7 << "Rubin (VR200)";
    }
    void theSamplesRowsKeepTheirIds()
    {
        QFETCH(int, id);
        QFETCH(QString, name);
        const GpuModel* found = m_data.gpuModel(Id(id));
        QVERIFY(found);
        QCOMPARE(found->name, name);
    }

    // Figures of ml_hardware.csv (FLOP/s / 1e12, bytes / 1e9); a NaN column is NULL there.
    void figuresAreEpochsHardwareData_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("tdpW");
        QTest::addColumn<double>("bf16");
        QTest::addColumn<double>("fp8");
        QTest::addColumn<double>("hbmGb");
        const double none = std::nan("");
        QTest::newRow("H100") << "H100" << 700.0 << 989.4 << 1979.0 << 80.0;
        QTest::newRow("H20") << "H20" << 400.0 << 148.0 << none << 96.0;
        QTest::newRow("B300 HGX") << "HGX B300" << 1100.0 << 2250.0 << 4500.0 << 270.0;
        QTest::newRow("GB300") << "GB300" << 1400.0 << 2500.0 << 5000.0 << 287.5;
        QTest::newRow("TPU v4") << "TPU v4" << 340.0 << 275.0 << none << 32.0;
        QTest::newRow("TPU v5e") << "TPU v5e" << 300.0 << 197.0 << none << 16.0;
        QTest::newRow("TPU v5p") << "TPU v5p" << 540.0 << 459.0 << none << 95.0;
        QTest::newRow("TPU v6e") << "TPU v6e" << 380.0 << 918.0 << none << 32.0;
        QTest::newRow("TPU v7") << "TPU v7" << 960.0 << 2307.0 << 4614.0 << 192.0;
        QTest::newRow("Trainium2") << "Trainium2" << 500.0 << 667.0 << 1299.0 << 96.0;
        QTest::newRow("Ascend 910C") << "Ascend 910C" << 700.0 << 800.0 << none << 128.0;
    }
    void figuresAreEpochsHardwareData()
    {
        QFETCH(QString, name);
        QFETCH(double, tdpW);
        QFETCH(double, bf16);
        QFETCH(double, fp8);
        QFETCH(double, hbmGb);
        const GpuModel& m = model(name);
        // Rows of the facts file round Epoch's figures (989.4 TFLOPS is stored as 989, 287.5
        // GB as 288): within 0.5 of a unit.
        const auto near = [](const std::optional<double>& stored, double expected) {
            if (std::isnan(expected))
                return !stored.has_value();
            return stored && std::abs(*stored - expected) <= 0.5;
        };
        QCOMPARE(m.tdpW, tdpW);
        QVERIFY2(near(m.bf16Tflops, bf16), qPrintable(m.name));
        QVERIFY2(near(m.fp8Tflops, fp8), qPrintable(m.name));
        QVERIFY2(near(m.hbmGb, hbmGb), qPrintable(m.name));
    }

    void pricesOnlyWhereTheDataGivesThem()
    {
        QCOMPARE(model(QStringLiteral("H20")).unitPriceUsd, std::optional<double>(12000));
        for (const char* name : {"HGX B300", "TPU v4", "TPU v5e", "TPU v5p", "TPU v6e", "TPU v7",
                                 "Trainium2", "Ascend 910C", "R300"}) {
            const GpuModel& m = model(QLatin1String(name));
            QVERIFY2(!m.unitPriceUsd && !m.systemPriceUsd, name);
            QVERIFY2(m.note.contains(QStringLiteral("rice")), name); // "Price ..." / "no price"
        }
    }

    void overheadsFollowTheSystem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("overhead");
        QTest::newRow("8-GPU H20") << "H20" << 1.82;
        QTest::newRow("8-GPU B300") << "HGX B300" << 1.82;
        QTest::newRow("NVL72 B300") << "B300" << 1.45;
        QTest::newRow("NVL72 B200") << "B200" << 1.45;
        QTest::newRow("NVL576") << "R300" << 1.45;
        QTest::newRow("TPU v7") << "TPU v7" << 1.59;
        QTest::newRow("Trainium2") << "Trainium2" << 1.59;
        QTest::newRow("TPU v5e") << "TPU v5e" << 1.20;
        QTest::newRow("Ascend 910C") << "Ascend 910C" << 1.80;
    }
    void overheadsFollowTheSystem()
    {
        QFETCH(QString, name);
        QFETCH(double, overhead);
        const GpuModel& m = model(name);
        QCOMPARE(m.overhead, overhead);
        if (!m.system.startsWith(QLatin1String("HGX")) &&
            !m.system.startsWith(QLatin1String("NVL")))
            QVERIFY2(m.note.contains(QStringLiteral("assum")),
                     qPrintable(m.name)); // a stated assumption
    }

    void rubinUltraDrawsNvidiasRackPowerPerPackage()
    {
        // 600 kW per NVL576 rack of 144 packages; the TDP is derived so that TDP x overhead is
        // that.
        const GpuModel& m = model(QStringLiteral("Rubin Ultra"));
        QVERIFY(std::abs(m.tdpW * m.overhead - 600000.0 / 144) < 1.0);
        QVERIFY(std::abs(*m.fp8Tflops - 5e6 / 144) < 1.0); // 5 EF FP8 per rack
        const GpuModel& rubin = model(QStringLiteral("Rubin"));
        QVERIFY(std::abs(*rubin.fp8Tflops - 1.2e6 / 72) < 1.0); // 1.2 EF per rack of 72 packages
    }

    void everyRowIsCitedAndValid()
    {
        QCOMPARE(m_data.gpuModels.size(), 17);
        for (const GpuModel& m : m_data.gpuModels) {
            const Source* source = m_data.source(m.sourceId);
            QVERIFY2(source, qPrintable(m.name));
            QVERIFY2(!source->title.trimmed().isEmpty(), qPrintable(m.name));
            const FieldErrors errors = checkRow(m, m_data);
            QVERIFY2(errors.isEmpty(),
                     qPrintable(m.name + QLatin1String(": ") + errors.value(0).message));
        }
        // Figures from Epoch's hardware data cite it, with its licence.
        for (const char* name : {"H20", "HGX B300", "TPU v4", "TPU v5e", "TPU v5p", "TPU v6e",
                                 "TPU v7", "Trainium2", "Ascend 910C"}) {
            const Source* source = m_data.source(model(QLatin1String(name)).sourceId);
            QCOMPARE(source->url, kEpochHardware);
            QCOMPARE(source->publisher, QStringLiteral("Epoch AI"));
            QVERIFY2(source->title.startsWith(QStringLiteral("Data on Machine Learning Hardware")),
                     name);
            QVERIFY2(source->note.contains(QStringLiteral("CC BY 4.0")), name);
        }
    }

    void noAliasNamesAnotherRow()
    {
        QHash<QString, QString> owner; // case-folded alias or name -> row
        for (const GpuModel& m : m_data.gpuModels) {
            QVERIFY2(!owner.contains(m.name.toCaseFolded()), qPrintable(m.name));
            owner.insert(m.name.toCaseFolded(), m.name);
        }
        int aliases = 0;
        for (const GpuModel& m : m_data.gpuModels) {
            for (const QString& alias : m.aliases) {
                const QString key = alias.toCaseFolded();
                QVERIFY2(!owner.contains(key) || owner.value(key) == m.name,
                         qPrintable(alias + QLatin1String(" on ") + m.name +
                                    QLatin1String(" and ") + owner.value(key)));
                owner.insert(key, m.name);
                QCOMPARE(m_data.gpuModelByName(alias), &m);
                ++aliases;
            }
        }
        QVERIFY(aliases >= int(std::size(kEpochChipTypes)));
    }

    void gdalReadsTheCatalogue()
    {
        const QString ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
        if (ogrinfo.isEmpty())
            QFAIL("ogrinfo not found: install GDAL (Debian: gdal-bin; packaging/install-deps.sh "
                  "does)");
        const ProgramRun run = runProgram(
            ogrinfo,
            {QStringLiteral("-ro"), QStringLiteral("-q"), m_path, QStringLiteral("-sql"),
             QStringLiteral("SELECT m.name AS model FROM gpu_model_aliases a JOIN gpu_models m "
                            "ON m.id = a.gpu_model_id WHERE a.alias = 'r200'")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains(QStringLiteral("Warning")) &&
                     !run.err.contains(QStringLiteral("ERROR")),
                 qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("model (String) = Rubin (VR200)")),
                 qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
