// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/atlassession.h"

#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "core/scenario/scenariocontroller.h"

namespace atlas {

AtlasSession::AtlasSession(QObject* parent)
    : QObject(parent), m_document(new AtlasDocument(this)), m_view(new ViewState(this)),
      m_scenario(new ScenarioController(m_document, this))
{
    // The timeline covers the scenario's years, and follows them when they change.
    const auto followYears = [this] {
        m_view->setYearRange(m_scenario->params().yearFrom, m_scenario->params().yearTo);
    };
    connect(m_scenario, &ScenarioController::paramsChanged, this, followYears);
    followYears();
}

} // namespace atlas
