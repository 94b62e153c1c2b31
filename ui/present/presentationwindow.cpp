// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/present/presentationwindow.h"

#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "ui/explain/explanationpanel.h"
#include "ui/map/mapwidget.h"
#include "ui/present/chartpicture.h"
#include "ui/present/crossfade.h"
#include "ui/present/headlinestrip.h"
#include "ui/scenario/bindingreadout.h"
#include "ui/scenario/scenarioactions.h"
#include "core/scenario/scenariocontroller.h"
#include "ui/scenario/scenariopanel.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace atlas {
namespace {

constexpr int kFadeMs = 280; // long enough to see the change, short enough not to wait

QFont scaledFont(const QFont& base, qreal pixels, bool bold = false)
{
    QFont font = base;
    font.setPixelSize(std::max(10, int(pixels)));
    font.setBold(bold);
    return font;
}

} // namespace

PresentationWindow::PresentationWindow(AtlasDocument* document, ViewState* view,
                                       ScenarioController* scenario, ScenarioActions* actions,
                                       QWidget* parent)
    : QWidget(parent, Qt::Window), m_document(document), m_view(view), m_scenario(scenario),
      m_actions(actions), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_hint(new QLabel(this)), m_headlines(new HeadlineStrip(scenario, view, this)),
      m_body(new QWidget(this)), m_map(new MapWidget(document, view, scenario, m_body)),
      m_cluster(new ChartPicture(charts::ChartKind::ClusterSize, scenario, view, m_body)),
      m_gigawatts(new ChartPicture(charts::ChartKind::Gigawatts, scenario, view, m_body)),
      m_sliderArea(new QScrollArea(this)), m_panel(new ScenarioPanel(scenario, view, m_sliderArea))
{
    setObjectName(QStringLiteral("presentation"));
    setWindowTitle(tr("Compute Atlas — Presentation"));
    setAutoFillBackground(true);
    connectExplanations();
    layOut();
    addRoomKeys();
    connect(scenario, &ScenarioController::scenarioIdentityChanged, this, &PresentationWindow::refreshTitle);
    connect(scenario, &ScenarioController::resultChanged, this, &PresentationWindow::refreshTitle);
    connect(view, &ViewState::yearChanged, this, &PresentationWindow::refreshTitle);
    setDark(isDarkPalette(QApplication::palette()));
    refreshTitle();
    m_map->setFocus();
}

void PresentationWindow::connectExplanations()
{
    // "How was this computed?" for a card or a number of the sliders' readout; a site's link
    // selects it (the room sees it on the map).
    const auto explainHere = [this](const ExplainRequest& request) {
        ExplanationPanel* panel = ExplanationPanel::open(m_scenario, request, this);
        connect(panel, &ExplanationPanel::siteActivated, m_view, &ViewState::selectSite,
                Qt::UniqueConnection);
    };
    connect(m_headlines, &HeadlineStrip::explainRequested, this, explainHere);
    connect(m_panel->readout(), &BindingReadout::explainRequested, this, explainHere);
}

void PresentationWindow::layOut()
{
    m_hint->setText(tr("← → scenarios · ↑ ↓ year · S sliders · T light/dark · Esc leave"));
    m_hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_hint->setEnabled(false); // muted

    auto* charts = new QVBoxLayout;
    charts->setSpacing(12);
    charts->addWidget(m_cluster, 1);
    charts->addWidget(m_gigawatts, 1);
    auto* bodyLayout = new QHBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(12);
    bodyLayout->addWidget(m_map, 56);
    bodyLayout->addLayout(charts, 44);

    // The sliders, for changing an assumption in front of the room; hidden until asked for.
    m_sliderArea->setWidget(m_panel);
    m_sliderArea->setWidgetResizable(true);
    m_sliderArea->setFixedWidth(380);
    m_sliderArea->setFrameShape(QFrame::NoFrame);
    m_sliderArea->hide();

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_hint, 0, Qt::AlignBottom);
    auto* main = new QVBoxLayout;
    main->setSpacing(14);
    main->addLayout(header);
    main->addWidget(m_headlines);
    main->addWidget(m_body, 1);
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(28, 20, 28, 20);
    outer->setSpacing(16);
    outer->addLayout(main, 1);
    outer->addWidget(m_sliderArea);
}

