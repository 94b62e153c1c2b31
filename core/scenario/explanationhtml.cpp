// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/explanationhtml.h"

#include "core/domain/webaddress.h"
#include "core/scenario/explanationwords.h"

#include <QLocale>

namespace atlas {
namespace {

using explainwords::Text;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

int sourceNumber(const Explanation& e, Id id)
{
    for (int i = 0; i < e.sources.size(); ++i) {
        if (e.sources[i].id == id)
            return i + 1;
    }
    return 0;
}

QString refs(const Explanation& e, const QVector<Id>& ids, bool html)
{
    QStringList out;
    for (Id id : ids) {
        if (const int n = sourceNumber(e, id))
            out << (html ? QStringLiteral("<a href=\"#source-%1\">[%1]</a>").arg(n)
                         : QStringLiteral("[%1]").arg(n));
    }
    return out.join(QString());
}

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

// Where a site's power comes from: "phase of 2026-06-30 [2]", "derived from its 100,000 chips".
QString siteOrigin(const Explanation& e, const ExplainedSite& s, bool html)
{
    QString text =
        s.derived ? Text::tr("derived from the chips of the phase of %1").arg(dateText(s.phaseDate))
                  : Text::tr("phase of %1").arg(dateText(s.phaseDate));
    if (s.fleetPhaseId != 0)
        text =
            Text::tr("%1; fleet counted in the phase of %2").arg(text, dateText(s.fleetPhaseDate));
    if (s.projected)
        text = Text::tr("%1 (projected)").arg(text);
    return QStringLiteral("%1 %2").arg(html ? esc(text) : text, refs(e, s.sourceIds, html));
}

} // namespace

QString explanationHtml(const Explanation& e)
{
    if (!e.valid)
        return QStringLiteral("<p>%1</p>").arg(esc(Text::tr("Nothing to explain for this year.")));
    QString html = QStringLiteral("<h3>%1: %2</h3><p><small>%3</small></p>")
                       .arg(esc(e.title), esc(e.valueText), esc(e.scopeText));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const ExplanationStep& step : e.steps)
        html +=
            QStringLiteral("<tr><td><i>%1</i></td></tr><tr><td>&nbsp;&nbsp;= <b>%2</b></td></tr>")
                .arg(esc(step.formula), esc(step.filled));
    html += QStringLiteral("</table>");
    if (!e.inputs.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"2\">")
                    .arg(esc(Text::tr("Inputs")));
        for (const ExplainedInput& input : e.inputs) {
            QString origin = esc(input.originText);
            if (input.gpuModelId != 0)
                origin = QStringLiteral("<a href=\"gpumodel:%1\">%2</a>")
                             .arg(input.gpuModelId)
                             .arg(origin);
            origin += QLatin1Char(' ') + refs(e, {input.sourceId}, true);
            html +=
                QStringLiteral("<tr><td>%1</td><td align=\"right\"><b>%2</b></td><td>%3</td></tr>")
                    .arg(esc(input.name), esc(input.valueText), origin);
        }
        html += QStringLiteral("</table>");
    }
    if (!e.sites.isEmpty()) {
        const bool fleet = e.sitesFleet;
        html += QStringLiteral("<h4>%1</h4><p>%2</p><table cellspacing=\"0\" cellpadding=\"2\">")
                    .arg(esc(Text::tr("Sites")), esc(e.sitesText));
        for (const ExplainedSite& s : e.sites) {
            QString figures = esc(explainwords::mwText(s.itMw));
            if (fleet)
                figures += QStringLiteral("</td><td align=\"right\">%1</td><td align=\"right\">%2")
                               .arg(esc(explainwords::gpusShort(s.gpus)),
                                    esc(explainwords::h100eShort(s.h100e)));
            html +=
                QStringLiteral("<tr><td><a href=\"site:%1\">%2</a></td><td align=\"right\">%3</td>"
                               "<td>%4</td></tr>")
                    .arg(s.siteId)
                    .arg(esc(s.siteName), figures, siteOrigin(e, s, true));
        }
        html +=
            QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr></table>")
                .arg(esc(Text::tr("Sum")), esc(explainwords::mwText(e.sitesMw)));
    }
    if (!e.sources.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ol>").arg(esc(Text::tr("Sources")));
        for (const Source& source : e.sources) {
            const QString title = esc(source.title.isEmpty() ? source.url : source.title);
            const QString link =
                isWebAddress(source.url)
                    ? QStringLiteral("<a href=\"%1\">%2</a>")
                          .arg(esc(QUrl(source.url).toString(QUrl::FullyEncoded)), title)
                    : QStringLiteral("<a href=\"source:%1\">%2</a>").arg(source.id).arg(title);
            html += QStringLiteral("<li><a name=\"source-%1\"></a>%2%3</li>")
                        .arg(sourceNumber(e, source.id))
                        .arg(link, source.publisher.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" — %1").arg(esc(source.publisher)));
        }
        html += QStringLiteral("</ol>");
    }
    return html;
}

QString explanationText(const Explanation& e)
{
    if (!e.valid)
        return Text::tr("Nothing to explain for this year.");
    QStringList lines;
    lines << QStringLiteral("%1: %2").arg(e.title, e.valueText) << e.scopeText << QString();
    for (const ExplanationStep& step : e.steps)
        lines << step.formula << QStringLiteral("  = %1").arg(step.filled);
    if (!e.inputs.isEmpty()) {
        lines << QString() << Text::tr("Inputs");
        for (const ExplainedInput& input : e.inputs)
            lines << QStringLiteral("  %1: %2 (%3) %4")
                         .arg(input.name, input.valueText, input.originText,
                              refs(e, {input.sourceId}, false))
                         .trimmed();
    }
    if (!e.sites.isEmpty()) {
        lines << QString() << Text::tr("Sites") << QStringLiteral("  %1").arg(e.sitesText);
        for (const ExplainedSite& s : e.sites)
            lines << QStringLiteral("  %1: %2, %3")
                         .arg(s.siteName, explainwords::mwText(s.itMw), siteOrigin(e, s, false))
                         .trimmed();
        lines << QStringLiteral("  %1: %2").arg(Text::tr("Sum"), explainwords::mwText(e.sitesMw));
    }
    if (!e.sources.isEmpty()) {
        lines << QString() << Text::tr("Sources");
        for (int i = 0; i < e.sources.size(); ++i)
            lines << QStringLiteral("  [%1] %2 %3")
                         .arg(i + 1)
                         .arg(e.sources[i].title, e.sources[i].url)
                         .trimmed();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace atlas
