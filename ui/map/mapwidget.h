// SPDX-License-Identifier: GPL-3.0-or-later
// The map on screen: the input half of the map (MapFrame draws). Wheel zooms about the
// cursor, dragging pans, +/- and arrow keys zoom and pan, Home fits the data; hovering shows a
// site's or link's figures; a click selects the site everywhere. The legend's count of the
// sites not placed is a link to them. What it shows (the
// contiguous US, the world, or the data) and its projection are chosen in its menus and
// remembered.
#pragma once

#include "core/geo/projection.h"
#include "ui/map/mapframe.h"

#include <QActionGroup>
#include <QTimer>
#include <QWidget>

namespace atlas {

class AtlasDocument;
class ScenarioController;
class ViewState;

class MapWidget : public QWidget
{
    Q_OBJECT
public:
    enum class ProjectionChoice { Automatic, AlbersUsa, EqualEarth };

    MapWidget(const AtlasDocument* document, ViewState* view, const ScenarioController* scenario,
              QWidget* parent = nullptr);

    MapFrame& frame() { return m_frame; }
    void zoomIn();
    void zoomOut();
    // Home: every located site, and "fit to the data" becomes the remembered choice.
    void fitToData();
    // Shows the area and keeps to it on resizes and new data until the user zooms or pans.
    void setArea(MapArea area);
    MapArea area() const { return m_area; }
    void setProjectionChoice(ProjectionChoice choice);
    ProjectionChoice projectionChoice() const { return m_choice; }
    // The choices as checkable menu items, shared by the map's context menu and the main
    // window's View menu (so their checks agree).
    QList<QAction*> areaActions() const;
    QList<QAction*> projectionActions() const;
    // What the export draws: the scene, the area on screen, and the selection when
    // highlightSelectionAction() is checked (off by default: a map for slides, not the user's
    // place in it).
    QRectF visibleArea() const { return m_frame.viewport().visibleMap(); }
    void exportWithDialog(const QString& format, qreal scale);
    // Without a dialog (tests, and the dialog's second half). Returns the error, or empty.
    QString exportTo(const QString& path, qreal scale = 1) const;
    // "Highlight the Selected Site" in map exports, shared by the context menu and the
    // window's Export menu.
    QAction* highlightSelectionAction() const { return m_highlightSelection; }
    // Site names and the legend in type for a room (presentation mode); 1 in the window.
    void setTextScale(qreal scale);

Q_SIGNALS:
    // A click with Shift held: "put the site here" (the forms use it).
    void locationPicked(double lon, double lat);
    // A click on the legend's count of sites not placed: "show me those sites".
    void unplacedSitesRequested();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void paintEmptyHint(QPainter& painter) const;
    void dataChanged();
    void yearChanged();
    void selectionChanged();
    void applyProjectionChoice();
    void buildChoiceActions();
    void checkChoices();
    void panBy(QPointF delta);

    const AtlasDocument* m_document;
    ViewState* m_view;
    const ScenarioController* m_scenario;
    MapFrame m_frame;
    ProjectionChoice m_choice = ProjectionChoice::Automatic;
    MapArea m_area = MapArea::Sites;
    QActionGroup* m_areaGroup = nullptr;
    QActionGroup* m_projectionGroup = nullptr;
    QAction* m_highlightSelection = nullptr;
    QTimer m_settle; // fills the map in once a pan pauses
    QPoint m_pressAt;
    QPoint m_lastDrag;
    bool m_dragging = false;
    // The map shows the chosen area (on each resize too) until the user zooms or pans it.
    bool m_autoFit = true;
};

} // namespace atlas
