// SPDX-License-Identifier: GPL-3.0-or-later
// The street map (Qt Location ≥ 6.5): OpenStreetMap tiles in a QQuickWidget with the sites
// and links of the vector map drawn over them, from rows that follow the screen
// (StreetMapLayers). Selection and year are shared with every other view through ViewState.
// Tiles are cached on disk; an offline tile folder can be set; with no network, a banner says
// so and the sites are still drawn.
#pragma once

#include "core/map/streetmaplayers.h"
#include "ui/streetmap/streetmapmodels.h"

#include <QColor>
#include <QGeoCoordinate>
#include <QWidget>

class QLabel;
class QNetworkAccessManager;
class QQuickItem;
class QQuickWidget;

namespace atlas {

class AtlasDocument;
class ScenarioController;
class ViewState;

class StreetMapView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QColor labelColor MEMBER m_labelColor CONSTANT)
    Q_PROPERTY(QColor haloColor MEMBER m_haloColor CONSTANT)
    Q_PROPERTY(QColor selectionColor MEMBER m_selectionColor CONSTANT)
public:
    struct Options
    {
        QString plugin = QStringLiteral("osm"); // "itemsoverlay": no tiles (tests, benchmarks)
        bool probeNetwork = true;
    };
    // The options of the app: the OSM plugin when installed, ATLAS_STREETMAP_PLUGIN to override.
    static Options defaultOptions();

    StreetMapView(const AtlasDocument* document, ViewState* view, const ScenarioController* scenario,
                  Options options, QWidget* parent = nullptr);
    ~StreetMapView() override;

    void zoomIn();
    void zoomOut();
    Q_INVOKABLE void fitToData();
    // The folder of tiles to use before (or without) the network; empty for none.
    void setOfflineFolder(const QString& folder);

    // For tests and benchmarks: the QML Map, the rows, what the banner says.
    QQuickItem* mapItem() const;
    QQuickWidget* quickWidget() const { return m_quick; }
    const StreetMapLayers& layers() const { return m_layers; }
    QString pluginName() const { return m_pluginName; }
    QString bannerText() const;

    // Called from QML.
    Q_INVOKABLE void viewChanged(const QGeoCoordinate& topLeft, const QGeoCoordinate& bottomRight, double width,
                                 double height);
    Q_INVOKABLE void siteClicked(const QVariant& siteId, int modifiers);
    Q_INVOKABLE void siteHovered(int row, bool hovered);
    Q_INVOKABLE void pointerMoved(double x, double y);
    Q_INVOKABLE void userMoved() { m_autoFit = false; }
    Q_INVOKABLE QString siteName(const QVariant& siteId) const;

Q_SIGNALS:
    void fitRequested(const QGeoCoordinate& center, double zoomLevel);

private:
    void buildQuick();
    void dataChanged();
    void yearChanged();
    void selectionChanged();
    void resetRows();
    QSet<int> selectedItems() const;
    void probeNetwork();
    void showBanner(const QString& text);

    const AtlasDocument* m_document;
    ViewState* m_view;
    const ScenarioController* m_scenario;
    Options m_options;
    QString m_pluginName;
    StreetMapLayers m_layers;
    StreetSiteModel m_siteModel;
    StreetLinkModel m_linkModel;
    mapstyle::MapPalette m_palette;
    QColor m_labelColor, m_haloColor, m_selectionColor;
    QQuickWidget* m_quick = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    QString m_offlineFolder;
    bool m_autoFit = true;
    bool m_overSite = false; // a site's tooltip is showing: links do not replace it
    int m_hoveredLink = -1;
    QSizeF m_fittedSize;
    QSizeF m_viewSize; // as QML last reported it
};

} // namespace atlas
