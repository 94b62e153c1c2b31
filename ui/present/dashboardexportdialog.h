// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Dashboard: asks where, then writes the dashboard of the scenario as it stands
// in the shown year, as PNG, SVG or PDF at a slide size, light or dark.
#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace atlas {

class ScenarioController;
class ViewState;

// `suffix` is "png", "svg" or "pdf"; returns the file written, or empty.
QString exportDashboardWithDialog(QWidget* parent, const ScenarioController* scenario, const ViewState* view, QSize size,
                                  const QString& suffix, bool dark);
// Without a dialog (tests, and the dialog's second half). Returns the error, or empty.
QString exportDashboardTo(const QString& path, const ScenarioController* scenario, const ViewState* view, QSize size, bool dark);

} // namespace atlas
