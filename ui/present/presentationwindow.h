// SPDX-License-Identifier: GPL-3.0-or-later
// Presentation mode (F5): the whole screen for a room. The year's headline numbers in large
// type, the map, the cluster-size and gigawatt charts; light or dark (T). Left and Right step
// through the saved scenarios with a short cross-fade (the only animation in the app), Up and Down
// change the year, S shows the sliders, Esc (or F5) leaves.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace atlas {

class AtlasDocument;
class ChartPicture;
class CrossFade;
class HeadlineStrip;
class MapWidget;
class ScenarioActions;
class ScenarioController;
class ScenarioPanel;
class ViewState;

class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    // With `actions`, a scenario with unsaved slider changes is not replaced unasked.
    PresentationWindow(AtlasDocument* document, ViewState* view, ScenarioController* scenario,
                       ScenarioActions* actions = nullptr, QWidget* parent = nullptr);

    bool isDark() const { return m_dark; }
    void setDark(bool dark);
    // Loads the saved scenario `delta` places on (in name order), wrapping around; with a fade
    // unless `animate` is false (tests).
    void stepScenario(int delta, bool animate = true);
    void toggleSliders();
    QString titleText() const;
    MapWidget* map() const { return m_map; }
    QWidget* sliders() const;
    // Whether a fade between scenarios is under way.
    bool isFading() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // The constructor's steps, in order.
    void connectExplanations();
    void layOut();
    void addRoomKeys();

    void refreshTitle();
    void addKey(const QKeySequence& key, QWidget* scope, std::function<void()> run);

    AtlasDocument* m_document;
    ViewState* m_view;
    ScenarioController* m_scenario;
    ScenarioActions* m_actions;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_hint;
    HeadlineStrip* m_headlines;
    QWidget* m_body;
    MapWidget* m_map;
    ChartPicture* m_cluster;
    ChartPicture* m_gigawatts;
    QScrollArea* m_sliderArea;
    ScenarioPanel* m_panel;
    QPointer<CrossFade> m_fade; // while a fade between scenarios runs
    bool m_dark = false;
};

} // namespace atlas
