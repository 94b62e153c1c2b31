// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartspanel.h"

#include "ui/charts/chartexport.h"
#include "ui/charts/charttable.h"
#include "ui/charts/chartview.h"
#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "core/io/imagelimits.h"
#include "core/scenario/scenariocontroller.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QVBoxLayout>

namespace atlas::charts {
namespace {

QString exportFolder()
{
    return QSettings().value(QStringLiteral("export/folder"),
                             QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
        .toString();
}

void rememberExportFolder(const QString& path)
{
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
}

} // namespace

ChartsPanel::ChartsPanel(const ScenarioController* scenario, const ViewState* view, QWidget* parent)
    : QWidget(parent), m_scenario(scenario), m_view(view)
{
    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setExpanding(false);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->setDocumentMode(true);
    m_grid = new QGridLayout;
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs);
    layout->addLayout(m_grid, 1);
    for (ChartKind kind : kAllCharts) {
        auto* chartView = new ChartView(kind, this);
        m_views << chartView;
        m_tabs->addTab(chartTitle(kind));
        connect(chartView, &ChartView::exportRequested, this, &ChartsPanel::exportChartWithDialog);
        connect(chartView, &ChartView::copyRequested, this, &ChartsPanel::copyChart);
        connect(chartView, &ChartView::dataExportRequested, this,
                &ChartsPanel::exportDataWithDialog);
        connect(chartView, &ChartView::tableCopyRequested, this, &ChartsPanel::copyTable);
        connect(chartView, &ChartView::soloToggled, this, &ChartsPanel::toggleSolo);
        connect(chartView, &ChartView::claimActivated, this, &ChartsPanel::claimActivated);
        connect(chartView, &ChartView::explainRequested, this, &ChartsPanel::explainRequested);
    }
    connect(m_tabs, &QTabBar::currentChanged, this, &ChartsPanel::showArrangement);
    // The panel can always fall back to one chart at a time, so its minimum is one chart's;
    // otherwise the grid's minimum would be that of the arrangement it happens to be in (four
    // across: four charts wide), and a restored dock would push the window wider.
    setMinimumSize(m_views.first()->minimumSize() + QSize(0, m_tabs->sizeHint().height()));
    arrange();
    connect(scenario, &ScenarioController::resultChanged, this, &ChartsPanel::refresh);
    connect(scenario, &ScenarioController::comparisonChanged, this, &ChartsPanel::refresh);
    connect(scenario, &ScenarioController::scenarioIdentityChanged, this, &ChartsPanel::refresh);
    connect(view, &ViewState::yearChanged, this, [this] {
        // Only the sites chart shows one year.
        this->view(ChartKind::Sites)->scenarioChart()->update(inputs());
    });
    refresh();
}

ChartInputs ChartsPanel::inputs() const { return chartInputsOf(*m_scenario, m_view->year()); }

ChartView* ChartsPanel::view(ChartKind kind) const
{
    for (ChartView* chartView : m_views) {
        if (chartView->kind() == kind)
            return chartView;
    }
    return nullptr;
}

void ChartsPanel::refresh()
{
    const ChartInputs in = inputs();
    for (ChartView* chartView : std::as_const(m_views))
        chartView->scenarioChart()->update(in);
}

void ChartsPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void ChartsPanel::arrange()
{
    // A wide, low panel (a dock under the map) takes one row of four, a tall, narrow one a
    // column of four; otherwise two by two. Another of these shapes is taken when the first
    // would make the charts smaller than can be read, and tabs when none is large enough.
    const int preferred = width() > 2.6 * height() ? 4 : height() > 2.6 * width() ? 1 : 2;
    const int spacing = m_grid->spacing();
    const auto readable = [&](int columns) {
        const int rows = int(m_views.size()) / columns;
        return (width() - (columns - 1) * spacing) / columns >= kReadableChart.width() &&
               (height() - (rows - 1) * spacing) / rows >= kReadableChart.height();
    };
    int columns = 0;
    for (int candidate : {preferred, 2, 1, 4}) {
        if (readable(candidate)) {
            columns = candidate;
            break;
        }
    }
    if (m_arranged && columns == m_columns)
        return;
    m_arranged = true;
    m_columns = columns;
    for (int i = 0; i < m_views.size(); ++i) {
        m_grid->removeWidget(m_views[i]);
        if (columns == 0)
            m_grid->addWidget(m_views[i], 0, 0);
        else
            m_grid->addWidget(m_views[i], i / columns, i % columns);
    }
    showArrangement();
}

void ChartsPanel::showArrangement()
{
    m_tabs->setVisible(m_columns == 0);
    const int columns = std::max(1, m_columns);
    for (int i = 0; i < int(m_views.size()); ++i) {
        m_grid->setColumnStretch(i, 0);
        m_grid->setRowStretch(i, 0);
    }
    for (int i = 0; i < int(m_views.size()); ++i) {
        const ChartKind kind = m_views[i]->kind();
        const bool shown =
            m_columns == 0 ? i == m_tabs->currentIndex() : !m_solo || *m_solo == kind;
        m_views[i]->setVisible(shown);
        // The cells of the charts shown alike, whatever the charts' own size hints; the rows
        // and columns of hidden ones take no room (a grid keeps them after its widgets move).
        if (shown) {
            m_grid->setColumnStretch(m_columns == 0 ? 0 : i % columns, 1);
            m_grid->setRowStretch(m_columns == 0 ? 0 : i / columns, 1);
        }
    }
}

bool ChartsPanel::showsTabs() const
{
    return m_columns == 0;
}

void ChartsPanel::showChart(ChartKind kind)
{
    for (int i = 0; i < m_views.size(); ++i) {
        if (m_views[i]->kind() == kind)
            m_tabs->setCurrentIndex(i);
    }
    if (m_solo && *m_solo != kind) {
        m_solo.reset();
        showArrangement();
    }
}

void ChartsPanel::toggleSolo(ChartKind kind)
{
    // Under tabs each chart is alone already: the choice holds for when the grid is back.
    m_solo = m_solo ? std::nullopt : std::optional(kind);
    showArrangement();
}

void ChartsPanel::exportChartWithDialog(ChartKind kind, const QString& format, qreal scale)
{
    // Asked before the file is: a picture too large to draw is said at once.
    if (const QString tooLarge = io::imageSizeProblem(kSlideSize, scale);
        format == QLatin1String("png") && !tooLarge.isEmpty()) {
        QMessageBox::warning(this, tr("Export failed"), tooLarge);
        return;
    }
    const QString filter = format == QLatin1String("svg") ? tr("SVG vector image (*.svg)") : tr("PNG image (*.png)");
    const QString suggested = QDir(exportFolder()).filePath(chartFileStem(kind) + QLatin1Char('.') + format);
    QString path = QFileDialog::getSaveFileName(this, tr("Export %1 Chart").arg(chartTitle(kind)), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format;
    rememberExportFolder(path);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = exportChart({kind}, inputs(), path, kSlideSize, scale);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

void ChartsPanel::exportAllWithDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export All Charts"));
    auto* format = new QComboBox(&dialog);
    format->addItem(tr("SVG (vector)"), QStringLiteral("svg"));
    for (int scale : {1, 2, 3})
        format->addItem(tr("PNG at %1× (%L2 × %L3 pixels)")
                            .arg(scale)
                            .arg(kSlideSize.width() * scale)
                            .arg(kSlideSize.height() * scale),
                        QStringLiteral("png@%1").arg(scale));
    format->setCurrentIndex(QSettings().value(QStringLiteral("export/allFormat"), 0).toInt());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Format"), format);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings().setValue(QStringLiteral("export/allFormat"), format->currentIndex());
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the charts"), exportFolder());
    if (folder.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("export/folder"), folder);
    const QString choice = format->currentData().toString();
    const QString suffix = choice.section(QLatin1Char('@'), 0, 0);
    const qreal scale = choice.contains(QLatin1Char('@')) ? choice.section(QLatin1Char('@'), 1).toDouble() : 1;
    if (const QString tooLarge = io::imageSizeProblem(kSlideSize, scale);
        suffix == QLatin1String("png") && !tooLarge.isEmpty()) {
        QMessageBox::warning(this, tr("Export failed"), tooLarge);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QStringList written;
    const QString error = exportAllCharts(inputs(), folder, suffix, kSlideSize, scale, &written);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

void ChartsPanel::copyChart(ChartKind kind)
{
    const ChartInputs in = inputs();
    auto* mime = new QMimeData;
    mime->setImageData(renderChartImage({kind}, in, kSlideSize, 2));
    // Also as SVG, for applications that paste vectors: the page writer's SVG, in memory.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (paintPage(&buffer, PageFormat::Svg, chartPage({kind}, in)).isEmpty())
        mime->setData(QStringLiteral("image/svg+xml"), buffer.data());
    QApplication::clipboard()->setMimeData(mime);
}

void ChartsPanel::exportDataWithDialog(ChartKind kind)
{
    const QString suggested =
        QDir(exportFolder()).filePath(chartFileStem(kind) + QStringLiteral(".csv"));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1 Chart Data").arg(chartTitle(kind)), suggested, tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    rememberExportFolder(path);
    if (const QString error = io::writeTableCsv(path, chartTable(kind, inputs())); !error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

void ChartsPanel::copyTable(ChartKind kind)
{
    const io::DataTable table = chartTable(kind, inputs());
    auto* mime = new QMimeData;
    mime->setText(io::tableTsv(table));
    mime->setHtml(io::tableHtml(table));
    QApplication::clipboard()->setMimeData(mime);
}

} // namespace atlas::charts