void PresentationWindow::addRoomKeys()
{
    // Keys for the room. Arrows act unless the sliders have the focus (there they move the
    // slider); Esc, F5, S and T act anywhere in the window.
    addKey(QKeySequence(Qt::Key_Right), m_body, [this] { stepScenario(+1); });
    addKey(QKeySequence(Qt::Key_Left), m_body, [this] { stepScenario(-1); });
    addKey(QKeySequence(Qt::Key_Up), m_body, [this] { m_view->setYear(m_view->year() + 1); });
    addKey(QKeySequence(Qt::Key_Down), m_body, [this] { m_view->setYear(m_view->year() - 1); });
    addKey(QKeySequence(Qt::Key_Escape), this, [this] { close(); });
    addKey(QKeySequence(Qt::Key_F5), this, [this] { close(); });
    addKey(QKeySequence(Qt::Key_S), this, [this] { toggleSliders(); });
    addKey(QKeySequence(Qt::Key_T), this, [this] { setDark(!m_dark); });
}

void PresentationWindow::addKey(const QKeySequence& key, QWidget* scope, std::function<void()> run)
{
    auto* action = new QAction(scope);
    action->setShortcut(key);
    action->setShortcutContext(scope == this ? Qt::WindowShortcut : Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, std::move(run));
    scope->addAction(action);
}

QWidget* PresentationWindow::sliders() const { return m_sliderArea; }

bool PresentationWindow::isFading() const { return !m_fade.isNull(); }

void PresentationWindow::setDark(bool dark)
{
    m_dark = dark;
    // The map and the charts follow the palette they are shown with.
    setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    refreshTitle();
}

void PresentationWindow::toggleSliders()
{
    m_sliderArea->setVisible(!m_sliderArea->isVisible());
    if (m_sliderArea->isVisible())
        m_panel->setFocus();
    else
        m_map->setFocus();
}

void PresentationWindow::stepScenario(int delta, bool animate)
{
    QVector<ScenarioRecord> saved = m_document->dataset().scenarios;
    if (saved.isEmpty())
        return;
    std::sort(saved.begin(), saved.end(), [](const ScenarioRecord& a, const ScenarioRecord& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    const auto current = std::find_if(saved.cbegin(), saved.cend(),
                                      [this](const ScenarioRecord& r) { return r.name == m_scenario->scenarioName(); });
    const int n = int(saved.size());
    const int at = current == saved.cend() ? (delta > 0 ? -1 : 0) : int(current - saved.cbegin());
    const ScenarioRecord next = saved[((at + delta) % n + n) % n];
    if (next.id == m_scenario->scenarioId() && !m_scenario->isModified())
        return;
    if (m_actions && !m_actions->confirmReplacing(this))
        return;
    // A fade under way ends here: the next one starts from what the screen shows now.
    delete m_fade;
    if (!animate || !isVisible()) {
        m_scenario->loadScenario(next);
        return;
    }
    // Every part (title, cards, map, charts) switches at once underneath; only the picture of
    // the scenario before fades out over them.
    m_fade = new CrossFade(this, kFadeMs);
    m_scenario->loadScenario(next);
    m_fade->start();
}

QString PresentationWindow::titleText() const { return m_title->text() + QLatin1Char('\n') + m_subtitle->text(); }

void PresentationWindow::refreshTitle()
{
    const QString name = m_scenario->scenarioName().isEmpty() ? tr("Unsaved scenario") : m_scenario->scenarioName();
    m_title->setText(tr("The AI compute build-out in %1").arg(m_view->year()));
    const auto& saved = m_document->dataset().scenarios;
    // An unsaved scenario says so already; a saved one says when the sliders moved since.
    const QString shown = m_scenario->isModified() && m_scenario->scenarioId() != 0
                              ? tr("%1 (changed)").arg(name)
                              : name;
    m_subtitle->setText(
        saved.isEmpty()
            ? tr("Scenario: %1").arg(shown)
            : tr("Scenario: %1 · %n saved scenario(s)", nullptr, int(saved.size())).arg(shown));
}

void PresentationWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Type in proportion to the screen: a 54th of its height is the unit (20 px at 1080).
    const qreal unit = std::max<qreal>(14, height() / 54.0);
    m_title->setFont(scaledFont(font(), unit * 2.0, true));
    m_subtitle->setFont(scaledFont(font(), unit * 1.1));
    m_hint->setFont(scaledFont(font(), unit * 0.75));
    m_headlines->setFixedHeight(int(unit * 6.4));
    m_cluster->setZoom(std::clamp(unit / 10.0, 1.4, 2.6));
    m_gigawatts->setZoom(std::clamp(unit / 10.0, 1.4, 2.6));
    // The map's names and legend grow with it, less than the charts (whose type is small at
    // 1×): a quarter larger at 1080 lines, two thirds at 1440, never under the window's. More
    // would make the legend take the room the map's fit needs (the world shrinks beside it).
    m_map->setTextScale(std::clamp(unit / 16.0, 1.0, 2.0));
}

} // namespace atlas
