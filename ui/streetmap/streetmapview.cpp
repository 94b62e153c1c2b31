// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/streetmap/streetmapview.h"

#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "core/scenario/scenariocontroller.h"
#include "ui/widgets/theme.h"

#include <QCoreApplication>
#include <QCursor>
#include <QDir>
#include <QGeoServiceProvider>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QToolTip>
#include <QVBoxLayout>

namespace atlas {
namespace {

QString userAgent()
{
    // The OSM tile servers' usage policy asks for an agent that names the application.
    return QStringLiteral("ComputeAtlas/%1 (+https://github.com/compute-atlas/compute-atlas)")
        .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(ATLAS_VERSION)
                                                              : QCoreApplication::applicationVersion());
}

QString tileCacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
}

} // namespace

StreetMapView::Options StreetMapView::defaultOptions()
{
    Options options;
    const QString forced = qEnvironmentVariable("ATLAS_STREETMAP_PLUGIN");
    if (!forced.isEmpty())
        options.plugin = forced;
    options.probeNetwork = options.plugin == QStringLiteral("osm");
    return options;
}

StreetMapView::StreetMapView(const AtlasDocument* document, ViewState* view, const ScenarioController* scenario,
                             Options options, QWidget* parent)
    : QWidget(parent), m_document(document), m_view(view), m_scenario(scenario), m_options(std::move(options))
{
    setObjectName(QStringLiteral("streetMapView"));
    setMinimumSize(240, 180);
    m_palette = mapstyle::MapPalette::forDark(isDarkPalette(palette()));
    m_labelColor = m_palette.text;
    m_haloColor = m_palette.labelHalo;
    m_selectionColor = m_palette.selection;
    m_offlineFolder = QSettings().value(QStringLiteral("streetMap/offlineFolder")).toString();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("streetMapBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, m_palette.isDark ? QColor(0x5a, 0x4a, 0x1e) : QColor(0xff, 0xf3, 0xcd));
    m_banner->setPalette(bannerPalette);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    auto* retry = new QPushButton(tr("Retry"), m_banner);
    retry->setToolTip(tr("Try to reach the tile server again"));
    connect(retry, &QPushButton::clicked, this, &StreetMapView::probeNetwork);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(retry);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_pluginName = m_options.plugin;
    const QStringList providers = QGeoServiceProvider::availableServiceProviders();
    if (!providers.contains(m_pluginName)) {
        // Debian ships the plugins apart (qt6-location-plugins): say what is missing, and
        // still draw the sites over an empty background.
        showBanner(tr("The \"%1\" map plugin of Qt Location is not installed (on Debian: qt6-location-plugins), "
                      "so the street map has no tiles; the sites are drawn over an empty background.")
                       .arg(m_pluginName));
        m_pluginName = QStringLiteral("itemsoverlay");
        m_options.probeNetwork = false;
    }

    connect(scenario, &ScenarioController::dataPrepared, this, &StreetMapView::dataChanged);
    connect(scenario, &ScenarioController::resultChanged, this, &StreetMapView::yearChanged);
    connect(view, &ViewState::yearChanged, this, &StreetMapView::yearChanged);
    connect(view, &ViewState::selectionChanged, this, &StreetMapView::selectionChanged);
    m_layers.setData(document->dataset());
    m_layers.setYear(scenario->atlas(), scenario->params(), scenario->result(), view->year());
    buildQuick();
    if (m_options.probeNetwork)
        probeNetwork();
}

StreetMapView::~StreetMapView()
{
    // The QML scene first, while the objects its bindings read (this view, the models) are whole.
    delete m_quick;
}

void StreetMapView::buildQuick()
{
    if (m_quick) {
        layout()->removeWidget(m_quick);
        delete m_quick;
    }
    m_quick = new QQuickWidget(this);
    // A new scene starts from the plugin's default view: fit it to the data again.
    m_autoFit = true;
    m_fittedSize = QSizeF();
    m_quick->setResizeMode(QQuickWidget::SizeRootObjectToView);
    m_quick->setFocusPolicy(Qt::StrongFocus);
    QQmlContext* context = m_quick->rootContext();
    context->setContextProperty(QStringLiteral("streetMap"), this);
    context->setContextProperty(QStringLiteral("siteModel"), &m_siteModel);
    context->setContextProperty(QStringLiteral("linkModel"), &m_linkModel);
    context->setContextProperty(QStringLiteral("atlasPluginName"), m_pluginName);
    context->setContextProperty(QStringLiteral("atlasUserAgent"), userAgent());
    context->setContextProperty(QStringLiteral("atlasCacheFolder"), tileCacheFolder());
    context->setContextProperty(QStringLiteral("atlasOfflineFolder"), m_offlineFolder);

    // The plugin's parameters are read once, when it is made: made here, from what the
    // settings say now. The providers repository (a Qt server that redirects to tile
    // providers) is off: tiles come from OpenStreetMap itself.
    QString plugin = QStringLiteral("import QtLocation\nPlugin {\n  name: atlasPluginName\n");
    if (m_pluginName == QStringLiteral("osm")) {
        plugin += QStringLiteral(
            "  PluginParameter { name: \"osm.useragent\"; value: atlasUserAgent }\n"
            "  PluginParameter { name: \"osm.mapping.providersrepository.disabled\"; value: true }\n"
            "  PluginParameter { name: \"osm.mapping.cache.directory\"; value: atlasCacheFolder }\n"
            "  PluginParameter { name: \"osm.mapping.highdpi_tiles\"; value: true }\n");
        if (!m_offlineFolder.isEmpty())
            plugin += QStringLiteral("  PluginParameter { name: \"osm.mapping.offline.directory\"; value: atlasOfflineFolder }\n");
    }
    plugin += QStringLiteral("}\n");
    QQmlComponent component(m_quick->engine());
    component.setData(plugin.toUtf8(), QUrl(QStringLiteral("qrc:/streetmap/plugin.qml")));
    QObject* pluginObject = component.create(context);
    if (!pluginObject) {
        showBanner(tr("The street map cannot start its map plugin: %1").arg(component.errorString()));
        return;
    }
    pluginObject->setParent(m_quick);
    context->setContextProperty(QStringLiteral("tilePlugin"), pluginObject);
    m_quick->setSource(QUrl(QStringLiteral("qrc:/streetmap/streetmap.qml")));
    if (m_quick->status() == QQuickWidget::Error) {
        QStringList errors;
        for (const QQmlError& error : m_quick->errors())
            errors.append(error.toString());
        showBanner(tr("The street map could not be loaded: %1").arg(errors.join(QStringLiteral("; "))));
    }
    static_cast<QVBoxLayout*>(layout())->addWidget(m_quick, 1); // the banner keeps only the height it needs
    resetRows();
}

void StreetMapView::setOfflineFolder(const QString& folder)
{
    if (folder == m_offlineFolder)
        return;
    m_offlineFolder = folder;
    QSettings().setValue(QStringLiteral("streetMap/offlineFolder"), folder);
    buildQuick(); // the plugin reads its folders only when made
}

QQuickItem* StreetMapView::mapItem() const
{
    QQuickItem* root = m_quick ? m_quick->rootObject() : nullptr;
    return root ? root->findChild<QQuickItem*>(QStringLiteral("streetMap")) : nullptr;
}

QString StreetMapView::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

void StreetMapView::showBanner(const QString& text)
{
    m_bannerText->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void StreetMapView::probeNetwork()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    // One tile of the server the plugin uses; ATLAS_STREETMAP_PROBE_URL points elsewhere (tests).
    const QString probe = qEnvironmentVariable("ATLAS_STREETMAP_PROBE_URL",
                                               QStringLiteral("https://tile.openstreetmap.org/0/0/0.png"));
    QNetworkRequest request{QUrl(probe)};
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(8000);
    QNetworkReply* reply = m_network->head(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::NoError) {
            showBanner({});
            return;
        }
        showBanner(tr("No network (%1): the street map cannot load new tiles. It shows the sites over an empty "
                      "background, with the tiles cached earlier or found in the offline tile folder "
                      "(View > Map > Offline Tile Folder).")
                       .arg(reply->errorString()));
    });
}

