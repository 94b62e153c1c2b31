// SPDX-License-Identifier: GPL-3.0-or-later
// The colour an import gives an operator it adds, so that operators tell apart on the map and
// in the charts without anyone choosing colours first: one of a palette of distinct colours,
// the same for the same name in every database (a hash of its name key). People change it in
// the operator's form.
#pragma once

#include <QString>

namespace atlas::io {

QString operatorColor(const QString& name);

} // namespace atlas::io
