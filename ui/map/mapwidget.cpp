// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapwidget.h"

#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "core/io/imagelimits.h"
#include "ui/map/mapexport.h"
#include "ui/map/mapstyle.h"
#include "core/scenario/scenariocontroller.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QHelpEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QToolTip>
#include <QWheelEvent>

namespace atlas {
namespace {
constexpr double kZoomStep = 1.5;
constexpr int kDragThreshold = 4;
} // namespace

MapWidget::MapWidget(const AtlasDocument* document, ViewState* view, const ScenarioController* scenario,
                     QWidget* parent)
    : QWidget(parent), m_document(document), m_view(view), m_scenario(scenario)
{
    setObjectName(QStringLiteral("map"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    // Small enough for a 1366-wide screen at twice the scale, beside the sliders and a chart.
    setMinimumSize(180, 110);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(QString()); // tooltips come from event(QEvent::ToolTip)
    m_choice = ProjectionChoice(
        std::clamp(QSettings().value(QStringLiteral("map/projection"), 0).toInt(), 0, 2));
    m_area = mapAreaFromKey(QSettings().value(QStringLiteral("map/area")).toString());
    buildChoiceActions();
    // An export shows the map, not the user's place in it, unless asked: off at each start.
    m_highlightSelection = new QAction(tr("&Highlight the Selected Site"), this);
    m_highlightSelection->setCheckable(true);
    m_highlightSelection->setStatusTip(
        tr("Map exports ring and name the sites selected in the table, as the screen does"));
    m_frame.setPalette(mapstyle::MapPalette::forDark(isDarkPalette(palette())));
    m_settle.setSingleShot(true);
    m_settle.setInterval(120);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        m_frame.settle();
        update();
    });
    // The scene is built from the data and the scenario's prepared atlas: rebuilt when the
    // scenario has prepared the new data, never between the two.
    connect(scenario, &ScenarioController::dataPrepared, this, &MapWidget::dataChanged);
    connect(scenario, &ScenarioController::resultChanged, this, &MapWidget::yearChanged);
    connect(view, &ViewState::yearChanged, this, &MapWidget::yearChanged);
    connect(view, &ViewState::selectionChanged, this, &MapWidget::selectionChanged);
    dataChanged();
}

void MapWidget::dataChanged()
{
    applyProjectionChoice();
    m_frame.setData(m_document->dataset());
    yearChanged();
    selectionChanged();
    if (m_autoFit)
        m_frame.showArea(m_area);
    update();
}

void MapWidget::applyProjectionChoice()
{
    std::optional<ProjectionKind> forced;
    if (m_choice == ProjectionChoice::AlbersUsa)
        forced = ProjectionKind::AlbersUsa;
    else if (m_choice == ProjectionChoice::EqualEarth)
        forced = ProjectionKind::EqualEarth;
    QVector<LonLat> points;
    if (!forced && m_area == MapArea::Sites) {
        for (const Site& site : m_document->dataset().sites) {
            if (site.hasLocation())
                points.append({site.lon, site.lat});
        }
    }
    const ProjectionKind kind = projectionForArea(m_area, forced, points);
    if (kind != m_frame.projectionKind()) {
        // The scene projected again, with the year's values and the selection.
        m_frame.setProjection(kind);
        m_frame.setData(m_document->dataset());
        yearChanged();
        selectionChanged();
        m_autoFit = true;
    }
}

void MapWidget::setProjectionChoice(ProjectionChoice choice)
{
    m_choice = choice;
    QSettings().setValue(QStringLiteral("map/projection"), int(choice));
    setArea(m_area); // shown anew in the projection
}

void MapWidget::setArea(MapArea area)
{
    m_area = area;
    QSettings().setValue(QStringLiteral("map/area"), mapAreaKey(area));
    checkChoices();
    applyProjectionChoice();
    m_autoFit = true;
    m_frame.showArea(m_area);
    update();
}

void MapWidget::buildChoiceActions()
{
    m_areaGroup = new QActionGroup(this);
    const std::pair<MapArea, QString> areas[] = {{MapArea::ContiguousUs, tr("Contiguous &US")},
                                                 {MapArea::World, tr("&World")},
                                                 {MapArea::Sites, tr("&Fit to Data (Home)")}};
    for (const auto& [area, label] : areas) {
        QAction* action = m_areaGroup->addAction(label);
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, area = area] { setArea(area); });
    }
    m_areaGroup->actions()[0]->setStatusTip(
        tr("The contiguous United States (Albers unless a projection is chosen)"));
    m_areaGroup->actions()[1]->setStatusTip(
        tr("The whole world (Equal Earth unless a projection is chosen)"));
    m_areaGroup->actions()[2]->setStatusTip(
        tr("Every located site; Albers when they are all in North America, Equal Earth otherwise"));
    m_projectionGroup = new QActionGroup(this);
    const std::pair<ProjectionChoice, QString> choices[] = {
        {ProjectionChoice::Automatic, tr("&Automatic")},
        {ProjectionChoice::AlbersUsa, tr("A&lbers (contiguous US)")},
        {ProjectionChoice::EqualEarth, tr("&Equal Earth (world)")}};
    for (const auto& [choice, label] : choices) {
        QAction* action = m_projectionGroup->addAction(label);
        action->setCheckable(true);
        connect(action, &QAction::triggered, this,
                [this, choice = choice] { setProjectionChoice(choice); });
    }
    checkChoices();
}