void StreetMapView::zoomIn()
{
    m_autoFit = false;
    if (QQuickItem* root = m_quick->rootObject())
        QMetaObject::invokeMethod(root, "zoomBy", Q_ARG(QVariant, 1));
}

void StreetMapView::zoomOut()
{
    m_autoFit = false;
    if (QQuickItem* root = m_quick->rootObject())
        QMetaObject::invokeMethod(root, "zoomBy", Q_ARG(QVariant, -1));
}

void StreetMapView::fitToData()
{
    m_autoFit = true;
    // The size QML last reported (the scene's), else the widget's before the first report.
    const QSizeF size = m_viewSize.isEmpty() ? QSizeF(m_quick->size()) : m_viewSize;
    if (const auto fit = m_layers.fit(size, 32, 140)) // room for the names right of the sites
        Q_EMIT fitRequested(QGeoCoordinate(fit->center.lat, fit->center.lon), fit->zoomLevel);
}

void StreetMapView::viewChanged(const QGeoCoordinate& topLeft, const QGeoCoordinate& bottomRight, double width,
                                double height)
{
    const QSizeF size(width, height);
    m_viewSize = size;
    if (m_autoFit && size != m_fittedSize) {
        // Fit (again) while the user has not moved the map: at first and on each resize.
        m_fittedSize = size;
        fitToData();
    }
    if (m_layers.setView({topLeft.longitude(), topLeft.latitude()}, {bottomRight.longitude(), bottomRight.latitude()},
                         size))
        resetRows();
}

