// SPDX-License-Identifier: GPL-3.0-or-later
// Domain rules: validation, the text forms of enums, capacity over time, dataset lookups.
#include "core/domain/capacity.h"
#include "core/domain/dataset.h"
#include "core/domain/enumtext.h"
#include "core/domain/namekey.h"
#include "core/domain/validation.h"
#include "fakestore.h"
#include "sampledata.h"

#include <QTest>

using namespace atlas;

namespace {
QStringList fields(const FieldErrors& errors)
{
    QStringList names;
    for (const FieldError& e : errors)
        names << e.field;
    return names;
}
} // namespace

class TestDomain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void siteValidation_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("badFields");
        QTest::newRow("valid") << -97.0 << 33.0 << "Denton" << QStringList{};
        QTest::newRow("edges are valid") << 180.0 << -90.0 << "Pole" << QStringList{};
        QTest::newRow("latitude above 90") << 0.0 << 90.5 << "X" << QStringList{"lat"};
        QTest::newRow("latitude below -90") << 0.0 << -91.0 << "X" << QStringList{"lat"};
        QTest::newRow("longitude beyond 180") << 180.01 << 0.0 << "X" << QStringList{"lon"};
        QTest::newRow("not a number") << qQNaN() << 0.0 << "X" << QStringList{"lon"};
        QTest::newRow("blank name") << 0.0 << 0.0 << "   " << QStringList{"name"};
    }
    void siteValidation()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(QString, name);
        QFETCH(QStringList, badFields);
        Site site;
        site.name = name;
        site.lon = lon;
        site.lat = lat;
        QCOMPARE(fields(validate(site)), badFields);
    }

    void messagesSayWhatIsAllowed()
    {
        Site site;
        site.name = QStringLiteral("X");
        site.lat = 123;
        const FieldErrors errors = validate(site);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors[0].message.contains(QStringLiteral("between -90 and 90")));
        QVERIFY(errors[0].message.contains(QStringLiteral("123")));
    }

    void linkToItselfIsRejected()
    {
        FiberLink link;
        link.siteA = 3;
        link.siteB = 3;
        QCOMPARE(fields(validate(link)), QStringList{QStringLiteral("site_b")});
        link.siteB = 4;
        QVERIFY(validate(link).isEmpty());
    }

    void phaseValidation()
    {
        SitePhase phase;
        phase.siteId = 1;
        phase.onlineDate = QDate(2025, 9, 30);
        QVERIFY(validate(phase).isEmpty());
        phase.itMw = -1;
        phase.chips = {ChipCount{1, -3, false, QString()}};
        phase.onlineDate = QDate();
        QCOMPARE(fields(validate(phase)),
                 (QStringList{QStringLiteral("online_date"), QStringLiteral("it_mw"),
                              QStringLiteral("gpu_count")}));
    }

    void claimRangeMustBeOrdered()
    {
        Claim claim;
        claim.metric = QStringLiteral("single_site_gw");
        claim.low = 2;
        claim.high = 1;
        QCOMPARE(fields(validate(claim)), QStringList{QStringLiteral("high")});
    }

    void operatorColourIsHex()
    {
        Operator op{0, QStringLiteral("A"), QStringLiteral("blue"), {}};
        QCOMPARE(fields(validate(op)), QStringList{QStringLiteral("color")});
        op.color = QStringLiteral("#A1b2C3");
        QVERIFY(validate(op).isEmpty());
    }

    void gpuModelNeedsPowerAndOverhead()
    {
        GpuModel model;
        model.name = QStringLiteral("X");
        model.tdpW = 0;
        model.overhead = 0.9;
        QCOMPARE(fields(validate(model)),
                 (QStringList{QStringLiteral("tdp_w"), QStringLiteral("overhead")}));
    }

    void sourceUrlMustBeComplete()
    {
        Source source{0, QStringLiteral("T"), QStringLiteral("example.org/x"), {}, {}, {}};
        QCOMPARE(fields(validate(source)), QStringList{QStringLiteral("url")});
        source.url = QStringLiteral("https://example.org/x");
        QVERIFY(validate(source).isEmpty());
    }

    void sourceAddressesAreWebPagesOnly_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://example.org/report" << true;
        QTest::newRow("http, upper case") << "HTTP://example.org/x" << true;
        QTest::newRow("none") << "" << true;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("smb") << "smb://server/share/x.pdf" << false;
        QTest::newRow("data") << "data:text/html,<script>alert(1)</script>" << false;
        QTest::newRow("ftp") << "ftp://example.org/x" << false;
        QTest::newRow("no host") << "https:///x" << false;
    }
    void sourceAddressesAreWebPagesOnly()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        Source source{0, QStringLiteral("T"), url, {}, {}, {}};
        const FieldErrors errors = validate(source);
        QCOMPARE(errors.isEmpty(), allowed);
        if (!allowed) {
            QCOMPARE(fields(errors), QStringList{QStringLiteral("url")});
            QVERIFY2(errors[0].message.contains(QStringLiteral("https://")),
                     qPrintable(errors[0].message));
        }
    }

    // A number in a message is the number that was given, not a rounding of it.
    void messagesShowTheValueAsGiven_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("shown");
        QTest::newRow("latitude") << "lat"
                                  << "-90.0000001";
        QTest::newRow("longitude") << "lon"
                                   << "180.00000001";
        QTest::newRow("planned power") << "planned_mw"
                                       << "-1234567.5";
        QTest::newRow("chip power") << "tdp_w"
                                    << "0";
        QTest::newRow("overhead") << "overhead"
                                  << "0.99999";
        QTest::newRow("claim") << "high"
                               << "1.0000001";
        QTest::newRow("capacity") << "capacity_tbps"
                                  << "-0.25";
    }
    void messagesShowTheValueAsGiven()
    {
        QFETCH(QString, field);
        QFETCH(QString, shown);
        const double value = shown.toDouble();
        FieldErrors errors;
        if (field == QLatin1String("lat") || field == QLatin1String("lon") ||
            field == QLatin1String("planned_mw")) {
            Site site = test::makeSite(0, QStringLiteral("X"), 0, 0);
            if (field == QLatin1String("lat"))
                site.lat = value;
            else if (field == QLatin1String("lon"))
                site.lon = value;
            else
                site.plannedMw = value;
            errors = validate(site);
        } else if (field == QLatin1String("tdp_w") || field == QLatin1String("overhead")) {
            GpuModel model = test::h100Model();
            if (field == QLatin1String("tdp_w"))
                model.tdpW = value;
            else
                model.overhead = value;
            errors = validate(model);
        } else if (field == QLatin1String("high")) {
            Claim claim;
            claim.metric = QStringLiteral("gw");
            claim.low = 1.0000002;
            claim.high = value;
            errors = validate(claim);
        } else {
            FiberLink link;
            link.siteA = 1;
            link.siteB = 2;
            link.capacityTbps = value;
            errors = validate(link);
        }
        QCOMPARE(fields(errors), QStringList{field});
        QVERIFY2(errors[0].message.contains(QStringLiteral("got ") + shown) ||
                     errors[0].message.contains(QStringLiteral("(") + shown + QStringLiteral(")")),
                 qPrintable(errors[0].message));
    }

    // Control characters (a NUL, an escape, a line break in a name) are refused; notes and
    // quotes keep their tabs and line breaks.
    void controlCharactersAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QStringList>("badFields");
        QTest::addColumn<QString>("code");
        QTest::newRow("plain") << "Abilene"
                               << "two\tlines\nhere\r\n"
                               << QStringList{} << "";
        QTest::newRow("NUL in a name")
            << QStringLiteral("Abi%1lene").arg(QChar(0)) << "" << QStringList{"name"} << "U+0000";
        QTest::newRow("line break in a name") << "Abi\nlene"
                                              << "" << QStringList{"name"} << "U+000A";
        QTest::newRow("tab in a name") << "Abi\tlene"
                                       << "" << QStringList{"name"} << "U+0009";
        QTest::newRow("escape in a note") << "Abilene"
                                          << "a\x1b[31mred" << QStringList{"note"} << "U+001B";
        QTest::newRow("C1 control in a name") << QStringLiteral("Abi%1lene").arg(QChar(0x85)) << ""
                                              << QStringList{"name"} << "U+0085";
        QTest::newRow("DEL in a name") << "Abi\x7flene"
                                       << "" << QStringList{"name"} << "U+007F";
    }
    void controlCharactersAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, note);
        QFETCH(QStringList, badFields);
        QFETCH(QString, code);
        Site site = test::makeSite(0, name, 0, 0);
        site.note = note;
        const FieldErrors errors = validate(site);
        QCOMPARE(fields(errors), badFields);
        if (!errors.isEmpty())
            QVERIFY2(errors[0].message.contains(code) &&
                         errors[0].message.contains(QStringLiteral("control character")),
                     qPrintable(errors[0].message));
        // The same rule for every kind of named row.
        Operator op{0, name, {}, note};
        QCOMPARE(fields(validate(op)), badFields);
        ScenarioRecord scenario{0, name, {}, note};
        QCOMPARE(fields(validate(scenario)), badFields);
        GpuModel model = test::h100Model();
        model.name = name;
        model.note = note;
        QCOMPARE(fields(validate(model)), badFields);
    }

    void otherTextFieldsAreOneLine()
    {
        Source source{0,  QStringLiteral("A\ntitle"), {}, QStringLiteral("Pub\x01"),
                      {}, QStringLiteral("a note\n")};
        QCOMPARE(fields(validate(source)),
                 (QStringList{QStringLiteral("title"), QStringLiteral("publisher")}));
        Claim claim;
        claim.metric = QStringLiteral("gw");
        claim.label = QStringLiteral("x\ry");
        claim.quote = QStringLiteral("said:\n\"more\"");
        QCOMPARE(fields(validate(claim)), QStringList{QStringLiteral("label")});
        FiberLink link;
        link.siteA = 1;
        link.siteB = 2;
        link.carrier = QStringLiteral("Zayo\x1f");
        QCOMPARE(fields(validate(link)), QStringList{QStringLiteral("carrier")});
    }

    // "Montréal" with é, and with e + a combining accent; in capitals: one name.
    void namesAreKeyedByNfcAndCase()
    {
        const QString composed = QStringLiteral("Montr\u00e9al");
        const QString decomposed = QStringLiteral("Montre\u0301al");
        QVERIFY(composed != decomposed);
        QCOMPARE(normalizedName(decomposed + QStringLiteral("  ")), composed);
        QCOMPARE(nameKey(decomposed), nameKey(composed));
        QCOMPARE(nameKey(QStringLiteral("MONTR\u00c9AL")), nameKey(decomposed));
        QVERIFY(nameKey(QStringLiteral("Montreal")) != nameKey(composed));
    }

    // The quick paths (ASCII names, control characters compared as numbers) must give what
    // Unicode's tables give, for every UTF-16 code unit and for ASCII names of all kinds.
    void quickPathsAgreeWithUnicode()
    {
        for (char32_t u = 0; u <= 0xffff; ++u) {
            const QChar c(char16_t(u & 0xffff));
            Site site;
            site.name = QStringLiteral("a") + c + QStringLiteral("b");
            site.precision = LocationPrecision::Unknown;
            const bool refused =
                !validate(site).isEmpty() &&
                validate(site)[0].message.contains(QStringLiteral("control character"));
            QVERIFY2(refused == (c.category() == QChar::Other_Control),
                     qPrintable(QString::number(uint(u), 16)));
        }
        const auto slowKey = [](const QString& name) {
            return name.trimmed()
                .normalized(QString::NormalizationForm_C)
                .toCaseFolded()
                .normalized(QString::NormalizationForm_C);
        };
        QString all;
        for (char c = 0x20; c < 0x7f; ++c)
            all += QLatin1Char(c);
        for (const QString& name :
             {all, QStringLiteral("  Site 12 "), QStringLiteral("ALLCAPS"),
              QStringLiteral("lower only"), QString(), QStringLiteral("Z@[`{")}) {
            QCOMPARE(nameKey(name), slowKey(name));
            QCOMPARE(normalizedName(name), name.trimmed().normalized(QString::NormalizationForm_C));
        }
        // A name that shares its text with the caller's is not changed under it.
        const QString caller = QStringLiteral("Abilene");
        QCOMPARE(nameKey(caller), QStringLiteral("abilene"));
        QCOMPARE(caller, QStringLiteral("Abilene"));
    }

    void enumKeysRoundTrip()
    {
        for (const QString& key : siteStatusKeys())
            QCOMPARE(toKey(*siteStatusFromKey(key)), key);
        for (const QString& key : linkStatusKeys())
            QCOMPARE(toKey(*linkStatusFromKey(key)), key);
        QCOMPARE(locationPrecisionFromKey(QStringLiteral("APPROXIMATE")),
                 std::optional(LocationPrecision::Approximate));
        QVERIFY(!siteStatusFromKey(QStringLiteral("demolished")));
    }

    void datesShowTheirPrecision_data()
    {
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("text");
        QTest::newRow("day") << int(DatePrecision::Day) << "2027-03-31";
        QTest::newRow("month") << int(DatePrecision::Month) << "2027-03";
        QTest::newRow("quarter") << int(DatePrecision::Quarter) << "2027-Q1";
        QTest::newRow("year") << int(DatePrecision::Year) << "2027";
    }
    void datesShowTheirPrecision()
    {
        QFETCH(int, precision);
        QFETCH(QString, text);
        QCOMPARE(formatDate(QDate(2027, 3, 31), DatePrecision(precision)), text);
    }

    void capacityIsAStepFunction()
    {
        test::FakeStore store;
        QVERIFY(store.apply(test::smallAtlas()).ok);
        Dataset data = store.load().dataset;
        const auto phases = data.phasesOf(10);
        QCOMPARE(phases.size(), 2);
        QVERIFY(phases[0]->onlineDate < phases[1]->onlineDate);

        QVERIFY(!capacityAt(data, phases, QDate(2024, 1, 1)).online);
        QCOMPARE(capacityAt(data, phases, QDate(2024, 1, 1)).itMw(), 0.0);
        const SiteCapacity in2024 = capacityAt(data, phases, endOfYear(2024));
        QVERIFY(in2024.online);
        QCOMPARE(in2024.itMw(), 150.0);
        QVERIFY(!in2024.isDerived());
        QCOMPARE(in2024.gpuCount, qint64(100000));
        // The 2026 phase states power but no count: the count carries over.
        const SiteCapacity in2026 = capacityAt(data, phases, endOfYear(2026));
        QCOMPARE(in2026.itMw(), 400.0);
        QCOMPARE(in2026.gpuCount, qint64(100000));
        QCOMPARE(in2026.gpuModelId, Id(1));
    }

    void powerIsDerivedFromGpusWhenNotStated()
    {
        test::FakeStore store;
        ChangeSet set = test::smallAtlas();
        SitePhase gpusOnly;
        gpusOnly.id = 104;
        gpusOnly.siteId = 12;
        gpusOnly.onlineDate = QDate(2025, 6, 30);
        gpusOnly.chips = {ChipCount{1, 100000, false, QString()}}; // H100: 700 W x 1.82
        set.upsert(gpusOnly);
        QVERIFY(store.apply(set).ok);
        Dataset data = store.load().dataset;
        const SiteCapacity capacity = capacityAt(data, data.phasesOf(12), endOfYear(2025));
        QVERIFY(capacity.isDerived());
        QCOMPARE(capacity.statedItMw, 0.0);
        QVERIFY(qFuzzyCompare(capacity.itMw(), 127.4)); // 100,000 x 700 W x 1.82
    }

    void fleetsMixChipsAndProjectionsCanBeLeftOut()
    {
        Dataset data;
        GpuModel h100 = test::h100Model();
        GpuModel b300 = h100;
        b300.id = 2;
        b300.name = QStringLiteral("B300");
        b300.tdpW = 1400;
        b300.overhead = 1.45;
        b300.aliases = {QStringLiteral("GB300")};
        data.gpuModels = {h100, b300};
        const auto phase = [](Id id, QDate date, std::optional<double> mw, QVector<ChipCount> chips,
                              bool projected) {
            SitePhase p;
            p.id = id;
            p.siteId = 1;
            p.onlineDate = date;
            p.itMw = mw;
            p.chips = std::move(chips);
            p.projected = projected;
            return p;
        };
        data.phases = {phase(1, QDate(2024, 6, 30), std::nullopt,
                             {{1, 100000, false, {}}, {2, 20000, true, {}}}, false),
                       phase(2, QDate(2025, 6, 30), 300, {{2, std::nullopt, false, {}}}, false),
                       phase(3, QDate(2027, 6, 30), 900, {{2, 400000, true, {}}}, true)};
        data.phases[1].h100e = 250000;
        data.reindex();
        QCOMPARE(data.gpuModelByName(QStringLiteral("gb300"))->id, Id(2));

        const SiteCapacity mixed = capacityAt(data, data.phasesOf(1), endOfYear(2024));
        QCOMPARE(mixed.gpuCount, qint64(120000));
        QCOMPARE(mixed.gpuModelId, Id(0)); // two models
        // No power stated yet: derived from both chips, 100k x 700 W x 1.82 + 20k x 1400 W x 1.45.
        QVERIFY(qFuzzyCompare(mixed.itMw(), 127.4 + 40.6));
        // Naming B300 without a count does not undo the counted fleet.
        const SiteCapacity named = capacityAt(data, data.phasesOf(1), endOfYear(2025));
        QCOMPARE(named.gpuCount, qint64(120000));
        QCOMPARE(named.itMw(), 300.0);
        QCOMPARE(named.statedH100e, 250000.0);
        QVERIFY(!named.projected);
        // The projection counts by default and can be left out.
        const SiteCapacity all = capacityAt(data, data.phasesOf(1), endOfYear(2027));
        QCOMPARE(all.itMw(), 900.0);
        QVERIFY(all.projected);
        QCOMPARE(all.gpuModelId, Id(2));
        const SiteCapacity recorded =
            capacityAt(data, data.phasesOf(1), endOfYear(2027), PhaseScope::RecordedOnly);
        QCOMPARE(recorded.itMw(), 300.0);
        QVERIFY(!recorded.projected);
        QCOMPARE(recorded.gpuCount, qint64(120000));
    }

    void unplacedSitesNeedNoCoordinates()
    {
        Site site;
        site.name = QStringLiteral("Somewhere");
        site.precision = LocationPrecision::Unknown;
        site.lat = 1000; // ignored
        QVERIFY(validate(site).isEmpty());
        site.precision = LocationPrecision::Approximate;
        QCOMPARE(fields(validate(site)), QStringList{QStringLiteral("lat")});
    }

    void datasetLookups()
    {
        test::FakeStore store;
        QVERIFY(store.apply(test::smallAtlas()).ok);
        Dataset data = store.load().dataset;
        QCOMPARE(data.site(11)->name, QStringLiteral("Memphis Two"));
        QVERIFY(!data.site(99));
        QCOMPARE(data.linksOf(10).size(), 1);
        QCOMPARE(data.linksOf(11).size(), 1);
        QCOMPARE(data.linksOf(12).size(), 0);
        // Site 10, its phases and its link all cite source 1: listed once.
        QCOMPARE(data.sourcesOf(10).size(), 1);
        QCOMPARE(data.operatorByName(QStringLiteral("Beta"))->id, Id(2));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
