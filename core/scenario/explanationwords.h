// SPDX-License-Identifier: GPL-3.0-or-later
// How an explanation (explanation.h) writes its numbers and names: QLocale numbers with their
// units, the cards' short forms, where a catalogue figure comes from.
#pragma once

#include "core/domain/entities.h"
#include "core/scenario/scenarioresult.h"

#include <QCoreApplication>
#include <QString>

namespace atlas::explainwords {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Explanation)
};

QString gpusText(double gpus);    // "709,195"
QString mwText(double mw);        // "1,234 MW"
QString gwText(double gw);        // "2.41 GW"
QString wattsText(double w);      // "1,740 W"
QString usdText(double usd);      // "$66,027"
QString billions(double usd);     // "$183.1B"
QString factorText(double value); // "1.45"
QString percentText(double pct);  // "25%"
// As the headline cards write them: "1.5M GPUs", "3.1M H100e", "2.4 GW".
QString gpusShort(double gpus);
QString h100eShort(double h100e);
QString gwShort(double gw);
QString bindsText(Binding binds); // "power binds"
// "System price per GPU (published)", "... (chip price × 1.66)", "... (priced by compute)".
QString systemPriceName(const GpuModel& model);
// "H100e per GPU (dense BF16 TFLOPS / 989)", or FP8 / 1,979.
QString h100eName(const GpuModel& model);

} // namespace atlas::explainwords
