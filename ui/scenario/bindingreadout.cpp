// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/bindingreadout.h"

#include "core/document/viewstate.h"
#include "core/scenario/scenariocaption.h"
#include "core/scenario/scenariocontroller.h"

#include <QEvent>
#include <QLocale>

namespace atlas {
namespace {

// The marks' and the selected year's colours, readable on the palette's background: the
// light ones on a light window, the dark theme's (presentation's T, a dark desktop) on a dark.
struct ReadoutColors
{
    QString power, money, selectedBackground, selectedText;
};

ReadoutColors colorsFor(const QPalette& palette)
{
    if (palette.color(QPalette::Window).lightness() < 128)
        return {QStringLiteral("#ff8a7a"), QStringLiteral("#7fd88f"), QStringLiteral("#6b5200"),
                QStringLiteral("#fff4d6")};
    return {QStringLiteral("#c0392b"), QStringLiteral("#2e7d32"), QStringLiteral("#ffe9a8"),
            QStringLiteral("#222222")};
}

// A number of the selected year as a link to how it was computed.
QString explainLink(const QString& text, ExplainedMetric metric)
{
    return QStringLiteral("<a href=\"explain:%1\">%2</a>").arg(int(metric)).arg(text);
}

} // namespace

BindingReadout::BindingReadout(const ScenarioController* scenario, const ViewState* view, QWidget* parent)
    : QLabel(parent), m_scenario(scenario), m_view(view)
{
    setObjectName(QStringLiteral("bindingReadout"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setToolTip(tr("What limits the GPUs each year: P = the IT power online, $ = the money to buy "
                  "them"));
    connect(this, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("explain:")))
            Q_EMIT explainRequested({ExplainedMetric(link.mid(8).toInt()), m_view->year()});
    });
    connect(scenario, &ScenarioController::resultChanged, this, &BindingReadout::refresh);
    connect(view, &ViewState::yearChanged, this, &BindingReadout::refresh);
    refresh();
}

QString BindingReadout::bindsWord(Binding binds)
{
    return binds == Binding::Power      ? tr("power")
           : binds == Binding::Money    ? tr("money")
           : binds == Binding::Recorded ? tr("as recorded")
                                        : tr("nothing");
}

void BindingReadout::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh(); // the colours are written into the text
}

void BindingReadout::refresh()
{
    const ReadoutColors colors = colorsFor(palette());
    const ScenarioResult& result = m_scenario->result();
    // One letter each, in the years' row and in the key under it.
    const QString powerMark = tr("P", "the mark of a year whose power binds").toHtmlEscaped();
    const QString moneyMark = tr("$", "the mark of a year whose money binds").toHtmlEscaped();
    const QString recordedMark = tr("R", "the mark of a year as recorded").toHtmlEscaped();
    QString years, binds;
    for (const YearResult& y : result.years) {
        const bool selected = y.year == m_view->year();
        const QString cellStyle =
            selected ? QStringLiteral(" style=\"background:%1\"").arg(colors.selectedBackground) : QString();
        // A year that rests on the sources' projections is starred.
        const QString yearText = QStringLiteral("%1%2")
                                     .arg(y.year % 100, 2, 10, QLatin1Char('0'))
                                     .arg(y.projected ? QStringLiteral("*") : QString());
        years += QStringLiteral("<td align=\"center\"%1><small>%2</small></td>")
                     .arg(cellStyle, selected ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                                                    .arg(colors.selectedText, yearText)
                                              : yearText);
        const QString mark =
            y.binds == Binding::Power ? QStringLiteral("<b style=\"color:%1\">%2</b>")
                                            .arg(colors.power, powerMark)
            : y.binds == Binding::Money ? QStringLiteral("<b style=\"color:%1\">%2</b>")
                                              .arg(colors.money, moneyMark)
            : y.binds == Binding::Recorded ? QStringLiteral("<b>%1</b>").arg(recordedMark)
                                           : QStringLiteral("–");
        binds += QStringLiteral("<td align=\"center\"%1>%2</td>").arg(cellStyle, mark);
    }
    QString headline;
    if (const YearResult* y = result.atYear(m_view->year())) {
        headline = tr("<b>%1</b>: %2 GPUs (%3 H100e) · %4 GW · largest cluster %5 H100e · "
                      "binds: <b>%6</b>")
                       .arg(y->year)
                       .arg(explainLink(shortNumber(y->gpusInstalled), ExplainedMetric::Gpus),
                            explainLink(shortNumber(y->h100e), ExplainedMetric::H100e),
                            explainLink(QLocale().toString(y->facilityDemandGw, 'f', 2),
                                        ExplainedMetric::DemandGw),
                            explainLink(shortNumber(y->largestClusterH100e),
                                        ExplainedMetric::LargestClusterH100e),
                            bindsWord(y->binds));
        const YearResult* recorded = result.recordedAtYear(m_view->year());
        if (y->projected && recorded) {
            headline = tr("%1 · <i>projected</i>; recorded: %2 GPUs (%3 H100e)")
                           .arg(headline, shortNumber(recorded->gpusInstalled),
                                shortNumber(recorded->h100e));
            if (recorded->binds != y->binds)
                headline = tr("%1, binds %2").arg(headline, bindsWord(recorded->binds));
        }
    } else {
        headline = tr("%1 is outside the scenario's years.").arg(m_view->year());
    }
    QString key =
        tr("<b style=\"color:%1\">%2</b> power binds · <b style=\"color:%3\">%4</b> "
           "money binds")
            .arg(colors.power, powerMark, colors.money, moneyMark);
    if (result.asRecorded)
        key = tr("%1 · <b>%2</b> as recorded (the fleets the data counts)").arg(key, recordedMark);
    if (result.anyProjected())
        key = tr("%1 · * projected (a source's forecast)").arg(key);
    setText(QStringLiteral(
                "<p>%1</p><table cellspacing=\"0\" cellpadding=\"1\"><tr>%2</tr><tr>%3</tr></table>"
                "<small>%4</small>")
                .arg(headline, years, binds, key));
}

} // namespace atlas
