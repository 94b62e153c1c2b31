// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/present/dashboardexportdialog.h"

#include "ui/charts/scenariochart.h"
#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "core/io/imagelimits.h"
#include "core/map/mapscene.h"
#include "ui/present/dashboardpage.h"
#include "core/scenario/scenariocontroller.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace atlas {
namespace {

// The dialog's texts (free functions, no class of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::DashboardExportDialog)
};

} // namespace

QString exportDashboardTo(const QString& path, const ScenarioController* scenario, const ViewState* view, QSize size, bool dark)
{
    MapScene scene;
    DashboardInputs inputs;
    inputs.charts = charts::chartInputsOf(*scenario, view->year());
    inputs.projection = prepareExportScene(&scene, scenario->document()->dataset(), scenario->atlas(), scenario->params(),
                                           scenario->result(), view->year());
    inputs.scene = &scene;
    inputs.dark = dark;
    return exportDashboard(inputs, path, size);
}

QString exportDashboardWithDialog(QWidget* parent, const ScenarioController* scenario, const ViewState* view, QSize size,
                                  const QString& suffix, bool dark)
{
    // Asked before the file is: a picture too large to draw is said at once.
    if (const QString tooLarge = io::imageSizeProblem(size, 1);
        suffix == QLatin1String("png") && !tooLarge.isEmpty()) {
        QMessageBox::warning(parent, Text::tr("Export failed"), tooLarge);
        return {};
    }
    const QString folder = QSettings()
                               .value(QStringLiteral("export/folder"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                               .toString();
    const QString suggested = QDir(folder).filePath(QStringLiteral("dashboard-%1.%2").arg(view->year()).arg(suffix));
    const QString filter = suffix == QLatin1String("pdf")   ? Text::tr("PDF document (*.pdf)")
                           : suffix == QLatin1String("svg") ? Text::tr("SVG vector image (*.svg)")
                                                            : Text::tr("PNG image (*.png)");
    QString path =
        QFileDialog::getSaveFileName(parent, Text::tr("Export Dashboard"), suggested, filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = exportDashboardTo(path, scenario, view, size, dark);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, Text::tr("Export failed"), error);
        return {};
    }
    return path;
}

} // namespace atlas
