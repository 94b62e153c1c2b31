// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/claimtext.h"

#include "core/domain/claimmetrics.h"

#include <QCoreApplication>
#include <QLocale>

namespace atlas {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::ClaimText)
};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 12);
}

} // namespace

QString claimToolTipHtml(const Claim& claim, const Dataset& data)
{
    const QString metric = claimMetricName(claim.metric);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(escaped(claim.label.isEmpty() ? metric : claim.label));
    QString value = claim.low == claim.high
                        ? number(claim.low)
                        : Text::tr("%1–%2").arg(number(claim.low), number(claim.high));
    if (!claim.unit.isEmpty())
        value = Text::tr("%1 %2", "a value and its unit").arg(value, claim.unit);
    lines << escaped(claim.year ? Text::tr("%1: %2 in %3").arg(metric, value).arg(*claim.year)
                                : Text::tr("%1: %2").arg(metric, value));
    if (!claim.quote.isEmpty())
        lines << QStringLiteral("<i>%1</i>").arg(escaped(Text::tr("“%1”").arg(claim.quote)));
    const QString said = claim.saidOn.isValid() ? claim.saidOn.toString(Qt::ISODate) : QString();
    if (!claim.speaker.isEmpty())
        lines << escaped(said.isEmpty() ? Text::tr("Said by %1").arg(claim.speaker)
                                        : Text::tr("Said by %1 on %2").arg(claim.speaker, said));
    else if (!said.isEmpty())
        lines << escaped(Text::tr("Said on %1").arg(said));
    if (const Source* source = data.source(claim.sourceId)) {
        QStringList where{source->publisher, source->published};
        where.removeAll(QString());
        lines << escaped(
            where.isEmpty()
                ? Text::tr("Source: %1").arg(source->title)
                : Text::tr("Source: %1 (%2)").arg(source->title, where.join(Text::tr(", "))));
    }
    lines << QStringLiteral("<span style=\"color:gray\">%1</span>")
                 .arg(escaped(Text::tr("Click to open the claim")));
    return QStringLiteral("<qt>%1</qt>").arg(lines.join(QStringLiteral("<br>")));
}

} // namespace atlas
