// SPDX-License-Identifier: GPL-3.0-or-later
// What one window works on: the open database (the document), what its views share (the year,
// the selected sites) and the scenario computed over it. The composition root (app/main.cpp)
// makes it and hands it to the window, which wires its panels to it and makes none of the
// three itself; tests make theirs the same way.
#pragma once

#include <QObject>

namespace atlas {

class AtlasDocument;
class ScenarioController;
class ViewState;

class AtlasSession : public QObject
{
    Q_OBJECT
public:
    explicit AtlasSession(QObject* parent = nullptr);

    AtlasDocument* document() const { return m_document; }
    ViewState* view() const { return m_view; }
    ScenarioController* scenario() const { return m_scenario; }

private:
    // Made in this order: the scenario reads the document; the view's years follow the scenario.
    AtlasDocument* m_document;
    ViewState* m_view;
    ScenarioController* m_scenario;
};

} // namespace atlas
