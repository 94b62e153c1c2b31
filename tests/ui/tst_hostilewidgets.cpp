// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile text in the widgets: chart legends (rich text in Qt Charts, and their tooltips)
// show names as typed, and a click in the details pane opens web pages only.
#include "chartfixture.h"
#include "core/undo/execute.h"
#include "ui/sites/sitedetailsview.h"

#include <QChart>
#include <QDesktopServices>
#include <QLegend>
#include <QLegendMarker>
#include <QTest>
#include <QTextDocument>

using namespace atlas;

namespace {

const QString kHostile = QStringLiteral("<b>Op</b><img src=\"file:///etc/passwd\"> & <i>co</i>");

QString shownAsRichText(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

// Receives what QDesktopServices::openUrl() would hand to the system.
class OpenedUrls : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls << url; }
};

class TestHostileWidgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void legendNamesAreText()
    {
        test::ChartFixture fixture;
        ChangeSet rename;
        for (Operator op : fixture.document.dataset().operators) {
            op.name = kHostile + QString::number(op.id);
            rename.upsert(op);
        }
        QVERIFY(undo::execute(fixture.document, rename, QStringLiteral("rename")).ok);
        charts::ChartInputs inputs = fixture.inputs();
        const std::unique_ptr<charts::ScenarioChart> chart =
            charts::makeChart(charts::ChartKind::Gigawatts);
        chart->update(inputs);
        int hostile = 0;
        for (const QLegendMarker* marker : chart->chart()->legend()->markers()) {
            const QString shown = shownAsRichText(marker->label());
            QVERIFY2(!shown.contains(QLatin1String("Op</b>")) || shown.startsWith(kHostile),
                     qPrintable(shown));
            hostile += shown.startsWith(kHostile);
        }
        QVERIFY(hostile > 0);
        // The compared scenario's name in the legend, likewise.
        inputs.comparison = inputs.result;
        inputs.comparisonName = QStringLiteral("<u>plan B</u>");
        chart->update(inputs);
        bool compared = false;
        for (const QLegendMarker* marker : chart->chart()->legend()->markers())
            compared |=
                shownAsRichText(marker->label()).endsWith(QStringLiteral("(<u>plan B</u>)"));
        QVERIFY(compared);
    }

    void detailsOpenOnlyWebPages()
    {
        test::ChartFixture fixture;
        OpenedUrls opened;
        const QStringList schemes{QStringLiteral("javascript"), QStringLiteral("file"),
                                  QStringLiteral("smb"),        QStringLiteral("data"),
                                  QStringLiteral("https"),      QStringLiteral("http")};
        for (const QString& scheme : schemes)
            QDesktopServices::setUrlHandler(scheme, &opened, "open");
        SiteDetailsView view(&fixture.document, &fixture.view);
        for (const char* url :
             {"javascript:alert(1)", "file:///etc/passwd", "smb://server/share",
              "data:text/html,<script>alert(1)</script>", "https://example.org/report"})
            Q_EMIT view.anchorClicked(QUrl(QString::fromLatin1(url)));
        for (const QString& scheme : schemes)
            QDesktopServices::unsetUrlHandler(scheme);
        QCOMPARE(opened.urls, QList<QUrl>{QUrl(QStringLiteral("https://example.org/report"))});
    }
};

QTEST_MAIN(TestHostileWidgets)
#include "tst_hostilewidgets.moc"
