// SPDX-License-Identifier: GPL-3.0-or-later
// The binding readout's selected year stays readable in both themes: its highlight and its
// text keep a contrast of at least 4.5:1 (WCAG AA) on a light and on a dark palette.
#include "chartfixture.h"
#include "ui/scenario/bindingreadout.h"

#include <QApplication>
#include <QStyle>
#include <QImage>
#include <QPalette>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace atlas;

namespace {

double luminance(QRgb rgb)
{
    const auto channel = [](int c) {
        const double v = c / 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) + 0.0722 * channel(qBlue(rgb));
}

double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x1f, 0x21, 0x24));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    return dark;
}

} // namespace

class TestBindingReadout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void selectedYearIsReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void selectedYearIsReadable()
    {
        QFETCH(bool, dark);
        test::ChartFixture fixture;
        BindingReadout readout(fixture.scenario.get(), &fixture.view);
        readout.setAutoFillBackground(true);
        readout.setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        readout.resize(420, 160);
        const QImage image = readout.grab().toImage();
        const QRgb background = image.pixel(2, 2);
        // The highlight: the commonest colour that is neither the background nor near it.
        QHash<QRgb, int> counts;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (contrast(image.pixel(x, y), background) > 1.3)
                    ++counts[image.pixel(x, y)];
        QRgb highlight = 0;
        int most = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (it.value() > most)
                most = it.value(), highlight = it.key();
        QVERIFY2(most > 100, "no highlighted year found");
        // Its cells' bounding box, and the best contrast of the glyphs drawn in it.
        QRect box;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixel(x, y) == highlight)
                    box |= QRect(x, y, 1, 1);
        double best = 1;
        for (int y = box.top(); y <= box.bottom(); ++y)
            for (int x = box.left(); x <= box.right(); ++x)
                best = std::max(best, contrast(image.pixel(x, y), highlight));
        QVERIFY2(best >= 4.5, qPrintable(QStringLiteral("the selected year's text has a contrast of %1:1 on its highlight %2")
                                             .arg(best, 0, 'f', 2)
                                             .arg(QColor(highlight).name())));
    }
};

QTEST_MAIN(TestBindingReadout)
#include "tst_bindingreadout.moc"
