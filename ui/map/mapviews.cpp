// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapviews.h"

#include "ui/map/mapwidget.h"

#include <QFileDialog>
#include <QSettings>

#if ATLAS_HAVE_STREETMAP
#include "ui/streetmap/streetmapview.h"
#endif

namespace atlas {
namespace {
const QString kSetting = QStringLiteral("map/view");
} // namespace

MapViews::MapViews(MapWidget* vectorMap, const AtlasDocument* document, ViewState* view,
                   const ScenarioController* scenario, QWidget* parent)
    : QStackedWidget(parent), m_vector(vectorMap), m_document(document), m_view(view), m_scenario(scenario)
{
    setObjectName(QStringLiteral("mapViews"));
    addWidget(m_vector);
    if (QSettings().value(kSetting).toString() == QStringLiteral("street"))
        showKind(Kind::Street);
}

bool MapViews::streetMapAvailable()
{
    return ATLAS_HAVE_STREETMAP;
}

QString MapViews::streetMapUnavailableReason()
{
    if (streetMapAvailable())
        return {};
    return tr("The street map needs Qt Location 6.5 or newer; this build uses Qt %1 without it "
              "(Debian 13 and later have it).")
        .arg(QString::fromLatin1(QT_VERSION_STR));
}

void MapViews::showKind(Kind kind)
{
#if ATLAS_HAVE_STREETMAP
    if (kind == Kind::Street && !m_street) {
        m_street = new StreetMapView(m_document, m_view, m_scenario, StreetMapView::defaultOptions(), this);
        addWidget(m_street);
    }
    setCurrentWidget(kind == Kind::Street ? static_cast<QWidget*>(m_street) : m_vector);
#else
    kind = Kind::Vector;
    setCurrentWidget(m_vector);
#endif
    const bool changed = kind != m_kind;
    m_kind = kind;
    QSettings().setValue(kSetting, kind == Kind::Street ? QStringLiteral("street") : QStringLiteral("vector"));
    if (changed)
        Q_EMIT kindChanged(kind);
}

void MapViews::zoomIn()
{
#if ATLAS_HAVE_STREETMAP
    if (m_kind == Kind::Street)
        return m_street->zoomIn();
#endif
    m_vector->zoomIn();
}

void MapViews::zoomOut()
{
#if ATLAS_HAVE_STREETMAP
    if (m_kind == Kind::Street)
        return m_street->zoomOut();
#endif
    m_vector->zoomOut();
}

void MapViews::fitToData()
{
#if ATLAS_HAVE_STREETMAP
    if (m_kind == Kind::Street)
        return m_street->fitToData();
#endif
    m_vector->fitToData();
}

void MapViews::chooseOfflineFolder()
{
#if ATLAS_HAVE_STREETMAP
    const QString current = QSettings().value(QStringLiteral("streetMap/offlineFolder")).toString();
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Offline Tile Folder (OpenStreetMap tiles named osm_100-l-1-Z-X-Y.png)"), current);
    if (folder.isEmpty())
        return;
    if (!m_street)
        QSettings().setValue(QStringLiteral("streetMap/offlineFolder"), folder);
    else
        m_street->setOfflineFolder(folder);
#endif
}

} // namespace atlas
