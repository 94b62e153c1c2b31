// SPDX-License-Identifier: GPL-3.0-or-later
// The edit forms' messages: an error appearing or going never moves a field (their room is
// reserved under the fields), each message names its field and focuses it on a click, the
// field carries it in its tooltip, and a site without a source is warned of but still saves.
#include "chartfixture.h"
#include "ui/forms/siteform.h"
#include "screenshots.h"
#include "typeinto.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace atlas;
using atlas::test::typeInto;

namespace {

QHash<QWidget*, QPoint> placesOf(QWidget* form)
{
    QHash<QWidget*, QPoint> at;
    for (QWidget* child : form->findChildren<QWidget*>()) {
        if (child->isVisible())
            at.insert(child, child->mapTo(form, QPoint(0, 0)));
    }
    return at;
}

} // namespace

class TestFormMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anErrorMovesNoField()
    {
        test::ChartFixture fixture;
        const Site& existing = fixture.document.dataset().sites.first();
        SiteForm form(&fixture.document, existing, nullptr);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QWidget* latitude = form.fieldEditor(QStringLiteral("lat"));
        QVERIFY(latitude);
        const QHash<QWidget*, QPoint> before = placesOf(&form);
        const QSize sizeBefore = form.size();

        typeInto(latitude, QStringLiteral("123"));
        QCoreApplication::processEvents();
        const QString error = form.shownError(QStringLiteral("lat"));
        QVERIFY2(!error.isEmpty(), "an out-of-range latitude shows no message");
        QCOMPARE(latitude->toolTip(), error);
        auto* messages = form.findChild<QLabel*>(QStringLiteral("formMessages"));
        QVERIFY(messages);
        QVERIFY(messages->text().contains(QStringLiteral("Latitude")));
        test::keepScreenshot(&form, QStringLiteral("form-error"));

        // Every editor is where it was; the dialog kept its size.
        QCOMPARE(form.size(), sizeBefore);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.key()->isVisible() && it.key() != messages)
                QVERIFY2(it.key()->mapTo(&form, QPoint(0, 0)) == it.value(),
                         qPrintable(QStringLiteral("%1 %2 moved").arg(QLatin1String(it.key()->metaObject()->className()), it.key()->objectName())));
        }

        // The message's link takes the focus to its field.
        form.fieldEditor(QStringLiteral("name"))->setFocus();
        QMetaObject::invokeMethod(messages, "linkActivated", Q_ARG(QString, QStringLiteral("lat")));
        QCOMPARE(QApplication::focusWidget(), latitude);

        typeInto(latitude, QString::number(existing.lat));
        QCoreApplication::processEvents();
        QVERIFY(form.shownError(QStringLiteral("lat")).isEmpty());
        QCOMPARE(form.size(), sizeBefore);
        form.reject();
    }

    void aSiteWithoutASourceIsWarnedOfAndSaves()
    {
        test::ChartFixture fixture;
        Site site;
        site.name = QStringLiteral("Unsourced <b>Campus</b>");
        SiteForm form(&fixture.document, site, nullptr);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        typeInto(form.fieldEditor(QStringLiteral("lat")), QStringLiteral("33.4"));
        typeInto(form.fieldEditor(QStringLiteral("lon")), QStringLiteral("-112"));
        QCOMPARE(form.shownWarnings().size(), 1);
        QVERIFY(form.shownWarnings().first().contains(QStringLiteral("No source")));
        test::keepScreenshot(&form, QStringLiteral("form-warning"));
        form.accept();
        QStringList errors;
        for (const FieldError& error : form.problems())
            errors << error.field + QLatin1Char(' ') + error.message;
        QVERIFY2(form.result() == QDialog::Accepted, qPrintable(form.bannerText() + errors.join(QLatin1Char('\n')))); // a warning, not an error
        QVERIFY(!form.savedIds().isEmpty());
        const Site* saved = fixture.document.dataset().site(form.savedIds().first());
        QVERIFY(saved);
        QCOMPARE(saved->name, site.name);
    }

    void aSiteWithASourceHasNoWarning()
    {
        test::ChartFixture fixture;
        Site site = fixture.document.dataset().sites.first();
        QVERIFY(site.sourceId != 0 || !site.referenceIds.isEmpty());
        SiteForm form(&fixture.document, site, nullptr);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QVERIFY(form.shownWarnings().isEmpty());
        form.reject();
    }
};

QTEST_MAIN(TestFormMessages)
#include "tst_formmessages.moc"
