// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartstyle.h"

#include <QChart>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

namespace atlas::charts {

QFont chartFont(int pixelSize, bool bold)
{
    QFont font(QString::fromLatin1(kFontFamily));
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

void styleChart(QChart* chart)
{
    chart->setAnimationOptions(QChart::NoAnimation); // a slider drag must not animate
    chart->setTitleFont(chartFont(15, true));
    chart->legend()->setFont(chartFont(10));
    chart->legend()->setShowToolTips(true); // a name cut short shows whole on hover
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setBackgroundRoundness(0);
    chart->setTheme(QChart::ChartThemeLight);
}

void styleValueAxis(QValueAxis* axis, const QString& title, const QString& labelFormat)
{
    axis->setTitleText(title);
    axis->setTitleFont(chartFont(12));
    axis->setLabelsFont(chartFont(11));
    axis->setLabelFormat(labelFormat);
}

QColor seriesColor(int index)
{
    // Tableau 10: distinct in colour and in lightness, readable when printed.
    static const QColor palette[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                                     QColor(0x59, 0xa1, 0x4f), QColor(0xe1, 0x57, 0x59),
                                     QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48),
                                     QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7),
                                     QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac)};
    return palette[index % 10];
}

QColor claimColor() { return QColor(0x22, 0x22, 0x22); }

QPen linePen(const QColor& color, qreal width, Qt::PenStyle style)
{
    QPen pen(color, width, style);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

double niceCeil(double value)
{
    if (!(value > 0))
        return 1;
    const double decade = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * decade >= value * (1 - 1e-12))
            return step * decade;
    }
    return 10 * decade;
}

double StableRange::fit(double dataMax)
{
    if (dataMax > m_max || dataMax < 0.4 * m_max || m_max == 0)
        m_max = niceCeil(dataMax * 1.05);
    return m_max;
}

std::pair<double, double> decadeRange(double minPositive, double max)
{
    if (!(max > 0))
        return {1, 10};
    const double low = std::pow(10.0, std::floor(std::log10(minPositive > 0 ? minPositive : max)));
    const double high = std::pow(10.0, std::ceil(std::log10(max * 1.0001)));
    return {low, std::max(high, low * 10)};
}

} // namespace atlas::charts
