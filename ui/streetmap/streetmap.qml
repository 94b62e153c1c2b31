// SPDX-License-Identifier: GPL-3.0-or-later
// The street map: tiles from the plugin StreetMapView made (tilePlugin), the sites and links
// of the models it keeps for the screen (siteModel, linkModel), and the input that moves the
// map. Every change of view is reported to StreetMapView (streetMap), which decides whether
// the rows must change.
import QtQuick
import QtLocation
import QtPositioning

Item {
    id: root
    focus: true

    function zoomBy(steps) {
        map.zoomLevel = Math.max(map.minimumZoomLevel, Math.min(map.maximumZoomLevel, map.zoomLevel + steps))
    }
    function panBy(dx, dy) { map.pan(dx, dy) }

    Keys.onPressed: (event) => {
        const step = 80
        if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal) { zoomBy(1); streetMap.userMoved() }
        else if (event.key === Qt.Key_Minus) { zoomBy(-1); streetMap.userMoved() }
        else if (event.key === Qt.Key_Left) { panBy(-step, 0); streetMap.userMoved() }
        else if (event.key === Qt.Key_Right) { panBy(step, 0); streetMap.userMoved() }
        else if (event.key === Qt.Key_Up) { panBy(0, -step); streetMap.userMoved() }
        else if (event.key === Qt.Key_Down) { panBy(0, step); streetMap.userMoved() }
        else if (event.key === Qt.Key_Home) streetMap.fitToData()
        else return
        event.accepted = true
    }

    Connections {
        target: streetMap
        function onFitRequested(center, zoomLevel) {
            map.zoomLevel = Math.max(map.minimumZoomLevel, Math.min(map.maximumZoomLevel, zoomLevel))
            map.center = center
        }
    }

    Map {
        id: map
        objectName: "streetMap"
        anchors.fill: parent
        plugin: tilePlugin
        copyrightsVisible: true
        zoomLevel: 4
        center: QtPositioning.coordinate(38, -96)

        // One report per event-loop turn, however many of centre, zoom and size changed.
        function reportView() {
            if (width <= 0 || height <= 0)
                return
            streetMap.viewChanged(toCoordinate(Qt.point(0, 0), false),
                                  toCoordinate(Qt.point(width, height), false), width, height)
        }
        onCenterChanged: Qt.callLater(reportView)
        onZoomLevelChanged: Qt.callLater(reportView)
        onWidthChanged: Qt.callLater(reportView)
        onHeightChanged: Qt.callLater(reportView)
        onMapReadyChanged: Qt.callLater(reportView)

        HoverHandler { // links: found in C++ from the position (a polyline's box is no hit area)
            onPointChanged: streetMap.pointerMoved(point.position.x, point.position.y)
        }
        DragHandler {
            target: null
            onTranslationChanged: (delta) => { map.pan(-delta.x, -delta.y); streetMap.userMoved() }
        }
        WheelHandler {
            id: wheel
            target: null
            onWheel: (event) => {
                // Zoom about the cursor: the place under it stays under it.
                const at = wheel.point.position
                const anchor = map.toCoordinate(at, false)
                root.zoomBy(event.angleDelta.y / 120 / 2)
                map.alignCoordinateToPoint(anchor, at)
                streetMap.userMoved()
            }
        }

        MapItemView {
            objectName: "links"
            model: linkModel
            // model.* rather than required properties: "path" is MapPolyline's own.
            delegate: MapPolyline {
                line.color: model.lineColor
                line.width: model.lineWidth
                path: model.path
            }
        }

        MapItemView {
            objectName: "sites"
            model: siteModel
            delegate: MapQuickItem {
                id: site
                required property int index
                required property var at
                required property real radius
                required property real plannedRadius
                required property color fill
                required property color stroke
                required property real strokeWidth
                required property bool selected
                required property string label
                required property var siteId
                coordinate: at
                anchorPoint.x: sourceItem.width / 2
                anchorPoint.y: sourceItem.height / 2
                z: selected ? 2 : 1
                sourceItem: Item {
                    width: 2 * Math.max(site.radius, site.plannedRadius) + 8
                    height: width
                    Rectangle { // what is planned: a faint ring around what is online
                        visible: site.plannedRadius > 0
                        anchors.centerIn: parent
                        width: 2 * site.plannedRadius; height: width; radius: width / 2
                        color: "transparent"
                        border.color: site.stroke; border.width: 1
                        opacity: 0.55
                    }
                    Rectangle { // what is recorded (none when only projected capacity is online)
                        visible: site.radius > 0
                        anchors.centerIn: parent
                        width: 2 * site.radius; height: width; radius: width / 2
                        color: site.fill
                        border.color: site.stroke; border.width: site.strokeWidth
                    }
                    Rectangle { // the selection
                        visible: site.selected
                        anchors.centerIn: parent
                        width: 2 * site.radius + 8; height: width; radius: width / 2
                        color: "transparent"
                        border.color: streetMap.selectionColor; border.width: 2.5
                    }
                    Text {
                        visible: site.label !== "" || site.selected
                        x: parent.width / 2 + site.radius + 4
                        anchors.verticalCenter: parent.verticalCenter
                        text: site.label !== "" ? site.label : streetMap.siteName(site.siteId)
                        font.family: "DejaVu Sans"; font.pixelSize: 12; font.bold: site.selected
                        color: streetMap.labelColor
                        style: Text.Outline; styleColor: streetMap.haloColor
                    }
                    MouseArea { // a drag that starts here still pans: the map's DragHandler takes over
                        anchors.centerIn: parent
                        width: 2 * Math.max(site.radius, 5); height: width
                        hoverEnabled: true
                        cursorShape: Qt.PointingHandCursor
                        onClicked: (mouse) => streetMap.siteClicked(site.siteId, mouse.modifiers)
                        onContainsMouseChanged: streetMap.siteHovered(site.index, containsMouse)
                    }
                }
            }
        }
    }

    Text { // the sites' own attribution, beside the tiles' (the map draws that one)
        anchors.right: parent.right; anchors.bottom: parent.bottom; anchors.margins: 4
        text: qsTr("Sites: Compute Atlas database")
        font.family: "DejaVu Sans"; font.pixelSize: 10
        color: "#404040"; style: Text.Outline; styleColor: "#ffffffc0"
    }
}
