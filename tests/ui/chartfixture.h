// SPDX-License-Identifier: GPL-3.0-or-later
// The sample database with its scenario, ready for chart tests: a document on a fresh copy of
// the sample, and the scenario controller over it. Or the same over rows made by a test (a
// FakeStore), for what must not depend on the sample's contents.
#pragma once

#include "ui/charts/scenariochart.h"
#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "core/scenario/scenariocontroller.h"
#include "core/store/changeset.h"

#include <QTemporaryDir>

#include <memory>

namespace atlas::test {

class ChartFixture
{
public:
    ChartFixture();
    explicit ChartFixture(const ChangeSet& rows);
    AtlasDocument document;
    ViewState view;
    std::unique_ptr<ScenarioController> scenario;
    charts::ChartInputs inputs() const;

private:
    QTemporaryDir m_dir;
};

} // namespace atlas::test
