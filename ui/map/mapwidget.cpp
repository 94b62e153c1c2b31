// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/mapwidget.h"

#include "map/mapstyle.h"

#include "window/theme.h"

#include "document/atlasdocument.h"
#include "document/viewstate.h"
#include "map/mapexport.h"
#include "scenario/scenariocontroller.h"

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
    setMinimumSize(240, 180);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(QString()); // tooltips come from event(QEvent::ToolTip)
    m_choice = ProjectionChoice(QSettings().value(QStringLiteral("map/projection"), 0).toInt());
    m_frame.setPalette(mapstyle::MapPalette::forDark(isDarkPalette(palette())));
    m_settle.setSingleShot(true);
    m_settle.setInterval(120);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        m_frame.settle();
        update();
    });
    connect(document, &AtlasDocument::datasetChanged, this, &MapWidget::dataChanged);
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
        m_frame.fitToData();
    update();
}

void MapWidget::applyProjectionChoice()
{
    ProjectionKind kind = ProjectionKind::AlbersUsa;
    if (m_choice == ProjectionChoice::EqualEarth) {
        kind = ProjectionKind::EqualEarth;
    } else if (m_choice == ProjectionChoice::Automatic) {
        QVector<LonLat> points;
        for (const Site& site : m_document->dataset().sites)
            points.append({site.lon, site.lat});
        kind = projectionFor(points);
    }
    if (kind != m_frame.projectionKind()) {
        m_frame.setProjection(kind);
        m_frame.setData(m_document->dataset());
        m_autoFit = true;
    }
}

void MapWidget::setProjectionChoice(ProjectionChoice choice)
{
    m_choice = choice;
    QSettings().setValue(QStringLiteral("map/projection"), int(choice));
    const ProjectionKind before = m_frame.projectionKind();
    applyProjectionChoice();
    if (m_frame.projectionKind() != before) {
        yearChanged();
        selectionChanged();
        fitToData();
    }
    update();
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
    m_autoFit = true;
    m_frame.fitToData();
    update();
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
        m_frame.fitToData();
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
    if (!(event->buttons() & Qt::LeftButton))
        return;
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
    menu.addAction(tr("Fit to Data (Home)"), this, &MapWidget::fitToData);
    menu.addSeparator();
    QMenu* projection = menu.addMenu(tr("Projection"));
    const std::pair<ProjectionChoice, QString> choices[] = {
        {ProjectionChoice::Automatic, tr("Automatic")},
        {ProjectionChoice::AlbersUsa, tr("Albers (contiguous US)")},
        {ProjectionChoice::EqualEarth, tr("Equal Earth (world)")}};
    for (const auto& [choice, label] : choices) {
        QAction* action = projection->addAction(label, this, [this, choice = choice] { setProjectionChoice(choice); });
        action->setCheckable(true);
        action->setChecked(m_choice == choice);
    }
    menu.addSeparator();
    for (int scale : {1, 2, 3})
        menu.addAction(tr("Export Map as PNG (%1×)…").arg(scale), this,
                       [this, scale] { exportWithDialog(QStringLiteral("png"), scale); });
    menu.addAction(tr("Export Map as SVG…"), this, [this] { exportWithDialog(QStringLiteral("svg"), 1); });
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
    const QString folder = QSettings()
                               .value(QStringLiteral("export/folder"),
                                      QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                               .toString();
    const QString suggested = QDir(folder).filePath(QStringLiteral("map-%1.%2").arg(m_view->year()).arg(format));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Map"), suggested,
                                                format == QLatin1String("svg") ? tr("SVG vector image (*.svg)")
                                                                               : tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format;
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    MapExportView view;
    view.scene = &m_frame.scene();
    view.projection = m_frame.projectionKind();
    view.area = visibleArea();
    for (Id id : m_view->selectedSites())
        if (const int i = m_frame.scene().indexOf(id); i >= 0)
            view.selection.append(i);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = exportMap(view, path, kMapExportSize, scale);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace atlas