void StreetMapView::dataChanged()
{
    m_layers.setData(m_document->dataset());
    m_layers.setYear(m_scenario->atlas(), m_scenario->params(), m_scenario->result(), m_view->year());
    resetRows();
    if (m_autoFit)
        fitToData();
}

void StreetMapView::yearChanged()
{
    m_layers.setYear(m_scenario->atlas(), m_scenario->params(), m_scenario->result(), m_view->year());
    resetRows();
}

void StreetMapView::resetRows()
{
    m_hoveredLink = -1;
    m_siteModel.reset(&m_layers, m_palette, selectedItems());
    m_linkModel.reset(&m_layers, m_palette);
}

QSet<int> StreetMapView::selectedItems() const
{
    QSet<int> items;
    for (Id id : m_view->selectedSites()) {
        if (const int item = m_layers.itemOfSite(id); item >= 0)
            items.insert(item);
    }
    return items;
}

void StreetMapView::selectionChanged()
{
    m_siteModel.setSelection(selectedItems());
}

void StreetMapView::siteClicked(const QVariant& siteId, int modifiers)
{
    const Id id = siteId.toLongLong();
    if (modifiers & Qt::ControlModifier) {
        QVector<Id> selected = m_view->selectedSites();
        if (selected.contains(id))
            selected.removeAll(id);
        else
            selected.append(id);
        m_view->setSelectedSites(selected);
        return;
    }
    m_view->selectSite(id);
}

void StreetMapView::siteHovered(int row, bool hovered)
{
    m_overSite = hovered;
    m_hoveredLink = -1;
    if (hovered)
        QToolTip::showText(QCursor::pos(), m_layers.siteTooltip(row), m_quick);
    else
        QToolTip::hideText();
}

void StreetMapView::pointerMoved(double x, double y)
{
    if (m_overSite)
        return;
    const int link = m_layers.linkAt(QPointF(x, y));
    if (link == m_hoveredLink)
        return;
    m_hoveredLink = link;
    if (link >= 0)
        QToolTip::showText(m_quick->mapToGlobal(QPointF(x, y).toPoint()), m_layers.linkTooltip(link), m_quick);
    else
        QToolTip::hideText();
}

QString StreetMapView::siteName(const QVariant& siteId) const
{
    const int index = m_layers.scene().indexOf(siteId.toLongLong());
    return index >= 0 ? m_layers.scene().sites()[index].name : QString();
}

} // namespace atlas
