// SPDX-License-Identifier: GPL-3.0-or-later
// Names, notes and addresses written to break out of HTML, as a shared database or an imported
// file can hold them: the details pane and every tooltip show them as text, no markup of
// theirs is obeyed, and only web pages are links.
#include "core/document/atlasdocument.h"
#include "core/undo/execute.h"
#include "core/document/viewstate.h"
#include "fakestore.h"
#include "core/geo/projection.h"
#include "core/map/linkbundles.h"
#include "core/map/mapscene.h"
#include "core/map/maptooltips.h"
#include "core/map/siteglyphs.h"
#include "core/models/phaseeditmodel.h"
#include "core/models/rowtablemodel.h"
#include "core/models/sitedetailshtml.h"
#include "core/models/sitetablemodel.h"
#include "core/models/tooltiptext.h"
#include "sampledata.h"
#include "core/scenario/gpumath.h"
#include "core/scenario/scenarioengine.h"

#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace atlas;

namespace {

const QString kHostile = QStringLiteral(
    "<b>x</b><img src=\"file:///etc/passwd\"><script>alert(1)</script>\" onmouseover=\"y");

// What Qt shows for a tooltip: rich text when it looks like HTML, else the text as it is.
QString shownAsToolTip(const QString& tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}

// The small atlas with hostile text everywhere a person can type, written around the
// checks (as another program, or an older version, could have written the file).
Dataset hostileData()
{
    test::FakeStore store;
    if (!store.apply(test::smallAtlas()).ok)
        qFatal("seed");
    Dataset data = store.load().dataset;
    for (Site& site : data.sites) {
        site.name = kHostile + QString::number(site.id);
        site.parties = kHostile;
        site.city = kHostile;
        site.note = kHostile;
    }
    for (Operator& op : data.operators) {
        op.name = kHostile + QString::number(op.id);
        op.color = QStringLiteral("red\" onmouseover=\"alert(3)");
    }
    for (Source& source : data.sources) {
        source.title = kHostile;
        source.publisher = kHostile;
        source.url = QStringLiteral("javascript:alert(document.cookie)");
    }
    for (SitePhase& phase : data.phases)
        phase.note = kHostile;
    for (GpuModel& model : data.gpuModels)
        model.name = kHostile;
    for (FiberLink& link : data.links)
        link.carrier = kHostile;
    data.reindex();
    return data;
}

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detailsShowNamesAsText()
    {
        const Dataset data = hostileData();
        for (const Site& site : data.sites) {
            const QString html = siteDetailsHtml(data, site.id);
            // Well-formed, with no markup but ours: no script, no event handler, no picture,
            // and links only to sites, the page's own sources and web pages.
            QXmlStreamReader xml(QStringLiteral("<div>") + html + QStringLiteral("</div>"));
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                QVERIFY2(xml.name() != QLatin1String("script") &&
                             xml.name() != QLatin1String("img"),
                         qPrintable(html));
                for (const QXmlStreamAttribute& attribute : xml.attributes()) {
                    QVERIFY2(!attribute.name().startsWith(QLatin1String("on")), qPrintable(html));
                    if (attribute.name() == QLatin1String("href")) {
                        const QString href = attribute.value().toString();
                        QVERIFY2(href.startsWith(QLatin1String("site:")) ||
                                     href.startsWith(QLatin1String("#source-")) ||
                                     href.startsWith(QLatin1String("https://")),
                                 qPrintable(href));
                    }
                    if (attribute.name() == QLatin1String("style"))
                        QVERIFY2(attribute.value() == QLatin1String("color:#ff0000") ||
                                     attribute.value() == QLatin1String("color:#888888"),
                                 qPrintable(attribute.value().toString()));
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QStringLiteral("\n") + html));
            // Qt shows the names as they were typed.
            QTextDocument shown;
            shown.setHtml(html);
            const QString text = shown.toPlainText();
            QVERIFY2(text.contains(kHostile + QString::number(site.id)), qPrintable(text));
            QVERIFY(text.contains(kHostile + QString::number(site.operatorId)));
        }
    }

    void tableTooltipsShowTheText()
    {
        auto document = std::make_unique<AtlasDocument>();
        auto store = std::make_unique<test::FakeStore>();
        QVERIFY(store->apply(test::smallAtlas()).ok);
        document->setStore(std::move(store));
        ChangeSet hostile;
        Site site = *document->dataset().site(10);
        site.name = kHostile;
        site.parties = QStringLiteral("<i>builds</i> & leases");
        hostile.upsert(site);
        Operator op = *document->dataset().op(1);
        op.name = QStringLiteral("<u>Alpha</u>");
        hostile.upsert(op);
        QVERIFY(undo::execute(*document, hostile, QStringLiteral("hostile")).ok);

        ViewState view;
        view.setYear(2026);
        SiteTableModel sites(document.get(), &view);
        const QString tip = sites.index(sites.rowOf(10), SiteTableModel::NameColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        QCOMPARE(shownAsToolTip(tip), kHostile + QStringLiteral("\n<i>builds</i> & leases"));
        // Plain text that Qt would show as it is stays plain.
        QCOMPARE(plainToolTip(QStringLiteral("Abilene One")), QStringLiteral("Abilene One"));

        RowTableModel operators(document.get(), RowTableModel::Kind::Operators);
        bool found = false;
        for (int row = 0; row < operators.rowCount(); ++row) {
            for (int column = 0; column < operators.columnCount(); ++column) {
                const QModelIndex index = operators.index(row, column);
                QCOMPARE(shownAsToolTip(index.data(Qt::ToolTipRole).toString()),
                         index.data().toString());
                found |= index.data().toString() == QLatin1String("<u>Alpha</u>");
            }
        }
        QVERIFY(found);

        // The phases table's tooltips quote what was typed.
        PhaseEditModel phases(&document->dataset());
        QVector<SitePhase> stored;
        for (const SitePhase* phase : document->dataset().phasesOf(10))
            stored << *phase;
        phases.setPhases(stored);
        const QModelIndex date = phases.index(0, PhaseEditModel::OnlineColumn);
        QVERIFY(phases.setData(date, QStringLiteral("<b>soon</b>"), Qt::EditRole));
        const QString problem = shownAsToolTip(date.data(Qt::ToolTipRole).toString());
        QVERIFY2(problem.contains(QStringLiteral("<b>soon</b>")), qPrintable(problem));
    }

    void mapTooltipsShowTheText()
    {
        const Dataset data = hostileData();
        const PreparedAtlas atlas = prepareAtlas(data);
        const ScenarioParams params = defaultParams(data);
        const ScenarioResult result = computeScenario(atlas, params);
        AlbersUsa projection;
        MapScene scene;
        scene.setData(data, projection);
        scene.setYear(atlas, params, result, 2027);
        MapViewport viewport(QSizeF(1000, 600), {}, 5000);
        viewport.fit(projection.extent());
        SiteGlyphs glyphs;
        glyphs.build(scene, viewport);
        QVERIFY(!glyphs.glyphs().isEmpty());
        for (int g = 0; g < glyphs.glyphs().size(); ++g) {
            const QString tip = siteTooltip(scene, glyphs, g);
            QVERIFY2(!tip.contains(QLatin1String("<img")) &&
                         !tip.contains(QLatin1String("<script")),
                     qPrintable(tip));
            QVERIFY2(shownAsToolTip(tip).contains(kHostile), qPrintable(tip));
        }
        LinkBundles bundles;
        bundles.build(scene, glyphs, viewport);
        QVERIFY(!bundles.bundles().isEmpty());
        const QString tip = linkTooltip(scene, bundles.bundles()[0], 1.3);
        QVERIFY2(shownAsToolTip(tip).contains(QStringLiteral("Carrier: ") + kHostile),
                 qPrintable(tip));
    }
};

QTEST_GUILESS_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
