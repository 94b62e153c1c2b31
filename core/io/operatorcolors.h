// SPDX-License-Identifier: GPL-3.0-or-later
// The colour an import gives an operator it adds, so that operators tell apart on the map and
// in the charts without anyone choosing colours first: one of a palette of distinct colours,
// the same for the same name in every database (a hash of its name key). People change it in
// the operator's form.
#pragma once

#include <QString>
#include <QStringList>

namespace atlas::io {

QString operatorColor(const QString& name);
// For an operator added by hand: its name's colour unless another operator has it already,
// else the first colour of the palette that none has (the name's colour when all are taken).
QString operatorColorAvoiding(const QString& name, const QStringList& taken);

} // namespace atlas::io
