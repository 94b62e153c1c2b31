// SPDX-License-Identifier: GPL-3.0-or-later
// The map area of the main window: the vector map, or (built with Qt Location 6.5 or newer)
// the street map over the same sites and links. View > Map switches; the choice is
// remembered. The street map is made the first time it is shown.
#pragma once

#include <QStackedWidget>

namespace atlas {

class AtlasDocument;
class MapWidget;
class ScenarioController;
class StreetMapView;
class ViewState;

class MapViews : public QStackedWidget
{
    Q_OBJECT
public:
    enum class Kind { Vector, Street };

    MapViews(MapWidget* vectorMap, const AtlasDocument* document, ViewState* view,
             const ScenarioController* scenario, QWidget* parent = nullptr);

    // Whether this build has the street map, and if not, why (for the menu's tooltip).
    static bool streetMapAvailable();
    static QString streetMapUnavailableReason();

    Kind kind() const { return m_kind; }
    // Shows the vector or the street map (the vector map when the street map is not built).
    void showKind(Kind kind);
    // The street map, once it has been shown; nullptr before, or when not built.
    StreetMapView* streetMap() const { return m_street; }

    void zoomIn();
    void zoomOut();
    void fitToData();
    // Asks for the folder of offline tiles the street map uses before the network.
    void chooseOfflineFolder();

Q_SIGNALS:
    void kindChanged(Kind kind);

private:
    MapWidget* m_vector;
    const AtlasDocument* m_document;
    ViewState* m_view;
    const ScenarioController* m_scenario;
    StreetMapView* m_street = nullptr;
    Kind m_kind = Kind::Vector;
};

} // namespace atlas