void MapWidget::checkChoices()
{
    m_areaGroup->actions()[int(m_area)]->setChecked(true);
    m_projectionGroup->actions()[int(m_choice)]->setChecked(true);
}

QList<QAction*> MapWidget::areaActions() const
{
    return m_areaGroup->actions();
}

QList<QAction*> MapWidget::projectionActions() const
{
    return m_projectionGroup->actions();
}

void MapWidget::yearChanged()
{
    m_frame.setYearData(m_scenario->atlas(), m_scenario->params(), m_scenario->result(), m_view->year());
    update();
}

void MapWidget::selectionChanged()
{
    QVector<int> indices;
    for (Id id : m_view->selectedSites()) {
        if (const int i = m_frame.scene().indexOf(id); i >= 0)
            indices.append(i);
    }
    m_frame.setSelection(indices);
    update();
}

void MapWidget::zoomIn()
{
    m_autoFit = false;
    m_frame.zoomAbout(rect().center(), kZoomStep);
    update();
}

void MapWidget::zoomOut()
{
    m_autoFit = false;
    m_frame.zoomAbout(rect().center(), 1 / kZoomStep);
    update();
}

void MapWidget::fitToData()
{
    setArea(MapArea::Sites);
}

void MapWidget::panBy(QPointF delta)
{
    m_autoFit = false;
    m_frame.panBy(delta);
    m_settle.start();
    update();
}

void MapWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    m_frame.render(painter);
    if (m_frame.scene().sites().isEmpty())
        paintEmptyHint(painter);
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void MapWidget::paintEmptyHint(QPainter& painter) const
{
    // A new database: say how sites get onto the map rather than show an empty continent.
    const QString text = tr("No sites in this database yet.\n"
                            "Edit > New Site… (Ctrl+Shift+N) adds one: Shift+click on the map puts it "
                            "where you click. File > Import Sites… (Ctrl+I) reads a CSV or GeoJSON file.");
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(mapstyle::font(13));
    const QRectF room = QRectF(rect()).adjusted(40, 0, -40, 0);
    QRectF box = painter.boundingRect(QRectF(0, 0, std::min(room.width(), 460.0), 1e4),
                                      Qt::AlignCenter | Qt::TextWordWrap, text);
    box.moveCenter(QRectF(rect()).center());
    const QRectF panel = box.adjusted(-16, -12, 16, 12);
    const mapstyle::MapPalette& colours = m_frame.renderer().palette();
    painter.setPen(QPen(colours.panelBorder, 1));
    painter.setBrush(colours.panel);
    painter.drawRoundedRect(panel, 6, 6);
    painter.setPen(colours.text);
    painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.restore();
}

void MapWidget::resizeEvent(QResizeEvent*)
{
    m_frame.setSize(size(), devicePixelRatioF());
    if (m_autoFit)
        m_frame.showArea(m_area);
}

void MapWidget::setTextScale(qreal scale)
{
    if (scale == m_frame.textScale())
        return;
    m_frame.setTextScale(scale);
    if (m_autoFit)
        m_frame.showArea(m_area); // the sites keep clear of the legend at its new size
    update();
}

void MapWidget::wheelEvent(QWheelEvent* event)
{
    // 120 units a notch; trackpads send smaller steps.
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0)
        return;
    m_autoFit = false;
    m_frame.zoomAbout(event->position(), std::pow(1.25, notches));
    update();
    event->accept();
}

void MapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressAt = m_lastDrag = event->position().toPoint();
    m_dragging = false;
    setFocus(Qt::MouseFocusReason);
}

void MapWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton)) {
        // The count of sites not placed is a link: the hand says so.
        if (m_frame.unplacedLegendBox().contains(event->position()))
            setCursor(Qt::PointingHandCursor);
        else if (testAttribute(Qt::WA_SetCursor))
            unsetCursor();
        return;
    }
    const QPoint at = event->position().toPoint();
    if (!m_dragging && (at - m_pressAt).manhattanLength() < kDragThreshold)
        return;
    if (!m_dragging) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    panBy(at - m_lastDrag);
    m_lastDrag = at;
}

void MapWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The map follows the palette it is shown with: the system's, or presentation mode's.
    if (event->type() == QEvent::PaletteChange) {
        m_frame.setPalette(mapstyle::MapPalette::forDark(isDarkPalette(palette())));
        update();
    }
}

void MapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    if (m_frame.unplacedLegendBox().contains(event->position()) &&
        !(event->modifiers() & Qt::ShiftModifier)) {
        Q_EMIT unplacedSitesRequested();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        if (const auto at = m_frame.projection().unproject(m_frame.viewport().toMap(event->position())))
            Q_EMIT locationPicked(at->lon, at->lat);
        return;
    }
    const int site = m_frame.siteAt(event->position());
    const Id id = site >= 0 ? m_frame.scene().sites()[site].id : 0;
    if (event->modifiers() & Qt::ControlModifier) {
        QVector<Id> selected = m_view->selectedSites();
        if (id && !selected.removeOne(id))
            selected.prepend(id);
        m_view->setSelectedSites(selected);
    } else {
        m_view->selectSite(id);
    }
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    m_autoFit = false;
    m_frame.zoomAbout(event->position(), kZoomStep * kZoomStep);
    update();
}

void MapWidget::keyPressEvent(QKeyEvent* event)
{
    const double step = 80;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        fitToData();
        break;
    case Qt::Key_Left:
        panBy(QPointF(step, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-step, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, step));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -step));
        break;
    case Qt::Key_Escape:
        m_view->selectSite(0);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapWidget::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Zoom In (+)"), this, &MapWidget::zoomIn);
    menu.addAction(tr("Zoom Out (−)"), this, &MapWidget::zoomOut);
    menu.addSeparator();
    menu.addActions(areaActions());
    menu.addMenu(tr("&Projection"))->addActions(projectionActions());
    menu.addSeparator();
    for (int scale : {1, 2, 3})
        menu.addAction(tr("Export Map as PNG (%1×)…").arg(scale), this,
                       [this, scale] { exportWithDialog(QStringLiteral("png"), scale); });
    menu.addAction(tr("Export Map as SVG…"), this, [this] { exportWithDialog(QStringLiteral("svg"), 1); });
    menu.addAction(tr("Export Map as PDF…"), this, [this] { exportWithDialog(QStringLiteral("pdf"), 1); });
    menu.addAction(m_highlightSelection);
    menu.exec(event->globalPos());
}

bool MapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = m_frame.tooltipAt(help->pos(), m_scenario->params().routeFactor);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MapWidget::exportWithDialog(const QString& format, qreal scale)
{
    // Asked before the file is: a picture too large to draw is said at once.
    if (const QString tooLarge = io::imageSizeProblem(kMapExportSize, scale);
        format == QLatin1String("png") && !tooLarge.isEmpty()) {
        QMessageBox::warning(this, tr("Export failed"), tooLarge);
        return;
    }
    const QString folder = QSettings()
                               .value(QStringLiteral("export/folder"),
                                      QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                               .toString();
    const QString suggested = QDir(folder).filePath(QStringLiteral("map-%1.%2").arg(m_view->year()).arg(format));
    const QString filter = format == QLatin1String("pdf")   ? tr("PDF document (*.pdf)")
                           : format == QLatin1String("svg") ? tr("SVG vector image (*.svg)")
                                                            : tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Map"), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format;
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = exportTo(path, scale);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

QString MapWidget::exportTo(const QString& path, qreal scale) const
{
    MapSettings view;
    view.scene = &m_frame.scene();
    view.projection = m_frame.projectionKind();
    view.area = visibleArea();
    if (m_highlightSelection->isChecked()) {
        for (Id id : m_view->selectedSites())
            if (const int i = m_frame.scene().indexOf(id); i >= 0)
                view.selection.append(i);
    }
    return exportMap(view, path, kMapExportSize, scale);
}

} // namespace atlas
